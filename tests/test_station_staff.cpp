// The staff screen in the real kiosk: a 3-second press in the top-right
// corner opens the PIN keypad, a wrong PIN is refused, the right one shows
// the live content and the last imports; "restore previous content" brings
// the previous version back on the visitor screens; the staff screen closes
// back to the visitor home.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include <nlohmann/json.hpp>

#include "content/pack/importer.h"
#include "content/station/staff_pin.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
using namespace std::chrono_literals;

namespace {

// Runs build/kiosk to the end of its replay; returns its exit code (-1: killed after the timeout).
int runKiosk(const std::vector<std::string>& args, const fs::path& log) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (!std::freopen(log.c_str(), "w", stderr)) _exit(126);
        std::vector<char*> argv{const_cast<char*>(KIOSK_BIN)};
        for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        ::execv(KIOSK_BIN, argv.data());
        _exit(127);
    }
    for (int i = 0; i < 3000; ++i) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::this_thread::sleep_for(20ms);
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
    return -1;
}

struct StaffFixture {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path config = temp.path / "kiosk.toml";

    StaffFixture() {
        // Version 1, then version 2: 2 is live, 1 is the previous content.
        for (uint64_t sequence : {1u, 2u}) {
            fs::path pack = temp.path / ("v" + std::to_string(sequence) + ".kpack");
            writeGoodPack(sampleContent(sequence, "test-pack", "v" + std::to_string(sequence)), pack, keys);
            content::ImportOptions options;
            options.dataDir = data;
            options.trustedPublicKeys = {keys.publicFile};
            REQUIRE(content::importPack(pack, options).ok());
        }
        writeFile(config, "kiosk_id = \"staff-test\"\nstaff_pin_hash = \"" +
                              content::station::hashStaffPin("2468") + "\"\n[watch]\nmedia_roots = []\n");
    }

    int run(const std::string& script, const std::string& name) {
        fs::path replay = temp.path / (name + ".replay");
        writeFile(replay, script);
        return runKiosk({"--windowed", "1024x768", "--lang", "de", "--config", config.string(), "--data", data.string(),
                         "--replay", replay.string(), "--dump-text", dump(name).string()},
                        temp.path / (name + ".log"));
    }
    fs::path dump(const std::string& name) { return temp.path / (name + ".json"); }
    std::string log(const std::string& name) { return readFile(temp.path / (name + ".log")); }

    // The texts drawn, with the screen they were drawn on.
    std::vector<std::pair<std::string, std::string>> drawn(const std::string& name) {
        std::vector<std::pair<std::string, std::string>> texts;
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            texts.emplace_back(item.value("context", ""), item.value("text", ""));
        return texts;
    }
    bool drew(const std::string& name, const std::string& part, const std::string& contextPrefix = "") {
        for (const auto& [context, text] : drawn(name))
            if (text.find(part) != std::string::npos && context.rfind(contextPrefix, 0) == 0) return true;
        return false;
    }
};

constexpr const char* kLongPress = "drag 1018 6 1018 6 3400\nwait 200\n";

}  // namespace

TEST_CASE("long press + wrong PIN stays locked; the right PIN opens the staff screen") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: run through platform/dev.sh test");
        return;
    }
    StaffFixture f;
    std::string script = std::string(kLongPress) +
                         "tap-label 1\ntap-label 1\ntap-label 1\ntap-label 1\ntap-label OK\nwait 300\n"
                         "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label OK\nwait 500\n"
                         "tap-label Zurück zum Kiosk\nwait 300\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "open") == 0, f.log("open"));
    CHECK(f.drew("open", "PIN für den Personal-Bereich"));
    CHECK(f.drew("open", "Falsche PIN."));
    CHECK(f.drew("open", "Personal-Bereich - Kiosk staff-test"));
    CHECK(f.drew("open", "test-pack, Version 2"));
    CHECK(f.drew("open", "Texte je Sprache: de"));
    CHECK(f.drew("open", "v2.kpack"));  // the import log
    CHECK(f.drew("open", "Vorherigen Inhalt zurückholen"));
}

TEST_CASE("a short press in the corner does not open the staff screen") {
    if (!std::getenv("DISPLAY")) return;
    StaffFixture f;
    REQUIRE(f.run("drag 1018 6 1018 6 800\nwait 3000\nassert-screen home\n", "short") == 0);
    CHECK(!f.drew("short", "PIN für den Personal-Bereich"));
}

TEST_CASE("restore previous content from the staff screen: the visitor screens show version 1 again") {
    if (!std::getenv("DISPLAY")) return;
    StaffFixture f;
    std::string script = std::string(kLongPress) +
                         "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label OK\nwait 300\n"
                         "tap-label Vorherigen Inhalt zurückholen\nwait 1500\n"
                         "tap-label Zurück zum Kiosk\nwait 500\n"
                         "tap-label Organisationen\nassert-screen organisations\nwait 300\n";
    REQUIRE_MESSAGE(f.run(script, "rollback") == 0, f.log("rollback"));
    CHECK(f.drew("rollback", "Nachbarschaftshaus v1", "organisations/"));
    CHECK(!f.drew("rollback", "Nachbarschaftshaus v2", "organisations/"));
}
