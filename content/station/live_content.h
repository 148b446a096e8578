// What is live on this kiosk right now, read from the live version's signed
// manifest (DATA/live/manifest.json) - cheap, no database needed, so status and
// report files can say it from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "content/core/content_freshness.h"

namespace content::station {

struct LiveContentInfo {
    bool present = false;
    std::string packId;
    uint64_t sequence = 0;
    std::string createdAt;
    std::string defaultLanguage;
    int64_t organisations = -1, events = -1, guides = -1;  // -1 = the manifest does not say
};

LiveContentInfo readLiveContent(const std::filesystem::path& dataDir);

// Whether the live content is still current at `nowUtc` (opens its database
// read-only); nullopt when there is no live content.
std::optional<ContentFreshness> liveFreshness(const std::filesystem::path& dataDir, int64_t nowUtc);

// The highest accepted sequence per pack_id (DATA/sequences.json), 0 when unknown.
uint64_t acceptedSequence(const std::filesystem::path& dataDir, const std::string& packId);


}  // namespace content::station
