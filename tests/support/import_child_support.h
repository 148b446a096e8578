// What the tests of the import child share (test_import_child.cpp,
// test_source_child.cpp, the publishing tests): the content a kiosk shows
// before, and the fault point for the child processes a test starts.
#pragma once

#include <doctest/doctest.h>

#include <stdlib.h>

#include "content/pack/importer.h"
#include "tests/data/pack/pack_factory.h"

namespace pack_test {

// The city's test pack, sequence 1, live in `data` (written to `packFile` first).
inline void importCityTestPack(const fs::path& data, const Keys& cityKeys, const fs::path& packFile) {
    writeGoodPack(sampleContent(1, "test-pack", "v1"), packFile, cityKeys);
    content::ImportOptions options;
    options.dataDir = data;
    options.trustedPublicKeys = {cityKeys.publicFile};
    options.nowUtc = utc(kTestNowIso);
    REQUIRE(content::importPack(packFile, options).ok());
}

// KIOSK_IMPORT_KILL_AT for the child processes started while it lives.
struct KillChildAt {
    explicit KillChildAt(const char* step) { ::setenv("KIOSK_IMPORT_KILL_AT", step, 1); }
    ~KillChildAt() { ::unsetenv("KIOSK_IMPORT_KILL_AT"); }
};

}  // namespace pack_test
