// Shared by the import tests: a kiosk data folder that already shows a good
// pack, and the check that a refusal left it exactly as it was. Header-only,
// next to pack_factory.h.
#pragma once

#include <doctest/doctest.h>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"
#include "content/pack/importer.h"
#include "tests/data/pack/pack_factory.h"

namespace pack_test {

inline const int64_t kNow = utc("2026-11-21T12:00:00Z");

// A kiosk data folder that already shows a good pack (test-pack, sequence 10).
struct Kiosk {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path liveTarget;

    Kiosk() {
        fs::path good = temp.path / "good.kpack";
        writeGoodPack(sampleContent(10, "test-pack", "v10"), good, keys);
        auto result = import(good);
        REQUIRE_MESSAGE(result.ok(), describeImport(result, "en"));
        liveTarget = fs::read_symlink(data_dir::live(data));
    }

    // What this kiosk imports with; a test may change them (cancel, time limit).
    ImportOptions options(int64_t now = kNow) const {
        ImportOptions options;
        options.dataDir = data;
        options.trustedPublicKeys = {keys.publicFile};
        options.nowUtc = now;
        return options;
    }

    ImportResult import(const fs::path& pack, int64_t now = kNow) const { return importPack(pack, options(now)); }

    fs::path path(const std::string& name) const { return temp.path / name; }

    // The promise: a refusal leaves live content and the folder as they were.
    void expectLiveUntouched() const {
        CHECK(fs::read_symlink(data_dir::live(data)) == liveTarget);
        std::string error;
        auto store = ContentStore::open(data, &error);
        REQUIRE_MESSAGE(store, error);
        CHECK(store->pack().id == "test-pack");
        CHECK(store->pack().sequence == 10);
        CHECK(store->organisationCount() == 2);
        auto haus = store->organisation("haus");
        REQUIRE(haus);
        CHECK(haus->name.resolve("de") == "Nachbarschaftshaus v10");
        // Nothing of the refused attempt is left behind.
        size_t versions = 0;
        for (const auto& entry : fs::directory_iterator(data_dir::versions(data))) {
            CHECK(entry.path().extension() != ".partial");
            ++versions;
        }
        CHECK(versions == 1);
        CHECK((!fs::exists(data_dir::incoming(data)) || fs::is_empty(data_dir::incoming(data))));
    }

    // Imports `pack`, expects `error`, checks the staff sentence and the log.
    ImportResult expectRefused(const fs::path& pack, ImportError error, int64_t now = kNow) const {
        auto result = import(pack, now);
        CHECK_MESSAGE(result.error == error, importErrorCode(result.error), " - ", result.detail);
        CHECK_FALSE(describeImport(result, "en").empty());
        CHECK(describeImport(result, "de") != describeImport(result, "en"));
        std::string log = readFile(data_dir::importLog(data));
        CHECK(log.find(std::string("\"result\":\"") + importErrorCode(error) + "\"") != std::string::npos);
        expectLiveUntouched();
        return result;
    }
};

inline PackParts nextParts(uint64_t sequence = 11) { return partsFor(sampleContent(sequence, "test-pack", "v" + std::to_string(sequence))); }

inline void removeEntry(std::vector<ZipEntrySource>& entries, const std::string& name) {
    std::erase_if(entries, [&](const ZipEntrySource& entry) { return entry.name == name; });
}


}  // namespace pack_test
