// Every refusal of content::importPack, each with a real bad pack: the exact
// error, a staff sentence, and live content left exactly as it was.
#include <doctest/doctest.h>

#include <unistd.h>

#include "tests/data/pack/import_fixture.h"

using namespace pack_test;

TEST_CASE("a good newer pack replaces the live content and keeps the old one as previous") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    auto result = kiosk.import(kiosk.path("next.kpack"));
    REQUIRE_MESSAGE(result.ok(), result.detail);
    CHECK(result.sequence == 11);
    CHECK(result.organisations == 2);
    CHECK(fs::read_symlink(data_dir::previous(kiosk.data)) == kiosk.liveTarget);
    std::string error;
    auto store = ContentStore::open(kiosk.data, &error);
    REQUIRE(store);
    CHECK(store->pack().sequence == 11);
    CHECK(store->organisation("haus")->name.resolve("de") == "Nachbarschaftshaus v11");
    CHECK(describeImport(result, "de").find("Die neuen Inhalte sind jetzt sichtbar.") != std::string::npos);
}

TEST_CASE("refused: no signature") {
    Kiosk kiosk;
    WriteOptions options;
    options.sign = false;
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::NoSignature);
}

TEST_CASE("refused: signed by a key the kiosk does not trust, naming the key id") {
    Kiosk kiosk;
    Keys stranger = makeKeys();
    writePack(nextParts(), kiosk.path("p.kpack"), stranger);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::UnknownKey);
    std::string id = keyIdHex(stranger.secret.keyId);
    CHECK(result.signerKeyId == id);
    CHECK(describeImport(result, "en").find("The pack is not signed by a key this kiosk trusts (key id " + id + ").") == 0);
    CHECK(describeImport(result, "de").find("Schlüssel-ID " + id) != std::string::npos);
}

TEST_CASE("refused: a damaged signature") {
    Kiosk kiosk;
    WriteOptions options;
    options.editSignature = [](std::string& signature) {
        // Change one base64 character inside the signature bytes (after the key id).
        size_t line = signature.find('\n') + 1;
        char& c = signature[line + 40];
        c = c == 'A' ? 'B' : 'A';
    };
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadSignature);
}

TEST_CASE("refused: the manifest edited after signing") {
    Kiosk kiosk;
    WriteOptions options;
    options.editManifestAfterSigning = [](std::string& manifest) {
        size_t at = manifest.find("\"sequence\": 11");
        REQUIRE(at != std::string::npos);
        manifest.replace(at, 14, "\"sequence\": 99");
    };
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadSignature);
}

TEST_CASE("refused: the trusted comment edited after signing") {
    Kiosk kiosk;
    WriteOptions options;
    options.editSignature = [](std::string& signature) {
        size_t at = signature.find("timestamp:1");
        signature.replace(at, 11, "timestamp:2");
    };
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadSignature);
}

TEST_CASE("refused: a file changed after signing") {
    Kiosk kiosk;
    SUBCASE("content.json, same size") {
        WriteOptions options;
        options.editEntries = [](std::vector<ZipEntrySource>& entries) {
            for (auto& entry : entries)
                if (entry.name == "content.json") {
                    size_t at = entry.bytes.find("Stadtteilladen");
                    entry.bytes.replace(at, 14, "Stadtteilxaden");
                }
        };
        writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
        kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::FileChanged);
    }
    SUBCASE("a picture, longer") {
        WriteOptions options;
        options.editEntries = [](std::vector<ZipEntrySource>& entries) {
            for (auto& entry : entries)
                if (entry.name == "images/logo.png") entry.bytes += "extra";
        };
        writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
        kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::FileChanged);
    }
}

TEST_CASE("refused: a listed file missing") {
    Kiosk kiosk;
    WriteOptions options;
    options.editEntries = [](std::vector<ZipEntrySource>& entries) { removeEntry(entries, "images/logo.png"); };
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::MissingFile);
}

TEST_CASE("refused: a file added that the manifest does not list") {
    Kiosk kiosk;
    WriteOptions options;
    options.editEntries = [](std::vector<ZipEntrySource>& entries) {
        entries.push_back({"images/extra.png", readFile(fixture("logo.png")), {}, false});
    };
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::UnlistedFile);
}

TEST_CASE("refused: unsafe paths in the archive") {
    Kiosk kiosk;
    std::string name;
    unsigned mode = 0100644;
    SUBCASE("..") { name = "images/../../escape.png"; }
    SUBCASE("absolute") { name = "/tmp/kiosk-escape.png"; }
    SUBCASE("a symlink entry") {
        name = "images/link.png";
        mode = 0120777;
    }
    SUBCASE("backslash") { name = "images\\..\\escape.png"; }
    WriteOptions options;
    options.editEntries = [&](std::vector<ZipEntrySource>& entries) {
        ZipEntrySource entry{name, "/etc/passwd", {}, false};
        entry.unixMode = mode;
        entries.push_back(entry);
    };
    writePack(nextParts(), kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::UnsafePath);
    CHECK_FALSE(fs::exists(kiosk.temp.path / "escape.png"));
    CHECK_FALSE(fs::exists("/tmp/kiosk-escape.png"));
}

TEST_CASE("refused: a symlink entry even when the manifest lists it") {
    Kiosk kiosk;
    PackParts parts = nextParts();
    WriteOptions options;
    options.editEntries = [](std::vector<ZipEntrySource>& entries) {
        for (auto& entry : entries)
            if (entry.name == "images/logo.png") entry.unixMode = 0120777;
    };
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys, options);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::UnsafePath);
}

TEST_CASE("refused: the same name twice in the archive") {
    Kiosk kiosk;
    WriteOptions options;
    // libzip will not write a duplicate, so write a look-alike and patch the
    // name bytes (same length) in the finished archive.
    options.editEntries = [](std::vector<ZipEntrySource>& entries) {
        entries.push_back({"images/logX.png", "forged", {}, false});
    };
    fs::path pack = kiosk.path("p.kpack");
    writePack(nextParts(), pack, kiosk.keys, options);
    std::string bytes = readFile(pack);
    for (size_t at = bytes.find("images/logX.png"); at != std::string::npos; at = bytes.find("images/logX.png", at))
        bytes.replace(at, 15, "images/logo.png");
    writeFile(pack, bytes);
    auto result = kiosk.import(pack);
    // Either libzip refuses the inconsistent directory or our name check does.
    CHECK_MESSAGE((result.error == ImportError::UnsafePath || result.error == ImportError::NotAPack), result.detail);
    kiosk.expectLiveUntouched();
}

TEST_CASE("refused: a sequence not greater than the accepted one") {
    Kiosk kiosk;
    SUBCASE("equal") { writePack(nextParts(10), kiosk.path("p.kpack"), kiosk.keys); }
    SUBCASE("lower") { writePack(nextParts(9), kiosk.path("p.kpack"), kiosk.keys); }
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::SequenceNotNewer);
}

TEST_CASE("another pack_id keeps its own sequence") {
    Kiosk kiosk;
    writePack(partsFor(sampleContent(3, "other-pack", "o3")), kiosk.path("other.kpack"), kiosk.keys);
    auto result = kiosk.import(kiosk.path("other.kpack"));
    REQUIRE_MESSAGE(result.ok(), result.detail);  // 3 < 10, but 10 belongs to test-pack
    // test-pack's sequence is still remembered after other-pack went live.
    writePack(nextParts(10), kiosk.path("again.kpack"), kiosk.keys);
    CHECK(kiosk.import(kiosk.path("again.kpack")).error == ImportError::SequenceNotNewer);
    writePack(partsFor(sampleContent(3, "other-pack", "o3b")), kiosk.path("other-again.kpack"), kiosk.keys);
    CHECK(kiosk.import(kiosk.path("other-again.kpack")).error == ImportError::SequenceNotNewer);
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    CHECK(kiosk.import(kiosk.path("next.kpack")).ok());
}

TEST_CASE("refused: an expired pack") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    content.pack.validUntil = "2026-11-20";
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::Expired);
    // The same pack was fine the day before (valid through the whole day).
    TempDir other;
    ImportOptions options;
    options.dataDir = other.path / "data";
    options.trustedPublicKeys = {kiosk.keys.publicFile};
    options.nowUtc = utc("2026-11-20T22:00:00Z");
    CHECK(importPack(kiosk.path("p.kpack"), options).ok());
}

TEST_CASE("refused: an unknown format or format version") {
    Kiosk kiosk;
    PackParts parts = nextParts();
    SUBCASE("version 2") { parts.manifest.formatVersion = 2; }
    SUBCASE("another format") { parts.manifest.format = "something-else"; }
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::UnknownFormat);
}

TEST_CASE("refused: a truncated or corrupt archive") {
    Kiosk kiosk;
    fs::path pack = kiosk.path("p.kpack");
    writePack(nextParts(), pack, kiosk.keys);
    std::string bytes = readFile(pack);
    SUBCASE("truncated to half") { writeFile(pack, bytes.substr(0, bytes.size() / 2)); }
    SUBCASE("truncated by the last byte") { writeFile(pack, bytes.substr(0, bytes.size() - 1)); }
    SUBCASE("not a zip at all") { writeFile(pack, "just some text, not an archive"); }
    SUBCASE("empty file") { writeFile(pack, ""); }
    SUBCASE("compressed data damaged") {
        // The picture is stored: flip bytes in its data, inside the archive.
        std::string logo = readFile(fixture("logo.png"));
        size_t at = bytes.find(logo.substr(100, 50));
        REQUIRE(at != std::string::npos);
        bytes[at + 10] ^= 0x55;
        writeFile(pack, bytes);
    }
    kiosk.expectRefused(pack, ImportError::NotAPack);
}

TEST_CASE("refused: a missing pack file") {
    Kiosk kiosk;
    kiosk.expectRefused(kiosk.path("does-not-exist.kpack"), ImportError::CannotRead);
}

TEST_CASE("refused: a decompression bomb, stopped while extracting") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    content.images.push_back("bomb.png");
    PackParts parts = partsFor(content);
    parts.files.back().second = std::string(30u << 20, '\0');  // 30 MB of zeros: deflates ~1000:1
    refreshManifest(parts, content);
    WriteOptions options;
    options.editEntries = [](std::vector<ZipEntrySource>& entries) {
        for (auto& entry : entries)
            if (entry.name == "images/bomb.png") entry.compress = true;
    };
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys, options);
    CHECK(fs::file_size(kiosk.path("p.kpack")) < (1u << 20));
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::TooLarge);
    CHECK(result.detail.find("decompression bomb") != std::string::npos);
}

TEST_CASE("refused: a file the manifest declares too large") {
    Kiosk kiosk;
    PackParts parts = nextParts();
    parts.manifest.files.back().size = 40u << 20;
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::TooLarge);
}

TEST_CASE("refused: pictures over 4096x4096 or not decodable") {
    Kiosk kiosk;
    std::string picture;
    SUBCASE("4097 pixels wide") { picture = "too-wide.png"; }
    SUBCASE("not an image") { picture = "not-an-image.png"; }
    SUBCASE("truncated PNG") { picture = "truncated.png"; }
    Content content = sampleContent(11, "test-pack", "v11");
    PackParts parts = partsFor(content);
    parts.files[0].second = readFile(fixture(picture));
    refreshManifest(parts, content);
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadImage);
    CHECK(result.detail.find("logo.png") != std::string::npos);
}

TEST_CASE("refused: bad text in content.json") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    std::string expected;
    bool breakUtf8 = false;
    SUBCASE("invalid UTF-8") {
        // Our JSON writer refuses broken UTF-8, so break it after writing.
        content.organisations[1].name.set("de", "Stadtteil@@laden");
        breakUtf8 = true;
        expected = "UTF-8";
    }
    SUBCASE("bidi override") {
        content.organisations[1].name.set("de", "Stadtteil\u202Eladen");
        expected = "U+202E";
    }
    SUBCASE("control character") {
        content.events[0].title.set("de", "Sprech\x07stunde");
        expected = "U+0007";
    }
    SUBCASE("text too long") {
        content.organisations[1].name.set("de", std::string(5000, 'a'));
        expected = "at most";
    }
    PackParts parts = partsFor(content);
    if (breakUtf8) {
        parts.contentJson.replace(parts.contentJson.find("@@"), 2, "\xff\xfe");
        refreshManifest(parts, content);
    }
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadText);
    CHECK_MESSAGE(result.detail.find(expected) != std::string::npos, result.detail);
}

TEST_CASE("refused: references to something missing") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    SUBCASE("event of a missing organisation") { content.events[0].organisationId = "nobody"; }
    SUBCASE("organisation picture not in the pack") { content.organisations[0].image = "missing.png"; }
    SUBCASE("guide picture not in the pack") { content.guides[0].picture = "missing.png"; }
    SUBCASE("override of a missing event") { content.events[0].recurrenceOf = "gone@test"; }
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BrokenReference);
}

TEST_CASE("refused: content that breaks the rules") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    PackParts parts;
    SUBCASE("not JSON") {
        parts = partsFor(content);
        parts.contentJson = "{ this is not json";
    }
    SUBCASE("a field of the wrong type") {
        parts = partsFor(content);
        size_t at = parts.contentJson.find("\"all_day\": false");
        REQUIRE(at != std::string::npos);
        parts.contentJson.replace(at, 16, "\"all_day\": \"no\"");
    }
    SUBCASE("an invalid repeat rule") {
        content.events[0].rrule = "FREQ=SOMETIMES";
        parts = partsFor(content);
    }
    SUBCASE("manifest and content.json name different packs") {
        parts = partsFor(content);
        parts.manifest.packId = "test-pack";
        parts.manifest.sequence = 12;
    }
    refreshManifest(parts, content);
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadContent);
}

TEST_CASE("too many records are refused") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    for (int i = 0; i < 20001; ++i) {
        Organisation o;
        o.id = "org-" + std::to_string(i);
        o.name.set("de", "O");
        content.organisations.push_back(o);
    }
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::TooLarge);
}

TEST_CASE("rollback restores the previous content, and again the newer one") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    REQUIRE(kiosk.import(kiosk.path("next.kpack")).ok());
    std::string error;
    REQUIRE_MESSAGE(rollback(kiosk.data, &error), error);
    auto store = ContentStore::open(kiosk.data, &error);
    REQUIRE(store);
    CHECK(store->pack().sequence == 10);
    CHECK(store->organisation("haus")->name.resolve("de") == "Nachbarschaftshaus v10");
    store.reset();
    REQUIRE(rollback(kiosk.data, &error));
    store = ContentStore::open(kiosk.data, &error);
    CHECK(store->pack().sequence == 11);
}

TEST_CASE("rollback without previous content says so") {
    Kiosk kiosk;
    std::string error;
    CHECK_FALSE(rollback(kiosk.data, &error));
    CHECK(error.find("no previous content") != std::string::npos);
    kiosk.expectLiveUntouched();
}

TEST_CASE("cleanup removes leftovers of an interrupted import but keeps live and previous") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    REQUIRE(kiosk.import(kiosk.path("next.kpack")).ok());
    fs::create_directories(data_dir::versions(kiosk.data) / "test-pack-12-abc.partial" / "images");
    fs::create_directories(data_dir::versions(kiosk.data) / "test-pack-12-abc");
    fs::create_directories(data_dir::incoming(kiosk.data));
    writeFile(data_dir::incoming(kiosk.data) / "x.kpack", "half");
    fs::create_symlink("versions/test-pack-12-abc", kiosk.data / "live.new-1234");
    cleanupDataDir(kiosk.data);
    size_t versions = 0;
    for (const auto& entry : fs::directory_iterator(data_dir::versions(kiosk.data))) {
        (void)entry;
        ++versions;
    }
    CHECK(versions == 2);
    CHECK_FALSE(fs::exists(fs::symlink_status(kiosk.data / "live.new-1234")));
    CHECK_FALSE(fs::exists(data_dir::incoming(kiosk.data) / "x.kpack"));
    std::string error;
    CHECK(ContentStore::open(kiosk.data, &error));
}

TEST_CASE("the pack on the stick may change after the import started: the private copy is what counts") {
    Kiosk kiosk;
    fs::path pack = kiosk.path("next.kpack");
    writePack(nextParts(11), pack, kiosk.keys);
    ImportOptions options = kiosk.options();
    bool replaced = false;
    options.cancelled = [&] {
        if (!replaced) {
            writeFile(pack, "garbage now");  // the stick changed under us
            replaced = true;
        }
        return false;
    };
    auto result = importPack(pack, options);
    CHECK(replaced);
    CHECK_MESSAGE(result.ok(), result.detail);
}

TEST_CASE("a cancelled import leaves the live content") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    ImportOptions options = kiosk.options();
    int calls = 0;
    options.cancelled = [&] { return ++calls == 3; };
    CHECK(importPack(kiosk.path("next.kpack"), options).error == ImportError::Cancelled);
    kiosk.expectLiveUntouched();
}
