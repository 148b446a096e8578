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

std::u32string shapeLine(std::u32string_view logical, bool rtlBase) {
    const auto length = static_cast<FriBidiStrIndex>(logical.size());
    if (length == 0) return {};
    if (!rtlBase && isPlainLeftToRight(logical)) {
        std::u32string visual;
        visual.reserve(logical.size());
        for (char32_t c : logical)
            if (!isInvisibleControl(c)) visual.push_back(c);
        return visual;
    }
    std::vector<FriBidiChar> chars(logical.begin(), logical.end());
    std::vector<FriBidiCharType> types(length);
    std::vector<FriBidiBracketType> brackets(length);
    std::vector<FriBidiLevel> levels(length);
    std::vector<FriBidiArabicProp> joining(length);

    fribidi_get_bidi_types(chars.data(), length, types.data());
    fribidi_get_bracket_types(chars.data(), length, types.data(), brackets.data());
    FriBidiParType base = rtlBase ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), length, &base, levels.data()))
        return std::u32string(logical);  // allocation failure inside FriBidi: show it unshaped rather than nothing

    // Joining is decided on the logical line, so a word split across two of our
    // lines would lose its joins - which is why we only break between words.
    fribidi_get_joining_types(chars.data(), length, joining.data());
    fribidi_join_arabic(types.data(), length, levels.data(), joining.data());
    const FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
    fribidi_shape(flags, levels.data(), length, joining.data(), chars.data());

    if (!fribidi_reorder_line(flags, types.data(), length, 0, base, levels.data(), chars.data(), nullptr))
        return std::u32string(logical);

    std::u32string visual;
    visual.reserve(chars.size());
    for (FriBidiChar c : chars)
        if (!isInvisibleControl(static_cast<char32_t>(c))) visual.push_back(static_cast<char32_t>(c));
    return visual;
}

}  // namespace kiosk::text
