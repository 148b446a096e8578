#include "bench/measure/stats.h"

#include <algorithm>
#include <cmath>

namespace bench {

double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * samples.size()));
    rank = std::clamp<size_t>(rank, 1, samples.size());
    return samples[rank - 1];
}

}  // namespace bench
