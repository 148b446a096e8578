// The import keeps a display-size copy (at most 1280 px on the longest side)
// of every picture too large to show as it is, in the picture's own format,
// and ContentStore::imagePath hands the kiosk that copy instead of the
// original, so the kiosk never decodes a 4096x4096 picture; and a list-size
// copy (at most 480 px) of every picture larger than that, which the kiosk's
// picture cache takes for list rows and picture blocks.
#include <doctest/doctest.h>

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"
#include "content/pack/display_copy.h"
#include "content/pack/importer.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;

namespace {

struct Size {
    int width = 0, height = 0;
};

Size pictureSize(const fs::path& file) {
    Size size;
    int channels = 0;
    REQUIRE_MESSAGE(stbi_info(file.c_str(), &size.width, &size.height, &channels), file.string());
    return size;
}

std::string signature(const fs::path& file) { return readFile(file).substr(0, 3); }

}  // namespace

TEST_CASE("large pictures get a display copy in their own format; small ones are shown as they are") {
    TempDir temp;
    Keys keys = makeKeys();
    Content content = sampleContent(10, "test-pack", "v10");
    content.images = {"logo.png", "wide.png", "tall.jpg"};
    PackParts parts = partsFor(content);
    for (auto& [path, bytes] : parts.files) {
        if (path == "images/wide.png") bytes = readFile(fixture("wide.png"));    // 2600x400 PNG
        if (path == "images/tall.jpg") bytes = readFile(fixture("tall.jpg"));    // 500x3000 JPEG
    }
    refreshManifest(parts, content);
    fs::path pack = temp.path / "p.kpack";
    writePack(parts, pack, keys);

    ImportOptions options;
    options.dataDir = temp.path / "data";
    options.trustedPublicKeys = {keys.publicFile};
    options.nowUtc = utc("2026-11-21T12:00:00Z");
    auto result = importPack(pack, options);
    REQUIRE_MESSAGE(result.ok(), describeImport(result, "en"));

    const fs::path images = fs::canonical(data_dir::live(options.dataDir)) / data_dir::kImagesFolder;
    const fs::path display = images / data_dir::kDisplayImagesFolder;
    // Originals stay exactly as packed.
    CHECK(readFile(images / "wide.png") == readFile(fixture("wide.png")));
    CHECK(pictureSize(images / "tall.jpg").height == 3000);
    // Copies: longest side 1280, proportions kept, same format as the name says.
    Size wide = pictureSize(display / "wide.png");
    CHECK(wide.width == content::pack::kDisplayMaxSide);
    CHECK(wide.height == 197);  // 400 * 1280 / 2600, rounded
    CHECK(signature(display / "wide.png") == "\x89PN");
    Size tall = pictureSize(display / "tall.jpg");
    CHECK(tall.height == content::pack::kDisplayMaxSide);
    CHECK(tall.width == 213);  // 500 * 1280 / 3000, rounded
    CHECK(signature(display / "tall.jpg") == "\xFF\xD8\xFF");
    CHECK_FALSE(fs::exists(display / "logo.png"));  // 32x24 needs no copy

    // List copies: longest side 480, made from the display copy, same format.
    const fs::path list = images / data_dir::kListImagesFolder;
    Size wideList = pictureSize(list / "wide.png");
    CHECK(wideList.width == content::pack::kListMaxSide);
    CHECK(wideList.height == 74);  // 197 * 480 / 1280, rounded
    CHECK(signature(list / "wide.png") == "\x89PN");
    Size tallList = pictureSize(list / "tall.jpg");
    CHECK(tallList.height == content::pack::kListMaxSide);
    CHECK(tallList.width == 80);  // 213 * 480 / 1280, rounded
    CHECK(signature(list / "tall.jpg") == "\xFF\xD8\xFF");
    CHECK_FALSE(fs::exists(list / "logo.png"));

    std::string error;
    auto store = content::ContentStore::open(options.dataDir, &error);
    REQUIRE_MESSAGE(store, error);
    CHECK(store->imagePath("wide.png") == display / "wide.png");
    CHECK(store->imagePath("tall.jpg") == display / "tall.jpg");
    CHECK(store->imagePath("logo.png") == images / "logo.png");
    // The kiosk's picture cache finds the list copy from the file it is handed:
    // a display copy or an original.
    CHECK(content::pack::listCopyFor(store->imagePath("wide.png")) == list / "wide.png");
    CHECK(content::pack::listCopyFor(store->imagePath("logo.png")) == list / "logo.png");
    CHECK(content::pack::listCopyFor("/somewhere/else/wide.png").empty());
}

TEST_CASE("a picture between the list and the display size gets a list copy only") {
    TempDir temp;
    Keys keys = makeKeys();
    Content content = sampleContent(10, "test-pack", "v10");
    content.images = {"logo.png", "middle.jpg"};
    PackParts parts = partsFor(content);
    std::vector<unsigned char> pixels(size_t(800) * 600 * 3, 128);
    std::string jpeg;
    stbi_write_jpg_to_func([](void* out, void* data, int size) { static_cast<std::string*>(out)->append(static_cast<char*>(data), size_t(size)); },
                           &jpeg, 800, 600, 3, pixels.data(), 90);
    for (auto& [path, bytes] : parts.files)
        if (path == "images/middle.jpg") bytes = jpeg;
    refreshManifest(parts, content);
    fs::path pack = temp.path / "p.kpack";
    writePack(parts, pack, keys);

    ImportOptions options;
    options.dataDir = temp.path / "data";
    options.trustedPublicKeys = {keys.publicFile};
    options.nowUtc = utc("2026-11-21T12:00:00Z");
    auto result = importPack(pack, options);
    REQUIRE_MESSAGE(result.ok(), describeImport(result, "en"));

    const fs::path images = fs::canonical(data_dir::live(options.dataDir)) / data_dir::kImagesFolder;
    CHECK_FALSE(fs::exists(images / data_dir::kDisplayImagesFolder / "middle.jpg"));
    Size list = pictureSize(images / data_dir::kListImagesFolder / "middle.jpg");
    CHECK(list.width == 480);
    CHECK(list.height == 360);
}
