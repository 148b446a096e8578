// The tiny sd_notify: READY=1 and WATCHDOG=1 arrive as datagrams on the
// socket systemd names in NOTIFY_SOCKET; the watchdog ping is paced to half
// the interval, so calling it on every wake-up costs nothing.
#include <doctest/doctest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

#include "platform/sd_notify.h"

namespace {

std::string receive(int fd) {
    char buffer[256];
    ssize_t n = ::recv(fd, buffer, sizeof buffer, MSG_DONTWAIT);
    return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
}

}  // namespace

TEST_CASE("without NOTIFY_SOCKET nothing is sent and nothing fails") {
    ::unsetenv("NOTIFY_SOCKET");
    CHECK(!platform::sdNotify("READY=1"));
}

TEST_CASE("READY=1 and paced WATCHDOG=1 reach systemd's socket") {
    const std::string path = "/tmp/kiosk-notify-test-" + std::to_string(getpid()) + ".sock";
    int fd = ::socket(AF_UNIX, SOCK_DGRAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.c_str(), sizeof address.sun_path - 1);
    ::unlink(path.c_str());
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);

    ::setenv("NOTIFY_SOCKET", path.c_str(), 1);
    ::setenv("WATCHDOG_USEC", "400000", 1);  // 0.4 s: pings at most every 0.2 s
    ::setenv("WATCHDOG_PID", std::to_string(getpid()).c_str(), 1);

    CHECK(platform::sdNotify("READY=1"));
    CHECK(receive(fd) == "READY=1");

    CHECK(platform::sdWatchdogMaxSleepSeconds() == doctest::Approx(0.2));
    platform::sdWatchdogPing();
    CHECK(receive(fd) == "WATCHDOG=1");
    platform::sdWatchdogPing();  // too soon: paced
    CHECK(receive(fd).empty());
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    platform::sdWatchdogPing();
    CHECK(receive(fd) == "WATCHDOG=1");

    ::close(fd);
    ::unlink(path.c_str());
    ::unsetenv("NOTIFY_SOCKET");
}
