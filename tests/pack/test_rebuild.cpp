// The upgrade path (content/pack/rebuild.h): a version folder keeps the
// verified content, and a live or previous database of an older schema (or a
// missing one) is rebuilt from it into a new version that goes live in the
// import's one switch, the old version kept as previous. A copy that is
// missing or changed is never rebuilt from, a newer schema never touched, and
// a rebuild killed half-way leaves the old version live.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "content/db/schema.h"
#include "content/db/schema_inspection.h"
#include "content/db/sqlite_handle.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/hashing.h"
#include "content/pack/kept_content.h"
#include "content/pack/rebuild.h"
#include "content/pack/zip_writer.h"
#include "tests/data/pack/pack_factory.h"
#include "tests/support/upgrade_fixture.h"

using namespace pack_test;
using namespace upgrade_test;
using Outcome = content::RebuildResult::Outcome;

namespace {

fs::path versionFolder(const fs::path& data, const fs::path& link) {
    return content::data_dir::versions(data) / linked(link);
}

std::string lastLogLine(const fs::path& data) {
    std::ifstream in(content::data_dir::importLog(data));
    std::string line, last;
    while (std::getline(in, line)) last = line;
    return last;
}

std::string firstOrganisationName(const fs::path& data) {
    std::string error;
    auto store = content::ContentStore::open(data, &error);
    REQUIRE_MESSAGE(store, error);
    auto haus = store->organisation("haus");
    REQUIRE(haus);
    return haus->name.resolve("de");
}

struct Imported {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";
    content::ImportOptions options = importOptionsFor(data, keys);

    explicit Imported(uint64_t sequence = 1) { importVersion(sequence); }
    void importVersion(uint64_t sequence) {
        const fs::path pack = temp.path / ("v" + std::to_string(sequence) + ".kpack");
        writeGoodPack(sampleContent(sequence, "test-pack", "v" + std::to_string(sequence)), pack, keys);
        REQUIRE(content::importPack(pack, options).ok());
    }
    fs::path liveFolder() const { return versionFolder(data, content::data_dir::live(data)); }
    fs::path liveDatabase() const { return liveFolder() / content::data_dir::kDatabaseFile; }
};

}  // namespace

TEST_CASE("an imported version keeps its verified content.json, deflated, re-verified against the signed manifest") {
    Imported kiosk;
    const fs::path copy = kiosk.liveFolder() / content::data_dir::kKeptContentFile;
    REQUIRE(fs::is_regular_file(copy));
    CHECK(!fs::exists(kiosk.liveFolder() / "content.json"));

    const PackParts parts = partsFor(sampleContent(1, "test-pack", "v1"));
    content::pack::KeptContentProblem problem = content::pack::KeptContentProblem::None;
    std::string detail;
    auto text = content::pack::readKeptContent(kiosk.liveFolder(), &problem, &detail);
    REQUIRE_MESSAGE(text, detail);
    CHECK(*text == parts.contentJson);  // byte for byte what the pack's manifest signed
    CHECK(problem == content::pack::KeptContentProblem::None);
}

TEST_CASE("a live database of schema 1 is rebuilt into a new version with the same pack; the old one stays previous") {
    Imported kiosk;
    const std::string oldVersion = linked(content::data_dir::live(kiosk.data));
    makeSchemaOne(kiosk.liveDatabase());
    std::string error;
    CHECK(!content::ContentStore::open(kiosk.data, &error));
    CHECK(error == "the content database has schema version '1', this kiosk reads version 2");
    CHECK(content::rebuildNeeded(kiosk.data, content::RebuildTarget::Live) == Outcome::Rebuilt);

    std::vector<std::string> steps;
    kiosk.options.progress = [&](const char* step) { steps.emplace_back(step); };
    const content::RebuildResult result = content::rebuildIfNeeded(kiosk.options, content::RebuildTarget::Live);
    REQUIRE_MESSAGE(result.outcome == Outcome::Rebuilt, result.detail);
    CHECK(result.fromSchema == 1);
    CHECK(result.oldVersion == oldVersion);
    CHECK(result.pack.packId == "test-pack");
    CHECK(result.pack.sequence == 1);
    CHECK(result.pack.organisations == 2);
    CHECK(steps == std::vector<std::string>{"rebuild-started", "rebuild-database-built", "rebuild-ready",
                                            "previous-switched", "live-switched", "sequence-saved"});

    // The content is shown again, from a new folder of the current schema.
    CHECK(firstOrganisationName(kiosk.data) == "Nachbarschaftshaus v1");
    const std::string newVersion = linked(content::data_dir::live(kiosk.data));
    CHECK(newVersion == result.newVersion);
    CHECK(newVersion != oldVersion);
    CHECK(newVersion.starts_with("test-pack-1-"));
    CHECK(linked(content::data_dir::previous(kiosk.data)) == oldVersion);
    CHECK(content::db::inspectSchema(kiosk.liveDatabase()).state == content::db::SchemaInspection::State::Current);
    CHECK(content::db::inspectSchema(kiosk.liveDatabase()).schemaVersion == content::db::kSchemaVersion);
    std::string checkError;
    CHECK_MESSAGE(content::checkDatabase(kiosk.liveDatabase(), &checkError), checkError);
    // Pictures and the content copy came along: the new version can be rebuilt again.
    auto store = content::ContentStore::open(kiosk.data, nullptr);
    REQUIRE(store);
    CHECK(fs::is_regular_file(store->imagePath("logo.png")));
    CHECK(fs::is_regular_file(kiosk.liveFolder() / content::data_dir::kKeptContentFile));

    const auto log = nlohmann::json::parse(lastLogLine(kiosk.data));
    CHECK(log["result"] == "rebuilt");
    CHECK(log["detail"] == "Datenbank nach Software-Update neu aufgebaut / Database rebuilt after a software update");
    CHECK(log["pack_id"] == "test-pack");
    CHECK(log["from_schema"] == 1);
    CHECK(log["old_version"] == oldVersion);
    CHECK(log["new_version"] == newVersion);

    // Current now: nothing more to do, and nothing logged for it.
    CHECK(content::rebuildIfNeeded(kiosk.options, content::RebuildTarget::Live).outcome == Outcome::NotNeeded);
    CHECK(nlohmann::json::parse(lastLogLine(kiosk.data))["new_version"] == newVersion);
}

TEST_CASE("a missing or unreadable live database is rebuilt from the intact copy") {
    Imported kiosk;
    SUBCASE("missing") { fs::remove(kiosk.liveDatabase()); }
    SUBCASE("not a database") {
        fs::remove(kiosk.liveDatabase());
        std::ofstream(kiosk.liveDatabase()) << "this is not SQLite";
    }
    SUBCASE("a table of the current schema gone") { runSql(kiosk.liveDatabase(), "DROP TABLE guide_display;"); }
    const content::RebuildResult result = content::rebuildIfNeeded(kiosk.options, content::RebuildTarget::Live);
    REQUIRE_MESSAGE(result.outcome == Outcome::Rebuilt, result.detail);
    CHECK(firstOrganisationName(kiosk.data) == "Nachbarschaftshaus v1");
}

TEST_CASE("a kept copy that is missing or changed is not rebuilt from: no content, and a sentence asking for a new pack") {
    Imported kiosk;
    const std::string oldVersion = linked(content::data_dir::live(kiosk.data));
    makeSchemaOne(kiosk.liveDatabase());
    const fs::path copy = kiosk.liveFolder() / content::data_dir::kKeptContentFile;
    std::string expectedDetail;
    SUBCASE("changed on disk") {
        std::string text = partsFor(sampleContent(1, "test-pack", "v1")).contentJson;
        text.replace(text.find("Nachbarschaftshaus v1"), 21, "Nachbarschaftshaus XX");  // same size, other bytes
        writeContentCopy(copy, text);
        expectedDetail = "the content copy differs from the signed manifest: it was changed on disk after the import";
        // The cheap look at start only sees that a copy is there.
        CHECK(content::rebuildNeeded(kiosk.data, content::RebuildTarget::Live) == Outcome::Rebuilt);
    }
    SUBCASE("missing") {
        fs::remove(copy);
        expectedDetail =
            "the content database has schema version 1, this software reads version 2"
            "; the version keeps no copy of its content to rebuild from";
        CHECK(content::rebuildNeeded(kiosk.data, content::RebuildTarget::Live) == Outcome::NeedsNewPack);
    }
    const content::RebuildResult result = content::rebuildIfNeeded(kiosk.options, content::RebuildTarget::Live);
    CHECK(result.outcome == Outcome::NeedsNewPack);
    CHECK(result.detail == expectedDetail);
    CHECK(content::describeRebuild(result, "de").starts_with(
        "Die Inhalte können nach dem Software-Update nicht neu aufgebaut werden, weil ihre gespeicherte Kopie fehlt "
        "oder verändert wurde ("));
    CHECK(content::describeRebuild(result, "de").ends_with("). Bitte ein neues Inhaltspaket einspielen."));
    // Nothing switched, nothing new on disk, still no content.
    CHECK(linked(content::data_dir::live(kiosk.data)) == oldVersion);
    CHECK(std::distance(fs::directory_iterator(content::data_dir::versions(kiosk.data)), fs::directory_iterator()) == 1);
    CHECK(!content::ContentStore::open(kiosk.data, nullptr));
    const auto log = nlohmann::json::parse(lastLogLine(kiosk.data));
    CHECK(log["result"] == "rebuild-refused");
    CHECK(log["rebuild"] == "needs-new-pack");
}

TEST_CASE("a database of a newer schema (the software went back) is never rebuilt or touched") {
    Imported kiosk;
    const std::string oldVersion = linked(content::data_dir::live(kiosk.data));
    runSql(kiosk.liveDatabase(), "UPDATE meta SET value = '3' WHERE key = 'schema_version';");
    const std::string before = *content::pack::sha256HexOfFile(kiosk.liveDatabase());
    CHECK(content::rebuildNeeded(kiosk.data, content::RebuildTarget::Live) == Outcome::NewerSchema);

    const content::RebuildResult result = content::rebuildIfNeeded(kiosk.options, content::RebuildTarget::Live);
    CHECK(result.outcome == Outcome::NewerSchema);
    CHECK(result.fromSchema == 3);
    CHECK(content::describeRebuild(result, "de") ==
          "Die Inhaltsdatenbank stammt von einer neueren Software (Schema 3, diese liest 2) und bleibt unverändert. "
          "Bitte die neuere Software wieder installieren oder ein neues Inhaltspaket einspielen.");
    CHECK(content::describeRebuild(result, "en") ==
          "The content database comes from a newer software (schema 3, this one reads 2) and is left as it is. "
          "Please install the newer software again or bring a new content pack.");
    CHECK(*content::pack::sha256HexOfFile(kiosk.liveDatabase()) == before);
    CHECK(linked(content::data_dir::live(kiosk.data)) == oldVersion);
    CHECK(std::distance(fs::directory_iterator(content::data_dir::versions(kiosk.data)), fs::directory_iterator()) == 1);
    CHECK(nlohmann::json::parse(lastLogLine(kiosk.data))["rebuild"] == "newer-schema");
}

namespace {

// kiosk-pack rebuild in its own process, killed at `killAt` (fault_points.h).
int rebuildKilledAt(const fs::path& data, const char* killAt) {
    const pid_t child = ::fork();
    if (child == 0) {
        ::setenv("KIOSK_IMPORT_KILL_AT", killAt, 1);
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, 1);
        ::dup2(devNull, 2);
        ::execl(KIOSK_PACK_BIN, KIOSK_PACK_BIN, "rebuild", "--data", data.c_str(), "--now", kTestNowIso,
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFSIGNALED(status) ? -WTERMSIG(status) : WEXITSTATUS(status);
}

}  // namespace

TEST_CASE("a rebuild killed before its switch leaves the old version live; the next start rebuilds it") {
    Imported kiosk;
    const std::string oldVersion = linked(content::data_dir::live(kiosk.data));
    makeSchemaOne(kiosk.liveDatabase());
    for (const char* step : {"rebuild-started", "rebuild-database-built", "rebuild-ready", "previous-switched"}) {
        CAPTURE(step);
        CHECK(rebuildKilledAt(kiosk.data, step) == -SIGKILL);
        CHECK(linked(content::data_dir::live(kiosk.data)) == oldVersion);
    }
    // Killed right after the switch: the new version is live and whole.
    CHECK(rebuildKilledAt(kiosk.data, "live-switched") == -SIGKILL);
    CHECK(linked(content::data_dir::live(kiosk.data)) != oldVersion);
    CHECK(firstOrganisationName(kiosk.data) == "Nachbarschaftshaus v1");
    CHECK(linked(content::data_dir::previous(kiosk.data)) == oldVersion);
    // The next run cleans the leftovers of the killed ones: live and previous remain.
    CHECK(rebuildKilledAt(kiosk.data, "none") == 0);
    CHECK(std::distance(fs::directory_iterator(content::data_dir::versions(kiosk.data)), fs::directory_iterator()) == 2);
}

TEST_CASE("rollback to a previous version of an older schema rebuilds it first; with its copy changed it is refused") {
    Imported kiosk(1);
    kiosk.importVersion(2);
    const fs::path previousDb = versionFolder(kiosk.data, content::data_dir::previous(kiosk.data)) / content::data_dir::kDatabaseFile;
    makeSchemaOne(previousDb);
    const auto rollback = [&] {
        const pid_t child = ::fork();
        if (child == 0) {
            const int devNull = ::open("/dev/null", O_WRONLY);
            ::dup2(devNull, 1);
            ::dup2(devNull, 2);
            ::execl(KIOSK_PACK_BIN, KIOSK_PACK_BIN, "rollback", "--data", kiosk.data.c_str(), "--now", kTestNowIso,
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
        int status = 0;
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        return WEXITSTATUS(status);
    };
    SUBCASE("rebuilt, then rolled back") {
        CHECK(rollback() == 0);
        CHECK(firstOrganisationName(kiosk.data) == "Nachbarschaftshaus v1");
        CHECK(content::db::inspectSchema(kiosk.liveDatabase()).schemaVersion == content::db::kSchemaVersion);
        CHECK(nlohmann::json::parse(lastLogLine(kiosk.data))["result"] == "rebuilt");
    }
    SUBCASE("copy changed: refused, version 2 stays live") {
        const fs::path copy = previousDb.parent_path() / content::data_dir::kKeptContentFile;
        writeContentCopy(copy, "{}");
        CHECK(rollback() == 1);
        CHECK(firstOrganisationName(kiosk.data) == "Nachbarschaftshaus v2");
        CHECK(nlohmann::json::parse(lastLogLine(kiosk.data))["rebuild"] == "needs-new-pack");
    }
}
