#include "platform/sd_notify.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

namespace platform {
namespace {

// Microseconds from $WATCHDOG_USEC when it is meant for this process, else 0.
long long watchdogMicroseconds() {
    static const long long value = [] {
        const char* usec = std::getenv("WATCHDOG_USEC");
        if (!usec) return 0LL;
        // systemd names the service's main process. Under cage that is the
        // compositor, our parent: the watchdog is meant for us then too
        // (kiosk.service sets NotifyAccess=all so our pings count).
        if (const char* pid = std::getenv("WATCHDOG_PID")) {
            const long long owner = std::atoll(pid);
            if (owner != getpid() && owner != getppid()) return 0LL;
        }
        return std::max(0LL, std::atoll(usec));
    }();
    return value;
}

}  // namespace

bool sdNotify(std::string_view state) {
    const char* socketPath = std::getenv("NOTIFY_SOCKET");
    if (!socketPath || (socketPath[0] != '/' && socketPath[0] != '@')) return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const size_t length = std::strlen(socketPath);
    if (length >= sizeof address.sun_path) return false;
    std::memcpy(address.sun_path, socketPath, length);
    if (address.sun_path[0] == '@') address.sun_path[0] = '\0';  // abstract socket
    int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    const socklen_t addressLength = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + length);
    const bool sent = ::sendto(fd, state.data(), state.size(), MSG_NOSIGNAL,
                               reinterpret_cast<const sockaddr*>(&address), addressLength) ==
                      static_cast<ssize_t>(state.size());
    ::close(fd);
    return sent;
}

void sdWatchdogPing() {
    const long long interval = watchdogMicroseconds();
    if (interval == 0) return;
    using Clock = std::chrono::steady_clock;
    static Clock::time_point lastPing{};
    const auto now = Clock::now();
    if (now - lastPing < std::chrono::microseconds(interval / 2)) return;
    lastPing = now;
    sdNotify("WATCHDOG=1");
}

double sdWatchdogMaxSleepSeconds() {
    const long long interval = watchdogMicroseconds();
    if (interval == 0) return std::numeric_limits<double>::infinity();
    return static_cast<double>(interval) / 2e6;
}

std::filesystem::path serviceRuntimeDirectory() {
    const char* runtime = std::getenv("RUNTIME_DIRECTORY");
    return runtime ? std::filesystem::path(runtime) : std::filesystem::path();
}

}  // namespace platform
