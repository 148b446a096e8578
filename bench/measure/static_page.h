// The browser side of the comparison: the same large content as ONE
// well-made static web page, the way a careful web developer would build a
// Chromium kiosk page today: plain HTML and CSS, no framework, images with
// loading="lazy" and explicit sizes. A tiny inline script only reports the
// browser's own paint timings to the console so the benchmark can read them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace bench {

struct StaticPageStats {
    size_t organisations = 0, events = 0, guides = 0, images = 0;
    uint64_t bytes = 0;
};

// Reads the live content of `dataDir` (German texts, events from nowUtc for
// 120 days) and writes `htmlFile`; images are referenced in place (file://).
bool writeStaticPage(const std::filesystem::path& dataDir, int64_t nowUtc, const std::filesystem::path& htmlFile,
                     StaticPageStats* stats, std::string* error);

// The console line prefix the page's script uses: "KIOSKBENCH <entry> <epoch ms>".
inline constexpr const char* kPageTimingMarker = "KIOSKBENCH ";

}  // namespace bench
