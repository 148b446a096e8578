// A small deterministic random source for the content generator. We do not
// use <random>'s distributions because their output is implementation-defined:
// the same seed must give the same bytes with every standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace bench {

class Random {
public:
    explicit Random(uint64_t seed) : state_(seed ^ 0x9E3779B97F4A7C15ull) {}

    // splitmix64: tiny, fast, good enough for picking words and sizes.
    uint64_t next() {
        uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); bound > 0. The modulo bias is irrelevant here.
    size_t below(size_t bound) { return static_cast<size_t>(next() % bound); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<size_t>(high - low + 1))); }
    bool chance(int percent) { return below(100) < static_cast<size_t>(percent); }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

    // An independent stream for one part of the content, so adding records to
    // one part does not shift every other part's choices.
    Random fork(uint64_t salt) { return Random(next() ^ (salt * 0xD1B54A32D192ED03ull)); }

private:
    uint64_t state_;
};

}  // namespace bench
