// The fonts that are shaped with HarfBuzz (fonts.toml `shape = true`, the
// Arabic-script font) are drawn by glyph id, not by code point: shaping picks
// joining forms, ligatures and mark positions from the font's own tables, and
// those glyphs have no code point of their own. They are baked into the same
// ImGui atlas texture as custom rectangles, one set per text style.
#pragma once

#include <cstdint>
#include <set>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "kiosk/text/text.h"

namespace kiosk::text {

struct LoadedFont;

// A baked glyph: its ink box relative to the pen on the baseline (pixels,
// y down) and its place in the atlas texture. Glyphs without ink (spaces)
// have an empty box.
struct AtlasGlyph {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    ImVec2 uv0, uv1;
    bool hasInk() const { return x1 > x0 && y1 > y0; }
};

// One shaped font at one style's size.
struct ShapedFace {
    const LoadedFont* file = nullptr;  // null for fonts drawn through ImGui
    float pxPerUnit = 0;               // pixels per font unit
    std::unordered_map<uint32_t, AtlasGlyph> glyphs;
    const AtlasGlyph* glyph(uint32_t id) const {
        auto it = glyphs.find(id);
        return it == glyphs.end() ? nullptr : &it->second;
    }
};

struct ShapedFonts {
    std::vector<const LoadedFont*> files[2];  // fonts.toml entries in fallback order, regular and bold
    std::vector<bool> shaped;                 // per entry: shaped with HarfBuzz
    bool bold[kStyleCount] = {};
    float baseline[kStyleCount] = {};  // pixels below the line top, where ImGui's merged fonts stand too
    std::vector<ShapedFace> faces[kStyleCount];  // per entry
    size_t glyphCount = 0;

    // The fonts.toml entry that draws `c` in `style`: the first that has it (-1: none).
    int fontFor(Style style, char32_t c) const;
    bool covers(Style style, int entry, char32_t c) const;
    const ShapedFace* face(Style style, int entry) const {
        if (entry < 0 || static_cast<size_t>(entry) >= faces[static_cast<int>(style)].size()) return nullptr;
        const ShapedFace& f = faces[static_cast<int>(style)][entry];
        return f.file ? &f : nullptr;
    }
};

// Every glyph that shaping text made of `codepoints` can produce with this
// font: the code points' own glyphs and everything the font's default
// substitutions (joining forms, ligatures, mark compositions, Persian forms)
// reach from them. Any string of these code points - content, interface or
// typed on the keyboard - shapes into glyphs of this set.
std::vector<uint32_t> reachableGlyphs(const LoadedFont& font, const std::set<uint32_t>& codepoints);

// Bakes shaped glyphs in two steps around ImFontAtlas::Build(): add() renders
// them with FreeType and reserves atlas rectangles, finish() copies the pixels
// into the built atlas and fills in each glyph's texture coordinates.
class GlyphBaker {
public:
    // `sizePixels` is the size ImGui's builder would give this font (its
    // ascender-to-descender height), so shaped glyphs match merged ones.
    void add(ImFontAtlas* atlas, ShapedFace& face, float sizePixels, const std::vector<uint32_t>& glyphs);
    void finish(ImFontAtlas* atlas);

private:
    struct Pending {
        ShapedFace* face;
        uint32_t glyph;
        int rect;
        int width, height;
        std::vector<unsigned char> pixels;
    };
    std::vector<Pending> pending_;
};

}  // namespace kiosk::text
