#include "content/station/ticker.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace content::station {

Ticker::Ticker(std::chrono::milliseconds period, std::function<void()> tick) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return;  // no pipe, no ticks: the kiosk still runs, status at imports only
    wakeRead_ = fds[0];
    wakeWrite_ = fds[1];
    const int timeout = static_cast<int>(period.count());
    thread_ = std::thread([this, timeout, tick = std::move(tick)] {
        pollfd wake{wakeRead_, POLLIN, 0};
        for (;;) {
            const int ready = ::poll(&wake, 1, timeout);
            if (ready < 0 && errno == EINTR) continue;
            if (ready != 0) return;  // woken by the destructor (or poll failed)
            tick();
        }
    });
}

Ticker::~Ticker() {
    if (wakeWrite_ >= 0) {
        const char stop = 1;
        while (::write(wakeWrite_, &stop, 1) < 0 && errno == EINTR) {
        }
    }
    if (thread_.joinable()) thread_.join();
    if (wakeRead_ >= 0) ::close(wakeRead_);
    if (wakeWrite_ >= 0) ::close(wakeWrite_);
}

}  // namespace content::station
