// The size limits of content/core/content_limits.h applied as a whole: the
// import expands events with them, and `kiosk-pack check` and `build` run
// the very same checks on a source folder before promising anything.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "content/core/check_words.h"
#include "content/core/content_limits.h"
#include "content/core/model.h"

namespace content::pack {

// The kiosk's window of dates: from one day ago to two years ahead.
inline constexpr int64_t kExpandBeforeSeconds = 86400;
inline constexpr int64_t kExpandAfterSeconds = 2 * 366 * 86400;
inline constexpr size_t kMaxOccurrencesPerSeries = 800;

struct Expansion {
    std::vector<EventOccurrence> occurrences;
    CheckWords problem;  // empty when within the limits
    bool outOfTime = false;
};

// Every series expanded over the window around `nowUtc`, all together at
// most `limits.maxOccurrences`; `outOfTime` (optional) is asked between
// series and stops the expansion when it answers true.
Expansion expandWithinLimits(const Content& content, int64_t nowUtc, const ContentLimits& limits,
                             const std::function<bool()>& outOfTime = {});

// What the import would refuse for size in this content, with the number
// allowed ("events: 50001 entries, at most 50000 allowed"), or empty. Runs
// the pack's own content.json writer and reader, so text lengths, list sizes
// and record counts are judged exactly as on a kiosk.
std::string checkImportLimits(const Content& content, int64_t nowUtc, const ContentLimits& limits = {});
// The same as a sentence with key and values (empty words when within).
CheckWords importLimitsProblem(const Content& content, int64_t nowUtc, const ContentLimits& limits = {});

// The pictures' pixels together, read from each file's header (PNG IHDR,
// JPEG frame header) before anything is decoded: empty when within
// `limits.maxTotalPicturePixels`, else what is too much, with the number allowed.
std::string checkPicturePixels(const std::filesystem::path& imagesDir, const std::vector<std::string>& images,
                               const ContentLimits& limits = {});
// The same as a sentence with key and values (empty words when within).
CheckWords picturePixelsProblem(const std::filesystem::path& imagesDir, const std::vector<std::string>& images,
                                const ContentLimits& limits = {});

}  // namespace content::pack
