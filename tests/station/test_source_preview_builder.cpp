// The desktop preview's builder: a source folder built and made live in a
// private 0700 folder under $XDG_RUNTIME_DIR, signed with a key made there;
// a build with errors leaves the last good one live; nothing is written into
// the source folder; the private folder goes with the builder.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <thread>

#include "content/core/time_zone.h"
#include "content/pack/starter_folder.h"
#include "content/station/live_content.h"
#include "content/station/source_preview_builder.h"
#include "tests/support/test_files.h"

using namespace std::chrono_literals;
namespace fs = std::filesystem;
using content::station::SourcePreviewBuilder;

namespace {

std::map<std::string, std::string> contentsOf(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        files[fs::relative(entry.path(), folder).string()] = entry.is_regular_file() ? test_files::readFile(entry.path()) : "";
    return files;
}

// Waits (real time: the build runs on its own thread) until build `number` has ended.
content::station::PreviewBuild waitForBuild(const SourcePreviewBuilder& builder, uint64_t number) {
    const auto until = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < until) {
        if (auto last = builder.lastBuild(); last && last->number >= number && !builder.building()) return *last;
        std::this_thread::sleep_for(10ms);
    }
    FAIL("build " << number << " did not end");
    return {};
}

}  // namespace

TEST_CASE("the preview builder builds into a private folder and keeps the last good build live") {
    test_files::TempDir temp("preview-builder-test");
    const fs::path source = temp.path / "quelle", runtime = temp.path / "runtime";
    std::string error;
    REQUIRE_MESSAGE(content::pack::writeStarterFolder(source, &error), error);
    fs::create_directories(runtime);
    const auto before = contentsOf(source);
    ::setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);

    fs::path dataDir;
    {
        SourcePreviewBuilder::Settings settings;
        settings.sourceFolder = source;
        settings.nowUtc = *content::parseIsoToUtc("2026-11-23T10:00:00+01:00", "UTC");
        SourcePreviewBuilder builder(settings);
        REQUIRE_MESSAGE(builder.start(&error), error);
        ::unsetenv("XDG_RUNTIME_DIR");
        dataDir = builder.dataDir();
        CHECK(dataDir.parent_path() == runtime);
        struct stat info {};
        REQUIRE(::stat(dataDir.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0700);

        builder.requestBuild();
        const auto first = waitForBuild(builder, 1);
        CHECK(first.live());
        CHECK(first.import.organisations == 1);
        CHECK(first.check.diagnostics.empty());
        const auto live = content::station::readLiveContent(dataDir);
        CHECK(live.packId == "mein-verein");
        CHECK(live.sequence == first.import.sequence);
        // The session's key is in the private folder, and only there.
        CHECK(fs::exists(content::station::signingKeyFolder(dataDir)));

        // The spreadsheet's opening hours broken: the build fails, the first stays live.
        const fs::path sheet = source / "organisations.xlsx";
        const std::string good = test_files::readFile(sheet);
        fs::remove(sheet);
        std::string csv = test_files::readFile(source / "other-formats" / "organisations.csv");
        const std::string hours = "\"Mo-Fr 09:00-16:00; PH off\"";
        REQUIRE(csv.find(hours) != std::string::npos);
        csv.replace(csv.find(hours), hours.size(), "Mo-Fr 9-17h");
        test_files::writeFile(source / "organisations.csv", csv);
        builder.requestBuild();
        const auto second = waitForBuild(builder, 2);
        CHECK(!second.live());
        REQUIRE(second.check.errorCount() == 1);
        CHECK(second.check.diagnostics[0].file == "organisations.csv");
        CHECK(second.check.diagnostics[0].line == 2);
        CHECK(second.check.diagnostics[0].columnLetter == "K");
        CHECK(builder.lastGoodBuild()->number == 1);
        CHECK(content::station::readLiveContent(dataDir).sequence == first.import.sequence);
        // Back as it was, for the comparison below.
        fs::remove(source / "organisations.csv");
        test_files::writeFile(sheet, good);
    }
    CHECK(!fs::exists(dataDir));
    CHECK(fs::is_empty(runtime));
    CHECK(contentsOf(source) == before);
}

TEST_CASE("a folder without pack.toml is reported as missing") {
    test_files::TempDir temp("preview-builder-missing");
    SourcePreviewBuilder::Settings settings;
    settings.sourceFolder = temp.path;
    SourcePreviewBuilder builder(settings);
    std::string error;
    REQUIRE_MESSAGE(builder.start(&error), error);
    builder.requestBuild();
    const auto build = waitForBuild(builder, 1);
    CHECK(build.folderMissing);
    CHECK(!build.live());
    CHECK(!builder.lastGoodBuild());
}
