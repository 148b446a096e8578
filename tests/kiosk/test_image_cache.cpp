// The kiosk's picture cache: it decodes the import's list copy instead of the
// file it is handed whenever that copy is large enough for the place, and it
// never holds more textures than its byte budget, except the ones the frame
// being drawn asked for.
#include <doctest/doctest.h>

#include <stb/stb_image_write.h>

#include <map>
#include <string>
#include <vector>

#include "content/core/data_dir.h"
#include "kiosk/widgets/image_cache.h"
#include "tests/support/test_files.h"

using kiosk::ImageCache;
using test_files::TempDir;
namespace fs = std::filesystem;
namespace data_dir = content::data_dir;

namespace {

// Remembers each texture's size and first pixel, and which are alive.
struct RecordingTextures : platform::TextureMaker {
    struct Made {
        int width = 0, height = 0;
        unsigned char red = 0, blue = 0;
    };
    std::map<intptr_t, Made> alive;
    intptr_t next = 1;
    ImTextureID makeRgbaTexture(const unsigned char* rgba, int width, int height) override {
        alive[next] = {width, height, rgba[0], rgba[2]};
        return reinterpret_cast<ImTextureID>(next++);
    }
    void destroyTexture(ImTextureID texture) override { alive.erase(reinterpret_cast<intptr_t>(texture)); }
    const Made& made(const ImageCache::Texture* texture) { return alive.at(reinterpret_cast<intptr_t>(texture->id)); }
};

// A PNG of one colour.
void writePng(const fs::path& file, int width, int height, unsigned char red, unsigned char blue) {
    fs::create_directories(file.parent_path());
    std::vector<unsigned char> pixels;
    for (int i = 0; i < width * height; ++i) pixels.insert(pixels.end(), {red, 0, blue});
    REQUIRE(stbi_write_png(file.c_str(), width, height, 3, pixels.data(), width * 3));
}

// Asks for a picture as a frame does, then ends the frame.
const ImageCache::Texture* drawOnce(ImageCache& cache, const fs::path& file, int width, int height) {
    cache.get(file, width, height);  // decoded at once (decodeOnCaller), uploaded at the frame's end
    cache.uploadPending(100);
    return cache.get(file, width, height);
}

}  // namespace

TEST_CASE("the list copy is decoded wherever it is large enough for the place, the file handed over elsewhere") {
    TempDir temp;
    const fs::path images = temp.path / data_dir::kImagesFolder;
    // The original is red, its list copy blue: the texture's colour says which was decoded.
    writePng(images / "photo.png", 900, 600, 255, 0);
    writePng(images / data_dir::kListImagesFolder / "photo.png", 480, 320, 0, 255);
    RecordingTextures textures;
    ImageCache cache;
    cache.attach(&textures, true);

    SUBCASE("a list row's picture: the list copy, scaled to the place") {
        const auto* texture = drawOnce(cache, images / "photo.png", 144, 144);
        REQUIRE(texture);
        CHECK(textures.made(texture).blue == 255);
        CHECK(texture->width == 144);
        CHECK(texture->height == 96);
    }
    SUBCASE("a page's picture block 216 px high: 320 px of list copy fill it (shown 324 x 216)") {
        const auto* texture = drawOnce(cache, images / "photo.png", 800, 216);
        REQUIRE(texture);
        CHECK(textures.made(texture).blue == 255);
        CHECK(texture->width == 324);
        CHECK(texture->height == 216);
    }
    SUBCASE("a place larger than the list copy: the original, so nothing is shown blurred") {
        const auto* texture = drawOnce(cache, images / "photo.png", 700, 500);
        REQUIRE(texture);
        CHECK(textures.made(texture).red == 255);
        CHECK(texture->width == 700);
        CHECK(texture->height == 467);
    }
    SUBCASE("a display copy leads to the same list copy") {
        writePng(images / data_dir::kDisplayImagesFolder / "photo.png", 900, 600, 255, 0);
        const auto* texture = drawOnce(cache, images / data_dir::kDisplayImagesFolder / "photo.png", 144, 144);
        REQUIRE(texture);
        CHECK(textures.made(texture).blue == 255);
    }
    SUBCASE("no list copy (a small picture): the file itself") {
        writePng(images / "small.png", 200, 100, 255, 0);
        const auto* texture = drawOnce(cache, images / "small.png", 144, 144);
        REQUIRE(texture);
        CHECK(textures.made(texture).red == 255);
        CHECK(texture->width == 144);
        CHECK(texture->height == 72);
    }
}

TEST_CASE("the cache never holds more than its byte budget, except the pictures of the frame being drawn") {
    TempDir temp;
    std::vector<fs::path> files;
    for (int i = 0; i < 12; ++i) {
        files.push_back(temp.path / ("p" + std::to_string(i) + ".png"));
        writePng(files.back(), 100, 100, 255, 0);  // 40,000 bytes as a texture
    }
    RecordingTextures textures;
    ImageCache cache;
    cache.attach(&textures, true);
    cache.fitScreen(200, 400);  // half a screen of RGBA pixels: 160,000 bytes, four pictures
    CHECK(cache.maxBytes() == 160000);

    // A visitor scrolls: each frame shows two new pictures.
    for (size_t i = 0; i + 1 < files.size(); i += 2) {
        cache.get(files[i], 100, 100);
        cache.get(files[i + 1], 100, 100);
        cache.uploadPending(100);
        CHECK(cache.bytesInUse() <= cache.maxBytes());
        CHECK(textures.alive.size() == cache.textureCount());
    }
    CHECK(cache.bytesInUse() == 160000);
    // The most recent stay, the oldest went.
    CHECK(cache.get(files[11], 100, 100));
    CHECK(cache.get(files[8], 100, 100));
    CHECK_FALSE(cache.get(files[0], 100, 100));
    cache.uploadPending(100);  // the frame that asked for p0 again

    // One frame that shows six pictures keeps all six (evicting them would
    // decode them again every frame) ...
    for (int i = 0; i < 6; ++i) cache.get(files[size_t(i)], 100, 100);
    cache.uploadPending(100);
    for (int i = 0; i < 6; ++i) CHECK(cache.get(files[size_t(i)], 100, 100));
    cache.uploadPending(100);
    CHECK(cache.bytesInUse() == 240000);
    // ... and the next frame that shows one of them goes back to the budget.
    cache.get(files[0], 100, 100);
    cache.uploadPending(100);
    CHECK(cache.bytesInUse() == 160000);
    CHECK(textures.alive.size() == 4);

    // A smaller screen shrinks the budget at once.
    cache.fitScreen(100, 200);
    CHECK(cache.bytesInUse() <= 40000);
}
