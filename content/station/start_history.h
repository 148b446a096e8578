// How often this kiosk has started, kept in the data directory (starts.json)
// so restarts by systemd show in the status file: starts in the last 24 hours,
// starts since install, and how the previous run ended. A run that never
// reached recordCleanStop (crash, kill, watchdog, power loss) is recognised
// at the next start by the "running" mark it left behind.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace content::station {

struct StartHistory {
    int startsLast24h = 0;    // this start included
    int64_t startsTotal = 0;  // since the data directory was made, this start included
    // How the previous run ended, a plain English sentence; empty on the first start.
    std::string lastExit;
};

std::filesystem::path startHistoryFile(const std::filesystem::path& dataDir);

// Counts this start (at `nowUtc`, Unix seconds) and marks the kiosk running.
// A missing or broken file starts the count again; it never fails the kiosk.
StartHistory recordStart(const std::filesystem::path& dataDir, int64_t nowUtc);

// Remembers that this run ended cleanly, and why (e.g. "stopped cleanly").
void recordCleanStop(const std::filesystem::path& dataDir, int64_t nowUtc, const std::string& reason);

}  // namespace content::station
