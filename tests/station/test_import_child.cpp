// The kiosk's import in its own process: progress and the result come back
// over the pipe, a child killed mid-import (SIGKILL) or one over its memory
// cap leaves the old content and a refusal that says why, and the worker goes
// on importing the next pack. The options travel as a whole.
#include <doctest/doctest.h>

#include <atomic>

#include "content/pack/import_json.h"
#include "content/station/import_child.h"
#include "content/station/import_worker.h"
#include "content/station/live_content.h"
#include "tests/data/pack/pack_factory.h"
#include "tests/support/import_child_support.h"

using namespace pack_test;
using namespace content::station;

namespace {

const int64_t kNow = utc("2026-11-21T12:00:00Z");

struct Fixture {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path drop = temp.path / "drop";

    Fixture() { fs::create_directories(drop); }

    fs::path goodPack(uint64_t sequence) {
        fs::path file = drop / ("test-pack-" + std::to_string(sequence) + ".kpack");
        writeGoodPack(sampleContent(sequence), file, keys);
        return file;
    }

    content::ImportOptions options() const {
        content::ImportOptions options;
        options.dataDir = data;
        options.trustedPublicKeys = {keys.publicFile};
        options.nowUtc = kNow;
        return options;
    }

    ImportWorker::Settings settings() const {
        ImportWorker::Settings s;
        s.config.kioskId = "child-kiosk";
        s.config.dataDir = data;
        s.config.trustedPublicKeys = {keys.publicFile};
        s.config.dropFolders = {drop};
        s.appVersion = "9.9.9";
        s.nowUtc = kNow;
        return s;
    }
};

}  // namespace

TEST_CASE("import options and results travel to the child and back whole") {
    content::ImportOptions options;
    options.dataDir = "/var/lib/kiosk";
    options.trustedPublicKeys = {"RWQ key one", "RWQ key two"};
    options.nowUtc = 1790000000;
    options.timeLimitSeconds = 77;
    auto back = content::importOptionsFromJson(content::importOptionsToJson(options));
    REQUIRE(back);
    CHECK(back->dataDir == options.dataDir);
    CHECK(back->trustedPublicKeys == options.trustedPublicKeys);
    CHECK(back->nowUtc == options.nowUtc);
    CHECK(back->timeLimitSeconds == 77);
    CHECK(!content::importOptionsFromJson(nlohmann::json{{"now_utc", "tomorrow"}}));

    content::ImportResult result;
    result.error = content::ImportError::OutOfMemory;
    result.detail = "d";
    result.packId = "p";
    result.sequence = 9;
    result.createdAt = "c";
    result.defaultLanguage = "de";
    result.signerKeyId = "k";
    result.organisations = 1;
    result.events = 2;
    result.guides = 3;
    result.images = 4;
    auto returned = content::importResultFromJson(content::importResultToJson(result));
    REQUIRE(returned);
    CHECK(content::importResultToJson(*returned) == content::importResultToJson(result));
    CHECK(content::importErrorFromCode("import-crashed") == content::ImportError::ImportCrashed);
    CHECK(!content::importErrorFromCode("no-such-code"));
}

TEST_CASE("the import child reports every step over its pipe, then the result") {
    Fixture f;
    std::vector<std::string> steps;
    ImportChildSettings child;
    child.progress = [&](const std::string& step) { steps.push_back(step); };
    ImportChildOutcome outcome = importInChild(f.goodPack(1), f.options(), child);
    CHECK_MESSAGE(outcome.result.ok(), outcome.result.detail);
    CHECK(!outcome.crashed);
    CHECK(outcome.result.packId == "test-pack");
    CHECK(outcome.result.sequence == 1);
    CHECK(steps == std::vector<std::string>{"copied", "verified", "extracted", "database-built", "version-ready",
                                            "live-switched", "sequence-saved"});
    CHECK(outcome.lastStep == "sequence-saved");
    CHECK(outcome.peakRssKb > 1000);
    CHECK(readLiveContent(f.data).sequence == 1);

    // A second version also switches the previous link.
    steps.clear();
    CHECK(importInChild(f.goodPack(2), f.options(), child).result.ok());
    CHECK(std::find(steps.begin(), steps.end(), "previous-switched") != steps.end());
}

TEST_CASE("an import child that cannot be started is a refusal with the reason") {
    Fixture f;
    ImportChildSettings child;
    child.program = f.temp.path / "no-such-kiosk-pack";
    ImportChildOutcome outcome = importInChild(f.goodPack(1), f.options(), child);
    CHECK(outcome.crashed);
    CHECK(outcome.result.error == content::ImportError::ImportCrashed);
    CHECK(outcome.result.detail ==
          "cannot start the import program " + child.program.string() + ": No such file or directory");
}

TEST_CASE("a child killed mid-import leaves the old content and a refusal; the next pack goes in") {
    Fixture f;
    ImportWorker worker(f.settings());
    worker.start();
    worker.offer({{f.goodPack(1), false}});
    worker.waitUntilIdle();
    REQUIRE(readLiveContent(f.data).sequence == 1);
    worker.acknowledgeNewContent();

    {
        KillChildAt kill("database-built");
        worker.offer({{f.goodPack(2), false}});
        worker.waitUntilIdle();
    }
    CHECK(!worker.newContentReady());
    CHECK(readLiveContent(f.data).sequence == 1);
    LastImport last = worker.lastImport();
    CHECK(last.result == "refused");
    CHECK(last.code == "import-crashed");
    CHECK(last.message ==
          "The import stopped unexpectedly; the content shown before stays. Please offer the pack again; if this happens "
          "again, the pack may need more memory than this kiosk allows. Details: the import process was ended by "
          "SIGKILL after the step 'extracted'");
    // What the killed child left behind is cleaned up, and its line is in the import log.
    CHECK((!fs::exists(f.data / "incoming") || fs::is_empty(f.data / "incoming")));
    for (const auto& version : fs::directory_iterator(f.data / "versions"))
        CHECK(version.path().extension() != ".partial");
    const std::string log = readFile(f.data / "import-log.jsonl");
    CHECK(log.find("\"result\":\"import-crashed\"") != std::string::npos);

    // The kiosk goes on: the same pack offered again goes in.
    worker.offer({{f.drop / "test-pack-2.kpack", false}});
    worker.waitUntilIdle();
    CHECK(worker.newContentReady());
    CHECK(readLiveContent(f.data).sequence == 2);
}

TEST_CASE("a child over its memory cap is refused as needing more memory; the kiosk goes on") {
    Fixture f;
    ImportWorker::Settings settings = f.settings();
    settings.importMemoryLimitMb = 1;  // less than the child has at its start: its first large allocation fails
    ImportWorker capped(settings);
    capped.start();
    capped.offer({{f.goodPack(1), false}});
    capped.waitUntilIdle();
    CHECK(!capped.newContentReady());
    CHECK(!readLiveContent(f.data).present);
    LastImport last = capped.lastImport();
    CHECK(last.result == "refused");
    CHECK(last.code == "out-of-memory");
    CHECK(last.message.starts_with("The pack needs more memory than this kiosk allows for an import."));
    CHECK(last.message.ends_with("Details: the import needed more memory than this kiosk allows for one pack"));

    // With the default cap the same pack goes in.
    ImportWorker normal(f.settings());
    normal.start();
    normal.offer({{f.drop / "test-pack-1.kpack", false}});
    normal.waitUntilIdle();
    CHECK(readLiveContent(f.data).sequence == 1);
}
