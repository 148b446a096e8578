// The shape of kiosk/ as rules a compiler does not check: widgets never reach
// up into the app or the screens (so the include graph has no cycle between
// kiosk/app and kiosk/widgets), and no screen, widget or app file keeps a
// hidden function-level static that would outlive the idle reset (screen
// state lives in AppState's ScreenMemory instead).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>
#include "tests/support/test_files.h"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> sourcesUnder(const std::string& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(KIOSK_SOURCE_DIR) / folder)) {
        const auto extension = entry.path().extension();
        if (extension == ".cpp" || extension == ".h") files.push_back(entry.path());
    }
    return files;
}

std::vector<std::string> linesOf(const fs::path& file) {
    std::istringstream in(test_files::readFile(file));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("kiosk/widgets and kiosk/text include nothing of kiosk/app or kiosk/screens") {
    const std::regex upward(R"(#include\s+"kiosk/(app|screens)/)");
    std::string found;
    for (const char* folder : {"kiosk/widgets", "kiosk/text"})
        for (const auto& file : sourcesUnder(folder)) {
            const auto lines = linesOf(file);
            for (size_t i = 0; i < lines.size(); ++i)
                if (std::regex_search(lines[i], upward))
                    found += file.string() + ":" + std::to_string(i + 1) + ": " + lines[i] + "\n";
        }
    CHECK_MESSAGE(found.empty(), found);
}

TEST_CASE("no function-level mutable statics in kiosk/app, kiosk/screens and kiosk/widgets") {
    // An indented `static` variable that is not const/constexpr (a static
    // member function has a "(" before any ";", "=", "{" or "["): state
    // hidden from the idle reset.
    const std::regex hiddenStatic(R"(^\s{4,}static\s+(?!const\b|constexpr\b)[^()]*[;={\[])");
    std::string found;
    for (const char* folder : {"kiosk/app", "kiosk/screens", "kiosk/widgets"})
        for (const auto& file : sourcesUnder(folder)) {
            const auto lines = linesOf(file);
            for (size_t i = 0; i < lines.size(); ++i)
                if (std::regex_search(lines[i], hiddenStatic))
                    found += file.string() + ":" + std::to_string(i + 1) + ": " + lines[i] + "\n";
        }
    CHECK_MESSAGE(found.empty(), found);
}
