// The fleet as one drop folder shows it: every status/<kiosk-id>.json that
// the kiosks sharing the folder wrote, checked against the trouble rules a
// coordinator cares about. Read by the fleet page (status/index.html, written
// by every kiosk) and by `kiosk-pack fleet DIR`; both get the same rows.
// The reference clock is passed in (the writing kiosk's or the coordinator's),
// so the same files and the same `nowUtc` always give the same table.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace content::station {

enum class Severity { Ok = 0, Attention = 1, Red = 2 };

struct FleetProblem {
    std::string code;  // "no-heartbeat", "stopped", "unreadable", "newer-format", "behind", "no-content",
                       // "refused", "low-disk", "clock-ahead"
    Severity severity = Severity::Attention;
    std::string de, en;  // one sentence each, saying what is wrong and what to do
};

struct FleetRow {
    std::string kioskId;  // from the file name, so unreadable files still have one
    std::string file;     // "status/<kiosk-id>.json"
    bool readable = false;
    // Shown columns (readable rows; empty / -1 when the file does not say).
    std::string appVersion;
    std::string state;         // "running" or "stopped"
    std::string lastSeen;      // ISO 8601 UTC, the kiosk's clock
    int64_t silentSeconds = -1;  // FleetTable::referenceUtc minus last_seen (negative: the kiosk's clock is ahead)
    int heartbeatSeconds = 0;
    std::string livePackId;
    uint64_t liveSequence = 0;
    int64_t liveAgeDays = -1;
    std::string lastImportResult, lastImportFile, lastImportMessage;
    int startsLast24h = -1;
    int64_t startsTotal = -1;
    std::string lastExit;
    int64_t freeDiskBytes = -1;
    std::string clockLocal, timeZone;
    int screenWidthPx = 0, screenHeightPx = 0;
    std::string touchTest;  // e.g. "passed 2026-11-20" or "incomplete (9/12) 2026-11-20"
    std::vector<FleetProblem> problems;

    Severity severity() const;
};

// The newest pack of each pack_id lying in the folder (by manifest sequence).
struct FleetPack {
    std::string file, packId;
    uint64_t sequence = 0;
};

struct FleetRules {
    int missedHeartbeats = 3;                  // red after this many intervals without a heartbeat
    int64_t lowDiskBytes = 1024ll * 1024 * 1024;  // less than 1 GiB free leaves no room for an import
    int64_t clockToleranceSeconds = 5 * 60;    // a kiosk clock this far ahead is wrong
};

struct FleetTable {
    int64_t nowUtc = 0;
    // What "silent for" and "clock ahead" are measured against: nowUtc, or the
    // median heartbeat when that is later (the reader's clock is behind).
    int64_t referenceUtc = 0;
    std::vector<FleetRow> rows;  // trouble first (red, then attention), then by kiosk id
    std::vector<FleetPack> packs;
    int troubleCount() const;
};

// Reads `dropFolder`/status/*.json (Syncthing conflict copies, hidden and
// temporary files are left out) and the packs in `dropFolder`.
FleetTable readFleet(const std::filesystem::path& dropFolder, int64_t nowUtc, const FleetRules& rules = {});

// The same table as JSON (`kiosk-pack fleet --json`).
nlohmann::json fleetJson(const FleetTable& table);

// "45 min", "3 h", "2 days" (en) / "45 Min.", "3 Std.", "2 Tagen" (de).
std::string durationWords(int64_t seconds, const std::string& lang);
// "1.2 GB" / "1,2 GB"
std::string gigabytesWords(int64_t bytes, const std::string& lang);
std::string severityName(Severity severity);
// "2026-11-21T10:00:00Z" -> "2026-11-21 10:00" (also for times with an offset)
std::string shortTime(const std::string& iso);

}  // namespace content::station
