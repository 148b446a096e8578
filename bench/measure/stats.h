// Percentiles of measured samples (nearest-rank, so a p99 is a value that
// really occurred).
#pragma once

#include <vector>

namespace bench {

double percentile(std::vector<double> samples, double p);  // p in [0, 100]; 0 for no samples
inline double median(std::vector<double> samples) { return percentile(std::move(samples), 50); }

}  // namespace bench
