// A staff member's source folder is checked, built and staged in the import
// child, not in the kiosk: the same staged result and the same problem list as
// staging it in-process, from another process; a child over its memory cap or
// killed mid-staging leaves no staged version, the live content unchanged and
// a refusal the staff screen puts in words.
#include <doctest/doctest.h>

#include <unistd.h>

#include "content/pack/import_json.h"
#include "content/pack/starter_folder.h"
#include "content/station/import_worker.h"
#include "content/station/kiosk_signing_key.h"
#include "content/station/live_content.h"
#include "content/station/source_child.h"
#include "tests/data/pack/pack_factory.h"
#include "tests/support/import_child_support.h"

using namespace pack_test;
using namespace content::station;

namespace {

struct Fixture {
    TempDir temp;
    Keys cityKeys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path stick = temp.path / "STICK";
    SourceOnStick source{stick / "verein", stick};
    KioskSigningKey key;

    Fixture() {
        // What visitors see: the city's pack.
        importCityTestPack(data, cityKeys, temp.path / "v1.kpack");
        std::string error;
        auto made = loadOrCreateSigningKey(data, &error);
        REQUIRE_MESSAGE(made, error);
        key = *made;
        // The starter folder, with two things the Easy German check warns about
        // (so the problem list that comes back has entries with lines).
        fs::create_directories(stick);
        REQUIRE_MESSAGE(content::pack::writeStarterFolder(source.folder, &error), error);
        const fs::path easy = source.folder / "guides/so-finden-sie-uns/de-x-easy.md";
        writeFile(easy, readFile(easy) + "\nSie könnten 10% sparen.\n");
    }

    SourceJobSettings settings() const {
        SourceJobSettings settings;
        settings.dataDir = data;
        settings.kioskId = "child-kiosk";
        settings.trustedPublicKeys = {cityKeys.publicFile};
        settings.nowUtc = utc(kTestNowIso);
        return settings;
    }

    ImportWorker::Settings workerSettings() const {
        ImportWorker::Settings s;
        s.config.kioskId = "child-kiosk";
        s.config.dataDir = data;
        s.config.trustedPublicKeys = {cityKeys.publicFile};
        s.appVersion = "9.9.9";
        s.nowUtc = utc(kTestNowIso);
        return s;
    }

    void checkLiveUnchanged() const {
        const LiveContentInfo live = readLiveContent(data);
        CHECK(live.packId == "test-pack");
        CHECK(live.sequence == 1);
        CHECK(!content::stagedVersionName(data));
        CHECK(!fs::exists(previewPackFolder(data)));
    }
};

// The staging as JSON without the staged version's folder name (unique per staging).
nlohmann::json comparable(const SourceStaging& staging) {
    nlohmann::json json = sourceStagingToJson(staging);
    json["staged"].erase("version_name");
    return json;
}

}  // namespace

TEST_CASE("a diagnostic travels whole, every field") {
    content::Diagnostic diagnostic;
    diagnostic.severity = content::Diagnostic::Severity::Warning;
    diagnostic.file = "organisations.ods";
    diagnostic.line = 14;
    diagnostic.column = "opening_hours";
    diagnostic.message = "'Mo-Fr 9-17h' is not understood";
    diagnostic.isRow = true;
    diagnostic.columnLetter = "N";
    diagnostic.words = content::say("hours.cell", {{"value", "Mo-Fr 9-17h"}}).with("reason", content::say("hours.reason"));
    const nlohmann::json json = content::diagnosticToJson(diagnostic);
    const nlohmann::json reason = {{"key", "hours.reason"}, {"values", nlohmann::json::array()}, {"parts", nlohmann::json::array()}};
    CHECK(json == nlohmann::json{{"severity", "warning"}, {"file", "organisations.ods"}, {"line", 14},
                                 {"column", "opening_hours"}, {"message", "'Mo-Fr 9-17h' is not understood"},
                                 {"isRow", true}, {"columnLetter", "N"},
                                 {"words", {{"key", "hours.cell"},
                                            {"values", nlohmann::json::array({{"value", "Mo-Fr 9-17h"}})},
                                            {"parts", {{{"name", "reason"}, {"words", reason}}}}}}});
    auto back = content::diagnosticFromJson(json);
    REQUIRE(back);
    CHECK(content::diagnosticToJson(*back) == json);
    CHECK(back->severity == content::Diagnostic::Severity::Warning);
    CHECK(back->line == 14);
    CHECK(back->isRow);
    CHECK(back->columnLetter == "N");
    REQUIRE(back->words.parts.size() == 1);
    CHECK(back->words.parts[0].words.key == "hours.reason");
    CHECK(back->words.values == std::vector<std::pair<std::string, std::string>>{{"value", "Mo-Fr 9-17h"}});
    CHECK(!content::diagnosticFromJson(nlohmann::json{{"line", "fourteen"}}));
    CHECK(!content::diagnosticFromJson(nlohmann::json::array()));
}

TEST_CASE("staged in the child: the same staged result and problem list as in-process, from another process") {
    Fixture f;
    const SourceStaging inProcess = stageSourceFolder(f.source, f.key, f.settings());
    REQUIRE_MESSAGE(inProcess.ok(), inProcess.import.detail << inProcess.buildError);
    REQUIRE(inProcess.check.warningCount() >= 2);
    discardStagedSource(f.data);

    std::vector<std::string> steps;
    ImportChildSettings child;
    child.progress = [&](const std::string& step) { steps.push_back(step); };
    const SourceChildOutcome outcome = stageSourceInChild(f.source, signingKeyFolder(f.data), f.settings(), child);
    REQUIRE_MESSAGE(outcome.staging.ok(), outcome.staging.import.detail << outcome.staging.buildError);
    CHECK(!outcome.run.crashed);
    CHECK(outcome.run.childPid > 0);
    CHECK(outcome.run.childPid != ::getpid());
    CHECK(outcome.run.peakRssKb > 1000);
    CHECK(steps == std::vector<std::string>{"folder-read", "pack-built", "copied", "verified", "extracted",
                                            "database-built", "version-ready"});

    CHECK(comparable(outcome.staging) == comparable(inProcess));
    CHECK(outcome.staging.check.diagnostics.size() == inProcess.check.diagnostics.size());
    CHECK(outcome.staging.import.packId == inProcess.import.packId);
    CHECK(outcome.staging.import.signerKeyId == f.key.keyId);
    // What the child staged is there for the preview, beside the unchanged live content.
    CHECK(content::stagedVersionName(f.data) == outcome.staging.staged.versionName);
    CHECK(fs::exists(outcome.staging.staged.databaseFile(f.data)));
    CHECK(fs::exists(outcome.staging.packFile));
    CHECK(readLiveContent(f.data).packId == "test-pack");
}

TEST_CASE("checked in the child: the whole problem list comes back, nothing is staged") {
    Fixture f;
    const SourceReadResult inProcess = [&] {
        bool missing = false;
        return checkSourceOnStick(f.source, utc(kTestNowIso), &missing);
    }();
    const SourceChildOutcome outcome = checkSourceInChild(f.source, f.settings(), {});
    CHECK(!outcome.run.crashed);
    CHECK(outcome.run.childPid != ::getpid());
    REQUIRE(outcome.staging.check.diagnostics.size() == inProcess.diagnostics.size());
    for (size_t i = 0; i < inProcess.diagnostics.size(); ++i)
        CHECK(content::diagnosticToJson(outcome.staging.check.diagnostics[i]) ==
              content::diagnosticToJson(inProcess.diagnostics[i]));
    CHECK(outcome.staging.import.ok());
    CHECK(outcome.staging.packFile.empty());
    f.checkLiveUnchanged();
}

TEST_CASE("a staging over the child's memory cap is refused as needing more memory; the live content stays") {
    Fixture f;
    ImportWorker::Settings settings = f.workerSettings();
    settings.importMemoryLimitMb = 1;  // less than the child has at its start: its first large allocation fails
    ImportWorker worker(settings);
    worker.start();
    worker.requestSourceStaging(f.source);
    worker.waitUntilIdle();
    const SourceStatus status = worker.sourceStatus();
    CHECK(status.step == SourceStatus::Step::Checked);
    CHECK(status.staging.import.error == content::ImportError::OutOfMemory);
    // libical, reading the folder's time zone, gets no memory and crashes: the
    // child said first that an allocation had failed at its cap.
    CHECK(status.staging.import.detail ==
          "the import process reached its memory cap of 1 MB and was ended by SIGSEGV before its first step");
    CHECK(!status.staging.ok());
    CHECK(!worker.newContentReady());
    f.checkLiveUnchanged();
}

TEST_CASE("a child killed mid-staging leaves no staged version and the live content; the next staging works") {
    Fixture f;
    ImportWorker worker(f.workerSettings());
    worker.start();
    for (const auto& [step, before] : {std::pair{"pack-built", "folder-read"}, std::pair{"database-built", "extracted"}}) {
        CAPTURE(step);
        {
            KillChildAt kill(step);
            worker.requestSourceStaging(f.source);
            worker.waitUntilIdle();
        }
        const SourceStatus status = worker.sourceStatus();
        CHECK(status.step == SourceStatus::Step::Checked);
        CHECK(status.staging.import.error == content::ImportError::ImportCrashed);
        CHECK(status.staging.import.detail ==
              std::string("the import process was ended by SIGKILL after the step '") + before + "'");
        CHECK(status.staging.check.diagnostics.empty());
        CHECK(!worker.newContentReady());
        f.checkLiveUnchanged();
        for (const auto& version : fs::directory_iterator(f.data / "versions"))
            CHECK(version.path().extension() != ".partial");
    }
    CHECK(readFile(f.data / "import-log.jsonl").find("\"result\":\"import-crashed\"") != std::string::npos);

    worker.requestSourceStaging(f.source);
    worker.waitUntilIdle();
    const SourceStatus status = worker.sourceStatus();
    CHECK_MESSAGE(status.step == SourceStatus::Step::Staged, status.staging.import.detail);
    CHECK(content::stagedVersionName(f.data) == status.staging.staged.versionName);
    CHECK(status.childPeakRssKb > 1000);
    CHECK(readLiveContent(f.data).sequence == 1);
}
