#include "content/core/text_checks.h"

#include <cstdint>
#include <cstdio>

namespace content {

namespace {

// Decodes one code point at `i`; returns its length, or 0 when the bytes there
// are not valid UTF-8.
size_t decodeUtf8(std::string_view text, size_t i, uint32_t* codepoint) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    if (lead < 0x80) {
        *codepoint = lead;
        return 1;
    }
    size_t length;
    uint32_t value;
    uint32_t minimum;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (size_t k = 1; k < length; ++k) {
        unsigned char next = byte(i + k);
        if ((next & 0xC0) != 0x80) return 0;
        value = (value << 6) | (next & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    *codepoint = value;
    return length;
}

std::string hexCodepoint(uint32_t codepoint) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(codepoint));
    return buffer;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    uint32_t codepoint;
    for (size_t i = 0; i < text.size();) {
        size_t length = decodeUtf8(text, i, &codepoint);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

std::optional<std::string> findForbiddenCharacter(std::string_view text, size_t* offset) {
    uint32_t codepoint;
    for (size_t i = 0; i < text.size();) {
        size_t length = decodeUtf8(text, i, &codepoint);
        if (offset) *offset = i;
        if (length == 0) {
            char buffer[48];
            std::snprintf(buffer, sizeof buffer, "invalid UTF-8 (byte 0x%02X)", static_cast<unsigned char>(text[i]));
            return std::string(buffer);
        }
        bool control = (codepoint < 0x20 && codepoint != '\n' && codepoint != '\t') ||
                       (codepoint >= 0x7F && codepoint <= 0x9F);
        if (control) return "a control character (" + hexCodepoint(codepoint) + ")";
        // Embeddings/overrides and isolates reorder text invisibly (Trojan Source).
        bool bidiOverride = (codepoint >= 0x202A && codepoint <= 0x202E) || (codepoint >= 0x2066 && codepoint <= 0x2069);
        if (bidiOverride) return "a bidi override character (" + hexCodepoint(codepoint) + ")";
        i += length;
    }
    return std::nullopt;
}

std::optional<std::string> checkText(std::string_view text) { return findForbiddenCharacter(text); }

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace content
