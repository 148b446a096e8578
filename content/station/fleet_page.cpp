#include "content/pack/durable_files.h"
#include "content/station/fleet_page.h"

#include "content/core/html_text.h"
#include "content/core/time_zone.h"
#include "content/station/status_file.h"

namespace content::station {
namespace {

using content::escapeHtml;

// Phone widths turn each row into a two-column card whose cells carry their
// own label (data-label), so nothing has to scroll sideways.
constexpr const char* kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;padding:1rem;color:#1b1b1b;background:#f6f6f4;line-height:1.4}
h1{font-size:1.4rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:1.25rem 0 .25rem}
p.summary{font-size:1.1rem;margin:.25rem 0 1rem}
.en{color:#555}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #ddd;font-size:.9rem}
th{background:#e9e9e4;font-weight:600}
tr.problems td{border-bottom:2px solid #bbb;padding-top:0}
tr.problems ul{margin:0;padding-left:1.2rem}
.badge{display:inline-block;padding:.1rem .5rem;border-radius:.8rem;font-weight:700;white-space:nowrap}
.red .badge{background:#b3261e;color:#fff}
.attention .badge{background:#f2b705;color:#1b1b1b}
.ok .badge{background:#2e7d32;color:#fff}
tr.red td:first-child{border-left:.4rem solid #b3261e}
tr.attention td:first-child{border-left:.4rem solid #f2b705}
tr.ok td:first-child{border-left:.4rem solid #2e7d32}
.muted{color:#666}
footer{margin-top:1rem;font-size:.8rem;color:#666}
@media (max-width:700px){
 body{padding:.5rem}
 table,tbody,tr,td{display:block;width:auto}
 thead{display:none}
 tr.kiosk{display:grid;grid-template-columns:1fr 1fr;margin-top:.75rem;background:#fff;border-left:.4rem solid #2e7d32}
 tr.kiosk.red{border-left-color:#b3261e}
 tr.kiosk.attention{border-left-color:#f2b705}
 tr.kiosk td,tr.kiosk td:first-child{border:none;padding:.2rem .5rem}
 tr.kiosk td.wide{grid-column:1 / -1}
 tr.kiosk td::before{content:attr(data-label);display:block;font-size:.75rem;color:#666}
 tr.kiosk td.badge-cell::before,tr.kiosk td.name::before{display:none}
 tr.kiosk td.badge-cell{grid-column:1 / -1;padding-top:.4rem}
 tr.problems td,tr.problems td:first-child{border-left:.4rem solid #2e7d32}
 tr.red.problems td{border-left-color:#b3261e}
 tr.attention.problems td{border-left-color:#f2b705}
}
)";

struct Column {
    const char* de;
    const char* en;  // nullptr when the word is the same in both
};

constexpr Column kColumns[] = {
    {"Zustand", "State"},           {"Kiosk", nullptr},
    {"Zuletzt gesehen", "Last seen"}, {"Inhalt", "Content"},
    {"Letzter Import", "Last import"}, {"Starts 24 h / gesamt · total", nullptr},
    {"Speicher frei", "Free disk"},  {"Bildschirm", "Screen"},
};
constexpr int kColumnCount = sizeof kColumns / sizeof kColumns[0];

std::string label(const Column& column) {
    return column.en ? std::string(column.de) + " / " + column.en : std::string(column.de);
}

std::string cell(int column, const std::string& html, const char* cssClass = nullptr) {
    return std::string("<td") + (cssClass ? std::string(" class=\"") + cssClass + "\"" : "") + " data-label=\"" +
           escapeHtml(label(kColumns[column])) + "\">" + html + "</td>";
}

std::string stateBadge(Severity severity) {
    switch (severity) {
        case Severity::Red: return "<span class=\"badge\">Störung · Fault</span>";
        case Severity::Attention: return "<span class=\"badge\">Prüfen · Check</span>";
        case Severity::Ok: break;
    }
    return "<span class=\"badge\">OK</span>";
}

std::string orDash(const std::string& text) { return text.empty() ? "<span class=\"muted\">–</span>" : escapeHtml(text); }

// When the kiosk last wrote, by its own clock and in its own time zone, so a
// wrong clock or zone shows next to how long ago that was by the writer's clock.
std::string lastSeenCell(const FleetRow& row) {
    if (row.lastSeen.empty()) return orDash("");
    std::string html = row.clockLocal.empty() ? escapeHtml(shortTime(row.lastSeen)) + " UTC"
                                              : escapeHtml(shortTime(row.clockLocal)) + " <span class=\"muted\">" +
                                                    escapeHtml(row.timeZone) + "</span>";
    if (row.silentSeconds >= 0)
        html += "<br><span class=\"muted\">vor " + escapeHtml(durationWords(row.silentSeconds, "de")) + " · " +
                escapeHtml(durationWords(row.silentSeconds, "en")) + " ago</span>";
    if (row.state == "stopped") html += "<br>beendet · stopped";
    return html;
}

std::string contentCell(const FleetRow& row) {
    if (row.livePackId.empty()) return "kein Inhalt · no content";
    std::string html = escapeHtml(row.livePackId) + " " + std::to_string(row.liveSequence);
    if (row.liveAgeDays >= 0) {
        const std::string days = std::to_string(row.liveAgeDays);
        html += "<br><span class=\"muted\">" + days + (row.liveAgeDays == 1 ? " Tag alt · " : " Tage alt · ") + days +
                (row.liveAgeDays == 1 ? " day old" : " days old") + "</span>";
    }
    return html;
}

std::string importCell(const FleetRow& row) {
    if (row.lastImportResult.empty() || row.lastImportResult == "none") return orDash("");
    return escapeHtml(row.lastImportResult) + "<br><span class=\"muted\">" + escapeHtml(row.lastImportFile) + "</span>";
}

std::string screenCell(const FleetRow& row) {
    std::string html = row.screenWidthPx > 0
                           ? std::to_string(row.screenWidthPx) + " × " + std::to_string(row.screenHeightPx)
                           : orDash("");
    if (!row.touchTest.empty()) html += "<br><span class=\"muted\">Touch-Test: " + escapeHtml(row.touchTest) + "</span>";
    return html;
}

std::string number(int64_t value) { return value < 0 ? "–" : std::to_string(value); }

void appendRow(std::string& html, const FleetRow& row) {
    const std::string severity = severityName(row.severity());
    html += "<tr class=\"kiosk " + severity + "\">";
    html += cell(0, stateBadge(row.severity()), "badge-cell");
    std::string name = "<strong>" + escapeHtml(row.kioskId) + "</strong>";
    if (!row.appVersion.empty()) name += "<br><span class=\"muted\">" + escapeHtml(row.appVersion) + "</span>";
    html += cell(1, name, "wide name");
    if (!row.readable) {
        html += "<td class=\"wide\" colspan=\"" + std::to_string(kColumnCount - 2) + "\">Nicht lesbar · Unreadable</td>";
    } else {
        html += cell(2, lastSeenCell(row));
        html += cell(3, contentCell(row));
        html += cell(4, importCell(row));
        html += cell(5, number(row.startsLast24h) + " / " + number(row.startsTotal));
        html += cell(6, row.freeDiskBytes < 0 ? orDash("") : escapeHtml(gigabytesWords(row.freeDiskBytes, "de")));
        html += cell(7, screenCell(row));
    }
    html += "</tr>\n";
    // A clean stop is no news; a run that ended without one is worth a line.
    const bool uncleanExit = !row.lastExit.empty() && row.lastExit.rfind("stopped cleanly", 0) != 0;
    if (row.problems.empty() && !uncleanExit) return;
    html += "<tr class=\"problems " + severity + "\"><td colspan=\"" + std::to_string(kColumnCount) + "\"><ul>";
    for (const auto& problem : row.problems)
        html += "<li>" + escapeHtml(problem.de) + "<br><span class=\"en\">" + escapeHtml(problem.en) + "</span></li>";
    if (uncleanExit) html += "<li class=\"muted\">Letztes Ende · Last exit: " + escapeHtml(row.lastExit) + "</li>";
    html += "</ul></td></tr>\n";
}

}  // namespace

std::string fleetPageHtml(const FleetTable& table, const FleetPageOptions& options) {
    const int trouble = table.troubleCount();
    const int total = static_cast<int>(table.rows.size());
    const std::string asOf = content::formatLocalIso(table.nowUtc, options.timeZone);
    std::string html;
    html.reserve(4096 + table.rows.size() * 2048);
    html += "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>Kiosks: " + std::to_string(trouble) + " / " + std::to_string(total) + "</title>\n<style>" +
            kStyle + "</style>\n</head>\n<body>\n";
    html += "<h1>Kiosks auf einen Blick <span class=\"en\">· Kiosks at a glance</span></h1>\n";
    html += "<p class=\"summary\">";
    if (total == 0)
        html += "Noch keine Statusdateien in diesem Ordner. <span class=\"en\">No status files in this folder yet.</span>";
    else if (trouble == 0)
        html += "Alle " + std::to_string(total) + " Kiosks in Ordnung. <span class=\"en\">All " + std::to_string(total) +
                " kiosks are fine.</span>";
    else
        html += "<strong>" + std::to_string(trouble) + " von " + std::to_string(total) +
                " Kiosks brauchen Aufmerksamkeit.</strong> <span class=\"en\">" + std::to_string(trouble) + " of " +
                std::to_string(total) + " kiosks need attention.</span>";
    html += "<br><span class=\"muted\">Stand · As of " + escapeHtml(shortTime(asOf)) + " (" +
            escapeHtml(options.timeZone) + ")</span></p>\n";

    if (total > 0) {
        html += "<table>\n<thead><tr>";
        for (const Column& column : kColumns)
            html += "<th>" + std::string(column.de) +
                    (column.en ? "<br><span class=\"en\">" + std::string(column.en) + "</span>" : "") + "</th>";
        html += "</tr></thead>\n<tbody>\n";
        for (const FleetRow& row : table.rows) appendRow(html, row);
        html += "</tbody>\n</table>\n";
    }

    html += "<h2>Pakete im Ordner <span class=\"en\">· Packs in the folder</span></h2>\n<p>";
    if (table.packs.empty()) html += "<span class=\"muted\">keine · none</span>";
    for (size_t i = 0; i < table.packs.size(); ++i)
        html += (i ? "<br>" : "") + escapeHtml(table.packs[i].file) + " <span class=\"muted\">(" +
                escapeHtml(table.packs[i].packId) + " " + std::to_string(table.packs[i].sequence) + ")</span>";
    html += "</p>\n<footer>Geschrieben von · Written by " + escapeHtml(options.writtenBy) +
            ". Rot: seit mehr als drei Intervallen kein Lebenszeichen oder Datei unlesbar; gelb: hinter dem neuesten "
            "Paket, Paket abgelehnt, wenig Speicher oder Uhr falsch. <span class=\"en\">Red: no heartbeat for more "
            "than three intervals, or the file is unreadable; yellow: behind the newest pack, pack refused, low disk "
            "or wrong clock.</span></footer>\n</body>\n</html>\n";
    return html;
}

std::filesystem::path fleetPagePath(const std::filesystem::path& dropFolder) {
    return dropFolder / "status" / "index.html";
}

bool writeFleetPage(const std::filesystem::path& dropFolder, int64_t nowUtc, const FleetPageOptions& options,
                    std::string* error) {
    const FleetTable table = readFleet(dropFolder, nowUtc);
    // The drop folder is shared: written without following any link in it.
    return content::pack::writeFileIntoForeignFolder(dropFolder, "status", "index.html", fleetPageHtml(table, options), error);
}

}  // namespace content::station
