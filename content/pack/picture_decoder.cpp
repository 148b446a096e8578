#include "content/pack/picture_decoder.h"

// Only PNG and JPEG, static functions only, memory input only: see the header.
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb_image.h>
#pragma GCC diagnostic pop

#include <climits>

#include "content/pack/durable_files.h"
#include "content/pack/picture_header.h"

namespace content::pack {

namespace {

// Only bytes whose signature says PNG or JPEG, and no JPEG with a Huffman
// table stb_image would overrun (picture_header.h), reach the decoder.
bool fitsStb(std::string_view bytes) {
    if (bytes.empty() || bytes.size() > static_cast<size_t>(INT_MAX)) return false;
    const PictureHeader header = readPictureHeader(bytes);
    return header.format != PictureFormat::Unknown && !header.damaged;
}

const stbi_uc* data(std::string_view bytes) { return reinterpret_cast<const stbi_uc*>(bytes.data()); }

}  // namespace

bool pictureInfo(std::string_view bytes, int* width, int* height, int* channels) {
    if (!fitsStb(bytes)) return false;
    return stbi_info_from_memory(data(bytes), static_cast<int>(bytes.size()), width, height, channels) != 0;
}

std::optional<DecodedPicture> decodePicture(std::string_view bytes, int wantedChannels) {
    if (!fitsStb(bytes)) return std::nullopt;
    DecodedPicture picture;
    int fileChannels = 0;
    picture.pixels.reset(stbi_load_from_memory(data(bytes), static_cast<int>(bytes.size()), &picture.width,
                                               &picture.height, &fileChannels, wantedChannels));
    if (!picture.pixels) return std::nullopt;
    picture.channels = wantedChannels ? wantedChannels : fileChannels;
    picture.fileWidth = picture.width;
    picture.fileHeight = picture.height;
    return picture;
}

std::optional<DecodedPicture> decodePictureFile(const std::filesystem::path& file, int wantedChannels, size_t maxBytes) {
    auto bytes = readWholeFile(file, maxBytes);
    if (!bytes) return std::nullopt;
    return decodePicture(*bytes, wantedChannels);
}

}  // namespace content::pack
