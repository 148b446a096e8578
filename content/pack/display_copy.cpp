#include "content/pack/display_copy.h"

#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cctype>
#include <cmath>
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
    if (!stbir_resize_uint8(pixels, width, height, 0, scaled.data(), scaledWidth, scaledHeight, 0, channels)) {
        if (error) *error = "cannot scale the picture '" + target.filename().string() + "'";
        return false;
    }
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
