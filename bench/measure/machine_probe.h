// What this machine charges for waking up. The kiosk draws nothing while
// nobody touches it, so the frames of read-aloud (one per sentence) and of the
// clock come after seconds of sleep; on some virtual machines the first
// instructions after such a sleep run several times slower (caches and TLB
// lost to other guests, the vCPU at a low clock). The probe times one fixed
// piece of work warm and after the same sleep, so a frame figure can be read
// against the machine it was taken on.
#pragma once

namespace bench {

struct AfterIdleProbe {
    double warmMs = 0;       // the work right after itself, thread CPU, median
    double afterIdleMs = 0;  // the same work after `sleepSeconds` asleep, median
    double sleepSeconds = 0;
};

AfterIdleProbe probeAfterIdle();

}  // namespace bench
