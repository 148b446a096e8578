// The fleet as a coordinator reads it: the heartbeat fields of each kiosk's
// status file, the start counter in the data folder, the trouble rules
// (stale, stopped, behind, refused, low disk, clock ahead, unreadable), the
// fleet page status/index.html (German and English, no script, deterministic,
// whole even with two writers at once) and `kiosk-pack fleet`. Every clock is
// a fixed instant.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <atomic>
#include <thread>

#include "content/station/fleet_page.h"
#include "content/station/fleet_status.h"
#include "content/station/import_worker.h"
#include "content/station/start_history.h"
#include "content/station/status_file.h"
#include "content/station/touch_test.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
using namespace content::station;

namespace {

const int64_t kNow = utc("2026-11-21T10:00:00Z");
constexpr int64_t kGiB = 1024ll * 1024 * 1024;

// A healthy kiosk's status, last seen `secondsAgo` before kNow.
StatusSnapshot healthy(const std::string& kioskId, int64_t secondsAgo = 60) {
    StatusSnapshot status;
    status.kioskId = kioskId;
    status.appVersion = "0.1.0";
    status.live.present = true;
    status.live.packId = "leipzig";
    status.live.sequence = 7;
    status.live.createdAt = "2026-11-18T09:00:00Z";
    status.lastImport.result = "accepted";
    status.lastImport.packFile = "leipzig-7.kpack";
    status.startedAt = "2026-11-20T06:00:00Z";
    status.freeDiskBytes = 20 * kGiB;
    status.nowUtc = kNow - secondsAgo;
    status.heartbeatSeconds = 600;
    status.uptimeSeconds = 3600;
    status.starts = {2, 14, "stopped cleanly at 2026-11-20T05:59:00Z"};
    status.timeZone = "Europe/Berlin";
    status.screen = {1920, 1080, 531, 299};
    return status;
}

void write(const fs::path& drop, const StatusSnapshot& status) {
    std::string error;
    REQUIRE_MESSAGE(writeStatusFile(drop, status, &error), error);
}

const FleetRow& rowOf(const FleetTable& table, const std::string& kioskId) {
    for (const auto& row : table.rows)
        if (row.kioskId == kioskId) return row;
    FAIL("no row for " << kioskId);
    return table.rows.front();
}

std::vector<std::string> codes(const FleetRow& row) {
    std::vector<std::string> out;
    for (const auto& problem : row.problems) out.push_back(problem.code);
    return out;
}

int run(const std::string& command, std::string* output) {
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    output->clear();
    while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output->append(buffer, n);
    const int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST_CASE("the start counter counts starts of the last day and in total, and knows how the last run ended") {
    TempDir temp;
    const fs::path data = temp.path / "data";
    StartHistory first = recordStart(data, kNow - 30 * 3600);
    CHECK(first.startsLast24h == 1);
    CHECK(first.startsTotal == 1);
    CHECK(first.lastExit == "");

    // No clean stop: the kiosk was killed (or crashed, or lost power).
    StartHistory second = recordStart(data, kNow - 3600);
    CHECK(second.startsLast24h == 1);  // the first start is more than 24 h earlier
    CHECK(second.startsTotal == 2);
    CHECK(second.lastExit ==
          "ended without a clean stop (crash, kill, watchdog or power loss) after starting at 2026-11-20T04:00:00Z");

    recordCleanStop(data, kNow - 60, "stopped cleanly");
    StartHistory third = recordStart(data, kNow);
    CHECK(third.startsLast24h == 2);
    CHECK(third.startsTotal == 3);
    CHECK(third.lastExit == "stopped cleanly at 2026-11-21T09:59:00Z");

    writeFile(startHistoryFile(data), "{not json");
    StartHistory afterDamage = recordStart(data, kNow);
    CHECK(afterDamage.startsTotal == 1);
    CHECK(afterDamage.lastExit == "");
}

TEST_CASE("the touch test says which of the 12 screen areas answered") {
    const float w = 1200, h = 900;
    std::vector<std::pair<float, float>> everywhere;
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 4; ++column) everywhere.emplace_back(column * 300 + 150, row * 300 + 150);
    TouchTestResult all = summarizeTouchTest(everywhere, w, h, kNow);
    CHECK(all.result() == "passed");
    CHECK(all.areasTouched == 12);
    CHECK(all.at == "2026-11-21T10:00:00Z");

    // The right column is dead: nothing arrives there.
    std::vector<std::pair<float, float>> deadRight;
    for (auto [x, y] : everywhere)
        if (x < 900) deadRight.emplace_back(x, y);
    deadRight.emplace_back(-5.f, 10.f);  // off screen: a touch, no area
    TouchTestResult partial = summarizeTouchTest(deadRight, w, h, kNow);
    CHECK(partial.result() == "incomplete");
    CHECK(partial.touches == 10);
    CHECK(partial.areasTouched == 9);
    CHECK(summarizeTouchTest({}, w, h, kNow).result() == "no-touch");

    TempDir temp;
    std::string error;
    REQUIRE(recordTouchTest(temp.path, partial, &error));
    auto read = readTouchTest(temp.path);
    REQUIRE(read);
    CHECK(read->toJson() == partial.toJson());
}

TEST_CASE("the status file carries the heartbeat: last seen, uptime, starts, clock, screen, touch test, refusals") {
    TempDir temp;
    StatusSnapshot status = healthy("gruenau-1", 0);
    status.refused = {{"bad.kpack", "bad-signature", "The signature does not match.", "2026-11-21T09:00:00Z"}};
    status.touchTest = TouchTestResult{"2026-11-20T08:00:00Z", 40, 12, 12};
    write(temp.path, status);
    auto json = nlohmann::json::parse(readFile(statusFilePath(temp.path, "gruenau-1")));
    CHECK(json["format"] == 2);
    CHECK(json["state"] == "running");
    CHECK(json["last_seen"] == "2026-11-21T10:00:00Z");
    CHECK(json["heartbeat_seconds"] == 600);
    CHECK(json["uptime_seconds"] == 3600);
    CHECK(json["starts"] == nlohmann::json({{"last_24h", 2}, {"total", 14}}));
    CHECK(json["last_exit"] == "stopped cleanly at 2026-11-20T05:59:00Z");
    CHECK(json["live"]["age_days"] == 3);  // created 2026-11-18 09:00, now 2026-11-21 10:00
    CHECK(json["refused_packs"][0]["code"] == "bad-signature");
    CHECK(json["refused_packs"][0]["message"] == "The signature does not match.");
    CHECK(json["touch_test"]["result"] == "passed");
    CHECK(json["clock"]["utc"] == "2026-11-21T10:00:00Z");
    CHECK(json["clock"]["local"] == "2026-11-21T11:00:00+01:00");
    CHECK(json["clock"]["time_zone"] == "Europe/Berlin");
    CHECK(json["screen"] == nlohmann::json({{"width_px", 1920}, {"height_px", 1080}, {"width_mm", 531.0}, {"height_mm", 299.0}}));
    CHECK(json["free_disk_bytes"] == 20 * kGiB);
}

TEST_CASE("a kiosk turns red after three missed heartbeats, not before") {
    TempDir temp;
    write(temp.path, healthy("just-in-time", 3 * 600));
    write(temp.path, healthy("one-second-late", 3 * 600 + 1));
    StatusSnapshot stopped = healthy("switched-off", 2 * 86400 + 3600);
    stopped.state = "stopped";
    write(temp.path, stopped);
    const FleetTable table = readFleet(temp.path, kNow);
    REQUIRE(table.rows.size() == 3);

    CHECK(rowOf(table, "just-in-time").problems.empty());
    const FleetRow& late = rowOf(table, "one-second-late");
    CHECK(late.severity() == Severity::Red);
    CHECK(codes(late) == std::vector<std::string>{"no-heartbeat"});
    CHECK(late.problems[0].en ==
          "No heartbeat for 30 min (expected every 10 min); check the kiosk's power, network and Syncthing, or its "
          "clock is behind.");
    CHECK(late.problems[0].de ==
          "Seit 30 Min. kein Lebenszeichen (erwartet alle 10 Min.); Strom, Netz und Syncthing des Kiosks prüfen, oder "
          "seine Uhr geht nach.");
    const FleetRow& off = rowOf(table, "switched-off");
    CHECK(codes(off) == std::vector<std::string>{"stopped"});
    CHECK(off.problems[0].de ==
          "Seit 2 Tagen beendet (2026-11-19 09:00 UTC); den Kiosk neu starten oder den Rechner einschalten.");
    CHECK(table.troubleCount() == 2);
    // Trouble first, then by name.
    CHECK(table.rows[0].kioskId == "one-second-late");
    CHECK(table.rows[1].kioskId == "switched-off");
    CHECK(table.rows[2].kioskId == "just-in-time");

    // A kiosk with a shorter interval is stale sooner.
    StatusSnapshot quick = healthy("quick", 31);
    quick.heartbeatSeconds = 10;
    write(temp.path, quick);
    CHECK(codes(rowOf(readFleet(temp.path, kNow), "quick")) == std::vector<std::string>{"no-heartbeat"});
}

TEST_CASE("behind the newest pack, refused, low disk and a clock ahead need attention") {
    TempDir temp;
    Keys keys = makeKeys();
    writeGoodPack(sampleContent(7, "leipzig"), temp.path / "leipzig-7.kpack", keys);
    writeGoodPack(sampleContent(8, "leipzig"), temp.path / "leipzig-8.kpack", keys);
    // Syncthing's temporary file and a conflict copy are not packs in the folder.
    writeGoodPack(sampleContent(99, "leipzig"), temp.path / ".syncthing.leipzig-99.kpack.tmp", keys);
    writeGoodPack(sampleContent(98, "leipzig"), temp.path / "leipzig-8.sync-conflict-20261121-100000-ABCDEFG.kpack", keys);

    StatusSnapshot current = healthy("current");
    current.live.sequence = 8;
    write(temp.path, current);
    write(temp.path, healthy("behind"));  // shows 7
    StatusSnapshot refused = healthy("refused");
    refused.live.sequence = 8;
    refused.lastImport.result = "refused";
    refused.lastImport.packFile = "leipzig-9.kpack";
    refused.lastImport.message = "The pack is not signed by a key this kiosk trusts.";
    write(temp.path, refused);
    StatusSnapshot full = healthy("full-disk");
    full.live.sequence = 8;
    full.freeDiskBytes = 400 * 1000 * 1000;
    write(temp.path, full);
    StatusSnapshot ahead = healthy("clock-ahead", -(6 * 60 + 40));
    ahead.live.sequence = 8;
    write(temp.path, ahead);
    StatusSnapshot slightlyAhead = healthy("clock-close", -4 * 60);
    slightlyAhead.live.sequence = 8;
    write(temp.path, slightlyAhead);
    StatusSnapshot empty = healthy("empty");
    empty.live = {};
    write(temp.path, empty);

    const FleetTable table = readFleet(temp.path, kNow);
    REQUIRE(table.packs.size() == 1);
    CHECK(table.packs[0].file == "leipzig-8.kpack");
    CHECK(table.packs[0].sequence == 8);

    CHECK(rowOf(table, "current").problems.empty());
    CHECK(rowOf(table, "clock-close").problems.empty());
    const FleetRow& behind = rowOf(table, "behind");
    CHECK(codes(behind) == std::vector<std::string>{"behind"});
    CHECK(behind.problems[0].en ==
          "Shows version 7 but the folder has leipzig-8.kpack (version 8); read kiosk-report-behind.txt.");
    CHECK(behind.severity() == Severity::Attention);
    const FleetRow& refusedRow = rowOf(table, "refused");
    CHECK(codes(refusedRow) == std::vector<std::string>{"refused"});
    CHECK(refusedRow.problems[0].de ==
          "Das letzte Paket wurde abgelehnt (leipzig-9.kpack): The pack is not signed by a key this kiosk trusts.");
    const FleetRow& disk = rowOf(table, "full-disk");
    CHECK(codes(disk) == std::vector<std::string>{"low-disk"});
    CHECK(disk.problems[0].en == "Only 0.4 GB free; delete old files on the kiosk or the next pack will fail.");
    CHECK(disk.problems[0].de ==
          "Nur noch 0,4 GB frei; alte Dateien auf dem Kiosk löschen, sonst scheitert das nächste Paket.");
    const FleetRow& clock = rowOf(table, "clock-ahead");
    CHECK(codes(clock) == std::vector<std::string>{"clock-ahead"});
    CHECK(clock.problems[0].en == "The kiosk's clock is 6 min ahead; turn on time synchronisation (NTP) on the kiosk.");
    CHECK(codes(rowOf(table, "empty")) == std::vector<std::string>{"no-content"});
    CHECK(table.troubleCount() == 5);
}

TEST_CASE("a page writer whose clock is behind makes itself look wrong, not every other kiosk") {
    TempDir temp;
    for (const char* kiosk : {"a", "b", "c"}) write(temp.path, healthy(kiosk, 120));
    StatusSnapshot writer = healthy("slow-clock", 3600);  // it wrote "now" by a clock one hour behind
    write(temp.path, writer);
    const FleetTable table = readFleet(temp.path, kNow - 3600);
    CHECK(table.referenceUtc == kNow - 120);  // the median heartbeat, later than the writer's clock
    CHECK(codes(rowOf(table, "slow-clock")) == std::vector<std::string>{"no-heartbeat"});
    for (const char* kiosk : {"a", "b", "c"}) CHECK(rowOf(table, kiosk).problems.empty());
    CHECK(table.troubleCount() == 1);
}

TEST_CASE("garbage, newer-format, conflict copies and temp files: shown as unreadable or left out, the page renders") {
    TempDir temp;
    write(temp.path, healthy("fine"));
    writeFile(temp.path / "status" / "garbage.json", "\x89PNG not a status {{{");
    writeFile(temp.path / "status" / "future.json",
              R"({"format": 99, "kiosk_id": "future", "app_version": "7.0.0", "everything": "different"})");
    writeFile(temp.path / "status" / "fine.sync-conflict-20261121-095500-ABCDEFG.json", "{}");
    writeFile(temp.path / "status" / ".fine.json.tmp-123-0", "{");
    writeFile(temp.path / "status" / "notes.txt", "a coordinator's notes");

    const FleetTable table = readFleet(temp.path, kNow);
    REQUIRE(table.rows.size() == 3);
    const FleetRow& garbage = rowOf(table, "garbage");
    CHECK_FALSE(garbage.readable);
    CHECK(codes(garbage) == std::vector<std::string>{"unreadable"});
    CHECK(garbage.problems[0].en ==
          "The status file status/garbage.json cannot be read (not valid JSON); the kiosk rewrites it at its next "
          "heartbeat.");
    const FleetRow& future = rowOf(table, "future");
    CHECK_FALSE(future.readable);
    CHECK(codes(future) == std::vector<std::string>{"newer-format"});
    CHECK(future.problems[0].en ==
          "The status file comes from a newer kiosk version (format 99); update the kiosk software that writes this page.");
    CHECK(rowOf(table, "fine").problems.empty());

    const std::string html = fleetPageHtml(table, {"Europe/Berlin", "fine"});
    CHECK(html.find("<strong>garbage</strong>") != std::string::npos);
    CHECK(html.find("<strong>future</strong>") != std::string::npos);
    CHECK(html.find("Nicht lesbar · Unreadable") != std::string::npos);
    CHECK(html.find("sync-conflict") == std::string::npos);
    CHECK(html.find("2 von 3 Kiosks brauchen Aufmerksamkeit.") != std::string::npos);
    CHECK(html.find("2 of 3 kiosks need attention.") != std::string::npos);
}

TEST_CASE("the fleet page is self-contained, bilingual, escaped and the same bytes for the same input") {
    TempDir temp;
    write(temp.path, healthy("fine"));
    StatusSnapshot hostile = healthy("late", 4000);
    hostile.lastImport.result = "refused";
    hostile.lastImport.packFile = "<script>alert(1)</script>.kpack";
    hostile.lastImport.message = "bad & \"worse\"";
    write(temp.path, hostile);

    std::string error;
    REQUIRE(writeFleetPage(temp.path, kNow, {"Europe/Berlin", "fine"}, &error));
    const std::string html = readFile(fleetPagePath(temp.path));
    REQUIRE(writeFleetPage(temp.path, kNow, {"Europe/Berlin", "fine"}, &error));
    CHECK(readFile(fleetPagePath(temp.path)) == html);

    CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(html.find("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;.kpack") != std::string::npos);
    CHECK(html.find("bad &amp; &quot;worse&quot;") != std::string::npos);
    // Nothing is loaded from elsewhere: no links, sources or imports.
    for (const char* external : {"src=", "href=", "@import", "url(", "http"}) CHECK(html.find(external) == std::string::npos);
    CHECK(html.find("Kiosks auf einen Blick") != std::string::npos);
    CHECK(html.find("Kiosks at a glance") != std::string::npos);
    CHECK(html.find("Stand · As of 2026-11-21 11:00 (Europe/Berlin)") != std::string::npos);
    CHECK(html.find("Seit 66 Min. kein Lebenszeichen") != std::string::npos);
    // The late kiosk comes first.
    CHECK(html.find("<strong>late</strong>") < html.find("<strong>fine</strong>"));
    // Only the page itself is left in status/: no temp files.
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(temp.path / "status")) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"fine.json", "index.html", "late.json"});
}

TEST_CASE("two kiosks writing index.html at once leave one whole page, never a torn one") {
    TempDir temp;
    for (int i = 0; i < 10; ++i) write(temp.path, healthy("kiosk-" + std::to_string(i)));
    std::atomic<bool> done{false};
    std::atomic<int> torn{0}, reads{0};
    std::thread reader([&] {
        while (!done) {
            const std::string page = readFile(fleetPagePath(temp.path));
            if (page.empty()) continue;  // not written yet
            ++reads;
            if (page.rfind("<!DOCTYPE html>", 0) != 0 || page.size() < 20 ||
                page.compare(page.size() - 8, 8, "</html>\n") != 0)
                ++torn;
        }
    });
    auto writer = [&](const std::string& who, int64_t now) {
        for (int i = 0; i < 150; ++i) {
            std::string error;
            CHECK(writeFleetPage(temp.path, now + i, {"Europe/Berlin", who}, &error));
        }
    };
    std::thread a(writer, "kiosk-1", kNow), b(writer, "kiosk-2", kNow + 1000);
    a.join();
    b.join();
    done = true;
    reader.join();
    CHECK(torn == 0);
    CHECK(reads > 0);
    const std::string last = readFile(fleetPagePath(temp.path));
    CHECK((last.find("Written by kiosk-1") != std::string::npos || last.find("Written by kiosk-2") != std::string::npos));
    for (const auto& entry : fs::directory_iterator(temp.path / "status"))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("50 kiosks: one row each, all fine, every kiosk id on the page") {
    TempDir temp;
    for (int i = 0; i < 50; ++i) write(temp.path, healthy("kiosk-" + std::to_string(100 + i), i * 10));
    const FleetTable table = readFleet(temp.path, kNow);
    REQUIRE(table.rows.size() == 50);
    CHECK(table.troubleCount() == 0);
    const std::string html = fleetPageHtml(table, {"Europe/Berlin", "kiosk-100"});
    for (int i = 0; i < 50; ++i) CHECK(html.find("<strong>kiosk-" + std::to_string(100 + i) + "</strong>") != std::string::npos);
    CHECK(html.find("Alle 50 Kiosks in Ordnung.") != std::string::npos);
}

TEST_CASE("kiosk-pack fleet prints the table and exits 1 when any kiosk is in trouble") {
    TempDir temp;
    write(temp.path, healthy("gruenau-1"));
    std::string out;
    const std::string fleet = std::string(KIOSK_PACK_BIN) + " fleet " + temp.path.string() + " --now 2026-11-21T10:00:00Z";
    CHECK(run(fleet, &out) == 0);
    CHECK(out ==
          "STATE      KIOSK                 LAST SEEN       CONTENT                     FREE\n"
          "ok         gruenau-1             1 min ago       leipzig 7                   21.5 GB\n"
          "0 of 1 kiosks need attention.\n");

    write(temp.path, healthy("spandau-2", 7200));
    CHECK(run(fleet + " --lang de", &out) == 1);
    CHECK(out ==
          "ZUSTAND    KIOSK                 ZULETZT         INHALT                      FREI\n"
          "red        spandau-2             vor 2 Std.      leipzig 7                   21,5 GB\n"
          "           - Seit 2 Std. kein Lebenszeichen (erwartet alle 10 Min.); Strom, Netz und Syncthing des Kiosks "
          "prüfen, oder seine Uhr geht nach.\n"
          "ok         gruenau-1             vor 1 Min.      leipzig 7                   21,5 GB\n"
          "1 von 2 Kiosks brauchen Aufmerksamkeit.\n");

    CHECK(run(fleet + " --json", &out) == 1);
    auto json = nlohmann::json::parse(out);
    CHECK(json["trouble"] == 1);
    CHECK(json["rows"][0]["kiosk_id"] == "spandau-2");
    CHECK(json["rows"][0]["severity"] == "red");
    CHECK(json["rows"][0]["problems"][0]["code"] == "no-heartbeat");
    CHECK(json["rows"][1]["silent_seconds"] == 60);

    TempDir empty;
    CHECK(run(std::string(KIOSK_PACK_BIN) + " fleet " + empty.path.string() + " --now 2026-11-21T10:00:00Z", &out) == 1);
    CHECK(out.find("No kiosk has written a status file into") != std::string::npos);
    CHECK(run(std::string(KIOSK_PACK_BIN) + " fleet", &out) == 2);
}

TEST_CASE("the import worker beats: status and fleet page rewritten each interval, marked stopped at a clean stop") {
    TempDir temp;
    Keys keys = makeKeys();
    const fs::path drop = temp.path / "drop", data = temp.path / "data";
    fs::create_directories(drop);
    ImportWorker::Settings settings;
    settings.config.kioskId = "beating";
    settings.config.dataDir = data;
    settings.config.trustedPublicKeys = {keys.publicFile};
    settings.config.dropFolders = {drop};
    settings.config.statusIntervalSeconds = 1;
    settings.appVersion = "9.9.9";
    settings.nowUtc = kNow;
    {
        ImportWorker worker(settings);
        worker.start();
        worker.waitUntilIdle();
        worker.noteScreenSize(1280, 800);
        // Heartbeats come from the worker's own timer; wait for one after the
        // screen size arrived (uptime counts the real seconds).
        nlohmann::json status;
        for (int i = 0; i < 60; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            status = nlohmann::json::parse(readFile(statusFilePath(drop, "beating")), nullptr, false);
            if (status.is_object() && status["uptime_seconds"].get<int64_t>() >= 2) break;
        }
        REQUIRE(status.is_object());
        CHECK(status["uptime_seconds"].get<int64_t>() >= 2);
        CHECK(status["state"] == "running");
        CHECK(status["heartbeat_seconds"] == 1);
        CHECK(status["last_seen"] == "2026-11-21T10:00:00Z");
        CHECK(status["screen"]["width_px"] == 1280);
        CHECK(status["starts"]["total"] == 1);
        CHECK(status["last_exit"] == "");
        CHECK(readFile(fleetPagePath(drop)).find("<strong>beating</strong>") != std::string::npos);
    }
    auto stopped = nlohmann::json::parse(readFile(statusFilePath(drop, "beating")));
    CHECK(stopped["state"] == "stopped");
    ImportWorker again(settings);
    again.start();
    again.waitUntilIdle();
    auto restarted = nlohmann::json::parse(readFile(statusFilePath(drop, "beating")));
    CHECK(restarted["starts"]["total"] == 2);
    CHECK(restarted["last_exit"] == "stopped cleanly at 2026-11-21T10:00:00Z");
}
