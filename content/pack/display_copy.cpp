#include "content/pack/display_copy.h"

#include <stb/stb_image_write.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <vector>

#include "content/core/data_dir.h"
#include "content/pack/area_scale.h"
#include "content/pack/png_writer.h"

namespace content::pack {

namespace {

constexpr int kJpegQuality = 85;

struct Pixels {
    std::vector<unsigned char> data;
    int width = 0, height = 0;
};

bool isPngName(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
    return extension == ".png";
}

PictureSize sizeForLongestSide(int width, int height, int maxSide) {
    const double scale = double(maxSide) / double(std::max(width, height));
    return {std::max(1, int(std::lround(width * scale))), std::max(1, int(std::lround(height * scale)))};
}

// Shrinks pixels (width x height) to `size`.
bool shrinkTo(const unsigned char* pixels, int width, int height, int channels, PictureSize size, Pixels* out) {
    out->width = size.width;
    out->height = size.height;
    out->data = shrinkByArea(pixels, width, height, channels, out->width, out->height);
    return !out->data.empty();
}

bool writeCopy(const Pixels& copy, int channels, const std::filesystem::path& target, std::string* error) {
    const bool written = isPngName(target)
                             ? writePngFast(target, copy.width, copy.height, channels, copy.data.data())
                             : stbi_write_jpg(target.c_str(), copy.width, copy.height, channels, copy.data.data(),
                                              kJpegQuality) != 0;
    if (!written && error) *error = "cannot write a smaller copy of the picture '" + target.filename().string() + "'";
    return written;
}

bool writeScaledCopy(const unsigned char* pixels, int width, int height, int channels, PictureSize size,
                     const std::filesystem::path& target, Pixels* copy, std::string* error) {
    if (!shrinkTo(pixels, width, height, channels, size, copy)) {
        if (error) *error = "cannot scale the picture '" + target.filename().string() + "'";
        return false;
    }
    return writeCopy(*copy, channels, target, error);
}

}  // namespace

bool needsDisplayCopy(int width, int height) { return std::max(width, height) > kDisplayMaxSide; }
bool needsListCopy(int width, int height) { return std::max(width, height) > kListMaxSide; }

PictureSize displayCopySize(int width, int height) { return sizeForLongestSide(width, height, kDisplayMaxSide); }

bool writePictureCopies(const DecodedPicture& picture, const std::filesystem::path& displayTarget,
                        const std::filesystem::path& listTarget, std::string* error) {
    const unsigned char* pixels = picture.pixels.get();
    int width = picture.width, height = picture.height;
    // Sizes follow the file's own (a scaled decode rounds its sides up): the
    // size it is shown at, the display copy's when it gets one.
    PictureSize shown{picture.fileWidth, picture.fileHeight};
    Pixels display;
    if (needsDisplayCopy(shown.width, shown.height)) {
        shown = displayCopySize(shown.width, shown.height);
        if (!writeScaledCopy(pixels, width, height, picture.channels, shown, displayTarget, &display, error))
            return false;
        // The list copy is made from the display copy: a quarter of the work
        // or less, and the same pixels a box filter would average anyway.
        pixels = display.data.data();
        width = display.width;
        height = display.height;
    }
    if (!needsListCopy(shown.width, shown.height)) return true;
    Pixels list;
    return writeScaledCopy(pixels, width, height, picture.channels,
                           sizeForLongestSide(shown.width, shown.height, kListMaxSide), listTarget, &list, error);
}

std::filesystem::path listCopyFor(const std::filesystem::path& shown) {
    std::filesystem::path folder = shown.parent_path();
    if (folder.filename() == data_dir::kDisplayImagesFolder) folder = folder.parent_path();
    if (folder.filename() != data_dir::kImagesFolder) return {};
    return folder / data_dir::kListImagesFolder / shown.filename();
}

}  // namespace content::pack
