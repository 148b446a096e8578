// Whether a source folder is what was published from it: its fingerprint
// (names, kinds, sizes and times, nothing read) and the note the kiosk keeps
// in its data folder.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <filesystem>

#include "content/station/published_source.h"
#include "content/station/published_watch.h"
#include "tests/support/test_files.h"

namespace fs = std::filesystem;
using namespace test_files;
using content::station::sourceFingerprint;

namespace {

fs::path makeFolder(const fs::path& root) {
    const fs::path folder = root / "verein";
    fs::create_directories(folder / "events");
    writeFile(folder / "pack.toml", "[pack]\nid = \"x\"\n");
    writeFile(folder / "organisations.csv", "id,name\nx,X\n");
    writeFile(folder / "events" / "x.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    return folder;
}

}  // namespace

TEST_CASE("a folder's fingerprint changes with its files, not with what the kiosk or a computer adds") {
    TempDir temp;
    const fs::path folder = makeFolder(temp.path);
    const auto first = sourceFingerprint(folder);
    REQUIRE(first);
    CHECK(first->size() == 64);
    CHECK(sourceFingerprint(folder) == first);

    // What the kiosk writes onto the stick and hidden files do not count.
    fs::create_directories(folder / "kiosk");
    writeFile(folder / "kiosk" / "x-1.kpack", "pack");
    writeFile(folder / ".DS_Store", "finder");
    CHECK(sourceFingerprint(folder) == first);

    // A file that changes size, a new file, a renamed one: another folder.
    writeFile(folder / "organisations.csv", "id,name\nx,X\ny,Y\n");
    const auto edited = sourceFingerprint(folder);
    CHECK(edited != first);
    writeFile(folder / "events" / "y.ics", "BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    CHECK(sourceFingerprint(folder) != edited);

    // The same size, written later: another folder too.
    const auto beforeTouch = sourceFingerprint(folder);
    fs::last_write_time(folder / "pack.toml", fs::last_write_time(folder / "pack.toml") + std::chrono::seconds(5));
    CHECK(sourceFingerprint(folder) != beforeTouch);
}

TEST_CASE("a fingerprint never follows a link and gives up on a folder larger than a source folder") {
    TempDir temp;
    const fs::path folder = makeFolder(temp.path);
    fs::create_directories(temp.path / "elsewhere");
    fs::create_directory_symlink(temp.path / "elsewhere", folder / "images");
    const auto linked = sourceFingerprint(folder);
    REQUIRE(linked);
    writeFile(temp.path / "elsewhere" / "a.png", "png");
    CHECK(sourceFingerprint(folder) == linked);  // what the link points to is not listed

    CHECK_FALSE(sourceFingerprint(temp.path / "missing"));
    fs::create_symlink(folder, temp.path / "link-to-folder");
    CHECK_FALSE(sourceFingerprint(temp.path / "link-to-folder"));
    fs::create_directories(folder / "a" / "b" / "c" / "d");
    CHECK_FALSE(sourceFingerprint(folder));  // deeper than a source folder goes
    fs::remove_all(folder / "a");
    fs::create_directories(folder / "many");
    for (int i = 0; i < 5001; ++i) writeFile(folder / "many" / (std::to_string(i) + ".txt"), "");
    CHECK_FALSE(sourceFingerprint(folder));
}

TEST_CASE("the published note: written at publish, read back, matched against the folder") {
    TempDir temp;
    const fs::path data = temp.path / "data";
    fs::create_directories(data);
    const fs::path folder = makeFolder(temp.path);
    CHECK_FALSE(content::station::readPublishedSource(data));
    CHECK_FALSE(content::station::publishedFromFolder(data, folder));

    std::string error;
    REQUIRE(content::station::notePublishedSource(data, {*sourceFingerprint(folder), 1795424400, "community-demo"}, &error));
    const auto published = content::station::publishedFromFolder(data, folder);
    REQUIRE(published);
    CHECK(published->publishedUtc == 1795424400);
    CHECK(published->packId == "community-demo");

    writeFile(folder / "pack.toml", "[pack]\nid = \"x\"\ntitle = \"X\"\n");
    CHECK_FALSE(content::station::publishedFromFolder(data, folder));

    // A damaged note is no note.
    writeFile(content::station::publishedSourceFile(data), "{\"fingerprint\": 7}");
    CHECK_FALSE(content::station::readPublishedSource(data));
    writeFile(content::station::publishedSourceFile(data), "not json");
    CHECK_FALSE(content::station::readPublishedSource(data));
}

TEST_CASE("the watch keeps the answer fresh on its own thread until stopped, and leaves the stick alone after") {
    using namespace std::chrono_literals;
    TempDir temp;
    const fs::path folder = makeFolder(temp.path);
    const fs::path data = temp.path / "data";
    fs::create_directories(data);
    content::station::PublishedSource noted{*sourceFingerprint(folder), 1800000000, "verein"};
    std::string error;
    REQUIRE_MESSAGE(content::station::notePublishedSource(data, noted, &error), error);

    std::atomic<int> changes{0};
    content::station::PublishedWatch watch(data, 50ms, [&] { ++changes; });
    // The first look answers at once.
    auto published = watch.lookAt(folder);
    REQUIRE(published);
    CHECK(published->packId == "verein");

    // A file changes while nobody draws a frame: the thread finds it and says so.
    writeFile(folder / "organisations.csv", "id,name\nx,X\ny,Y\n");
    for (int i = 0; i < 100 && changes == 0; ++i) std::this_thread::sleep_for(20ms);
    CHECK(changes == 1);
    CHECK_FALSE(watch.lookAt(folder));

    // The staff screen closed: later changes are not looked at.
    watch.stop();
    const int before = changes;
    writeFile(folder / "organisations.csv", "id,name\nx,X\n");
    std::this_thread::sleep_for(300ms);
    CHECK(changes == before);

    // After a publish the kiosk looks again at once (the station's news call refresh()).
    watch.lookAt(folder);
    noted.fingerprint = *sourceFingerprint(folder);
    REQUIRE(content::station::notePublishedSource(data, noted, &error));
    watch.refresh();
    CHECK(watch.lookAt(folder));
}
