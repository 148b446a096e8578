// The pack scanner reads just the manifest of each offered pack: the newest
// sequence per pack_id is imported, older ones are reported as skipped, and
// files whose manifest cannot be read still go to the import (which says
// exactly why it refuses them).
#include <doctest/doctest.h>

#include <unistd.h>
#include <zip.h>

#include <filesystem>
#include <fstream>

#include "tests/support/test_files.h"
#include "content/station/pack_scanner.h"

using namespace content::station;
namespace fs = std::filesystem;

namespace {

using test_files::TempDir;

// A ZIP holding just a manifest.json: enough for the scanner, which verifies nothing.
fs::path writePack(const fs::path& file, const std::string& manifest) {
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    zip_source_t* source = zip_source_buffer(archive, manifest.data(), manifest.size(), 0);
    REQUIRE(zip_file_add(archive, "manifest.json", source, ZIP_FL_ENC_UTF_8) >= 0);
    REQUIRE(zip_close(archive) == 0);
    return file;
}

fs::path pack(const fs::path& dir, const std::string& name, const std::string& packId, uint64_t sequence) {
    return writePack(dir / name, R"({"format":"community-kiosk-pack","format_version":1,"pack_id":")" + packId +
                                     R"(","sequence":)" + std::to_string(sequence) +
                                     R"(,"created_at":"2026-11-21T05:30:00Z"})");
}

}  // namespace

TEST_CASE("the manifest's pack_id, sequence and creation time are read") {
    TempDir dir;
    PackPeek peek = peekPack(pack(dir.path, "a.kpack", "leipzig-demo", 20261121053000));
    CHECK(peek.readable);
    CHECK(peek.packId == "leipzig-demo");
    CHECK(peek.sequence == 20261121053000ull);
    CHECK(peek.createdAt == "2026-11-21T05:30:00Z");
}

TEST_CASE("files that are not packs are not readable, without throwing") {
    TempDir dir;
    std::ofstream(dir.path / "text.kpack") << "this is not a zip";
    CHECK(!peekPack(dir.path / "text.kpack").readable);
    CHECK(!peekPack(dir.path / "missing.kpack").readable);
    CHECK(!peekPack(writePack(dir.path / "json.kpack", "{not json")).readable);
    CHECK(!peekPack(writePack(dir.path / "noseq.kpack", R"({"pack_id":"x"})")).readable);
    CHECK(!peekPack(writePack(dir.path / "negative.kpack", R"({"pack_id":"x","sequence":-3})")).readable);
}

TEST_CASE("newest sequence per pack_id wins, older ones are skipped") {
    TempDir dir;
    auto leipzig1 = pack(dir.path, "leipzig-1.kpack", "leipzig", 1);
    auto leipzig3 = pack(dir.path, "leipzig-3.kpack", "leipzig", 3);
    auto leipzig2 = pack(dir.path, "leipzig-2.kpack", "leipzig", 2);
    auto dresden = pack(dir.path, "dresden.kpack", "dresden", 7);
    std::ofstream(dir.path / "broken.kpack") << "garbage";
    ScanPlan plan = planImports({leipzig1, leipzig3, dir.path / "broken.kpack", leipzig2, dresden});

    REQUIRE(plan.toImport.size() == 3);
    CHECK(plan.toImport[0].file == dir.path / "broken.kpack");  // the import names the reason
    CHECK(!plan.toImport[0].readable);
    CHECK(plan.toImport[1].file == dresden);
    CHECK(plan.toImport[2].file == leipzig3);
    CHECK(plan.toImport[2].sequence == 3);

    REQUIRE(plan.skipped.size() == 2);
    for (const auto& skipped : plan.skipped) {
        CHECK(skipped.pack.packId == "leipzig");
        CHECK(skipped.newerFile == leipzig3);
        CHECK(skipped.newerSequence == 3);
    }
    CHECK(plan.skipped[0].pack.file == leipzig2);
    CHECK(plan.skipped[1].pack.file == leipzig1);
}

TEST_CASE("one pack offered alone is simply imported") {
    TempDir dir;
    ScanPlan plan = planImports({pack(dir.path, "x.kpack", "x", 5)});
    CHECK(plan.toImport.size() == 1);
    CHECK(plan.skipped.empty());
    CHECK(planImports({}).toImport.empty());
}
