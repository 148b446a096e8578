// status/index.html: the fleet table as one self-contained HTML page that a
// coordinator opens straight from the synced folder, on a desktop or a phone.
// No JavaScript, no external files (styles inline), German and English side
// by side. The same table and options always give the same bytes.
#pragma once

#include <filesystem>
#include <string>

#include "content/station/fleet_status.h"

namespace content::station {

struct FleetPageOptions {
    std::string timeZone = "Europe/Berlin";  // the "as of" time is shown in this zone too
    std::string writtenBy;                   // kiosk id of the writer, shown in the footer
};

std::string fleetPageHtml(const FleetTable& table, const FleetPageOptions& options);

// Reads the folder's status files and writes `dropFolder`/status/index.html by
// atomic rename, so two kiosks writing at once leave one whole page.
bool writeFleetPage(const std::filesystem::path& dropFolder, int64_t nowUtc, const FleetPageOptions& options,
                    std::string* error);

std::filesystem::path fleetPagePath(const std::filesystem::path& dropFolder);

}  // namespace content::station
