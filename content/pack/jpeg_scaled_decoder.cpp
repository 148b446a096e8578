#include "content/pack/jpeg_scaled_decoder.h"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>

namespace content::pack {

namespace {

// libjpeg reports through callbacks: an error jumps back to decode(), and a
// warning (corrupt data it would paper over) is counted, so such a file
// goes to stb_image instead.
struct ErrorManager {
    jpeg_error_mgr base;
    std::jmp_buf jump;
    int warnings = 0;
};

void onError(j_common_ptr info) { std::longjmp(reinterpret_cast<ErrorManager*>(info->err)->jump, 1); }

void onMessage(j_common_ptr info, int level) {
    if (level < 0) ++reinterpret_cast<ErrorManager*>(info->err)->warnings;
}

void silent(j_common_ptr) {}

struct Decoded {
    unsigned char* pixels = nullptr;  // malloc'd, rows packed
    int width = 0, height = 0, channels = 0;
    int fileWidth = 0, fileHeight = 0;
};

// Plain C state only between setjmp and longjmp (nothing with a destructor).
bool decode(const unsigned char* bytes, unsigned long size, int wantWidth, int wantHeight, Decoded* out) {
    jpeg_decompress_struct info;
    ErrorManager errors;
    info.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = onError;
    errors.base.emit_message = onMessage;
    errors.base.output_message = silent;
    errors.warnings = 0;
    unsigned char* volatile pixels = nullptr;
    if (setjmp(errors.jump)) {
        jpeg_destroy_decompress(&info);
        std::free(pixels);
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes, size);
    if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK || info.arith_code || info.data_precision != 8 ||
        !((info.num_components == 3 && info.jpeg_color_space == JCS_YCbCr) ||
          (info.num_components == 1 && info.jpeg_color_space == JCS_GRAYSCALE))) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    info.out_color_space = info.num_components == 3 ? JCS_RGB : JCS_GRAYSCALE;
    info.scale_denom = 8;
    for (info.scale_num = 1; info.scale_num < 8; ++info.scale_num) {
        jpeg_calc_output_dimensions(&info);
        if (int(info.output_width) >= wantWidth && int(info.output_height) >= wantHeight) break;
    }
    jpeg_start_decompress(&info);
    const size_t rowBytes = size_t(info.output_width) * size_t(info.output_components);
    pixels = static_cast<unsigned char*>(std::malloc(rowBytes * info.output_height));
    if (!pixels) {
        jpeg_destroy_decompress(&info);
        return false;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + rowBytes * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    out->width = int(info.output_width);
    out->height = int(info.output_height);
    out->channels = info.output_components;
    out->fileWidth = int(info.image_width);
    out->fileHeight = int(info.image_height);
    jpeg_destroy_decompress(&info);
    if (errors.warnings > 0) {
        std::free(pixels);
        return false;
    }
    out->pixels = pixels;
    return true;
}

}  // namespace

std::optional<DecodedPicture> decodeJpegAtLeast(std::string_view bytes, int width, int height) {
    if (bytes.empty() || width < 1 || height < 1) return std::nullopt;
    Decoded decoded;
    if (!decode(reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()), width,
                height, &decoded))
        return std::nullopt;
    DecodedPicture picture;
    picture.pixels.reset(decoded.pixels);
    picture.width = decoded.width;
    picture.height = decoded.height;
    picture.channels = decoded.channels;
    picture.fileWidth = decoded.fileWidth;
    picture.fileHeight = decoded.fileHeight;
    return picture;
}

}  // namespace content::pack
