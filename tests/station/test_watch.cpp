// The file watcher takes a pack only when it is complete: a .part copy
// renamed into place is delivered once, after the rename; temporary and
// hidden names are never delivered; a "stick" (a folder appearing under a
// media root) is looked at, at its top and in kiosk/; a stick removed in the
// middle of a copy delivers nothing.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <thread>

#include "tests/support/test_files.h"
#include "platform/file_watcher.h"

using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

constexpr auto kSettle = 150ms;

using test_files::TempDir;

class Recorder {
public:
    void operator()(std::vector<platform::FoundPack> packs) {
        std::lock_guard lock(mutex_);
        for (auto& pack : packs) found_.push_back(pack);
        ++batches_;
        changed_.notify_all();
    }
    // Waits until at least `count` packs arrived (or the timeout).
    std::vector<platform::FoundPack> waitFor(size_t count, std::chrono::milliseconds timeout = 3s) {
        std::unique_lock lock(mutex_);
        changed_.wait_for(lock, timeout, [&] { return found_.size() >= count; });
        return found_;
    }
    std::vector<platform::FoundPack> now() {
        std::lock_guard lock(mutex_);
        return found_;
    }
    int batches() {
        std::lock_guard lock(mutex_);
        return batches_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<platform::FoundPack> found_;
    int batches_ = 0;
};

struct Watching {
    std::shared_ptr<Recorder> recorder = std::make_shared<Recorder>();
    std::unique_ptr<platform::FileWatcher> watcher;
    Watching(std::vector<fs::path> mediaRoots, std::vector<fs::path> dropFolders) {
        platform::FileWatcher::Settings settings;
        settings.mediaRoots = std::move(mediaRoots);
        settings.dropFolders = std::move(dropFolders);
        settings.settle = kSettle;
        settings.onPacks = [recorder = recorder](std::vector<platform::FoundPack> packs) { (*recorder)(std::move(packs)); };
        watcher = std::make_unique<platform::FileWatcher>(std::move(settings));
        std::string error;
        REQUIRE(watcher->start(&error));
        std::this_thread::sleep_for(50ms);  // let the thread set its watches
    }
};

void writeFile(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

}  // namespace

TEST_CASE("pack and temporary names") {
    CHECK(platform::isPackName("leipzig.kpack"));
    CHECK(platform::isPackName("Leipzig 2026.kpack"));
    CHECK(!platform::isPackName("leipzig.kpack.part"));
    CHECK(!platform::isPackName("leipzig.kpack.tmp"));
    CHECK(!platform::isPackName(".syncthing.leipzig.kpack.tmp"));
    CHECK(!platform::isPackName(".leipzig.kpack"));
    CHECK(!platform::isPackName("~leipzig.kpack"));
    CHECK(!platform::isPackName("leipzig.zip"));
    CHECK(!platform::isPackName(".kpack"));
    CHECK(platform::isTemporaryName("a.part"));
    CHECK(platform::isTemporaryName(".hidden"));
}

TEST_CASE("a slow .part copy renamed into place is delivered once, only after the rename") {
    TempDir drop("drop");
    Watching watching({}, {drop.path});
    const fs::path part = drop.path / "leipzig.kpack.part";
    {
        std::ofstream out(part, std::ios::binary);
        for (int i = 0; i < 4; ++i) {  // longer than the settle time in total
            out << std::string(4096, 'x') << std::flush;
            std::this_thread::sleep_for(100ms);
        }
    }
    std::this_thread::sleep_for(kSettle + 150ms);
    CHECK(watching.recorder->now().empty());

    fs::rename(part, drop.path / "leipzig.kpack");
    auto found = watching.recorder->waitFor(1);
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == drop.path / "leipzig.kpack");
    CHECK(!found[0].onStick);
    std::this_thread::sleep_for(kSettle * 3);
    CHECK(watching.recorder->now().size() == 1);

    // A new version under the same name (staff copy an update over it) is delivered again.
    std::this_thread::sleep_for(20ms);  // a different modification time
    writeFile(drop.path / "leipzig.kpack.part", std::string(9000, 'y'));
    fs::rename(drop.path / "leipzig.kpack.part", drop.path / "leipzig.kpack");
    CHECK(watching.recorder->waitFor(2).size() == 2);
}

TEST_CASE("a pack written in place is delivered after it stops changing") {
    TempDir drop("inplace");
    Watching watching({}, {drop.path});
    writeFile(drop.path / "direct.kpack", "complete");
    auto found = watching.recorder->waitFor(1);
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == drop.path / "direct.kpack");
}

TEST_CASE("hidden, temporary and other files are never delivered; status files are ignored") {
    TempDir drop("ignored");
    Watching watching({}, {drop.path});
    writeFile(drop.path / ".syncthing.leipzig.kpack.tmp", "x");
    writeFile(drop.path / ".leipzig.kpack", "x");
    writeFile(drop.path / "~leipzig.kpack", "x");
    writeFile(drop.path / "leipzig.kpack.tmp", "x");
    writeFile(drop.path / "notes.txt", "x");
    writeFile(drop.path / "kiosk-report-k1.txt", "x");
    fs::create_directories(drop.path / "status");
    writeFile(drop.path / "status" / "k1.json", "{}");
    fs::create_directories(drop.path / "sub");
    writeFile(drop.path / "sub" / "nested.kpack", "x");  // drop folders: top level only
    std::this_thread::sleep_for(kSettle * 4);
    CHECK(watching.recorder->now().empty());
}

TEST_CASE("packs already in a drop folder at start are offered together") {
    TempDir drop("existing");
    writeFile(drop.path / "a.kpack", "a");
    writeFile(drop.path / "b.kpack", "b");
    Watching watching({}, {drop.path});
    auto found = watching.recorder->waitFor(2);
    CHECK(found.size() == 2);
    CHECK(watching.recorder->batches() == 1);
}

TEST_CASE("a stick appearing under a media root: packs at its top and in kiosk/") {
    TempDir media("media");
    Watching watching({media.path}, {});
    const fs::path stick = media.path / "STICK";
    fs::create_directories(stick / "kiosk");
    fs::create_directories(stick / "photos");
    writeFile(stick / "top.kpack", "1");
    writeFile(stick / "kiosk" / "inner.kpack", "2");
    writeFile(stick / "kiosk" / "inner.kpack.part", "3");
    auto found = watching.recorder->waitFor(2);
    REQUIRE(found.size() == 2);
    std::set<fs::path> files;
    for (const auto& pack : found) {
        CHECK(pack.onStick);
        files.insert(pack.file);
    }
    CHECK(files == std::set<fs::path>{stick / "top.kpack", stick / "kiosk" / "inner.kpack"});
    auto places = watching.watcher->watchedPlaces();
    CHECK(std::find(places.begin(), places.end(), stick) != places.end());
    CHECK(std::find(places.begin(), places.end(), media.path) != places.end());

    // "Import from stick now" offers them again.
    watching.watcher->rescanSticks();
    CHECK(watching.recorder->waitFor(4).size() == 4);
}

TEST_CASE("udisks-style sticks one level deeper (/run/media/<user>/<label>) are found") {
    TempDir media("runmedia");
    fs::create_directories(media.path / "staff");
    Watching watching({media.path}, {});
    fs::create_directories(media.path / "staff" / "CITY" / "kiosk");
    writeFile(media.path / "staff" / "CITY" / "kiosk" / "city.kpack", "1");
    auto found = watching.recorder->waitFor(1);
    REQUIRE(found.size() == 1);
    CHECK(found[0].file == media.path / "staff" / "CITY" / "kiosk" / "city.kpack");
}

TEST_CASE("a stick removed in the middle of a copy delivers nothing") {
    TempDir media("pulled");
    Watching watching({media.path}, {});
    const fs::path stick = media.path / "PULLED";
    fs::create_directories(stick);
    std::this_thread::sleep_for(50ms);
    {
        std::ofstream out(stick / "half.kpack", std::ios::binary);
        out << std::string(8192, 'x') << std::flush;
        std::this_thread::sleep_for(kSettle / 2);
        fs::remove_all(stick);  // pulled while the copy is still open
    }
    std::this_thread::sleep_for(kSettle * 4);
    CHECK(watching.recorder->now().empty());
    auto places = watching.watcher->watchedPlaces();
    CHECK(std::find(places.begin(), places.end(), stick) == places.end());
}

TEST_CASE("a missing drop folder is created and watched") {
    TempDir base("create");
    const fs::path drop = base.path / "not" / "yet";
    Watching watching({}, {drop});
    CHECK(fs::is_directory(drop));
    writeFile(drop / "p.kpack", "p");
    CHECK(watching.recorder->waitFor(1).size() == 1);
}
