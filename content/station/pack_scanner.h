// Looks at candidate pack files before any import: reads just each pack's
// manifest.json (pack_id, sequence) from the ZIP, without verifying it - the
// import verifies everything again. When several packs of the same pack_id are
// offered at once, only the newest sequence is imported; the others are
// reported as skipped. Nothing here trusts what it reads for more than that.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace content::station {

struct PackPeek {
    std::filesystem::path file;
    bool readable = false;       // false: not a ZIP, no manifest, or manifest unreadable
    std::string packId;
    uint64_t sequence = 0;
    std::string createdAt;
    std::string defaultLanguage;  // when the manifest carries it; else empty
};

// Reads the manifest of one pack (bounded: a manifest over 4 MiB is not read).
PackPeek peekPack(const std::filesystem::path& packFile);

struct ScanPlan {
    // To import, oldest pack_id first by name; packs whose manifest could not
    // be read are imported too, so the import gives the exact refusal.
    std::vector<PackPeek> toImport;
    struct Skipped {
        PackPeek pack;
        std::filesystem::path newerFile;  // the pack that wins instead
        uint64_t newerSequence = 0;
    };
    std::vector<Skipped> skipped;
};

ScanPlan planImports(const std::vector<std::filesystem::path>& candidates);

}  // namespace content::station
