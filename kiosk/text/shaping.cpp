#include "kiosk/text/shaping.h"

#include <vector>

#include <fribidi.h>

namespace kiosk::text {

bool isInvisibleControl(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x061C;
}

bool isCombiningMark(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x0610 && c <= 0x061A) ||
           (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06DC) ||
           (c >= 0x06DF && c <= 0x06E4) || (c >= 0x06E7 && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED) ||
           (c >= 0x08D3 && c <= 0x08FF) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool firstStrongIsRtl(std::u32string_view logical, bool fallbackRtl) {
    for (char32_t c : logical) {
        FriBidiCharType type = fribidi_get_bidi_type(static_cast<FriBidiChar>(c));
        if (type == FRIBIDI_TYPE_LTR) return false;
        if (type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL) return true;
    }
    return fallbackRtl;
}

// Below U+0590 there are no right-to-left letters, so a left-to-right line of
// such text has every character at level 0: nothing to reorder, mirror or
// join. Most of the interface is that, so it skips FriBidi entirely.
bool isPlainLeftToRight(std::u32string_view logical) {
    for (char32_t c : logical)
        if (c >= 0x0590) return false;
    return true;
}

BidiLine resolveBidi(std::u32string_view logical, bool rtlBase) {
    const auto length = static_cast<FriBidiStrIndex>(logical.size());
    BidiLine line;
    line.levels.assign(logical.size(), 0);
    line.strong.assign(logical.size(), false);
    line.visualOrder.resize(logical.size());
    for (size_t i = 0; i < logical.size(); ++i) line.visualOrder[i] = static_cast<uint32_t>(i);
    if (length == 0) return line;
    if (!rtlBase && isPlainLeftToRight(logical)) {
        for (size_t i = 0; i < logical.size(); ++i) {
            const char32_t c = logical[i];
            line.strong[i] = (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
        }
        return line;
    }
    std::vector<FriBidiChar> chars(logical.begin(), logical.end());
    std::vector<FriBidiCharType> types(length);
    std::vector<FriBidiBracketType> brackets(length);
    std::vector<FriBidiLevel> levels(length);
    std::vector<FriBidiStrIndex> map(length);
    fribidi_get_bidi_types(chars.data(), length, types.data());
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType base = rtlBase ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base, levels.data()))
        return line;  // allocation failure inside FriBidi: left to right rather than nothing
    for (FriBidiStrIndex i = 0; i < length; ++i) map[i] = i;
    // Marks stay behind their letter in logical order: each run is shaped as
    // a whole, and HarfBuzz puts the marks on their letters.
    const FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT & ~FRIBIDI_FLAG_REORDER_NSM;
    if (!fribidi_reorder_line(flags, types.data(), length, 0, base, levels.data(), nullptr, map.data())) return line;
    for (FriBidiStrIndex i = 0; i < length; ++i) {
        line.levels[i] = static_cast<uint8_t>(levels[i]);
        line.visualOrder[i] = static_cast<uint32_t>(map[i]);
        line.strong[i] = types[i] == FRIBIDI_TYPE_LTR || types[i] == FRIBIDI_TYPE_RTL || types[i] == FRIBIDI_TYPE_AL;
    }
    return line;
}

char32_t mirroredInRtl(char32_t c) {
    FriBidiChar mirrored = 0;
    return fribidi_get_mirror_char(static_cast<FriBidiChar>(c), &mirrored) ? static_cast<char32_t>(mirrored) : c;
}

std::u32string reorderLine(std::u32string_view logical, bool rtlBase) {
    const BidiLine bidi = resolveBidi(logical, rtlBase);
    std::u32string visual;
    visual.reserve(logical.size());
    for (uint32_t index : bidi.visualOrder) {
        const char32_t c = logical[index];
        if (isInvisibleControl(c)) continue;
        visual.push_back((bidi.levels[index] & 1) ? mirroredInRtl(c) : c);
    }
    return visual;
}

}  // namespace kiosk::text
