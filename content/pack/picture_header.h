// What a picture file says about itself in its first bytes: PNG or JPEG by
// its signature (never by its name), and its width and height from the PNG
// header or the JPEG frame header. Read before any decoder sees the bytes, so
// other formats never reach stb_image and a 65535 x 65535 picture is
// reported as too large rather than as unreadable. Every segment of a JPEG
// up to its end is walked, so a malformed Huffman table is caught as well.
#pragma once

#include <cstddef>
#include <string_view>

namespace content::pack {

enum class PictureFormat { Unknown, Png, Jpeg };

struct PictureHeader {
    PictureFormat format = PictureFormat::Unknown;
    int width = 0, height = 0;  // 0 when the header does not say (damaged file)
    // A JPEG whose Huffman tables hold more than 256 codes or run past their
    // segment: stb_image's table builder writes past its arrays on those
    // (found by fuzzing), so such a file must never reach the decoder.
    bool damaged = false;
};

PictureHeader readPictureHeader(std::string_view bytes);

}  // namespace content::pack
