// Search latency as a visitor sees it: 200 queries typed letter by letter on
// the on-screen keyboard (German, Arabic, Russian, Turkish), one search per
// keystroke, straight through content::ContentStore.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace bench {

struct TypedQuery {
    std::string lang;
    std::string text;  // the whole query; every prefix (by code point) is searched
};

// Deterministic from the seed; words come from the generator's phrasebook,
// typed the way visitors type them (Arabic without vowel marks, German
// sometimes with "ue" for "ü", some in lower case, a few two-word queries).
std::vector<TypedQuery> planQueries(uint64_t seed, size_t count);

struct SearchFigures {
    size_t keystrokes = 0;
    size_t emptyFinalResults = 0;  // whole queries that found nothing (a sanity check)
    double p50Ms = 0, p99Ms = 0, maxMs = 0;  // wall time per keystroke (what a visitor waits)
    // The same keystrokes in CPU time of the searching thread: on a busy
    // machine the difference is time the thread was not even running.
    double cpuP50Ms = 0, cpuP99Ms = 0;
    // The slowest keystrokes ("lang:prefix" -> ms), to point at the cause.
    std::vector<std::pair<std::string, double>> slowest;
    std::string error;
};

SearchFigures measureSearch(const std::filesystem::path& dataDir, const std::vector<TypedQuery>& queries);

}  // namespace bench
