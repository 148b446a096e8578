// The benchmark's content generator (bench/generate_content.cpp): the same
// seed gives the same bytes, another seed gives other content, and what it
// writes is a source folder our own parser and `kiosk-pack check` accept, with
// the features the benchmark relies on (all eight languages, vowel-marked
// Arabic, recurring events with exceptions, pictures).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>

#include "tests/support/test_files.h"
#include "content/parse/source_folder.h"

namespace fs = std::filesystem;

namespace {

const fs::path kGenerator = fs::path(KIOSK_BINARY_DIR) / "kiosk-generate";

fs::path scratchDir(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("test_generator-" + std::to_string(getpid())) / name;
    fs::remove_all(dir);
    fs::create_directories(dir.parent_path());
    return dir;
}

int run(const std::string& command) {
    int status = std::system((command + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int generate(int seed, const fs::path& out) {
    return run(kGenerator.string() + " --seed " + std::to_string(seed) + " --scale small --out '" + out.string() + "'");
}

using test_files::readFile;

// Relative path -> bytes of every file below `dir`.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file()) files[fs::relative(entry.path(), dir).generic_string()] = readFile(entry.path());
    return files;
}

bool hasArabicVowelMark(const std::string& text) {
    // U+064B..U+0652 (fathatan..sukun) are encoded D9 8B..D9 92 in UTF-8.
    for (size_t i = 0; i + 1 < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) == 0xD9 && static_cast<unsigned char>(text[i + 1]) >= 0x8B &&
            static_cast<unsigned char>(text[i + 1]) <= 0x92)
            return true;
    return false;
}

}  // namespace

TEST_CASE("the same seed writes identical bytes, another seed other content") {
    REQUIRE(fs::exists(kGenerator));
    fs::path first = scratchDir("first"), second = scratchDir("second"), other = scratchDir("other");
    REQUIRE(generate(42, first) == 0);
    REQUIRE(generate(42, second) == 0);
    REQUIRE(generate(43, other) == 0);

    auto a = snapshot(first), b = snapshot(second), c = snapshot(other);
    CHECK(a.size() > 20);
    CHECK(a == b);
    CHECK(a.at("organisations.csv") != c.at("organisations.csv"));

    // Regenerating into its own earlier output replaces it (the benchmark's
    // cache relies on this), but a foreign folder is never deleted.
    REQUIRE(generate(42, first) == 0);
    CHECK(snapshot(first) == a);
    fs::path foreign = scratchDir("foreign");
    fs::create_directories(foreign);
    std::ofstream(foreign / "precious.txt") << "keep me";
    CHECK(generate(42, foreign) != 0);
    CHECK(readFile(foreign / "precious.txt") == "keep me");
    fs::remove_all(first.parent_path());
}

TEST_CASE("the generated folder is a valid source folder with every feature the benchmark needs") {
    fs::path dir = scratchDir("valid");
    REQUIRE(generate(7, dir) == 0);

    content::SourceReadResult read = content::readSourceFolder(dir);
    std::string problems;
    for (const auto& diagnostic : read.diagnostics) problems += content::formatDiagnostic(diagnostic) + "\n";
    INFO(problems);
    REQUIRE(read.ok());
    CHECK(read.diagnostics.empty());  // not even a warning

    const content::Content& c = read.content;
    CHECK(c.pack.id == "bench-city");
    CHECK(c.pack.languages.size() == 8);
    CHECK(c.pack.topics.size() == 12);
    CHECK(c.organisations.size() == 12);
    CHECK(c.guides.size() == 3);
    CHECK(c.images.size() == 6);

    size_t recurring = 0, withExdates = 0, overrides = 0, cancelled = 0, translatedTitles = 0;
    for (const auto& event : c.events) {
        if (!event.rrule.empty()) ++recurring;
        if (!event.exdates.empty()) ++withExdates;
        if (!event.recurrenceOf.empty()) ++overrides;
        if (event.uid.find("-cancelled") != std::string::npos) ++cancelled;
        if (event.title.has("ar") && event.title.has("fa")) ++translatedTitles;
    }
    CHECK(recurring == 4);
    CHECK(withExdates >= 1);
    CHECK(overrides >= 1);
    CHECK(cancelled == 0);  // STATUS:CANCELLED is dropped by the parser
    CHECK(c.events.size() == recurring + overrides + 24);
    CHECK(translatedTitles > 0);

    bool vowelled = false, easyGerman = false;
    for (const auto& org : c.organisations) {
        if (org.name.has("ar") && hasArabicVowelMark(org.name.values.at("ar"))) vowelled = true;
        if (org.name.has("de-x-easy")) easyGerman = true;
    }
    CHECK(vowelled);
    CHECK(easyGerman);

    // Guides keep Easy German's one-sentence-per-line layout.
    const content::Guide& guide = c.guides.front();
    REQUIRE(guide.texts.count("de-x-easy") == 1);
    bool multiLine = false;
    for (const auto& block : guide.texts.at("de-x-easy").blocks)
        if (block.kind == content::GuideBlock::Kind::Paragraph && block.lines.size() >= 3) multiLine = true;
    CHECK(multiLine);

    // The real tool agrees.
    CHECK(run(std::string(KIOSK_PACK_BIN) + " check '" + dir.string() + "'") == 0);
    fs::remove_all(dir.parent_path());
}
