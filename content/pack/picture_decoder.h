// Decoding pictures: the one stb_image the project compiles, with only its
// PNG and JPEG decoders (STBI_ONLY_PNG, STBI_ONLY_JPEG) and with static
// linkage, so the import, kiosk-pack and the kiosk's image cache never reach
// the BMP, GIF, PSD, HDR, PIC, PNM or TGA decoders of Debian's libstb.so
// (which stays linked for stb_image_write, stb_image_resize and ImGui's font
// code, but whose stbi_* decoders nothing calls).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

namespace content::pack {

struct DecodedPicture {
    int width = 0, height = 0;
    int channels = 0;  // in `pixels`: the wanted count, or the file's own when 0 was asked for
    // The picture's own size: width x height unless it was decoded scaled down
    // (jpeg_scaled_decoder.h); copies are sized from this.
    int fileWidth = 0, fileHeight = 0;
    std::unique_ptr<unsigned char, void (*)(void*)> pixels{nullptr, &std::free};
};

// Width, height and channels from the picture's header; false when the bytes
// are not a PNG or JPEG stb_image can read.
bool pictureInfo(std::string_view bytes, int* width, int* height, int* channels);

// Rows packed, `wantedChannels` per pixel (0 = as in the file).
std::optional<DecodedPicture> decodePicture(std::string_view bytes, int wantedChannels = 0);

// The same for a file: a regular file of at most `maxBytes`, never through a link.
std::optional<DecodedPicture> decodePictureFile(const std::filesystem::path& file, int wantedChannels, size_t maxBytes);

}  // namespace content::pack
