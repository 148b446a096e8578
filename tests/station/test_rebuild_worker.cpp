// The upgrade path through the kiosk's own station: a kiosk whose live
// database is of an older schema (a software update) rebuilds it at start in
// the import child, says so in its history and the import log, and shows the
// content again; meanwhile visitors read "being updated", never "no
// content". A changed copy or a newer schema leave the kiosk without content
// and the staff with a sentence; a rollback to an old-schema previous version
// rebuilds that one first.
#include <doctest/doctest.h>

#include <fstream>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"
#include "content/db/sqlite_handle.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/importer.h"
#include "content/pack/zip_writer.h"
#include "content/station/import_worker.h"
#include "content/station/station_overview.h"
#include "kiosk/i18n/i18n.h"
#include "tests/data/pack/pack_factory.h"
#include "tests/support/upgrade_fixture.h"
#include "tests/support/kiosk_in_process.h"

using namespace pack_test;
using namespace upgrade_test;
using namespace content::station;
using State = ContentRebuildStatus::State;

namespace {

struct Kiosk {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";

    void importVersion(uint64_t sequence) {
        const fs::path pack = temp.path / ("v" + std::to_string(sequence) + ".kpack");
        writeGoodPack(sampleContent(sequence, "test-pack", "v" + std::to_string(sequence)), pack, keys);
        REQUIRE(content::importPack(pack, importOptionsFor(data, keys)).ok());
    }
    fs::path folderOf(const fs::path& link) const { return content::data_dir::versions(data) / linked(link); }
    fs::path liveDatabase() const { return folderOf(content::data_dir::live(data)) / content::data_dir::kDatabaseFile; }

    ImportWorker::Settings settings() const {
        ImportWorker::Settings s;
        s.config.kioskId = "upgrade-test";
        s.config.dataDir = data;
        s.config.trustedPublicKeys = {keys.publicFile};
        s.nowUtc = utc(kTestNowIso);
        return s;
    }

    std::string organisationName() const {
        std::string error;
        auto store = content::ContentStore::open(data, &error);
        if (!store) return "no content: " + error;
        auto haus = store->organisation("haus");
        return haus ? haus->name.resolve("de") : "no organisation 'haus'";
    }
};

std::vector<std::string> actions(const ImportWorker& worker) {
    std::vector<std::string> list;
    for (const auto& event : worker.history()) list.push_back(event.action);
    return list;
}

}  // namespace

TEST_CASE("the kiosk's worker rebuilds a live database of schema 1 at start, in the import child") {
    Kiosk kiosk;
    kiosk.importVersion(1);
    const std::string oldVersion = linked(content::data_dir::live(kiosk.data));
    makeSchemaOne(kiosk.liveDatabase());
    CHECK(kiosk.organisationName() == "no content: the content database has schema version '1', this kiosk reads version 2");

    ImportWorker worker(kiosk.settings());
    worker.start();
    CHECK(worker.rebuildingContent());  // said before the first frame: visitors read "being updated"
    CHECK(worker.contentRebuild().state == State::Running);
    worker.waitUntilIdle();
    CHECK_FALSE(worker.rebuildingContent());
    CHECK(worker.contentRebuild().state == State::Rebuilt);
    CHECK(worker.contentRebuild().fromSchema == 1);
    CHECK(worker.newContentReady());

    CHECK(kiosk.organisationName() == "Nachbarschaftshaus v1");
    CHECK(linked(content::data_dir::live(kiosk.data)) != oldVersion);
    CHECK(linked(content::data_dir::previous(kiosk.data)) == oldVersion);
    REQUIRE(actions(worker) == std::vector<std::string>{"rebuilt"});
    CHECK(worker.history()[0].message == "Database rebuilt after a software update");
    CHECK(worker.history()[0].packId == "test-pack");
    const auto imports = recentImports(kiosk.data, 1);
    REQUIRE(imports.size() == 1);
    CHECK(imports[0].result == "rebuilt");
    CHECK(imports[0].detail.starts_with("Datenbank nach Software-Update neu aufgebaut"));
}

TEST_CASE("the worker leaves a changed copy and a newer schema alone, with the sentence for staff") {
    Kiosk kiosk;
    kiosk.importVersion(1);
    const std::string oldVersion = linked(content::data_dir::live(kiosk.data));
    State expected = State::None;
    SUBCASE("changed copy") {
        makeSchemaOne(kiosk.liveDatabase());
        writeContentCopy(kiosk.folderOf(content::data_dir::live(kiosk.data)) / content::data_dir::kKeptContentFile,
                         "{\"pack\": {}}");
        expected = State::NeedsNewPack;
    }
    SUBCASE("newer schema") {
        runSql(kiosk.liveDatabase(), "UPDATE meta SET value = '3' WHERE key = 'schema_version';");
        expected = State::NewerSchema;
    }
    ImportWorker worker(kiosk.settings());
    worker.start();
    worker.waitUntilIdle();
    CHECK(worker.contentRebuild().state == expected);
    CHECK(actions(worker) == std::vector<std::string>{"rebuild-refused"});
    CHECK(linked(content::data_dir::live(kiosk.data)) == oldVersion);
    CHECK(kiosk.organisationName().starts_with("no content: "));
    if (expected == State::NewerSchema) CHECK(worker.contentRebuild().fromSchema == 3);
    // The staff screen's sentence, in every language of the staff screen.
    const char* key = expected == State::NewerSchema ? "staff.rebuild.newer_schema" : "staff.rebuild.needs_new_pack";
    CHECK(kiosk::i18n::translate("de", key).find("neues Inhaltspaket einspielen") != std::string::npos);
}

TEST_CASE("a rollback to a previous version of schema 1 rebuilds it first, through the worker's queue") {
    Kiosk kiosk;
    kiosk.importVersion(1);
    kiosk.importVersion(2);
    makeSchemaOne(kiosk.folderOf(content::data_dir::previous(kiosk.data)) / content::data_dir::kDatabaseFile);
    ImportWorker worker(kiosk.settings());
    worker.start();
    worker.waitUntilIdle();
    CHECK(actions(worker).empty());  // the live version 2 is current
    worker.requestRollback();
    worker.waitUntilIdle();
    CHECK(actions(worker) == std::vector<std::string>{"rebuilt", "rollback"});
    CHECK(kiosk.organisationName() == "Nachbarschaftshaus v1");
}

TEST_CASE("the kiosk itself: 'being updated' while it rebuilds, never 'no content', then the content") {
    Kiosk kiosk;
    kiosk.importVersion(1);
    makeSchemaOne(kiosk.liveDatabase());
    const fs::path config = kiosk.temp.path / "kiosk.toml";
    writeFile(config, "kiosk_id = \"upgrade-test\"\n[watch]\nmedia_roots = []\n");
    const fs::path replay = kiosk.temp.path / "upgrade.replay";
    const auto t = [](const char* key) { return kiosk::i18n::translate("de", key); };
    writeFile(replay, "wait 100\nwait 5000\nassert-screen home\ntap-label " + t("home.organisations") +
                          "\nassert-screen organisations\nwait 300\n");
    const fs::path dump = kiosk.temp.path / "upgrade.json";
    const auto run = kiosk_test::runInProcess({"--windowed", "1024x768", "--lang", "de", "--now", kTestNowIso, "--config",
                                               config.string(), "--data", kiosk.data.string(), "--replay",
                                               replay.string(), "--dump-text", dump.string()},
                                              kiosk.temp.path / "upgrade.log");
    REQUIRE_MESSAGE(run.status == 0, run.errors);
    bool updating = false, noContent = false, organisation = false;
    for (const auto& item : nlohmann::json::parse(readFile(dump))) {
        const std::string text = item.value("text", ""), context = item.value("context", "");
        updating = updating || text == t("home.updating_content");
        noContent = noContent || text == t("home.no_content");
        organisation = organisation || (text == "Nachbarschaftshaus v1" && context.starts_with("organisations"));
    }
    CHECK(updating);
    CHECK_FALSE(noContent);
    CHECK(organisation);
    CHECK(run.errors.find("rebuilding it from the kept content") != std::string::npos);
}
