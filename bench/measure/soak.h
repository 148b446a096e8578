// The soak run: the real kiosk, its clock running 20 times faster, driven by
// random taps and drags of visitors who come and go (each followed by the
// idle reset and a spell on the attract screen), with a new pack dropped into
// its watched folder every simulated hour; memory sampled every simulated
// minute. A whole day is 72 real minutes at 20x; the length is a parameter.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "bench/measure/report.h"
#include "bench/measure/scenarios.h"

namespace bench {

struct SoakSettings {
    double realMinutes = 72;          // 24 h at 20x
    double clockSpeed = 20;
    double importEverySimulatedMinutes = 60;
    double warmUpShare = 0.25;        // the first quarter of the run fills caches and is not judged
    uint64_t seed = 1;
};

// What the run needs from the benchmark's cache: kiosk-pack, the small source
// folder and the signing key (the soak builds its own packs of rising sequence).
struct SoakInputs {
    std::filesystem::path packTool, source, secretKey;
};

// A replay script of random visitors for about `realSeconds`, deterministic
// for a seed; `idleRealSeconds` is how long the kiosk waits before its reset.
std::string soakReplay(uint64_t seed, double realSeconds, double idleRealSeconds, int* visitors);

// The growth the budget judges: the median RSS of the last tenth of the
// samples against the median of the tenth right after the warm-up, in percent.
double rssGrowthPercent(const std::vector<std::pair<double, double>>& timeline, double warmUpShare);

void runSoakScenario(KioskRunner& runner, const SoakSettings& settings, const SoakInputs& inputs, Report& report);

}  // namespace bench
