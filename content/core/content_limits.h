// The one set of limits for a pack's content. `kiosk-pack check` and `build`
// apply exactly these to a source folder and the import applies them to a
// pack, so `check` never calls a folder fine that a kiosk would refuse. Each
// limit is far above a real city's content and far below what would hurt a
// kiosk (memory, disk, minutes of import).
#pragma once

#include <cstddef>
#include <cstdint>

namespace content {

struct ContentLimits {
    size_t maxOrganisations = 20000;
    size_t maxEvents = 50000;
    size_t maxGuides = 2000;
    size_t maxImages = 5000;
    size_t maxBlocksPerGuide = 2000;
    size_t maxListItems = 100;        // categories, languages, exdates ...
    size_t maxShortText = 1000;       // names, titles, addresses (bytes)
    size_t maxLongText = 32000;       // descriptions, guide lines (bytes)
    // content.json as a whole: its size is checked before it is parsed, and
    // the parser stops at this many JSON values (numbers, texts, lists ...),
    // so a pack of numbers under an unknown field cannot take gigabytes.
    uint64_t maxJsonBytes = 64u << 20;
    size_t maxJsonValues = 4'000'000;
    // Dates the events expand to, all series together, over the kiosk's
    // window (one day back, two years ahead): a city's weekly programme is
    // some tens of thousands.
    size_t maxOccurrences = 1'000'000;
    // Pixels of all pictures together (from their headers, before any is
    // decoded): some 120 pictures of 4096 x 4096, or a thousand photos.
    uint64_t maxTotalPicturePixels = 2'000'000'000;
};

// Source folder files, each read with a limit (a CSV linked to /dev/zero or
// a 100 MB guide never gets into memory whole).
inline constexpr uint64_t kMaxSourceTableBytes = 64u << 20;  // organisations.csv, one .ics
inline constexpr uint64_t kMaxSourceSmallFileBytes = 2u << 20;  // pack.toml, guide.toml, one guide .md

// manifest.json inside a pack: the one limit for the importer and for the
// scanner that peeks at a pack on a stick or in a drop folder.
inline constexpr uint64_t kMaxManifestBytes = 8u << 20;

// The import as a whole may take this long before it is refused (a pack
// within every other limit still cannot keep a kiosk busy for hours).
inline constexpr int64_t kMaxImportSeconds = 600;

// The memory an import in its own process may take (heap and anonymous maps,
// RLIMIT_DATA; content/pack/import_memory_limit.h): `kiosk-pack import` by
// default, far above what a pack within the content limits needs, far below
// what would push a small kiosk box into swapping. Running out is a refusal
// ("out-of-memory"), never a crash.
inline constexpr uint64_t kImportMemoryLimitMb = 2048;
// The kiosk's own import child: the large benchmark pack peaks near 200 MB,
// and the kiosk beside it must keep its screen fluid on a 2 GB box.
inline constexpr uint64_t kKioskImportMemoryLimitMb = 1024;

}  // namespace content
