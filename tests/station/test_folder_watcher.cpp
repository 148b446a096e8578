// The desktop preview's folder watcher: a burst of writes (a spreadsheet
// saved with a lock file, a temporary file and a rename) is one change, told
// once the folder is quiet; editors' bookkeeping files alone are no change; a
// folder made later is watched too; a symbolic link is never followed.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "platform/folder_watcher.h"
#include "tests/support/test_files.h"

using namespace std::chrono_literals;
namespace fs = std::filesystem;
using test_files::writeFile;

namespace {

constexpr auto kQuiet = 150ms;
// Long enough for a change to be told (the quiet time and the thread's wake-up), with room for a busy machine.
constexpr auto kTold = 1500ms;

struct Watched {
    test_files::TempDir temp{"folder-watcher-test"};
    std::atomic<int> changes{0};
    std::unique_ptr<platform::FolderWatcher> watcher;

    Watched() {
        fs::create_directories(temp.path / "events");
        platform::FolderWatcher::Settings settings;
        settings.folder = temp.path;
        settings.quiet = kQuiet;
        settings.onChange = [this] { ++changes; };
        watcher = std::make_unique<platform::FolderWatcher>(std::move(settings));
        std::string error;
        REQUIRE_MESSAGE(watcher->start(&error), error);
    }
    // The number of changes told once the folder has been quiet for a while.
    int settled() {
        std::this_thread::sleep_for(kTold);
        return changes.load();
    }
};

}  // namespace

TEST_CASE("editors' bookkeeping names are told apart from content") {
    for (const char* name : {".~lock.organisations.ods#", "organisations.csv~", ".#guide.md", ".de.md.swp", "~$organisations.xlsx"})
        CHECK_MESSAGE(platform::isEditorBookkeepingName(name), name);
    for (const char* name : {"organisations.ods", "de.md", "pack.toml", "lu1234.tmp", "mein-verein.ics"})
        CHECK_MESSAGE(!platform::isEditorBookkeepingName(name), name);
}

TEST_CASE("a save is one change, told after the folder is quiet") {
    Watched watched;
    // What an office program does when it saves: a lock file, a temporary file renamed over the old one.
    writeFile(watched.temp.path / ".~lock.organisations.ods#", "lock");
    writeFile(watched.temp.path / "lu1234.tmp", "new");
    fs::rename(watched.temp.path / "lu1234.tmp", watched.temp.path / "organisations.ods");
    writeFile(watched.temp.path / "organisations.ods", "newer");
    CHECK(watched.changes.load() == 0);  // not while the burst is going on
    CHECK(watched.settled() == 1);
    fs::remove(watched.temp.path / ".~lock.organisations.ods#");
    CHECK(watched.settled() == 1);  // the lock file going is no change either
}

TEST_CASE("a file in a folder made after the start is a change") {
    Watched watched;
    fs::create_directories(watched.temp.path / "guides" / "neu");
    CHECK(watched.settled() == 1);
    writeFile(watched.temp.path / "guides" / "neu" / "de.md", "# Neu\n");
    CHECK(watched.settled() == 2);
    writeFile(watched.temp.path / "events" / "verein.ics", "BEGIN:VCALENDAR\n");
    CHECK(watched.settled() == 3);
}

TEST_CASE("a symbolic link to a folder outside is not followed") {
    test_files::TempDir outside{"folder-watcher-outside"};
    Watched watched;
    fs::create_directory_symlink(outside.path, watched.temp.path / "images");
    CHECK(watched.settled() == 1);  // the link itself is new in the folder
    writeFile(outside.path / "elsewhere.png", "x");
    CHECK(watched.settled() == 1);
}
