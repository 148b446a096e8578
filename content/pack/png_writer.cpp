#include "content/pack/png_writer.h"

#include <zlib.h>

#include <cstdlib>

namespace {

// stb_image_write's hook for its deflate: a zlib stream in a malloc'd buffer
// (stb frees it), or nullptr.
unsigned char* deflateWithZlib(unsigned char* data, int length, int* outLength, int /*stbQuality*/) {
    constexpr int kLevel = 1;  // the copies are written once and read a few times: speed first
    uLongf capacity = compressBound(uLong(length));
    auto* out = static_cast<unsigned char*>(std::malloc(capacity));
    if (!out) return nullptr;
    if (compress2(out, &capacity, data, uLong(length), kLevel) != Z_OK) {
        std::free(out);
        return nullptr;
    }
    *outLength = int(capacity);
    return out;
}

}  // namespace

// The encoder with static linkage, in this file only: Debian's libstb keeps
// its own (stb deflate) for everything else.
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBIW_ZLIB_COMPRESS deflateWithZlib
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

namespace content::pack {

bool writePngFast(const std::filesystem::path& file, int width, int height, int channels, const unsigned char* pixels) {
    return stbi_write_png(file.c_str(), width, height, channels, pixels, width * channels) != 0;
}

}  // namespace content::pack
