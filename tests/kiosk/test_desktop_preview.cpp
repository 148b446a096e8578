// `kiosk --preview SRC`, in-process on a null window: the starter folder's
// organisation on the visitor screens with an empty problem list; a row added
// to the spreadsheet appears after the save without a restart; a broken cell
// shows its row and column letter while the screens keep the last good
// content; the fix empties the list again; a page whose organisation is gone
// falls back to the list. The source folder is never written to, and the
// private data folder with the session's key is gone after the run.
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>

#include "content/pack/starter_folder.h"
#include "tests/support/kiosk_in_process.h"
#include "tests/support/test_files.h"

namespace fs = std::filesystem;
using test_files::readFile;
using test_files::writeFile;

namespace {

constexpr const char* kNow = "2026-11-23T10:00:00+01:00";
constexpr const char* kNewRow =
    "neuer-treff,Neuer Treff Grünau,Ein Nachbarschaftstreff mit Café.,counselling,de,Stuttgarter Allee 1,04209,"
    "Leipzig,,,\"Mo-Fr 10:00-18:00\",,,\n";
constexpr const char* kBrokenRow =
    "neuer-treff,Neuer Treff Grünau,Ein Nachbarschaftstreff mit Café.,counselling,de,Stuttgarter Allee 1,04209,"
    "Leipzig,,,Mo-Fr 9-17h,,,\n";

// The starter folder of `kiosk-pack new`, with its spreadsheet as the CSV file.
struct PreviewFixture {
    test_files::TempDir temp{"kiosk-preview-test"};
    fs::path source = temp.path / "Mein Verein";
    fs::path runtime = temp.path / "runtime";  // $XDG_RUNTIME_DIR for the run
    fs::path config = temp.path / "kiosk.toml";
    std::string starterCsv;

    PreviewFixture() {
        std::string error;
        REQUIRE_MESSAGE(content::pack::writeStarterFolder(source, &error), error);
        fs::remove(source / "organisations.xlsx");
        fs::rename(source / "other-formats" / "organisations.csv", source / "organisations.csv");
        fs::remove_all(source / "other-formats");
        starterCsv = readFile(source / "organisations.csv");
        REQUIRE(starterCsv.find("Mein Verein e. V.") != std::string::npos);
        writeFile(temp.path / "with-new-row.csv", starterCsv + kNewRow);
        writeFile(temp.path / "broken.csv", starterCsv + kBrokenRow);
        writeFile(temp.path / "starter.csv", starterCsv);
        writeFile(config, "[watch]\nmedia_roots = []\n");
        fs::create_directories(runtime);
    }

    kiosk_test::InProcessResult run(const std::string& script, const std::string& name, const std::string& lang = "de") {
        const fs::path replay = temp.path / (name + ".replay");
        // The last line leaves a mark: a null window whose clock ran out ends quietly before it.
        const fs::path done = temp.path / (name + ".done");
        writeFile(replay, script + "copy-file \"" + (temp.path / "starter.csv").string() + "\" \"" + done.string() + "\"\n");
        ::setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
        auto result = kiosk_test::runInProcess({"--preview", source.string(), "--windowed", "1920x1080", "--lang", lang,
                                                "--now", kNow, "--config", config.string(), "--replay", replay.string()},
                                               temp.path / (name + ".log"));
        ::unsetenv("XDG_RUNTIME_DIR");
        CHECK_MESSAGE(fs::exists(done), (std::string("the replay did not reach its end: ") + result.errors));
        return result;
    }
    // Quoted for copy-file: the folder's name has a space, as staff folders do.
    std::string file(const char* name) const { return "\"" + (temp.path / name).string() + "\""; }
    std::string csv() const { return "\"" + (source / "organisations.csv").string() + "\""; }
};

// Every file under `folder` with its bytes.
std::map<std::string, std::string> contentsOf(const fs::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        files[fs::relative(entry.path(), folder).string()] = entry.is_regular_file() ? readFile(entry.path()) : "(folder)";
    return files;
}

}  // namespace

TEST_CASE("the desktop preview builds the folder, rebuilds it on every save and lists its problems beside the screens") {
    PreviewFixture fixture;
    const std::string script =
        "wait-rebuild 1\n"
        "assert-no-problems\n"
        "assert-panel Keine Probleme gefunden.\n"
        "tap-label Organisationen\n"
        "wait-for-label Mein Verein e. V.\n"
        // A coordinator adds a row and saves: listed after the rebuild, on the same screen.
        "copy-file " + fixture.file("with-new-row.csv") + " " + fixture.csv() + "\n"
        "wait-rebuild 2\n"
        "assert-screen organisations\n"
        "wait-for-label Neuer Treff Grünau\n"
        "assert-no-problems\n"
        // A cell the checker cannot read: its place in the list, the screens keep the last good build.
        "copy-file " + fixture.file("broken.csv") + " " + fixture.csv() + "\n"
        "wait-rebuild 3\n"
        "assert-problem Fehler · Zeile 3, Spalte K (opening_hours): \n"
        "assert-problem Mo-Fr 9-17h\n"
        "assert-panel 1 Fehler, 0 Hinweise\n"
        "assert-panel Die Bildschirme zeigen den letzten fehlerfreien Stand (gebaut um 10:00:00).\n"
        "assert-screen organisations\n"
        "wait-for-label Neuer Treff Grünau\n"
        // Fixed: the list is empty again.
        "copy-file " + fixture.file("with-new-row.csv") + " " + fixture.csv() + "\n"
        "wait-rebuild 4\n"
        "assert-no-problems\n"
        "assert-panel Keine Probleme gefunden.\n"
        // The visitor's page stays while its organisation exists, and falls back to the list when it is gone.
        "tap-label Neuer Treff Grünau\n"
        "assert-screen organisation\n"
        "copy-file " + fixture.file("starter.csv") + " " + fixture.csv() + "\n"
        "wait-rebuild 5\n"
        "assert-screen organisations\n"
        "wait-for-label Mein Verein e. V.\n";
    const auto result = fixture.run(script, "edits");
    CHECK_MESSAGE(result.status == 0, result.errors);
}

TEST_CASE("the desktop preview never writes into the source folder and leaves no key or data behind") {
    PreviewFixture fixture;
    const auto before = contentsOf(fixture.source);
    // Arabic, portrait, an organisation's page: everything a coordinator looks at.
    const auto result = fixture.run(
        "wait-rebuild 1\n"
        "tap-label العربية\n"
        "tap-label عمودي\n"
        "wait 1000\n"
        "assert-no-problems\n"
        "assert-panel لم يتم العثور على مشاكل\n",
        "untouched", "de");
    CHECK_MESSAGE(result.status == 0, result.errors);
    CHECK(contentsOf(fixture.source) == before);
    // The session's private folder (its key and its builds) went with it.
    CHECK(fs::is_empty(fixture.runtime));
}

TEST_CASE("a folder that never built shows what to fix, and no screens") {
    PreviewFixture fixture;
    writeFile(fixture.source / "organisations.csv", fixture.starterCsv + kBrokenRow);
    const auto result = fixture.run(
        "wait-rebuild 1\n"
        "assert-problem Fehler · Zeile 3, Spalte K (opening_hours)\n"
        "assert-panel 1 Fehler, 0 Hinweise\n",
        "never-good");
    CHECK_MESSAGE(result.status == 0, result.errors);
}
