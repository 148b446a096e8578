// What staff read: the status file in every drop folder (status/<kiosk>.json)
// and the report next to a pack (kiosk-report-<kiosk>.txt), in the pack's
// default language and in English.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/test_files.h"
#include "content/station/report_file.h"
#include "content/station/status_file.h"

using namespace content::station;
namespace fs = std::filesystem;

namespace {

using test_files::readFile;
using test_files::TempDir;

LiveContentInfo liveLeipzig() {
    LiveContentInfo live;
    live.present = true;
    live.packId = "leipzig-demo";
    live.sequence = 20261120100000;
    live.createdAt = "2026-11-20T10:00:00Z";
    live.organisations = 5;
    live.events = 12;
    live.guides = 4;
    return live;
}

}  // namespace

TEST_CASE("the status file says who, what is live, how the last import went, and the health") {
    TempDir dir;
    StatusSnapshot status;
    status.kioskId = "spandau-1";
    status.appVersion = "0.1.0";
    status.live = liveLeipzig();
    status.lastImport.result = "refused";
    status.lastImport.code = "bad-signature";
    status.lastImport.message = "The signature does not match.";
    status.lastImport.packFile = "leipzig.kpack";
    status.lastImport.packId = "leipzig-demo";
    status.lastImport.sequence = 20261121000000;
    status.lastImport.at = "2026-11-21T06:00:00Z";
    status.startedAt = "2026-11-21T05:00:00Z";
    status.freeDiskBytes = freeDiskBytes(dir.path);
    CHECK(status.freeDiskBytes > 0);

    std::string error;
    REQUIRE(writeStatusFile(dir.path, status, &error));
    fs::path file = dir.path / "status" / "spandau-1.json";
    CHECK(statusFilePath(dir.path, "spandau-1") == file);
    auto json = nlohmann::json::parse(readFile(file));
    CHECK(json["kiosk_id"] == "spandau-1");
    CHECK(json["app_version"] == "0.1.0");
    CHECK(json["live"]["pack_id"] == "leipzig-demo");
    CHECK(json["live"]["sequence"] == 20261120100000ull);
    CHECK(json["live"]["created_at"] == "2026-11-20T10:00:00Z");
    CHECK(json["last_import"]["result"] == "refused");
    CHECK(json["last_import"]["code"] == "bad-signature");
    CHECK(json["last_import"]["message"] == "The signature does not match.");
    CHECK(json["last_import"]["pack_file"] == "leipzig.kpack");
    CHECK(json["last_import"]["at"] == "2026-11-21T06:00:00Z");
    CHECK(json["started_at"] == "2026-11-21T05:00:00Z");
    CHECK(json["free_disk_bytes"].get<int64_t>() == status.freeDiskBytes);
    CHECK(LastImport::fromJson(json["last_import"]).code == "bad-signature");

    // Written through a temp file and a rename: nothing else is left behind.
    size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path / "status")) ++files;
    CHECK(files == 1);

    // Without live content, "live" is null, not an empty object.
    status.live = {};
    REQUIRE(writeStatusFile(dir.path, status, &error));
    CHECK(nlohmann::json::parse(readFile(file))["live"].is_null());
}

TEST_CASE("a read-only folder gives an error, not a crash") {
    if (geteuid() == 0) return;  // root writes anyway
    TempDir dir;
    fs::permissions(dir.path, fs::perms::owner_read | fs::perms::owner_exec);
    StatusSnapshot status;
    status.kioskId = "k";
    std::string error;
    CHECK(!writeStatusFile(dir.path, status, &error));
    CHECK(!error.empty());
}

TEST_CASE("the report of a refused pack: German first (the pack's language), then English") {
    TempDir dir;
    ReportInput input;
    input.kioskId = "dresden-2";
    input.packFile = dir.path / "leipzig-neu.kpack";
    input.result.error = content::ImportError::BadSignature;
    input.result.detail = "manifest.json";
    input.result.packId = "leipzig-demo";
    input.result.sequence = 20261121060000;
    input.result.defaultLanguage = "de";
    input.live = liveLeipzig();
    input.at = "2026-11-21T06:01:00Z";

    std::string text = reportText({input});
    const size_t german = text.find("Bericht von Kiosk dresden-2 - 2026-11-21T06:01:00Z");
    const size_t english = text.find("Report from kiosk dresden-2 - 2026-11-21T06:01:00Z");
    REQUIRE(german != std::string::npos);
    REQUIRE(english != std::string::npos);
    CHECK(german < english);
    CHECK(text.find("Paket: leipzig-neu.kpack (leipzig-demo, Version 20261121060000)") < english);
    CHECK(text.find("Ergebnis: ABGELEHNT") < english);
    CHECK(text.find(content::describeImport(input.result, "de")) < english);
    CHECK(text.find("Jetzt angezeigter Inhalt: leipzig-demo, Version 20261120100000, erstellt 2026-11-20T10:00:00Z "
                    "- 5 Organisationen, 12 Termine, 4 Anleitungen.") < english);
    CHECK(text.find("Result: REFUSED - nothing was changed.", english) != std::string::npos);
    CHECK(text.find(content::describeImport(input.result, "en"), english) != std::string::npos);
    CHECK(text.find("Content live now: leipzig-demo, version 20261120100000, created 2026-11-20T10:00:00Z - "
                    "5 organisations, 12 events, 4 guides.", english) != std::string::npos);

    std::string error;
    REQUIRE(writeReportFile({input}, &error));
    CHECK(reportFilePath(input.packFile, "dresden-2") == dir.path / "kiosk-report-dresden-2.txt");
    CHECK(readFile(dir.path / "kiosk-report-dresden-2.txt") == text);
}

TEST_CASE("an English pack gets the report once, in English; accepted and skipped are told apart") {
    ReportInput accepted;
    accepted.kioskId = "k1";
    accepted.packFile = "/stick/city-5.kpack";
    accepted.result.packId = "city";
    accepted.result.sequence = 5;
    accepted.result.defaultLanguage = "en";
    accepted.live = liveLeipzig();
    accepted.at = "2026-11-21T07:00:00Z";
    ReportInput skipped = accepted;
    skipped.kind = ReportInput::Kind::SkippedOlder;
    skipped.packFile = "/stick/city-4.kpack";
    skipped.result.sequence = 4;
    skipped.newerFile = "/stick/city-5.kpack";
    skipped.newerSequence = 5;

    std::string text = reportText({accepted, skipped});
    CHECK(text.find("Bericht") == std::string::npos);
    CHECK(text.find("Report from kiosk k1") == 0);
    CHECK(text.find("Pack: city-5.kpack (city, version 5)\nResult: ACCEPTED") != std::string::npos);
    CHECK(text.find("Pack: city-4.kpack (city, version 4)\nResult: SKIPPED") != std::string::npos);
    CHECK(text.find("taken instead: city-5.kpack (version 5)") != std::string::npos);
    // "Content live now" once, at the end.
    CHECK(text.find("Content live now") == text.rfind("Content live now"));
}

TEST_CASE("a kiosk without content says so") {
    ReportInput input;
    input.kioskId = "k";
    input.packFile = "/x/p.kpack";
    input.result.error = content::ImportError::UnknownKey;
    input.result.defaultLanguage = "de";
    std::string text = reportText({input});
    CHECK(text.find("Auf diesem Kiosk ist noch kein Inhalt aktiv.") != std::string::npos);
    CHECK(text.find("No content is live on this kiosk yet.") != std::string::npos);
}

namespace {

// A file outside the stick that a planted link points at: it must never change.
struct Victim {
    fs::path file;
    explicit Victim(const fs::path& dir) : file(dir / "victim.txt") {
        std::ofstream(file) << "precious\n";
    }
    bool untouched() const { return readFile(file) == "precious\n" && fs::is_regular_file(fs::symlink_status(file)); }
};

ReportInput reportOn(const fs::path& stick) {
    ReportInput input;
    input.kioskId = "k1";
    input.packFile = stick / "city.kpack";
    input.result.packId = "city";
    input.result.sequence = 5;
    input.at = "2026-11-21T06:01:00Z";
    return input;
}

}  // namespace

TEST_CASE("links planted on a stick never make the report overwrite anything") {
    TempDir dir;
    Victim victim(dir.path);
    const fs::path stick = dir.path / "stick";
    fs::create_directories(stick);
    // The temporary name the kiosk used to write through (it held the pid).
    fs::create_symlink(victim.file, stick / (".kiosk-report-k1.txt.tmp-" + std::to_string(getpid())));
    SUBCASE("the report name itself is a link: the link is replaced, its target kept") {
        fs::create_symlink(victim.file, stick / "kiosk-report-k1.txt");
        std::string error;
        REQUIRE_MESSAGE(writeReportFile({reportOn(stick)}, &error), error);
        CHECK(fs::is_regular_file(fs::symlink_status(stick / "kiosk-report-k1.txt")));
        CHECK(readFile(stick / "kiosk-report-k1.txt").find("Report from kiosk k1") != std::string::npos);
    }
    SUBCASE("the folder holding the pack is a link") {
        fs::create_directories(dir.path / "elsewhere");
        fs::create_directory_symlink(dir.path / "elsewhere", dir.path / "linked");
        std::string error;
        CHECK_FALSE(writeReportFile({reportOn(dir.path / "linked")}, &error));
        CHECK(error.find("it is a link or not a folder, which the kiosk never writes through") != std::string::npos);
        CHECK(fs::is_empty(dir.path / "elsewhere"));
    }
    CHECK(victim.untouched());
}

TEST_CASE("a status folder or status file planted as a link in a drop folder is never written through") {
    TempDir dir;
    Victim victim(dir.path);
    const fs::path drop = dir.path / "drop";
    fs::create_directories(drop);
    StatusSnapshot status;
    status.kioskId = "k1";
    std::string error;
    SUBCASE("status/ is a link to another folder") {
        fs::create_directories(dir.path / "outside");
        fs::create_directory_symlink(dir.path / "outside", drop / "status");
        CHECK_FALSE(writeStatusFile(drop, status, &error));
        CHECK(error.find("status: it is a link or not a folder") != std::string::npos);
        CHECK(fs::is_empty(dir.path / "outside"));
    }
    SUBCASE("status/k1.json is a link to a file") {
        fs::create_directories(drop / "status");
        fs::create_symlink(victim.file, drop / "status" / "k1.json");
        REQUIRE_MESSAGE(writeStatusFile(drop, status, &error), error);
        CHECK(fs::is_regular_file(fs::symlink_status(drop / "status" / "k1.json")));
    }
    SUBCASE("the drop folder's path goes through a link") {
        fs::create_directory_symlink(drop, dir.path / "drop-link");
        CHECK_FALSE(writeStatusFile(dir.path / "drop-link", status, &error));
        CHECK_FALSE(fs::exists(drop / "status"));
    }
    CHECK(victim.untouched());
}
