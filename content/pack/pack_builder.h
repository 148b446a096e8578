// Turning content into a signed .kpack file: content.json + images/*, a
// manifest listing each with size and SHA-256, and manifest.json.minisig.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "content/core/model.h"
#include "content/pack/manifest.h"
#include "content/pack/minisign.h"

namespace content::pack {

struct BuildOptions {
    std::optional<uint64_t> sequence;  // default: UTC build time as YYYYMMDDHHMMSS
    int64_t nowUtc = 0;                // 0 = the real clock
};

struct BuildResult {
    bool ok = false;
    std::string error;  // for staff, when !ok
    Manifest manifest;
};

// The default sequence for a build at `utc`: 2026-11-21 05:30:00 -> 20261121053000.
uint64_t sequenceForTime(int64_t utc);

// Checks the content (checkContent, every image decodes and is in size) and
// writes the signed pack. `imagesDir` holds the files content.images names.
// The pack is written beside `output` and renamed, so a failed build never
// leaves a half-written pack under the final name.
BuildResult buildPack(Content content, const std::filesystem::path& imagesDir, const MinisignSecretKey& key,
                      const std::filesystem::path& output, const BuildOptions& options);

}  // namespace content::pack
