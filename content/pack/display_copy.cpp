#include "content/pack/display_copy.h"

#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <vector>

namespace content::pack {

namespace {

constexpr int kJpegQuality = 85;

bool isPngName(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return extension == ".png";
}

}  // namespace

bool needsDisplayCopy(int width, int height) { return std::max(width, height) > kDisplayMaxSide; }

bool writeDisplayCopy(const unsigned char* pixels, int width, int height, int channels,
                      const std::filesystem::path& target, std::string* error) {
    const double scale = double(kDisplayMaxSide) / double(std::max(width, height));
    const int scaledWidth = std::max(1, int(std::lround(width * scale)));
    const int scaledHeight = std::max(1, int(std::lround(height * scale)));
    std::vector<unsigned char> scaled(size_t(scaledWidth) * size_t(scaledHeight) * size_t(channels));
    // A box filter: for shrinking it averages every source pixel (no
    // aliasing) and costs a fraction of the default cubic filter, which made
    // the import of the large set 3x slower.
    if (!stbir_resize_uint8_generic(pixels, width, height, 0, scaled.data(), scaledWidth, scaledHeight, 0, channels,
                                    STBIR_ALPHA_CHANNEL_NONE, 0, STBIR_EDGE_CLAMP, STBIR_FILTER_BOX,
                                    STBIR_COLORSPACE_LINEAR, nullptr)) {
        if (error) *error = "cannot scale the picture '" + target.filename().string() + "'";
        return false;
    }
    // stb's own deflate at its default level 8 was the import's largest cost;
    // level 2 writes files about a tenth larger in a fraction of the time.
    // Set once: the setting is global to the process (screenshots share it).
    static std::once_flag fastPngLevel;
    std::call_once(fastPngLevel, [] { stbi_write_png_compression_level = 2; });
    const std::string path = target.string();
    const bool written = isPngName(target)
                             ? stbi_write_png(path.c_str(), scaledWidth, scaledHeight, channels, scaled.data(),
                                              scaledWidth * channels) != 0
                             : stbi_write_jpg(path.c_str(), scaledWidth, scaledHeight, channels, scaled.data(),
                                              kJpegQuality) != 0;
    if (!written && error) *error = "cannot write the display copy of '" + target.filename().string() + "'";
    return written;
}

}  // namespace content::pack
