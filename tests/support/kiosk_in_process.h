// The whole kiosk run inside the test process on a null window
// (platform/null_window.h): the same command line, app and replay as
// build/kiosk, without a display or a child process, on a clock that jumps to
// the next deadline - so a replay's `wait 10000` or an idle reset costs no
// real time. Screenshots are refused (there are no pixels); tests that look
// at pixels run the real kiosk (kiosk_process.h).
#pragma once

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/app/launch.h"
#include "kiosk/app/options.h"
#include "tests/support/test_files.h"

namespace kiosk_test {

struct InProcessResult {
    int status = -1;
    std::string errors;  // what the kiosk wrote to stderr
};

// `args` as for build/kiosk (without the program name); a --windowed size
// becomes the null window's size.
inline InProcessResult runInProcess(std::vector<std::string> args, const std::filesystem::path& errorLog) {
    for (auto& arg : args)
        if (arg == "--windowed") arg = "--null-window";
    std::vector<char*> argv{const_cast<char*>("kiosk")};
    for (auto& arg : args) argv.push_back(arg.data());
    kiosk::KioskOptions options;
    InProcessResult result;
    if (!kiosk::parseCommandLine(int(argv.size()), argv.data(), options, &result.errors)) {
        result.status = 2;
        return result;
    }
    options.nullWindow = true;
    // The kiosk's stderr goes to the log for the test to read.
    std::fflush(stderr);
    const int savedStderr = ::dup(2);
    const int log = ::open(errorLog.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    REQUIRE(log >= 0);
    ::dup2(log, 2);
    ::close(log);
    {
        kiosk::StartupWarmup warmup;  // as build/kiosk starts
        result.status = kiosk::launchKiosk(options, warmup, 0.0, 150);
    }
    std::fflush(stderr);
    ::dup2(savedStderr, 2);
    ::close(savedStderr);
    result.errors = test_files::readFile(errorLog);
    return result;
}

}  // namespace kiosk_test
