// Signed packs that try to escape the data folder, lock a pack id, exhaust
// the kiosk or mislead staff: each is a real pack, signed with a trusted key,
// and each must be refused with the right reason while the live content stays.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "content/pack/content_checks.h"
#include "content/pack/picture_decoder.h"
#include "content/pack/picture_header.h"
#include "tests/data/pack/import_fixture.h"

using namespace pack_test;

namespace {

// A manifest value changed after the parts were made, then signed: the
// signature is good, so only the value itself can be refused.
ImportResult importWithManifest(Kiosk& kiosk, const std::function<void(Manifest&)>& change) {
    PackParts parts = nextParts();
    change(parts.manifest);
    writePack(parts, kiosk.path("hostile.kpack"), kiosk.keys);
    return kiosk.import(kiosk.path("hostile.kpack"));
}

std::string bigEndian32(uint32_t value) {
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
            static_cast<char>(value)};
}

// A PNG whose header claims `width` x `height` (an empty IDAT follows).
std::string pngClaiming(uint32_t width, uint32_t height) {
    std::string png("\x89PNG\r\n\x1a\n", 8);
    png += bigEndian32(13) + "IHDR" + bigEndian32(width) + bigEndian32(height) + std::string("\x08\x02\x00\x00\x00", 5) +
           bigEndian32(0);
    png += bigEndian32(0) + "IDAT" + bigEndian32(0) + bigEndian32(0) + "IEND" + bigEndian32(0);
    return png;
}

// A JPEG whose frame header (SOF0, after a JFIF APP0) claims `side` x `side`.
std::string jpegClaiming(uint16_t side) {
    std::string jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 20);
    jpeg += std::string("\xFF\xC0\x00\x11\x08", 5);
    for (int i = 0; i < 2; ++i) jpeg += {static_cast<char>(side >> 8), static_cast<char>(side & 0xFF)};
    jpeg += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xFF\xD9", 12);
    return jpeg;
}

// A real 1x1 BMP and GIF: formats stb_image could decode, never a kiosk.
std::string bmp1x1() {
    std::string bmp = "BM";
    auto le32 = [&](uint32_t v) { for (int i = 0; i < 4; ++i) bmp += static_cast<char>(v >> (8 * i)); };
    auto le16 = [&](uint16_t v) { bmp += static_cast<char>(v & 0xFF); bmp += static_cast<char>(v >> 8); };
    le32(58), le32(0), le32(54), le32(40), le32(1), le32(1), le16(1), le16(24), le32(0), le32(4), le32(2835), le32(2835),
        le32(0), le32(0);
    bmp += std::string("\xFF\x00\x00\x00", 4);
    return bmp;
}

std::string gif1x1() {
    return std::string("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xFF\xFF\xFF"
                       "\x2C\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3B",
                       35);
}

ImportResult importWithPicture(Kiosk& kiosk, const std::string& bytes) {
    Content content = sampleContent(11, "test-pack", "v11");
    PackParts parts = partsFor(content);
    parts.files[0].second = bytes;
    refreshManifest(parts, content);
    writePack(parts, kiosk.path("picture.kpack"), kiosk.keys);
    return kiosk.expectRefused(kiosk.path("picture.kpack"), ImportError::BadImage);
}

}  // namespace

TEST_CASE("a pack_id that is a path is refused before anything is written, inside or outside the data folder") {
    Kiosk kiosk;
    for (const std::string id : {"../../escape/x", "../escape", "a/b", "/tmp/kiosk-escape"}) {
        CAPTURE(id);
        Content content = sampleContent(11, id, "v11");
        writePack(partsFor(content), kiosk.path("escape.kpack"), kiosk.keys);
        auto result = kiosk.expectRefused(kiosk.path("escape.kpack"), ImportError::BadContent);
        CHECK(result.detail.find("is not a short name of a-z, 0-9 and '-' (at most 64 characters)") != std::string::npos);
        CHECK_FALSE(fs::exists(kiosk.temp.path / "escape"));
        CHECK_FALSE(fs::exists(kiosk.data / "escape"));
        CHECK_FALSE(fs::exists("/tmp/kiosk-escape-11-"));
    }
}

TEST_CASE("a 5,000-character or NUL-holding pack_id is bad content with a readable reason, not a full disk") {
    Kiosk kiosk;
    SUBCASE("5,000 characters") {
        auto result = importWithManifest(kiosk, [](Manifest& m) { m.packId = std::string(5000, 'a'); });
        CHECK(result.error == ImportError::BadContent);
        CHECK(result.detail.find("(5000 bytes)") != std::string::npos);
    }
    SUBCASE("a NUL inside") {
        auto result = importWithManifest(kiosk, [](Manifest& m) { m.packId = std::string("test\0pack", 9); });
        CHECK(result.error == ImportError::BadContent);
        CHECK(result.detail.find("'test<U+0000>pack'") != std::string::npos);
        // The whole sentence survives: nothing after the NUL is cut off.
        CHECK(describeImport(result, "en").find("pack'") != std::string::npos);
    }
    kiosk.expectLiveUntouched();
}

TEST_CASE("every manifest value is checked before it is used") {
    Kiosk kiosk;
    std::function<void(Manifest&)> change;
    std::string expected;
    SUBCASE("a language with a control character") {
        change = [](Manifest& m) { m.languages = {"de", "en\x07"}; };
        expected = "the language 'en<U+0007>' in the manifest is not a language code";
    }
    SUBCASE("a language that is not a BCP 47 tag") {
        change = [](Manifest& m) { m.languages = {"de", "english please"}; };
        expected = "'english please'";
    }
    SUBCASE("a language tag far too long") {
        change = [](Manifest& m) { m.languages = {"de", "de-" + std::string(200, 'x')}; };
        expected = "is not a language code";
    }
    SUBCASE("too many languages") {
        change = [](Manifest& m) {
            for (int i = 0; i < 60; ++i) m.languages.push_back("x-" + std::to_string(i));
        };
        expected = "lists 62 languages; 1 to 50 are allowed";
    }
    SUBCASE("no language") {
        change = [](Manifest& m) { m.languages.clear(); };
        expected = "lists 0 languages";
    }
    SUBCASE("created_at that is not a time") {
        change = [](Manifest& m) { m.createdAt = "yesterday"; };
        expected = "created_at 'yesterday' is not a time";
    }
    SUBCASE("valid_until that is not a date") {
        change = [](Manifest& m) { m.validUntil = "soon"; };
        expected = "valid_until 'soon' is not a date";
    }
    SUBCASE("sequence zero") {
        change = [](Manifest& m) { m.sequence = 0; };
        expected = "the sequence 0 is outside 1 to 9007199254740991";
    }
    SUBCASE("the largest 64-bit sequence") {
        change = [](Manifest& m) { m.sequence = 18446744073709551615ull; };
        expected = "the sequence 18446744073709551615 is outside 1 to 9007199254740991";
    }
    auto result = importWithManifest(kiosk, change);
    CHECK_MESSAGE(result.error == ImportError::BadContent, importErrorCode(result.error), " - ", result.detail);
    CHECK_MESSAGE(result.detail.find(expected) != std::string::npos, result.detail);
    kiosk.expectLiveUntouched();
}

TEST_CASE("manifest and content.json must agree on valid_until and languages; the default language is one of them") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    PackParts parts;
    std::string expected;
    SUBCASE("valid_until only in content.json") {
        content.pack.validUntil = "2027-12-31";
        parts = partsFor(content);
        parts.manifest.validUntil.clear();
        expected = "valid_until in content.json ('2027-12-31') differs from the manifest's ('')";
    }
    SUBCASE("different languages") {
        parts = partsFor(content);
        parts.manifest.languages = {"de"};
        expected = "the languages in content.json differ from the manifest's";
    }
    SUBCASE("a default language the pack does not list") {
        content.pack.defaultLanguage = "fr";
        parts = partsFor(content);
        expected = "the default language 'fr' is not one of the pack's languages";
    }
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadContent);
    CHECK_MESSAGE(result.detail.find(expected) != std::string::npos, result.detail);
}

TEST_CASE("after a pack with the highest sequence is rolled back, resetting the floor lets the next pack in, logged") {
    Kiosk kiosk;
    writePack(nextParts(kMaxSequence), kiosk.path("huge.kpack"), kiosk.keys);
    REQUIRE(kiosk.import(kiosk.path("huge.kpack")).ok());
    std::string error;
    REQUIRE_MESSAGE(rollback(kiosk.data, &error), error);
    writePack(nextParts(12), kiosk.path("next.kpack"), kiosk.keys);
    CHECK(kiosk.import(kiosk.path("next.kpack")).error == ImportError::SequenceNotNewer);

    uint64_t floor = 99;
    REQUIRE_MESSAGE(resetSequenceFloor(kiosk.data, "test-pack", "test", &floor, &error), error);
    CHECK(floor == 10);  // the live content's own sequence still counts
    std::string log = readFile(data_dir::importLog(kiosk.data));
    CHECK(log.find("\"result\":\"sequence-reset\"") != std::string::npos);
    CHECK(log.find("\"previous_floor\":9007199254740991") != std::string::npos);
    CHECK(log.find("\"new_floor\":10") != std::string::npos);
    CHECK(log.find("\"by\":\"test\"") != std::string::npos);
    writePack(nextParts(10), kiosk.path("same.kpack"), kiosk.keys);
    CHECK(kiosk.import(kiosk.path("same.kpack")).error == ImportError::SequenceNotNewer);
    auto result = kiosk.import(kiosk.path("next.kpack"));
    CHECK_MESSAGE(result.ok(), result.detail);

    // A pack id the kiosk does not show any more is forgotten entirely.
    REQUIRE(resetSequenceFloor(kiosk.data, "other-pack", "test", &floor, &error));
    CHECK(floor == 0);
}

TEST_CASE("other picture formats under a .png name are refused by their signature bytes") {
    Kiosk kiosk;
    SUBCASE("BMP") {
        auto result = importWithPicture(kiosk, bmp1x1());
        CHECK(result.detail == "the picture 'logo.png' is not a JPEG or PNG image");
    }
    SUBCASE("GIF") {
        auto result = importWithPicture(kiosk, gif1x1());
        CHECK(result.detail == "the picture 'logo.png' is not a JPEG or PNG image");
    }
}

TEST_CASE("the project's stb_image decodes PNG and JPEG only") {
    for (const std::string& other : {bmp1x1(), gif1x1()}) {
        int width = 0, height = 0, channels = 0;
        CHECK_FALSE(pictureInfo(other, &width, &height, &channels));
        CHECK_FALSE(decodePicture(other));
    }
    auto png = decodePicture(readFile(fixture("logo.png")), 4);
    REQUIRE(png);
    CHECK(png->channels == 4);
    CHECK(png->width > 0);
    CHECK(decodePicture(readFile(fixture("tall.jpg"))));
}

TEST_CASE("huge pictures are called too large with their size, not unreadable") {
    Kiosk kiosk;
    std::string bytes, expected;
    SUBCASE("65535 x 65535 PNG") {
        bytes = pngClaiming(65535, 65535);
        expected = "the picture 'logo.png' is too large (65535 \u00d7 65535, at most 4096 \u00d7 4096 pixels)";
    }
    SUBCASE("30000 x 30000 PNG") {
        bytes = pngClaiming(30000, 30000);
        expected = "the picture 'logo.png' is too large (30000 \u00d7 30000, at most 4096 \u00d7 4096 pixels)";
    }
    SUBCASE("30000 x 30000 JPEG") {
        bytes = jpegClaiming(30000);
        expected = "the picture 'logo.png' is too large (30000 \u00d7 30000, at most 4096 \u00d7 4096 pixels)";
    }
    auto result = importWithPicture(kiosk, bytes);
    CHECK(result.detail == expected);
}

TEST_CASE("picture headers: signature and size") {
    auto png = readPictureHeader(pngClaiming(7, 9));
    CHECK(png.format == PictureFormat::Png);
    CHECK(png.width == 7);
    CHECK(png.height == 9);
    auto jpeg = readPictureHeader(jpegClaiming(300));
    CHECK(jpeg.format == PictureFormat::Jpeg);
    CHECK(jpeg.width == 300);
    CHECK(jpeg.height == 300);
    auto real = readPictureHeader(readFile(fixture("tall.jpg")));
    CHECK(real.format == PictureFormat::Jpeg);
    CHECK(real.height > real.width);
    CHECK(readPictureHeader(bmp1x1()).format == PictureFormat::Unknown);
    CHECK(readPictureHeader("\x89PNG").format == PictureFormat::Unknown);
    CHECK(readPictureHeader(std::string("\xFF\xD8\xFF", 3)).width == 0);
}

TEST_CASE("a NUL in an event's uid is spelled out, so the whole reason reaches staff") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    content.events[0].uid = std::string("sprech\0stunde@test", 18);
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadText);
    CHECK(result.detail.find('\0') == std::string::npos);
    CHECK_MESSAGE(result.detail.find("event 'sprech<U+0000>stunde@test'") != std::string::npos, result.detail);
    CHECK(std::string(describeImport(result, "en").c_str()).find("U+0000") != std::string::npos);
}

TEST_CASE("101 categories are a record that breaks the rules, not a pack that is too large") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    for (int i = 0; i < 101; ++i) content.organisations[0].categories.push_back("c" + std::to_string(i));
    content.organisations[0].categories.erase(content.organisations[0].categories.begin());  // 101 in all
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadContent);
    CHECK_MESSAGE(result.detail == "organisation 'haus', categories: 101 entries, at most 100 allowed", result.detail);
    CHECK(describeImport(result, "en").starts_with("The content of the pack does not follow the rules."));
}

TEST_CASE("a content.json larger than the limit is refused from the manifest, before it is unpacked or parsed") {
    Kiosk kiosk;
    PackParts parts = nextParts();
    parts.manifest.files.front().size = (64u << 20) + 1;
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::TooLarge);
    CHECK(result.detail == "'content.json' is 67108865 bytes, at most 67108864 allowed");
}

TEST_CASE("content.json of numbers under an unknown field stops at the value budget while parsing") {
    Content content = sampleContent(11);
    std::string json = contentToJson(content);
    std::string numbers = "\"padding\": [";
    for (int i = 0; i < 10000; ++i) numbers += i ? ",1" : "1";
    json.insert(json.find('{') + 1, numbers + "],");
    ContentLimits limits;
    limits.maxJsonValues = 5000;
    ContentJsonProblem problem = ContentJsonProblem::None;
    std::string detail;
    CHECK_FALSE(parseContentJson(json, limits, &problem, &detail));
    CHECK(problem == ContentJsonProblem::TooLarge);
    CHECK(detail == "content.json holds more than 5000 values or is nested more than 64 deep");
    limits.maxJsonBytes = 1000;
    CHECK_FALSE(parseContentJson(json, limits, &problem, &detail));
    CHECK(detail.find(" bytes, at most 1000 allowed") != std::string::npos);
}

TEST_CASE("a signed pack whose content.json is 4,000,001 numbers under an unknown field is refused while parsing") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    PackParts parts = partsFor(content);
    // 8 MB of single digits (a 200 MB one took 5 GB before it was refused):
    // within the byte limit, past the value budget of ContentLimits. The
    // digits vary so the archive is no decompression bomb and the parser is
    // what refuses it.
    std::string numbers = "\"padding\": [1";
    numbers.reserve(8'000'020);
    uint32_t random = 12345;
    for (size_t i = 1; i < ContentLimits{}.maxJsonValues; ++i) {
        random = random * 1664525u + 1013904223u;
        numbers += ',';
        numbers += char('0' + (random >> 24) % 10);
    }
    parts.contentJson.insert(parts.contentJson.find('{') + 1, numbers + "],");
    refreshManifest(parts, content);
    writePack(parts, kiosk.path("numbers.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("numbers.kpack"), ImportError::TooLarge);
    CHECK(result.detail == "content.json holds more than 4000000 values or is nested more than 64 deep");
    kiosk.expectLiveUntouched();
}

// `count` copies of the first event, each repeating every day.
static void addDailySeries(Content& content, int count) {
    for (int i = 0; i < count; ++i) {
        EventSeries daily = content.events[0];
        daily.uid = "daily-" + std::to_string(i) + "@test";
        daily.rrule = "FREQ=DAILY";
        content.events.push_back(daily);
    }
}

TEST_CASE("events that fall on more dates than the whole-import budget are refused") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    // 1,400 daily series x 732 days = 1,024,800 dates: over the 1,000,000 budget.
    addDailySeries(content, 1400);
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::TooLarge);
    CHECK_MESSAGE(result.detail.find("the events fall on more than 1000000 dates") != std::string::npos, result.detail);
}

TEST_CASE("a damaged picture is the refusal even when the dates are over budget too") {
    // Pictures and the database are made at the same time; the picture's
    // problem is the one staff read, as when they were made in turn.
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    addDailySeries(content, 1400);
    PackParts parts = partsFor(content);
    parts.files[0].second = readFile(fixture("truncated.png"));
    refreshManifest(parts, content);
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadImage);
    CHECK_MESSAGE(result.detail.find("logo.png") != std::string::npos, result.detail);
    kiosk.expectLiveUntouched();
}

TEST_CASE("repeat rules every second or minute are refused") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    SUBCASE("secondly") { content.events[0].rrule = "FREQ=SECONDLY"; }
    SUBCASE("minutely, lower case") { content.events[0].rrule = "INTERVAL=2;freq=minutely"; }
    content.events[0].start = "1970-01-01T10:00:00";
    content.events[0].end = "1970-01-01T10:00:01";
    writePack(partsFor(content), kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::BadContent);
    CHECK(result.detail.find("repeats every second or minute") != std::string::npos);
}

TEST_CASE("an import over its time limit is refused and leaves the live content") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    ImportOptions options = kiosk.options();
    options.timeLimitSeconds = 0;
    auto result = importPack(kiosk.path("next.kpack"), options);
    CHECK(result.error == ImportError::TooLarge);
    CHECK(result.detail == "the import took longer than the 0 seconds a kiosk allows for one pack");
    kiosk.expectLiveUntouched();
}

TEST_CASE("a data folder the kiosk may not write to is read-only, not a full disk") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("next.kpack"), kiosk.keys);
    // Root writes anywhere, so as root the import runs as 'nobody' in a child.
    fs::permissions(kiosk.temp.path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                         fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(kiosk.data, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                    fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    std::fflush(nullptr);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(100);
        ImportResult result = kiosk.import(kiosk.path("next.kpack"));
        ::_exit(result.error == ImportError::ReadOnly ? 0 : 10 + static_cast<int>(result.error));
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    fs::permissions(kiosk.data, fs::perms::owner_all, fs::perm_options::add);
    CHECK(WIFEXITED(status));
    CHECK_MESSAGE(WEXITSTATUS(status) == 0, "the child's import error was ", WEXITSTATUS(status) - 10);
    ImportResult described;
    described.error = ImportError::ReadOnly;
    CHECK(std::string(importErrorCode(ImportError::ReadOnly)) == "read-only");
    CHECK(describeImport(described, "en").find("may not write into its data folder") != std::string::npos);
    CHECK(describeImport(described, "de").find("schreibgeschützt") != std::string::npos);
    kiosk.expectLiveUntouched();
}

TEST_CASE("a pack that is a link or a FIFO on the stick is never followed") {
    Kiosk kiosk;
    writePack(nextParts(11), kiosk.path("real.kpack"), kiosk.keys);
    SUBCASE("a link to a good pack") {
        fs::create_symlink(kiosk.path("real.kpack"), kiosk.path("link.kpack"));
        auto result = kiosk.expectRefused(kiosk.path("link.kpack"), ImportError::NotAPack);
        CHECK(result.detail == "link.kpack is a link or not a normal file; copy the pack itself");
    }
    SUBCASE("a FIFO (would block a reader for ever)") {
        REQUIRE(::mkfifo(kiosk.path("fifo.kpack").c_str(), 0644) == 0);
        kiosk.expectRefused(kiosk.path("fifo.kpack"), ImportError::NotAPack);
    }
}

TEST_CASE("pictures over the whole-import pixel budget are refused from their headers, before any is decoded") {
    Kiosk kiosk;
    Content content = sampleContent(11, "test-pack", "v11");
    for (int i = 0; i < 130; ++i) content.images.push_back("big-" + std::to_string(i) + ".png");
    PackParts parts = partsFor(content);
    // 131 headers of 4000 x 4000 (2.08 billion pixels); none would even decode.
    for (auto& [path, bytes] : parts.files) bytes = pngClaiming(4000, 4000);
    refreshManifest(parts, content);
    writePack(parts, kiosk.path("p.kpack"), kiosk.keys);
    auto result = kiosk.expectRefused(kiosk.path("p.kpack"), ImportError::TooLarge);
    CHECK(result.detail.starts_with("the pictures have 2096000000 pixels together, at most 2000000000 allowed"));
}

TEST_CASE("a JPEG whose Huffman table holds more than 256 codes never reaches stb_image") {
    // Found by fuzzing (tests/fuzz/corpus/picture): stb_image's table builder
    // writes past its array on it (UBSan: index 257 out of bounds).
    const std::string jpeg = readFile(fs::path(TEST_DATA_DIR).parent_path() / "fuzz" / "corpus" / "picture" /
                                      "stb-huffman-overrun.jpg");
    REQUIRE(jpeg.size() > 1000);
    const PictureHeader header = readPictureHeader(jpeg);
    CHECK(header.format == PictureFormat::Jpeg);
    CHECK(header.damaged);
    CHECK_FALSE(decodePicture(jpeg));
    CHECK_FALSE(readPictureHeader(readFile(fixture("tall.jpg"))).damaged);
    Kiosk kiosk;
    auto result = importWithPicture(kiosk, jpeg);
    CHECK(result.detail == "the picture 'logo.png' is damaged and cannot be shown");
}
