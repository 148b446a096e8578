// Writes a whole staff source folder (the format kiosk-pack check reads: pack.toml,
// organisations.csv, events/*.ics, guides/*/, images/) for a big city,
// deterministically from a seed: the same seed gives the same bytes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "bench/generator/calendar_writer.h"

namespace bench {

struct GeneratorScale {
    int organisations = 0;
    int recurringEvents = 0;
    int singleEvents = 0;
    int guides = 0;
    int pictures = 0;
    int largestPicture = 0;  // longest side in pixels

    static GeneratorScale large();  // the big city: 2,000 / 300 / 5,000 / 300 / 500 up to 4096
    static GeneratorScale small();  // a handful of records, for tests
};

struct GeneratorOptions {
    uint64_t seed = 1;
    GeneratorScale scale = GeneratorScale::large();
    // Events are laid out from this day on (single events within ~4 months).
    // Fixed rather than "today" so the same seed gives the same bytes; the
    // benchmark runs the kiosk with --now inside that window.
    CivilDate firstDay{2026, 11, 16};
    std::string packId = "bench-city";
};

struct GeneratorReport {
    int organisations = 0, recurringEvents = 0, singleEvents = 0, cancelledEvents = 0;
    int guides = 0, guideFiles = 0, pictures = 0, calendarFiles = 0;
    uint64_t bytesWritten = 0;
};

// Writes into `outDir`, which must not exist or be empty or be an earlier
// output of this generator (recognised by its marker file; then replaced).
// Returns false and sets `error` on failure.
bool generateSourceFolder(const GeneratorOptions& options, const std::filesystem::path& outDir,
                          GeneratorReport* report, std::string* error);

// The marker file the generator leaves in its output folder (content: the
// options), so a cache can tell whether a folder is complete and for which seed.
inline constexpr const char* kGeneratorMarker = ".kiosk-generate";

}  // namespace bench
