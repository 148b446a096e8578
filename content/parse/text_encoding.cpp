#include "content/parse/text_encoding.h"

#include <algorithm>

#include "content/core/text_checks.h"

namespace content::text {

namespace {

// Windows-1252 bytes 0x80..0x9F; the five bytes the code page leaves
// undefined become U+FFFD. 0xA0..0xFF are the same code points as Latin-1.
constexpr char32_t kWindows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

bool startsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

// Without a BOM, UTF-16 text of mostly Latin letters has a zero in every
// second byte; which one tells the byte order.
bool looksLikeUtf16(std::string_view bytes, bool littleEndian) {
    if (bytes.size() < 4 || bytes.size() % 2 != 0) return false;
    size_t pairs = std::min<size_t>(bytes.size() / 2, 256), zeros = 0;
    for (size_t i = 0; i < pairs; ++i)
        if (bytes[2 * i + (littleEndian ? 1 : 0)] == 0) ++zeros;
    return zeros * 10 >= pairs * 9;
}

std::string fromUtf16(std::string_view bytes, bool littleEndian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](size_t i) -> char32_t {
        auto lo = static_cast<unsigned char>(bytes[i + (littleEndian ? 0 : 1)]);
        auto hi = static_cast<unsigned char>(bytes[i + (littleEndian ? 1 : 0)]);
        return static_cast<char32_t>(hi << 8 | lo);
    };
    for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        char32_t first = unit(i);
        if (first >= 0xD800 && first <= 0xDBFF && i + 3 < bytes.size()) {
            char32_t second = unit(i + 2);
            if (second >= 0xDC00 && second <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
                i += 2;
                continue;
            }
        }
        appendUtf8(out, first >= 0xD800 && first <= 0xDFFF ? 0xFFFD : first);
    }
    if (bytes.size() % 2 != 0) appendUtf8(out, 0xFFFD);  // a cut-off last byte
    return out;
}

std::string fromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
        auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) out += c;
        else appendUtf8(out, byte < 0xA0 ? kWindows1252High[byte - 0x80] : char32_t(byte));
    }
    return out;
}

}  // namespace

Decoded decode(std::string_view bytes) {
    if (startsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    else if (startsWith(bytes, "\xFF\xFE")) return {fromUtf16(bytes.substr(2), true), Encoding::Utf16LittleEndian};
    else if (startsWith(bytes, "\xFE\xFF")) return {fromUtf16(bytes.substr(2), false), Encoding::Utf16BigEndian};
    else if (looksLikeUtf16(bytes, true)) return {fromUtf16(bytes, true), Encoding::Utf16LittleEndian};
    else if (looksLikeUtf16(bytes, false)) return {fromUtf16(bytes, false), Encoding::Utf16BigEndian};
    if (isValidUtf8(bytes)) return {std::string(bytes), Encoding::Utf8};
    return {fromWindows1252(bytes), Encoding::Windows1252};
}

const char* encodingName(Encoding encoding) {
    switch (encoding) {
        case Encoding::Utf8: return "UTF-8";
        case Encoding::Utf16LittleEndian:
        case Encoding::Utf16BigEndian: return "UTF-16";
        case Encoding::Windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

}  // namespace content::text
