#include "content/station/fleet_status.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "content/core/time_zone.h"
#include "content/station/pack_scanner.h"
#include "content/station/status_file.h"

namespace content::station {
namespace {

namespace fs = std::filesystem;

constexpr uintmax_t kMaxStatusBytes = 1024 * 1024;  // a real status file is about 2 KB

// Syncthing's conflict copies ("gruenau-1.sync-conflict-20261121-101500-ABCDEFG.json")
// and temporary files, and our own hidden temp files, are not kiosks.
bool isKioskStatusFile(const fs::path& file) {
    const std::string name = file.filename().string();
    return file.extension() == ".json" && !name.empty() && name.front() != '.' &&
           name.find(".sync-conflict-") == std::string::npos && name.find("~syncthing~") == std::string::npos;
}

bool isPackFile(const fs::path& file) {
    const std::string name = file.filename().string();
    return file.extension() == ".kpack" && !name.empty() && name.front() != '.' &&
           name.find(".sync-conflict-") == std::string::npos;
}

std::string dativeDays(int64_t days) { return days == 1 ? "1 Tag" : std::to_string(days) + " Tagen"; }

// German "seit ..." needs the dative for days ("seit 2 Tagen").
std::string germanSince(int64_t seconds) {
    if (seconds >= 2 * 86400) return dativeDays(seconds / 86400);
    return durationWords(seconds, "de");
}

std::string text(const nlohmann::json& object, const char* key) {
    if (!object.is_object()) return {};
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

template <typename T>
T number(const nlohmann::json& object, const char* key, T fallback) {
    if (!object.is_object()) return fallback;
    auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<T>() : fallback;
}

void add(FleetRow& row, std::string code, Severity severity, std::string de, std::string en) {
    row.problems.push_back({std::move(code), severity, std::move(de), std::move(en)});
}

// Fills the shown columns from a readable status file (any format up to ours).
void readColumns(FleetRow& row, const nlohmann::json& json) {
    row.appVersion = text(json, "app_version");
    row.state = text(json, "state");
    if (row.state.empty()) row.state = "running";
    row.lastSeen = text(json, "last_seen");
    // Format 1 files were written only at start and after imports.
    if (row.lastSeen.empty()) row.lastSeen = text(json, "started_at");
    row.heartbeatSeconds = number<int>(json, "heartbeat_seconds", 600);
    if (row.heartbeatSeconds <= 0) row.heartbeatSeconds = 600;
    const nlohmann::json live = json.value("live", nlohmann::json());
    row.livePackId = text(live, "pack_id");
    row.liveSequence = number<uint64_t>(live, "sequence", 0);
    row.liveAgeDays = number<int64_t>(live, "age_days", -1);
    const nlohmann::json last = json.value("last_import", nlohmann::json());
    row.lastImportResult = text(last, "result");
    row.lastImportFile = text(last, "pack_file");
    row.lastImportMessage = text(last, "message");
    const nlohmann::json starts = json.value("starts", nlohmann::json());
    row.startsLast24h = number<int>(starts, "last_24h", -1);
    row.startsTotal = number<int64_t>(starts, "total", -1);
    row.lastExit = text(json, "last_exit");
    row.freeDiskBytes = number<int64_t>(json, "free_disk_bytes", -1);
    const nlohmann::json clock = json.value("clock", nlohmann::json());
    row.clockLocal = text(clock, "local");
    row.timeZone = text(clock, "time_zone");
    const nlohmann::json screen = json.value("screen", nlohmann::json());
    row.screenWidthPx = number<int>(screen, "width_px", 0);
    row.screenHeightPx = number<int>(screen, "height_px", 0);
    const nlohmann::json touch = json.value("touch_test", nlohmann::json());
    if (touch.is_object()) {
        const std::string result = text(touch, "result");
        row.touchTest = result;
        if (result == "incomplete")
            row.touchTest += " (" + std::to_string(number<int>(touch, "areas_touched", 0)) + "/" +
                             std::to_string(number<int>(touch, "areas_total", 0)) + ")";
        row.touchTest += " " + text(touch, "at").substr(0, 10);
    }
}

void checkRules(FleetRow& row, const FleetTable& table, const FleetRules& rules) {
    const auto seen = content::parseIsoToUtc(row.lastSeen, "UTC");
    if (seen) row.silentSeconds = table.referenceUtc - *seen;
    const int64_t allowed = int64_t(rules.missedHeartbeats) * row.heartbeatSeconds;
    if (!seen) {
        add(row, "no-heartbeat", Severity::Red, "Die Statusdatei nennt keine Zeit; den Kiosk prüfen.",
            "The status file gives no time; check the kiosk.");
    } else if (row.silentSeconds > allowed) {
        const std::string interval = durationWords(row.heartbeatSeconds, "en");
        if (row.state == "stopped")
            add(row, "stopped", Severity::Red,
                "Seit " + germanSince(row.silentSeconds) + " beendet (" + shortTime(row.lastSeen) +
                    " UTC); den Kiosk neu starten oder den Rechner einschalten.",
                "Stopped " + durationWords(row.silentSeconds, "en") + " ago (" + shortTime(row.lastSeen) +
                    " UTC); restart the kiosk or switch its computer on.");
        else
            add(row, "no-heartbeat", Severity::Red,
                "Seit " + germanSince(row.silentSeconds) + " kein Lebenszeichen (erwartet alle " +
                    durationWords(row.heartbeatSeconds, "de") +
                    "); Strom, Netz und Syncthing des Kiosks prüfen, oder seine Uhr geht nach.",
                "No heartbeat for " + durationWords(row.silentSeconds, "en") + " (expected every " + interval +
                    "); check the kiosk's power, network and Syncthing, or its clock is behind.");
    } else if (-row.silentSeconds > rules.clockToleranceSeconds) {
        add(row, "clock-ahead", Severity::Attention,
            "Die Uhr des Kiosks geht " + durationWords(-row.silentSeconds, "de") +
                " vor; Zeitsynchronisation (NTP) des Kiosks einschalten.",
            "The kiosk's clock is " + durationWords(-row.silentSeconds, "en") +
                " ahead; turn on time synchronisation (NTP) on the kiosk.");
    }

    for (const FleetPack& pack : table.packs) {
        if (row.livePackId.empty()) {
            add(row, "no-content", Severity::Attention,
                "Zeigt keinen Inhalt, obwohl " + pack.file + " im Ordner liegt; den Bericht kiosk-report-" +
                    row.kioskId + ".txt lesen.",
                "Shows no content although " + pack.file + " is in the folder; read kiosk-report-" + row.kioskId +
                    ".txt.");
            break;
        }
        if (pack.packId == row.livePackId && pack.sequence > row.liveSequence) {
            add(row, "behind", Severity::Attention,
                "Zeigt Version " + std::to_string(row.liveSequence) + ", im Ordner liegt " + pack.file +
                    " (Version " + std::to_string(pack.sequence) + "); kiosk-report-" + row.kioskId + ".txt lesen.",
                "Shows version " + std::to_string(row.liveSequence) + " but the folder has " + pack.file +
                    " (version " + std::to_string(pack.sequence) + "); read kiosk-report-" + row.kioskId + ".txt.");
        }
    }
    if (row.lastImportResult == "refused")
        add(row, "refused", Severity::Attention,
            "Das letzte Paket wurde abgelehnt (" + row.lastImportFile + "): " + row.lastImportMessage,
            "The last pack was refused (" + row.lastImportFile + "): " + row.lastImportMessage);
    if (row.freeDiskBytes >= 0 && row.freeDiskBytes < rules.lowDiskBytes)
        add(row, "low-disk", Severity::Attention,
            "Nur noch " + gigabytesWords(row.freeDiskBytes, "de") +
                " frei; alte Dateien auf dem Kiosk löschen, sonst scheitert das nächste Paket.",
            "Only " + gigabytesWords(row.freeDiskBytes, "en") +
                " free; delete old files on the kiosk or the next pack will fail.");
}

// Reads one status file into its row; the rules are checked once every row is read.
FleetRow readRow(const fs::path& file) {
    FleetRow row;
    row.kioskId = file.stem().string();
    row.file = "status/" + file.filename().string();
    std::error_code ec;
    const uintmax_t size = fs::file_size(file, ec);
    nlohmann::json json;
    if (!ec && size <= kMaxStatusBytes) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        json = nlohmann::json::parse(bytes.str(), nullptr, false);
    }
    if (ec || size > kMaxStatusBytes || !json.is_object()) {
        add(row, "unreadable", Severity::Red,
            "Die Statusdatei " + row.file + " ist nicht lesbar (kein gültiges JSON); sie wird beim nächsten "
                "Lebenszeichen des Kiosks neu geschrieben.",
            "The status file " + row.file + " cannot be read (not valid JSON); the kiosk rewrites it at its next "
                "heartbeat.");
        return row;
    }
    const int format = number<int>(json, "format", 1);
    if (format > kStatusFormat) {
        add(row, "newer-format", Severity::Attention,
            "Die Statusdatei stammt von einer neueren Kiosk-Version (Format " + std::to_string(format) +
                "); die Kiosk-Software, die diese Seite schreibt, aktualisieren.",
            "The status file comes from a newer kiosk version (format " + std::to_string(format) +
                "); update the kiosk software that writes this page.");
        row.appVersion = text(json, "app_version");
        return row;
    }
    row.readable = true;
    readColumns(row, json);
    return row;
}

// The clock the rules measure against: the reader's, unless the median
// heartbeat is later - then the reader's own clock is behind (a kiosk writing
// the page with a wrong clock must not make every other kiosk look wrong).
int64_t referenceClock(const std::vector<FleetRow>& rows, int64_t nowUtc) {
    std::vector<int64_t> seen;
    for (const FleetRow& row : rows)
        if (auto at = content::parseIsoToUtc(row.lastSeen, "UTC"); row.readable && at) seen.push_back(*at);
    if (seen.empty()) return nowUtc;
    std::nth_element(seen.begin(), seen.begin() + seen.size() / 2, seen.end());
    return std::max(nowUtc, seen[seen.size() / 2]);
}

nlohmann::json problemJson(const FleetProblem& problem) {
    return {{"code", problem.code}, {"severity", severityName(problem.severity)}, {"de", problem.de}, {"en", problem.en}};
}

}  // namespace

Severity FleetRow::severity() const {
    Severity worst = Severity::Ok;
    for (const auto& problem : problems) worst = std::max(worst, problem.severity);
    return worst;
}

int FleetTable::troubleCount() const {
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const FleetRow& row) {
        return row.severity() != Severity::Ok;
    }));
}

std::string severityName(Severity severity) {
    switch (severity) {
        case Severity::Red: return "red";
        case Severity::Attention: return "attention";
        case Severity::Ok: break;
    }
    return "ok";
}

std::string shortTime(const std::string& iso) {
    std::string shown = iso.substr(0, 16);
    if (shown.size() > 10 && shown[10] == 'T') shown[10] = ' ';
    return shown;
}

std::string durationWords(int64_t seconds, const std::string& lang) {
    const bool de = lang == "de";
    if (seconds < 0) seconds = -seconds;
    if (seconds < 60) return std::to_string(seconds) + (de ? " Sek." : " s");
    if (seconds < 2 * 3600) return std::to_string(seconds / 60) + (de ? " Min." : " min");
    if (seconds < 2 * 86400) return std::to_string(seconds / 3600) + (de ? " Std." : " h");
    const int64_t days = seconds / 86400;
    return std::to_string(days) + (de ? " Tage" : " days");
}

std::string gigabytesWords(int64_t bytes, const std::string& lang) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f GB", double(bytes) / 1e9);
    std::string shown = buffer;
    if (lang == "de") std::replace(shown.begin(), shown.end(), '.', ',');
    return shown;
}

FleetTable readFleet(const fs::path& dropFolder, int64_t nowUtc, const FleetRules& rules) {
    FleetTable table;
    table.nowUtc = nowUtc;
    std::error_code ec;
    // The newest pack per pack_id; file names break ties so the table is stable.
    std::map<std::string, FleetPack> newest;
    for (fs::directory_iterator it(dropFolder, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec) || !isPackFile(it->path())) continue;
        const PackPeek peek = peekPack(it->path());
        if (!peek.readable) continue;
        FleetPack pack{it->path().filename().string(), peek.packId, peek.sequence};
        auto [slot, inserted] = newest.emplace(peek.packId, pack);
        if (!inserted && (pack.sequence > slot->second.sequence ||
                          (pack.sequence == slot->second.sequence && pack.file < slot->second.file)))
            slot->second = pack;
    }
    for (auto& [id, pack] : newest) table.packs.push_back(pack);

    std::vector<fs::path> files;
    for (fs::directory_iterator it(dropFolder / "status", ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code typeError;
        if (it->is_regular_file(typeError) && isKioskStatusFile(it->path())) files.push_back(it->path());
    }
    for (const auto& file : files) table.rows.push_back(readRow(file));
    table.referenceUtc = referenceClock(table.rows, nowUtc);
    for (FleetRow& row : table.rows)
        if (row.readable) checkRules(row, table, rules);
    std::sort(table.rows.begin(), table.rows.end(), [](const FleetRow& a, const FleetRow& b) {
        if (a.severity() != b.severity()) return a.severity() > b.severity();
        return a.kioskId < b.kioskId;
    });
    return table;
}

nlohmann::json fleetJson(const FleetTable& table) {
    nlohmann::json rows = nlohmann::json::array();
    for (const FleetRow& row : table.rows) {
        nlohmann::json problems = nlohmann::json::array();
        for (const auto& problem : row.problems) problems.push_back(problemJson(problem));
        nlohmann::json entry = {{"kiosk_id", row.kioskId},
                                {"file", row.file},
                                {"readable", row.readable},
                                {"severity", severityName(row.severity())},
                                {"problems", problems}};
        if (row.readable) {
            entry["app_version"] = row.appVersion;
            entry["state"] = row.state;
            entry["last_seen"] = row.lastSeen;
            entry["silent_seconds"] = row.silentSeconds;
            entry["live_pack_id"] = row.livePackId;
            entry["live_sequence"] = row.liveSequence;
            entry["live_age_days"] = row.liveAgeDays;
            entry["last_import"] = row.lastImportResult;
            entry["starts_last_24h"] = row.startsLast24h;
            entry["starts_total"] = row.startsTotal;
            entry["last_exit"] = row.lastExit;
            entry["free_disk_bytes"] = row.freeDiskBytes;
            entry["clock_local"] = row.clockLocal;
            entry["time_zone"] = row.timeZone;
            entry["screen"] = std::to_string(row.screenWidthPx) + "x" + std::to_string(row.screenHeightPx);
            entry["touch_test"] = row.touchTest;
        }
        rows.push_back(std::move(entry));
    }
    nlohmann::json packs = nlohmann::json::array();
    for (const auto& pack : table.packs) packs.push_back({{"file", pack.file}, {"pack_id", pack.packId}, {"sequence", pack.sequence}});
    return {{"now", formatUtcIso(table.nowUtc)},
            {"reference", formatUtcIso(table.referenceUtc)},
            {"kiosks", table.rows.size()},
            {"trouble", table.troubleCount()},
            {"packs", packs},
            {"rows", rows}};
}

}  // namespace content::station
