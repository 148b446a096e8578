// A thread that calls `tick` every `period` until it is destroyed: the
// heartbeat's clock. It sleeps in poll() with a relative timeout, so neither
// a jumping wall clock nor a faked one (libfaketime in the tests) can stretch
// or shorten the rhythm; destruction wakes it at once through a pipe.
#pragma once

#include <chrono>
#include <functional>
#include <thread>

namespace content::station {

class Ticker {
public:
    Ticker(std::chrono::milliseconds period, std::function<void()> tick);
    ~Ticker();
    Ticker(const Ticker&) = delete;
    Ticker& operator=(const Ticker&) = delete;

private:
    int wakeRead_ = -1, wakeWrite_ = -1;
    std::thread thread_;
};

}  // namespace content::station
