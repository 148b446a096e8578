#include "kiosk/text/line_shaper.h"

#include <algorithm>

#include "kiosk/text/font_files.h"
#include "kiosk/text/shaped_glyphs.h"
#include "kiosk/text/shaping.h"

namespace kiosk::text {
namespace {

bool isPersianLetter(char32_t c) {
    return c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC;
}

// Which fonts.toml entry shapes each character (-1: ImGui's font). Letters
// take the first font that has them; spaces, digits, punctuation, marks and
// joiners between shaped letters stay in the shaped font when it has them
// (so a word's marks, its ZWNJ and the spaces of an Arabic sentence are
// shaped with it), at the same bidi level.
std::vector<int> shapedFontPerCharacter(std::u32string_view logical, const BidiLine& bidi, Style style,
                                        const ShapedFonts& shaped) {
    const size_t n = logical.size();
    std::vector<int> font(n, -1);
    std::vector<bool> decided(n, false);
    auto shapedEntry = [&](char32_t c) {
        const int entry = shaped.fontFor(style, c);
        return entry >= 0 && shaped.shaped[entry] ? entry : -1;
    };
    for (size_t i = 0; i < n; ++i)
        if (bidi.strong[i]) font[i] = shapedEntry(logical[i]), decided[i] = true;
    auto takes = [&](size_t i, size_t from) {
        if (!decided[from] || font[from] < 0 || bidi.levels[from] != bidi.levels[i]) return false;
        return isInvisibleControl(logical[i]) || shaped.covers(style, font[from], logical[i]);
    };
    // Left neighbour first (a mark belongs to the letter before it), then the right one.
    for (size_t i = 0; i < n; ++i) {
        if (decided[i]) continue;
        if (i > 0 && takes(i, i - 1)) font[i] = font[i - 1], decided[i] = true;
    }
    for (size_t i = n; i-- > 0;) {
        if (decided[i]) continue;
        if (i + 1 < n && takes(i, i + 1))
            font[i] = font[i + 1];
        else
            font[i] = shapedEntry(logical[i]);
        decided[i] = true;
    }
    return font;
}

TextRun shapedRun(std::u32string_view logical, size_t start, size_t length, bool rtl, const ShapedFace& face,
                  int entry) {
    TextRun run;
    run.font = entry;
    float pen = 0;
    for (const ShapedGlyph& g : shapeWithHarfBuzz(face.file->shaper, logical, start, length, rtl)) {
        run.glyphs.push_back(PlacedGlyph{g.glyph, g.cluster, pen + static_cast<float>(g.xOffset) * face.pxPerUnit,
                                         -static_cast<float>(g.yOffset) * face.pxPerUnit});
        pen += static_cast<float>(g.xAdvance) * face.pxPerUnit;
    }
    run.width = pen;
    return run;
}

}  // namespace

std::vector<ShapedGlyph> shapeWithHarfBuzz(hb_font_t* font, std::u32string_view logical, size_t start, size_t length,
                                           bool rtl) {
    // One buffer for the UI thread, reused: shaping runs for every new layout.
    static hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf32(buffer, reinterpret_cast<const uint32_t*>(logical.data()), static_cast<int>(logical.size()),
                        static_cast<unsigned>(start), static_cast<int>(length));
    hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    bool persian = false;
    for (char32_t c : logical) persian = persian || isPersianLetter(c);
    // Explicit, so the result never depends on the process locale.
    hb_buffer_set_language(buffer, hb_language_from_string(persian ? "fa" : "ar", -1));
    hb_buffer_guess_segment_properties(buffer);
    unsigned flags = HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES;
    if (start == 0) flags |= HB_BUFFER_FLAG_BOT;
    if (start + length == logical.size()) flags |= HB_BUFFER_FLAG_EOT;
    hb_buffer_set_flags(buffer, static_cast<hb_buffer_flags_t>(flags));
    hb_shape(font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* position = hb_buffer_get_glyph_positions(buffer, &count);
    std::vector<ShapedGlyph> glyphs(count);
    for (unsigned i = 0; i < count; ++i)
        glyphs[i] = ShapedGlyph{info[i].codepoint, info[i].cluster, position[i].x_advance, position[i].y_advance,
                                position[i].x_offset, position[i].y_offset};
    return glyphs;
}

float widestSpace(Style style, const FontSet* fonts) {
    ImFont* font = fonts ? fonts->font(style) : nullptr;
    float widest = font ? font->GetCharAdvance(' ') : 0.0f;
    const ShapedFonts* shaped = fonts ? fonts->shaped() : nullptr;
    if (!shaped) return widest;
    for (const ShapedFace& face : shaped->faces[static_cast<int>(style)]) {
        hb_codepoint_t space = 0;
        if (!face.file || !hb_font_get_nominal_glyph(face.file->shaper, ' ', &space)) continue;
        widest = std::max(widest, static_cast<float>(hb_font_get_glyph_h_advance(face.file->shaper, space)) * face.pxPerUnit);
    }
    return widest;
}

Line shapeTextLine(std::u32string_view logical, bool rtl, Style style, const FontSet* fonts) {
    Line line;
    line.logical = toUtf8(logical);
    if (logical.empty()) return line;
    const BidiLine bidi = resolveBidi(logical, rtl);
    ImFont* imguiFont = fonts ? fonts->font(style) : nullptr;
    const ShapedFonts* shaped = fonts ? fonts->shaped() : nullptr;
    const std::vector<int> fontOf = shaped ? shapedFontPerCharacter(logical, bidi, style, *shaped)
                                           : std::vector<int>(logical.size(), -1);
    std::u32string visual;
    visual.reserve(logical.size());
    // Consecutive visual positions form one run while level and font stay the
    // same and the logical indices run on (upwards left to right, downwards
    // in right-to-left runs).
    const size_t n = logical.size();
    size_t v = 0;
    float x = 0;
    while (v < n) {
        const uint32_t first = bidi.visualOrder[v];
        const uint8_t level = bidi.levels[first];
        const bool runRtl = level & 1;
        const int font = fontOf[first];
        size_t end = v + 1;
        while (end < n) {
            const uint32_t index = bidi.visualOrder[end], previous = bidi.visualOrder[end - 1];
            if (bidi.levels[index] != level || fontOf[index] != font) break;
            if (index != (runRtl ? previous - 1 : previous + 1)) break;
            ++end;
        }
        for (size_t p = v; p < end; ++p) {
            const char32_t c = logical[bidi.visualOrder[p]];
            if (!isInvisibleControl(c)) visual.push_back(runRtl ? mirroredInRtl(c) : c);
        }
        TextRun run;
        const ShapedFace* face = shaped ? shaped->face(style, font) : nullptr;
        if (face) {
            const size_t start = runRtl ? bidi.visualOrder[end - 1] : first;
            run = shapedRun(logical, start, end - v, runRtl, *face, font);
        } else {
            std::u32string chars;
            for (size_t p = v; p < end; ++p) {
                const char32_t c = logical[bidi.visualOrder[p]];
                if (isInvisibleControl(c)) continue;
                chars.push_back(runRtl ? mirroredInRtl(c) : c);
                // ImWchar is 16 bits in Debian's ImGui.
                if (imguiFont) run.width += imguiFont->GetCharAdvance(c <= 0xFFFF ? static_cast<ImWchar>(chars.back()) : ImWchar(0xFFFD));
            }
            run.text = toUtf8(chars);
        }
        run.x = x;
        x += run.width;
        if (!run.text.empty() || !run.glyphs.empty()) line.runs.push_back(std::move(run));
        v = end;
    }
    line.width = x;
    line.visual = toUtf8(visual);
    return line;
}

}  // namespace kiosk::text
