#include "content/pack/picture_header.h"

#include <algorithm>
#include <cstdint>

namespace content::pack {
namespace {

constexpr unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

unsigned byteAt(std::string_view bytes, size_t at) { return static_cast<unsigned char>(bytes[at]); }

uint32_t bigEndian32(std::string_view bytes, size_t at) {
    return (uint32_t{byteAt(bytes, at)} << 24) | (uint32_t{byteAt(bytes, at + 1)} << 16) |
           (uint32_t{byteAt(bytes, at + 2)} << 8) | uint32_t{byteAt(bytes, at + 3)};
}

unsigned bigEndian16(std::string_view bytes, size_t at) { return (byteAt(bytes, at) << 8) | byteAt(bytes, at + 1); }

int clampedSide(uint32_t side) { return side > 0x7fffffffu ? 0x7fffffff : static_cast<int>(side); }

void readPngSize(std::string_view bytes, PictureHeader& header) {
    // The signature, then the IHDR chunk: length (13), "IHDR", width, height.
    if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR") return;
    header.width = clampedSide(bigEndian32(bytes, 16));
    header.height = clampedSide(bigEndian32(bytes, 20));
}

bool isStartOfFrame(unsigned marker) {
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// A DHT segment's payload: tables of a class/id byte, 16 code counts and
// as many symbols as the counts add up to (at most 256).
bool huffmanTablesAreSane(std::string_view payload) {
    size_t at = 0;
    while (at < payload.size()) {
        if (at + 17 > payload.size()) return false;
        unsigned symbols = 0;
        for (size_t i = 1; i <= 16; ++i) symbols += byteAt(payload, at + i);
        if (symbols > 256) return false;
        at += 17 + symbols;
    }
    return at == payload.size();
}

// Past the entropy-coded data after a start-of-scan header, to the next
// marker: 0xFF00 is a stuffed byte, 0xFFD0..D7 restart markers, 0xFFFF fill.
size_t skipEntropyCodedData(std::string_view bytes, size_t at) {
    while (at + 1 < bytes.size()) {
        if (byteAt(bytes, at) == 0xFF) {
            unsigned next = byteAt(bytes, at + 1);
            if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) return at;
        }
        ++at;
    }
    return bytes.size();
}

void readJpeg(std::string_view bytes, PictureHeader& header) {
    size_t at = 2;  // after SOI
    while (at + 4 <= bytes.size()) {
        if (byteAt(bytes, at) != 0xFF) return;  // stb stops here too
        unsigned marker = byteAt(bytes, at + 1);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {  // no length
            at += 2;
            continue;
        }
        if (marker == 0xD9) return;  // end of image
        const unsigned length = bigEndian16(bytes, at + 2);
        if (length < 2) return;
        const std::string_view payload = bytes.substr(at + 4, std::min<size_t>(length - 2, bytes.size() - at - 4));
        if (marker == 0xC4 && (payload.size() != length - 2 || !huffmanTablesAreSane(payload))) {
            header.damaged = true;
            return;
        }
        if (isStartOfFrame(marker) && header.width == 0 && header.height == 0 && payload.size() >= 5) {
            // precision (1 byte), height, width.
            header.height = static_cast<int>(bigEndian16(payload, 1));
            header.width = static_cast<int>(bigEndian16(payload, 3));
        }
        at += 2 + length;
        if (marker == 0xDA) at = skipEntropyCodedData(bytes, at);
    }
}

}  // namespace

PictureHeader readPictureHeader(std::string_view bytes) {
    PictureHeader header;
    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view(reinterpret_cast<const char*>(kPngSignature), 8)) {
        header.format = PictureFormat::Png;
        readPngSize(bytes, header);
    } else if (bytes.size() >= 3 && byteAt(bytes, 0) == 0xFF && byteAt(bytes, 1) == 0xD8 && byteAt(bytes, 2) == 0xFF) {
        header.format = PictureFormat::Jpeg;
        readJpeg(bytes, header);
    }
    return header;
}

}  // namespace content::pack
