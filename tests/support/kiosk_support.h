// Shared by the tests that run the real build/kiosk: demo content built and
// imported with build/kiosk-pack into a temporary data directory, running the
// kiosk (under the current X display, or a private Xvfb), reading its frame
// statistics and screenshots.
#pragma once

#include <doctest/doctest.h>
#include <stb/stb_image.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/kiosk_in_process.h"
#include "tests/support/kiosk_process.h"
#include "tests/support/test_files.h"
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace kiosk_test {

namespace fs = std::filesystem;

inline std::string quote(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline std::string readText(const fs::path& file) { return test_files::readFile(file); }
inline void writeText(const fs::path& file, const std::string& text) { test_files::writeFile(file, text); }

// A fresh temporary folder, removed at the end of the test process (kept
// with KIOSK_TEST_KEEP=1, to look at what a failing test left).
inline fs::path tempDir(const std::string& name) {
    static test_files::TempDir root("kiosk-test");
    root.keep = std::getenv("KIOSK_TEST_KEEP") != nullptr;
    fs::path dir = root.path / name;
    fs::create_directories(dir);
    return dir;
}

// Runs a shell command; returns its exit status and what it wrote to stderr.
struct RunResult {
    int status = -1;
    std::string errors;
};

inline RunResult run(const std::string& command) {
    static int counter = 0;
    fs::path errFile = tempDir("logs") / ("run-" + std::to_string(++counter) + ".err");
    int raw = std::system((command + " 2>" + quote(errFile.string())).c_str());
    RunResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    result.errors = readText(errFile);
    return result;
}

// A fixed clock for every step of every run - building and importing the demo
// pack as well as the kiosk - so no test depends on today's date: a Monday
// morning in November (Berlin time).
inline const char* kNow = "2026-11-23T10:00:00+01:00";

// The demo content (content/demo) as a kiosk data directory, built once.
inline fs::path demoData() {
    static fs::path data = [] {
        fs::path dir = tempDir("demo");
        std::string pack = KIOSK_PACK_BIN;
        auto keygen = run(quote(pack) + " keygen --secret " + quote((dir / "demo.key").string()) + " --public " +
                          quote((dir / "demo.pub").string()) + " >/dev/null");
        REQUIRE_MESSAGE(keygen.status == 0, keygen.errors);
        auto build = run(quote(pack) + " build " + quote(std::string(KIOSK_SOURCE_DIR) + "/content/demo") +
                         " --secret " + quote((dir / "demo.key").string()) + " -o " +
                         quote((dir / "demo.kpack").string()) + " --now " + quote(kNow) + " >/dev/null");
        REQUIRE_MESSAGE(build.status == 0, build.errors);
        auto import = run(quote(pack) + " import " + quote((dir / "demo.kpack").string()) + " --data " +
                          quote((dir / "data").string()) + " --trust " + quote((dir / "demo.pub").string()) +
                          " --now " + quote(kNow) + " >/dev/null");
        REQUIRE_MESSAGE(import.status == 0, import.errors);
        return dir / "data";
    }();
    return data;
}


// A private X server for tests that must not share the display (real pointer
// input, frame counting while other tests open windows).
class PrivateDisplay;
inline const std::string& sharedDisplay();

// Runs build/kiosk to its end (a replay, a screenshot) as a child process:
// under `display` when given (a private Xvfb), else the current DISPLAY, else
// a private Xvfb of this test program's.
inline RunResult runKiosk(const std::vector<std::string>& args, const std::string& display = {}) {
    static int counter = 0;
    fs::path log = tempDir("logs") / ("kiosk-" + std::to_string(++counter) + ".log");
    KioskProcess::Launch launch;
    launch.args = args;
    launch.log = log;
    launch.display = !display.empty() ? display : std::getenv("DISPLAY") ? std::string() : sharedDisplay();
    RunResult result;
    {
        KioskProcess kiosk(launch);
        result.status = kiosk.wait(120);
    }
    result.errors = readText(log);
    return result;
}

inline std::vector<std::string> replayArguments(const std::string& name, const std::string& script,
                                                const std::string& lang, const std::string& size,
                                                const std::vector<std::string>& extra) {
    fs::path file = tempDir("replays") / (name + ".replay");
    writeText(file, script);
    std::vector<std::string> args = {"--windowed", size, "--data", demoData().string(), "--lang", lang,
                                     "--now", kNow, "--replay", file.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

// A replay on the demo content by the real kiosk in a real window: for tests
// that look at pixels or need real input and real time.
inline RunResult runReplay(const std::string& name, const std::string& script, const std::string& lang,
                           const std::string& size = "1920x1080", std::vector<std::string> extra = {},
                           const std::string& display = {}) {
    return runKiosk(replayArguments(name, script, lang, size, extra), display);
}

// The same replay in this process on a null window: no display, no pixels
// (a `screenshot` line fails), and `wait`s and idle times cost no real time.
inline RunResult replayInProcess(const std::string& name, const std::string& script, const std::string& lang,
                                 const std::string& size = "1920x1080", std::vector<std::string> extra = {}) {
    auto result = runInProcess(replayArguments(name, script, lang, size, extra), tempDir("logs") / (name + ".log"));
    return {result.status, result.errors};
}

// An RGB image read back from a screenshot.
struct Image {
    int width = 0, height = 0;
    std::vector<unsigned char> rgb;
    const unsigned char* at(int x, int y) const { return rgb.data() + (size_t(y) * width + x) * 3; }
};

inline Image loadPng(const fs::path& file) {
    Image image;
    int channels = 0;
    unsigned char* pixels = stbi_load(file.c_str(), &image.width, &image.height, &channels, 3);
    REQUIRE_MESSAGE(pixels, "cannot read " << file);
    image.rgb.assign(pixels, pixels + size_t(image.width) * image.height * 3);
    stbi_image_free(pixels);
    return image;
}

// Mean absolute difference of two images' rows [y0, y1), comparing row y of
// `a` with row y - shift of `b` (how well `a` is `b` moved down by `shift`).
inline double rowDifference(const Image& a, const Image& b, int y0, int y1, int shift) {
    double sum = 0;
    long count = 0;
    for (int y = y0; y < y1; ++y) {
        int yb = y - shift;
        if (yb < 0 || yb >= b.height) continue;
        for (int x = 0; x < a.width; x += 3)
            for (int c = 0; c < 3; ++c) {
                sum += std::abs(int(a.at(x, y)[c]) - int(b.at(x, yb)[c]));
                ++count;
            }
    }
    return count ? sum / count : 1e9;
}

class PrivateDisplay {
public:
    // Xvfb picks a free display number itself and writes it to a pipe once it
    // accepts connections (-displayfd): choosing a number here raced with
    // other tests and with xvfb-run -a starting a server at the same moment,
    // and the loser's kiosk ended up on the winner's server.
    PrivateDisplay() {
        int fds[2];
        if (pipe(fds) != 0) return;
        pid_ = fork();
        if (pid_ == 0) {
            close(fds[0]);
            const std::string fd = std::to_string(fds[1]);
            execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1920x1920x24", "-nolisten", "tcp",
                   nullptr);
            _exit(127);
        }
        close(fds[1]);
        // The number and a newline; end of file if the server could not start.
        std::string number;
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
        close(fds[0]);
        if (!number.empty()) display_ = ":" + number;
    }
    ~PrivateDisplay() {
        if (pid_ > 0) {
            kill(pid_, SIGTERM);
            waitpid(pid_, nullptr, 0);
        }
    }
    const std::string& name() const { return display_; }

private:
    pid_t pid_ = -1;
    std::string display_;
};

inline const std::string& sharedDisplay() {
    static PrivateDisplay display;
    return display.name();
}

using test_files::readJson;

}  // namespace kiosk_test
