// Runs one of the tests/system/*.sh scripts for a doctest case and hands back
// its exit code and everything it printed (stdout and stderr). The scripts
// bound their own run time; the doctest case checks their "ok: ..." lines.
#pragma once

#include <doctest/doctest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/test_files.h"

namespace system_test {

namespace fs = std::filesystem;

struct ScriptResult {
    int exitCode = -1;
    std::string output;
    bool has(const std::string& line) const { return output.find(line + "\n") != std::string::npos; }
};

inline std::string quoted(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline ScriptResult runScript(const std::string& script, const std::vector<std::string>& args) {
    std::string command = "bash " + quoted(std::string(KIOSK_SOURCE_DIR) + "/tests/system/" + script);
    for (const auto& arg : args) command += " " + quoted(arg);
    ScriptResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

// A fresh folder for one script run, removed afterwards.
using WorkDir = test_files::TempDir;

}  // namespace system_test
