// fleet: the fleet page's table in a terminal, for a coordinator's script or
// monitoring: exit 0 when every kiosk is fine, 1 when any is in trouble (or
// none has written a status yet), 2 on misuse.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "content/pack/durable_files.h"
#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/station/fleet_page.h"
#include "content/station/fleet_status.h"
#include "content/station/status_file.h"

namespace kiosk_pack {
namespace {

using content::station::FleetRow;

std::string padded(std::string text, size_t width) {
    // Column widths count code points, so "–" and umlauts line up.
    size_t length = 0;
    for (unsigned char c : text) length += (c & 0xC0) != 0x80;
    if (length < width) text.append(width - length, ' ');
    return text;
}

std::string contentWords(const FleetRow& row) {
    if (!row.readable) return "unreadable";
    if (row.livePackId.empty()) return "no content";
    return row.livePackId + " " + std::to_string(row.liveSequence);
}

std::string seenWords(const FleetRow& row, const std::string& lang) {
    if (row.silentSeconds < 0 && row.lastSeen.empty()) return "-";
    // A heartbeat "from the future": the kiosk's clock is ahead.
    if (row.silentSeconds < 0) return "+" + content::station::durationWords(row.silentSeconds, lang);
    return lang == "de" ? "vor " + content::station::durationWords(row.silentSeconds, lang)
                        : content::station::durationWords(row.silentSeconds, lang) + " ago";
}

}  // namespace

int runFleet(const Args& rawArgs) {
    Arguments args(rawArgs, {"now", "lang", "page"}, {"json"});
    if (!args.ok()) return complain(args.error(), 2);
    if (args.positional().size() != 1)
        return complain("usage: kiosk-pack fleet DROP_FOLDER [--json] [--now ISO8601] [--lang de|en] [--page FILE.html]", 2);
    auto nowOption = parseNowOption(args.value("now"));
    if (!nowOption) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00+01:00", 2);
    const int64_t now = *nowOption ? *nowOption : static_cast<int64_t>(std::time(nullptr));
    const std::string lang = args.value("lang").value_or("en") == "de" ? "de" : "en";
    const std::filesystem::path folder = args.positional()[0];
    if (!std::filesystem::is_directory(folder)) return complain(folder.string() + " is not a folder", 2);

    const auto table = content::station::readFleet(folder, now);
    size_t idWidth = 20;  // wider when a kiosk id is longer, so the columns stay aligned
    for (const FleetRow& row : table.rows) idWidth = std::max(idWidth, row.kioskId.size());
    if (auto page = args.value("page")) {
        // The fleet page as the kiosks write it, by this computer's clock (e.g. to look at it offline).
        std::string error;
        if (!content::pack::writeFileAtomically(*page, content::station::fleetPageHtml(table, {content::station::systemTimeZone(), "kiosk-pack"}), &error))
            return complain(error);
    }
    if (args.flag("json")) {
        std::printf("%s\n", content::station::fleetJson(table).dump(2).c_str());
    } else {
        std::printf("%s  %s  %s  %s  %s\n", padded(lang == "de" ? "ZUSTAND" : "STATE", 9).c_str(),
                    padded("KIOSK", idWidth).c_str(), padded(lang == "de" ? "ZULETZT" : "LAST SEEN", 14).c_str(),
                    padded(lang == "de" ? "INHALT" : "CONTENT", 26).c_str(), lang == "de" ? "FREI" : "FREE");
        for (const FleetRow& row : table.rows) {
            const std::string disk =
                row.freeDiskBytes < 0 ? "-" : content::station::gigabytesWords(row.freeDiskBytes, lang);
            std::printf("%s  %s  %s  %s  %s\n", padded(content::station::severityName(row.severity()), 9).c_str(),
                        padded(row.kioskId, idWidth).c_str(), padded(seenWords(row, lang), 14).c_str(),
                        padded(contentWords(row), 26).c_str(), disk.c_str());
            for (const auto& problem : row.problems)
                std::printf("           - %s\n", (lang == "de" ? problem.de : problem.en).c_str());
        }
        const int trouble = table.troubleCount();
        if (table.rows.empty())
            std::printf(lang == "de" ? "Noch kein Kiosk hat eine Statusdatei in %s geschrieben.\n"
                                     : "No kiosk has written a status file into %s yet.\n",
                        (folder / "status").c_str());
        else if (lang == "de")
            std::printf("%d von %zu Kiosks brauchen Aufmerksamkeit.\n", trouble, table.rows.size());
        else
            std::printf("%d of %zu kiosks need attention.\n", trouble, table.rows.size());
    }
    return table.rows.empty() || table.troubleCount() > 0 ? 1 : 0;
}

}  // namespace kiosk_pack
