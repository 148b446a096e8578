// What is live on this kiosk right now, read from the live version's signed
// manifest (DATA/live/manifest.json) - cheap, no database needed, so status and
// report files can say it from any thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

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

// The highest accepted sequence per pack_id (DATA/sequences.json), 0 when unknown.
uint64_t acceptedSequence(const std::filesystem::path& dataDir, const std::string& packId);

// "2026-11-21T05:30:00Z" for a time point (UTC).
std::string isoUtc(std::chrono::system_clock::time_point when);

}  // namespace content::station
