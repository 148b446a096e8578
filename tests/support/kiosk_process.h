// The one way tests start build/kiosk: as a child process (fork + exec, no
// shell), with its output in a log file, a display of the test's choosing and
// extra environment; or in-process on a null window (kiosk_in_process.h).
#pragma once

#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace kiosk_test {

class KioskProcess {
public:
    struct Launch {
        std::vector<std::string> args;
        std::filesystem::path log;  // the kiosk's stdout and stderr; empty = /dev/null
        std::string display;        // DISPLAY for the kiosk; empty = the test's own
        std::vector<std::pair<std::string, std::string>> environment;
    };

    explicit KioskProcess(const Launch& launch) : log_(launch.log) {
        std::fflush(nullptr);  // the child must not repeat our buffered output
        pid_ = ::fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            if (!launch.display.empty()) ::setenv("DISPLAY", launch.display.c_str(), 1);
            for (const auto& [name, value] : launch.environment) ::setenv(name.c_str(), value.c_str(), 1);
            const std::string out = launch.log.empty() ? std::string("/dev/null") : launch.log.string();
            if (!std::freopen(out.c_str(), "w", stdout)) _exit(126);
            ::dup2(::fileno(stdout), 2);
            std::vector<char*> argv{const_cast<char*>(KIOSK_BIN)};
            for (const auto& arg : launch.args) argv.push_back(const_cast<char*>(arg.c_str()));
            argv.push_back(nullptr);
            ::execv(KIOSK_BIN, argv.data());
            _exit(127);
        }
    }
    ~KioskProcess() {
        if (pid_ > 0) kill9();
    }
    KioskProcess(const KioskProcess&) = delete;
    KioskProcess& operator=(const KioskProcess&) = delete;

    pid_t pid() const { return pid_; }

    // True, with the exit status in `status` (128 + signal when killed), once
    // the kiosk has ended within `seconds`.
    bool exited(double seconds, int* status = nullptr) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        for (;;) {
            int raw = 0;
            if (::waitpid(pid_, &raw, WNOHANG) == pid_) {
                pid_ = -1;
                if (status) *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
                return true;
            }
            if (std::chrono::steady_clock::now() >= deadline) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    // The exit status, or -1 when it did not end in time (it is killed then).
    int wait(double seconds = 120) {
        int status = -1;
        if (exited(seconds, &status)) return status;
        kill9();
        return -1;
    }
    void kill9() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

private:
    pid_t pid_ = -1;
    std::filesystem::path log_;
};

}  // namespace kiosk_test
