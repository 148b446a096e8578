// One clock for a process. Everything that asks "what time is it" takes a
// fixed instant (UTC seconds) that is 0 for "the real clock": tests and
// `--now` pass one instant to every step they run, so nothing silently mixes a
// fixed date with the wall clock.
#pragma once

#include <cstdint>
#include <ctime>

namespace content {

inline int64_t realNowUtc() { return static_cast<int64_t>(std::time(nullptr)); }

// `fixedUtc` when set, else the real clock.
inline int64_t nowUtcOr(int64_t fixedUtc) { return fixedUtc ? fixedUtc : realNowUtc(); }

}  // namespace content
