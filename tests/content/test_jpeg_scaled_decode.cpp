// The import decodes a JPEG that gets a display copy only to that copy's
// size (libjpeg-turbo's DCT scaling), and only when libjpeg-turbo has nothing
// to say about the file: anything else goes to stb_image as before.
#include <doctest/doctest.h>

#include <stb/stb_image_write.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "content/pack/area_scale.h"
#include "content/pack/content_checks.h"
#include "content/pack/display_copy.h"
#include "content/pack/jpeg_scaled_decoder.h"
#include "content/pack/picture_decoder.h"
#include "tests/data/pack/pack_factory.h"

using namespace content::pack;
using pack_test::TempDir;

namespace {

// A photo-like test picture: smooth gradients, a sharp-edged square and fine
// stripes (which only a real low-pass filter averages to grey).
std::vector<unsigned char> testPicture(int width, int height, int channels) {
    std::vector<unsigned char> pixels(size_t(width) * size_t(height) * size_t(channels));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &pixels[(size_t(y) * size_t(width) + size_t(x)) * size_t(channels)];
            const bool square = x > width / 4 && x < width / 2 && y > height / 4 && y < height / 2;
            const bool stripes = x > width * 2 / 3 && (x / 2) % 2 == 0;
            p[0] = square ? 230 : stripes ? 255 : static_cast<unsigned char>(x * 255 / width);
            for (int c = 1; c < channels; ++c)
                p[c] = square ? 40 : stripes ? 255 : static_cast<unsigned char>((y * 255 / height + c * 60) % 256);
        }
    return pixels;
}

std::string jpegOf(const std::vector<unsigned char>& pixels, int width, int height, int channels) {
    std::string jpeg;
    stbi_write_jpg_to_func(
        [](void* out, void* data, int size) { static_cast<std::string*>(out)->append(static_cast<char*>(data), size_t(size)); },
        &jpeg, width, height, channels, pixels.data(), 95);
    return jpeg;
}

double meanDifference(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
    REQUIRE(a.size() == b.size());
    double sum = 0;
    for (size_t i = 0; i < a.size(); ++i) sum += std::abs(int(a[i]) - int(b[i]));
    return sum / double(a.size());
}

}  // namespace

TEST_CASE("a large JPEG is decoded at the smallest eighth that still covers its display copy") {
    const std::string jpeg = jpegOf(testPicture(3000, 2000, 3), 3000, 2000, 3);
    const PictureSize copy = displayCopySize(3000, 2000);
    REQUIRE(copy.width == 1280);
    REQUIRE(copy.height == 853);
    auto scaled = decodeJpegAtLeast(jpeg, copy.width, copy.height);
    REQUIRE(scaled);
    // 4/8 (1500 x 1000) covers 1280 x 853; 3/8 (1125 x 750) would not.
    CHECK(scaled->width == 1500);
    CHECK(scaled->height == 1000);
    CHECK(scaled->channels == 3);
    CHECK(scaled->fileWidth == 3000);
    CHECK(scaled->fileHeight == 2000);

    // The copy made from it is the copy the full decode makes, within what a
    // JPEG at quality 85 changes anyway (mean difference under 1.5 of 255).
    auto full = decodePicture(jpeg);
    REQUIRE(full);
    CHECK(full->width == 3000);
    const auto fromFull = shrinkByArea(full->pixels.get(), 3000, 2000, 3, copy.width, copy.height);
    const auto fromScaled = shrinkByArea(scaled->pixels.get(), scaled->width, scaled->height, 3, copy.width, copy.height);
    CHECK(meanDifference(fromFull, fromScaled) < 1.5);

    // 4096 x 4096 for 1280: 3/8.
    const std::string square = jpegOf(testPicture(4096, 4096, 3), 4096, 4096, 3);
    auto big = decodeJpegAtLeast(square, 1280, 1280);
    REQUIRE(big);
    CHECK(big->width == 1536);
    CHECK(big->height == 1536);

    // A grey JPEG (1400 x 1000, written by ImageMagick) stays grey, as stb_image gives it.
    const std::string grey = pack_test::readFile(pack_test::fixture("grey.jpg"));
    auto greyScaled = decodeJpegAtLeast(grey, 1280, 914);
    REQUIRE(greyScaled);
    CHECK(greyScaled->channels == 1);
    CHECK(greyScaled->channels == decodePicture(grey)->channels);
    CHECK(greyScaled->width == 1400);  // only 8/8 covers 1280 of 1400
}

TEST_CASE("a JPEG libjpeg-turbo has anything to say about, or no JPEG, is left to stb_image") {
    const std::string jpeg = jpegOf(testPicture(2000, 1500, 3), 2000, 1500, 3);
    // Cut short: libjpeg-turbo would fill the rest with grey and warn.
    const std::string truncated = jpeg.substr(0, jpeg.size() / 2);
    CHECK_FALSE(decodeJpegAtLeast(truncated, 1280, 960));
    // Garbage after a valid start of scan.
    std::string corrupt = jpeg;
    for (size_t i = corrupt.size() / 3; i < corrupt.size() / 3 + 200; ++i) corrupt[i] = char(0xFF);
    CHECK_FALSE(decodeJpegAtLeast(corrupt, 1280, 960));
    CHECK_FALSE(decodeJpegAtLeast(std::string("\x89PNG\r\n\x1a\n", 8), 10, 10));
    CHECK_FALSE(decodeJpegAtLeast("", 10, 10));

    // And the import's check then says what the full check says.
    TempDir temp;
    for (const auto& [name, bytes] : {std::pair{"truncated.jpg", truncated}, std::pair{"corrupt.jpg", corrupt},
                                      std::pair{"good.jpg", jpeg}}) {
        const auto file = temp.path / name;
        pack_test::writeFile(file, bytes);
        int calls = 0;
        const std::string forCopies = checkImageFile(file, [&](const DecodedPicture& picture) {
            ++calls;
            CHECK(picture.fileWidth == 2000);
            CHECK(picture.fileHeight == 1500);
            return std::string();
        });
        CAPTURE(name);
        CHECK(forCopies == checkImageFile(file));
        CHECK(calls == (forCopies.empty() ? 1 : 0));
    }
}
