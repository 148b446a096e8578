// Every committed fuzzing corpus file (tests/fuzz/corpus/<target>/) fed to
// its target's entry function, in the normal build: inputs that once crashed
// a parser, or that libFuzzer found interesting, stay harmless. A sanitizer
// build (`platform/dev.sh fuzz TARGET 0`) replays them under ASan + UBSan.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/fuzz/fuzz_targets.h"
#include "tests/support/test_files.h"

namespace fs = std::filesystem;

TEST_CASE("every fuzz target has a corpus, and every corpus file replays without harm") {
    const fs::path corpus = FUZZ_CORPUS_DIR;
    size_t files = 0;
    for (const fuzz::Target& target : fuzz::targets()) {
        const fs::path folder = corpus / std::string(target.name);
        CAPTURE(target.name);
        REQUIRE(fs::is_directory(folder));
        size_t here = 0;
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (!entry.is_regular_file()) continue;
            CAPTURE(entry.path().filename().string());
            const std::string bytes = test_files::readFile(entry.path());
            target.entry(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            ++here;
        }
        CHECK(here > 0);
        files += here;
    }
    MESSAGE(files, " corpus files replayed");
    // A folder for a target that no longer exists would never be replayed.
    for (const auto& entry : fs::directory_iterator(corpus))
        CHECK_MESSAGE(fuzz::findTarget(entry.path().filename().string()) != nullptr, entry.path().filename().string());
}
