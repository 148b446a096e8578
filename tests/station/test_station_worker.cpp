// The import worker with real signed packs: a good pack becomes live and is
// announced to the UI; a tampered one is refused with the reason in the
// report and the status file while the old content stays; of several packs of
// one pack_id only the newest is imported; what is already live is left
// alone; rollback goes through the same queue.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <tuple>

#include "content/core/time_zone.h"
#include "content/pack/importer.h"
#include "content/station/import_worker.h"
#include "content/station/report_file.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
using namespace content::station;

namespace {

nlohmann::json readJson(const fs::path& file) { return nlohmann::json::parse(readFile(file)); }

struct Fixture {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path drop = temp.path / "drop";
    fs::path stick = temp.path / "media" / "STICK";
    std::atomic<int> wakes{0};

    Fixture() {
        fs::create_directories(drop);
        fs::create_directories(stick);
    }

    ImportWorker::Settings settings(const std::string& kioskId = "test-kiosk") {
        ImportWorker::Settings s;
        s.config.kioskId = kioskId;
        s.config.dataDir = data;
        s.config.trustedPublicKeys = {keys.publicFile};
        s.config.dropFolders = {drop};
        s.appVersion = "9.9.9";
        s.wake = [this] { ++wakes; };
        return s;
    }

    fs::path goodPack(const fs::path& dir, uint64_t sequence, const std::string& packId = "test-pack") {
        fs::path file = dir / (packId + "-" + std::to_string(sequence) + ".kpack");
        writeGoodPack(sampleContent(sequence, packId, std::to_string(sequence)), file, keys);
        return file;
    }

    fs::path tamperedPack(const fs::path& dir, uint64_t sequence) {
        fs::path file = dir / ("tampered-" + std::to_string(sequence) + ".kpack");
        WriteOptions options;
        options.editManifestAfterSigning = [](std::string& manifest) {
            manifest.replace(manifest.find("test-pack"), 9, "test-pick");
        };
        writePack(partsFor(sampleContent(sequence)), file, keys, options);
        return file;
    }
};

}  // namespace

TEST_CASE("import worker: accepted, refused, newest of several, already live, rollback") {
    Fixture f;
    ImportWorker worker(f.settings());
    worker.start();
    worker.waitUntilIdle();

    // At start: a status file without live content and without imports.
    auto status = readJson(statusFilePath(f.drop, "test-kiosk"));
    CHECK(status["kiosk_id"] == "test-kiosk");
    CHECK(status["app_version"] == "9.9.9");
    CHECK(status["live"].is_null());
    CHECK(status["last_import"]["result"] == "none");
    CHECK(!status["started_at"].get<std::string>().empty());
    CHECK(status["free_disk_bytes"].get<int64_t>() > 0);
    CHECK(!worker.newContentReady());

    SUBCASE("a good pack from a drop folder becomes live") {
        worker.offer({{f.goodPack(f.drop, 1), false}});
        worker.waitUntilIdle();
        CHECK(worker.newContentReady());
        CHECK(f.wakes > 0);
        worker.acknowledgeNewContent();
        CHECK(!worker.newContentReady());
        CHECK(readLiveContent(f.data).sequence == 1);
        status = readJson(statusFilePath(f.drop, "test-kiosk"));
        CHECK(status["live"]["pack_id"] == "test-pack");
        CHECK(status["live"]["sequence"] == 1);
        CHECK(status["last_import"]["result"] == "accepted");
        CHECK(status["last_import"]["pack_file"] == "test-pack-1.kpack");
        std::string report = readFile(reportFilePath(f.drop / "x.kpack", "test-kiosk"));
        CHECK(report.find("Ergebnis: ANGENOMMEN") != std::string::npos);
        CHECK(report.find("Result: ACCEPTED") != std::string::npos);
        CHECK(report.find("Content live now: test-pack, version 1") != std::string::npos);

        // A tampered pack: refused with its reason, the old content stays.
        worker.offer({{f.tamperedPack(f.drop, 2), false}});
        worker.waitUntilIdle();
        CHECK(!worker.newContentReady());
        CHECK(readLiveContent(f.data).sequence == 1);
        status = readJson(statusFilePath(f.drop, "test-kiosk"));
        CHECK(status["last_import"]["result"] == "refused");
        CHECK(status["last_import"]["code"] == "bad-signature");
        CHECK(status["live"]["sequence"] == 1);
        report = readFile(reportFilePath(f.drop / "x.kpack", "test-kiosk"));
        CHECK(report.find("Ergebnis: ABGELEHNT") != std::string::npos);
        CHECK(report.find("Result: REFUSED") != std::string::npos);
        CHECK(report.find("signature does not match") != std::string::npos);
        CHECK(report.find("Content live now: test-pack, version 1") != std::string::npos);
        CHECK(worker.lastImport().code == "bad-signature");

        // Three versions on a stick at once: only the newest is imported.
        auto three = f.goodPack(f.stick, 3), five = f.goodPack(f.stick, 5), four = f.goodPack(f.stick, 4);
        worker.offer({{three, true}, {five, true}, {four, true}});
        worker.waitUntilIdle();
        CHECK(worker.newContentReady());
        worker.acknowledgeNewContent();
        CHECK(readLiveContent(f.data).sequence == 5);
        report = readFile(reportFilePath(five, "test-kiosk"));
        CHECK(report.find("test-pack-5.kpack (test-pack, version 5)\nResult: ACCEPTED") != std::string::npos);
        CHECK(report.find("test-pack-4.kpack (test-pack, version 4)\nResult: SKIPPED") != std::string::npos);
        CHECK(report.find("test-pack-3.kpack (test-pack, version 3)\nResult: SKIPPED") != std::string::npos);
        auto history = worker.history();
        CHECK(std::count_if(history.begin(), history.end(), [](const WorkerEvent& e) { return e.action == "skipped"; }) == 2);

        // The same stick again: nothing is imported, the report says it is live already.
        worker.offer({{five, true}});
        worker.waitUntilIdle();
        CHECK(!worker.newContentReady());
        report = readFile(reportFilePath(five, "test-kiosk"));
        CHECK(report.find("Result: ALREADY LIVE") != std::string::npos);
        CHECK(worker.lastImport().sequence == 5);

        // An old pack left in the drop folder is left alone (no new refusal at every start).
        worker.offer({{f.drop / "test-pack-1.kpack", false}});
        worker.waitUntilIdle();
        CHECK(worker.lastImport().sequence == 5);
        CHECK(worker.lastImport().result == "accepted");

        // Rollback through the queue: the content live before 5 (that is 1) is back.
        worker.requestRollback();
        worker.waitUntilIdle();
        CHECK(worker.newContentReady());
        CHECK(readLiveContent(f.data).sequence == 1);
        CHECK(readJson(statusFilePath(f.drop, "test-kiosk"))["live"]["sequence"] == 1);
        CHECK(worker.history().back().action == "rollback");
    }

    SUBCASE("a file that is not a pack is refused, without a crash") {
        writeFile(f.drop / "junk.kpack", "not a zip at all");
        worker.offer({{f.drop / "junk.kpack", false}});
        worker.waitUntilIdle();
        CHECK(worker.lastImport().result == "refused");
        CHECK(worker.lastImport().code == "not-a-pack");
        CHECK(!readLiveContent(f.data).present);
    }
}

TEST_CASE("the last import result survives a restart, and two kiosks share one drop folder") {
    Fixture f;
    f.goodPack(f.drop, 7);
    {
        ImportWorker first(f.settings("kiosk-a"));
        first.start();
        first.offer({{f.drop / "test-pack-7.kpack", false}});
        first.waitUntilIdle();
        CHECK(first.lastImport().result == "accepted");
    }
    ImportWorker again(f.settings("kiosk-a"));
    CHECK(again.lastImport().result == "accepted");
    CHECK(again.lastImport().sequence == 7);

    // A second kiosk (own data folder) on the same drop folder imports too and writes its own status.
    auto settings = f.settings("kiosk-b");
    settings.config.dataDir = f.temp.path / "data-b";
    ImportWorker second(settings);
    second.start();
    second.offer({{f.drop / "test-pack-7.kpack", false}});
    second.waitUntilIdle();
    CHECK(readJson(statusFilePath(f.drop, "kiosk-a"))["live"]["sequence"] == 7);
    CHECK(readJson(statusFilePath(f.drop, "kiosk-b"))["live"]["sequence"] == 7);
    CHECK(fs::exists(f.drop / "kiosk-report-kiosk-a.txt"));
    CHECK(fs::exists(f.drop / "kiosk-report-kiosk-b.txt"));
}

TEST_CASE("import worker: one clock for the import, the log and the status; out-of-date content is reported") {
    // Imported at `importedAt`, the weekly series is expanded two years ahead;
    // a kiosk that still shows it three years later has no dates left.
    const int64_t importedAt = *content::parseIsoToUtc("2026-11-23T09:00:00Z", "UTC");
    for (const auto& [label, nowUtc, outOfDate] :
         std::vector<std::tuple<std::string, int64_t, bool>>{{"at import", importedAt, false},
                                                             {"three years on", importedAt + 3 * 365 * 86400, true}}) {
        CAPTURE(label);
        Fixture f;
        fs::path pack = f.goodPack(f.temp.path, 7);
        {
            content::ImportOptions options;
            options.dataDir = f.data;
            options.trustedPublicKeys = {f.keys.publicFile};
            options.nowUtc = importedAt;
            REQUIRE(content::importPack(pack, options).ok());
        }
        auto settings = f.settings();
        settings.nowUtc = nowUtc;
        ImportWorker worker(settings);
        worker.start();
        worker.waitUntilIdle();
        auto status = readJson(statusFilePath(f.drop, "test-kiosk"));
        CHECK(status["started_at"] == content::formatUtcIso(nowUtc));
        CHECK(status["live"]["out_of_date"] == outOfDate);
        CHECK(status["live"]["out_of_date_reason"] == (outOfDate ? "no-upcoming-events" : ""));
        // The last occurrence lies about two years after the import.
        const int64_t eventsUntil = *content::parseIsoToUtc(status["live"]["events_until"].get<std::string>(), "UTC");
        CHECK(eventsUntil > importedAt + 2 * 365 * 86400 - 8 * 86400);
        CHECK(eventsUntil <= importedAt + 2 * 366 * 86400 + 86400);
        // The import log carries the import's clock, not the wall clock.
        CHECK(readFile(f.data / "import-log.jsonl").find(content::formatUtcIso(importedAt)) != std::string::npos);
    }
}
