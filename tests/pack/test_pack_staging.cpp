// The import in two halves (content/pack/staging.h), the source folders on
// sticks (content/station/source_stick.h), the kiosk's own signing key and
// the check -> stage -> publish steps (content/station/source_publishing.h).
#include <doctest/doctest.h>

#include <sys/stat.h>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/source_check.h"
#include "content/pack/staging.h"
#include "content/pack/starter_folder.h"
#include "content/station/kiosk_signing_key.h"
#include "content/station/live_content.h"
#include "content/station/source_publishing.h"
#include "content/station/source_stick.h"
#include "content/station/starter_on_stick.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
namespace station = content::station;

namespace {

std::string liveOrganisationName(const fs::path& data) {
    auto store = content::ContentStore::open(data, nullptr);
    REQUIRE(store);
    return store->pack().title.resolve("de");
}

void copyDemo(const fs::path& to) {
    fs::create_directories(to.parent_path());
    fs::copy(fs::path(KIOSK_SOURCE_DIR) / "content/demo", to, fs::copy_options::recursive);
}

}  // namespace

TEST_CASE("a staged version is complete but not live; publishing it is the one switch, and the previous content is kept") {
    TempDir temp;
    Keys keys = makeKeys();
    const fs::path data = temp.path / "data";
    writeGoodPack(sampleContent(1, "test-pack", "v1"), temp.path / "v1.kpack", keys);
    writeGoodPack(sampleContent(2, "test-pack", "v2"), temp.path / "v2.kpack", keys);
    REQUIRE(content::importPack(temp.path / "v1.kpack", importOptionsFor(data, keys)).ok());

    content::StagedVersion staged;
    content::ImportResult result = content::stagePack(temp.path / "v2.kpack", importOptionsFor(data, keys), &staged);
    REQUIRE(result.ok());
    CHECK(result.sequence == 2);
    CHECK(content::stagedVersionName(data) == staged.versionName);
    CHECK(liveOrganisationName(data) == "Testinhalte v1");  // visitors still see version 1
    auto preview = content::ContentStore::openFile(staged.databaseFile(data), nullptr);
    REQUIRE(preview);
    CHECK(preview->pack().title.resolve("de") == "Testinhalte v2");
    // An import's clean-up (here: a refused one) leaves the staged version alone.
    CHECK_FALSE(content::importPack(temp.path / "v1.kpack", importOptionsFor(data, keys)).ok());
    CHECK(fs::exists(data / "versions" / staged.versionName / "content.db"));

    REQUIRE(content::publishStaged(staged, importOptionsFor(data, keys)).ok());
    CHECK(liveOrganisationName(data) == "Testinhalte v2");
    CHECK_FALSE(content::stagedVersionName(data));
    CHECK(content::pack::linkedVersion(data / "live") == staged.versionName);
    std::string error;
    REQUIRE(content::rollback(data, &error));
    CHECK(liveOrganisationName(data) == "Testinhalte v1");
}

TEST_CASE("a discarded staged version is gone and cannot be published; the live content never changed") {
    TempDir temp;
    Keys keys = makeKeys();
    const fs::path data = temp.path / "data";
    writeGoodPack(sampleContent(1, "test-pack", "v1"), temp.path / "v1.kpack", keys);
    writeGoodPack(sampleContent(2, "test-pack", "v2"), temp.path / "v2.kpack", keys);
    REQUIRE(content::importPack(temp.path / "v1.kpack", importOptionsFor(data, keys)).ok());
    content::StagedVersion staged;
    REQUIRE(content::stagePack(temp.path / "v2.kpack", importOptionsFor(data, keys), &staged).ok());
    content::discardStaged(data);
    CHECK_FALSE(fs::exists(data / "versions" / staged.versionName));
    CHECK_FALSE(fs::exists(fs::symlink_status(data / "staging")));
    const content::ImportResult published = content::publishStaged(staged, importOptionsFor(data, keys));
    CHECK(published.error == content::ImportError::CannotRead);
    CHECK(published.detail == "the preview was discarded before it was published");
    CHECK(liveOrganisationName(data) == "Testinhalte v1");
    // Every import promise holds for staging: an unsigned-by-a-trusted-key pack is refused the same way.
    Keys stranger = makeKeys();
    writeGoodPack(sampleContent(3, "test-pack", "v3"), temp.path / "v3.kpack", stranger);
    CHECK(content::stagePack(temp.path / "v3.kpack", importOptionsFor(data, keys), &staged).error ==
          content::ImportError::UnknownKey);
    CHECK_FALSE(content::stagedVersionName(data));
}

TEST_CASE("publishing is refused when a newer version of the pack went live during the preview") {
    TempDir temp;
    Keys keys = makeKeys();
    const fs::path data = temp.path / "data";
    writeGoodPack(sampleContent(2, "test-pack", "v2"), temp.path / "v2.kpack", keys);
    writeGoodPack(sampleContent(3, "test-pack", "v3"), temp.path / "v3.kpack", keys);
    content::StagedVersion staged;
    REQUIRE(content::stagePack(temp.path / "v2.kpack", importOptionsFor(data, keys), &staged).ok());
    REQUIRE(content::importPack(temp.path / "v3.kpack", importOptionsFor(data, keys)).ok());
    const content::ImportResult published = content::publishStaged(staged, importOptionsFor(data, keys));
    CHECK(published.error == content::ImportError::SequenceNotNewer);
    CHECK(published.detail == "the pack 'test-pack' has sequence 2; this kiosk already has 3");
    CHECK(liveOrganisationName(data) == "Testinhalte v3");
    CHECK_FALSE(fs::exists(data / "versions" / staged.versionName));
}

TEST_CASE("source folders are found at a stick's top and one level down, never through a link") {
    TempDir temp;
    const fs::path media = temp.path / "media";
    writeFile(media / "STICK-A" / "pack.toml", "");
    writeFile(media / "STICK-B" / "verein" / "pack.toml", "");
    writeFile(media / "user" / "STICK-C" / "inhalte" / "pack.toml", "");  // /run/media/<user>/<label>
    writeFile(media / "STICK-D" / "a" / "b" / "c" / "pack.toml", "");    // too deep: not a source folder
    writeFile(temp.path / "elsewhere" / "pack.toml", "");
    fs::create_directories(media / "STICK-E");
    fs::create_directory_symlink(temp.path / "elsewhere", media / "STICK-E" / "linked");
    fs::create_symlink(temp.path / "elsewhere" / "pack.toml", media / "STICK-F-pack.toml");
    fs::create_directories(media / "STICK-G");
    fs::create_symlink(temp.path / "elsewhere" / "pack.toml", media / "STICK-G" / "pack.toml");

    const auto found = station::findSourceFolders({media, temp.path / "no-such-root"});
    REQUIRE(found.size() == 3);
    CHECK(found[0].folder == media / "STICK-A");
    CHECK(found[0].stick == media / "STICK-A");
    CHECK(found[1].folder == media / "STICK-B" / "verein");
    CHECK(found[1].stick == media / "STICK-B");
    CHECK(found[2].folder == media / "user" / "STICK-C" / "inhalte");
    CHECK(found[2].stick == media / "user" / "STICK-C");
}

TEST_CASE("the kiosk's signing key is made once, readable only by its user, and read back the same") {
    TempDir temp;
    std::string error;
    auto made = station::loadOrCreateSigningKey(temp.path, &error);
    REQUIRE_MESSAGE(made, error);
    struct stat info {};
    REQUIRE(::stat((station::signingKeyFolder(temp.path) / "kiosk.key").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat(station::signingKeyFolder(temp.path).c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    auto again = station::loadOrCreateSigningKey(temp.path, &error);
    REQUIRE(again);
    CHECK(again->keyId == made->keyId);
    CHECK(again->publicKeyText == made->publicKeyText);
    CHECK(made->publicKeyFile == station::signingKeyFolder(temp.path) / "kiosk.pub");
}

TEST_CASE("a good source folder: checked, built with the kiosk's key, staged, published; the stick gets pack, report and key") {
    TempDir temp;
    const fs::path data = temp.path / "data", stick = temp.path / "media" / "STICK";
    copyDemo(stick / "verein");
    std::string error;
    auto key = station::loadOrCreateSigningKey(data, &error);
    REQUIRE(key);
    station::SourceJobSettings settings;
    settings.dataDir = data;
    settings.kioskId = "kiosk-1";
    settings.nowUtc = utc(kTestNowIso);
    const station::SourceOnStick source{stick / "verein", stick};

    station::SourceStaging staging = station::stageSourceFolder(source, *key, settings);
    REQUIRE_MESSAGE(staging.ok(), staging.buildError, " ", staging.import.detail);
    CHECK(staging.check.errorCount() == 0);
    CHECK(staging.import.packId == "community-demo");
    CHECK(staging.import.signerKeyId == key->keyId);
    CHECK_FALSE(station::readLiveContent(data).present);  // staged, not live

    station::SourcePublication publication = station::publishStagedSource(staging, source, *key, settings);
    REQUIRE(publication.import.ok());
    CHECK(station::readLiveContent(data).packId == "community-demo");
    CHECK(publication.stickError.empty());
    CHECK(publication.packOnStick == stick / "kiosk" / staging.packFile.filename());
    CHECK(fs::is_regular_file(publication.packOnStick));
    CHECK(publication.reportOnStick == stick / "kiosk" / "kiosk-report-kiosk-1.txt");
    CHECK(readFile(publication.reportOnStick).find("community-demo") != std::string::npos);
    CHECK(readFile(stick / "kiosk" / "kiosk-1.pub") == key->publicKeyText);
    CHECK_FALSE(fs::exists(station::previewPackFolder(data)));
    // The secret key stays on the kiosk: nothing on the stick holds it.
    const std::string secret = readFile(station::signingKeyFolder(data) / "kiosk.key");
    const std::string secretLine = secret.substr(secret.find('\n') + 1, 40);
    for (const auto& entry : fs::recursive_directory_iterator(stick))
        if (entry.is_regular_file()) CHECK_MESSAGE(readFile(entry.path()).find(secretLine) == std::string::npos, entry.path());

    // Another kiosk that trusts this kiosk's public key imports the pack from the stick.
    content::ImportOptions other;
    other.dataDir = temp.path / "other-kiosk";
    other.trustedPublicKeys = {readFile(stick / "kiosk" / "kiosk-1.pub")};
    other.nowUtc = utc(kTestNowIso);
    CHECK(content::importPack(publication.packOnStick, other).ok());
}

TEST_CASE("a folder with errors is not built; a pulled stick is said so; a link in images/ is refused unread") {
    TempDir temp;
    const fs::path data = temp.path / "data", stick = temp.path / "media" / "STICK";
    copyDemo(stick / "verein");
    fs::create_symlink("/etc/passwd", stick / "verein" / "images" / "passwd.png");
    std::string error;
    auto key = station::loadOrCreateSigningKey(data, &error);
    REQUIRE(key);
    station::SourceJobSettings settings;
    settings.dataDir = data;
    settings.kioskId = "kiosk-1";
    settings.nowUtc = utc(kTestNowIso);
    const station::SourceOnStick source{stick / "verein", stick};

    station::SourceStaging staging = station::stageSourceFolder(source, *key, settings);
    CHECK_FALSE(staging.ok());
    REQUIRE(staging.check.errorCount() == 1);
    CHECK(staging.check.diagnostics[0].file == "images/passwd.png");
    CHECK(staging.check.diagnostics[0].message.find("this is a link") != std::string::npos);
    CHECK(staging.packFile.empty());
    CHECK_FALSE(fs::exists(data / "staging"));

    fs::remove_all(stick);
    staging = station::stageSourceFolder(source, *key, settings);
    CHECK(staging.folderMissing);
    CHECK_FALSE(staging.ok());
    CHECK_FALSE(station::readLiveContent(data).present);
}

TEST_CASE("the starter folder passes the check as it is, with its list as .xlsx, .ods or .csv") {
    TempDir temp;
    std::string error;
    REQUIRE_MESSAGE(content::pack::writeStarterFolder(temp.path / "starter", &error), error);
    CHECK_FALSE(content::pack::writeStarterFolder(temp.path / "starter", &error));  // never over a folder in use
    CHECK(error == (temp.path / "starter").string() + " is not empty; give a new folder");
    for (const std::string format : {"xlsx", "ods", "csv"}) {
        CAPTURE(format);
        const fs::path dir = temp.path / ("as-" + format);
        fs::copy(temp.path / "starter", dir, fs::copy_options::recursive);
        if (format != "xlsx") {
            fs::remove(dir / "organisations.xlsx");
            fs::rename(dir / "other-formats" / ("organisations." + format), dir / ("organisations." + format));
        }
        const content::SourceReadResult read = content::pack::checkSourceForPack(dir, utc(kTestNowIso));
        for (const auto& diagnostic : read.diagnostics) FAIL_CHECK(content::formatDiagnostic(diagnostic));
        REQUIRE(read.content.organisations.size() == 1);
        CHECK(read.content.organisations[0].name.resolve("de") == "Mein Verein e. V.");
        CHECK(read.content.organisations[0].name.resolve("de-x-easy") == "Mein Verein");
        CHECK(read.content.organisations[0].openingHours == "Mo-Fr 09:00-16:00; PH off");
        CHECK(read.content.events.size() == 1);
        CHECK(read.content.guides.size() == 1);
        CHECK(read.content.images == std::vector<std::string>{"beispiel.png"});
    }
    CHECK(readFile(temp.path / "starter" / "LIESMICH.txt").find("organisations.xlsx") != std::string::npos);
    CHECK(readFile(temp.path / "starter" / "README.txt").find("organisations.xlsx") != std::string::npos);
}

TEST_CASE("the template goes onto a stick beside what is there, never through a planted link") {
    TempDir temp;
    const fs::path stick = temp.path / "media" / "STICK";
    fs::create_directories(stick);
    fs::create_directories(temp.path / "elsewhere");
    fs::create_directory_symlink(temp.path / "elsewhere", stick / "kiosk-vorlage");
    CHECK(station::findSticks({temp.path / "media"}) == std::vector<fs::path>{stick});
    std::string error;
    const fs::path written = station::writeStarterOntoStick(stick, &error);
    REQUIRE_MESSAGE(written == stick / "kiosk-vorlage-2", error);
    CHECK(fs::is_empty(temp.path / "elsewhere"));
    CHECK(content::pack::checkSourceForPack(written, utc(kTestNowIso)).diagnostics.empty());
    CHECK(station::findSourceFolders({temp.path / "media"}).front().folder == written);
}
