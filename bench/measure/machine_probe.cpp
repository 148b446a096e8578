#include "bench/measure/machine_probe.h"

#include <time.h>

#include <chrono>
#include <thread>
#include <vector>

#include "bench/measure/stats.h"

namespace bench {

namespace {

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec * 1e-6;
}

// About a millisecond on a warm core: four passes over 2 MB, about what a
// frame's draw lists, vertex buffers and glyph tables add up to.
double timeFixedWork(std::vector<int>& memory) {
    static volatile long sink = 0;
    const double start = threadCpuMs();
    long sum = 0;
    for (int pass = 0; pass < 4; ++pass)
        for (size_t i = 0; i < memory.size(); ++i) sum += memory[i] * static_cast<long>(i & 7);
    sink = sink + sum;
    return threadCpuMs() - start;
}

}  // namespace

AfterIdleProbe probeAfterIdle() {
    constexpr double kSleepSeconds = 3;  // the gap between two read-aloud sentences' frames
    std::vector<int> memory(1 << 19, 1);
    AfterIdleProbe probe;
    probe.sleepSeconds = kSleepSeconds;
    std::vector<double> warm, afterIdle;
    timeFixedWork(memory);
    for (int i = 0; i < 5; ++i) warm.push_back(timeFixedWork(memory));
    for (int i = 0; i < 3; ++i) {
        std::this_thread::sleep_for(std::chrono::duration<double>(kSleepSeconds));
        afterIdle.push_back(timeFixedWork(memory));
    }
    probe.warmMs = median(warm);
    probe.afterIdleMs = median(afterIdle);
    return probe;
}

}  // namespace bench
