#include "kiosk/text/shaped_glyphs.h"

#include <cstring>

#include <hb-ot.h>

#include "kiosk/text/font_files.h"

namespace kiosk::text {

bool ShapedFonts::covers(Style style, int entry, char32_t c) const {
    const auto& list = files[bold[static_cast<int>(style)] ? 1 : 0];
    if (entry < 0 || static_cast<size_t>(entry) >= list.size() || !list[entry]) return false;
    return FT_Get_Char_Index(list[entry]->face, c) != 0;
}

int ShapedFonts::fontFor(Style style, char32_t c) const {
    const auto& list = files[bold[static_cast<int>(style)] ? 1 : 0];
    for (size_t i = 0; i < list.size(); ++i)
        if (list[i] && FT_Get_Char_Index(list[i]->face, c) != 0) return static_cast<int>(i);
    return -1;
}

std::vector<uint32_t> reachableGlyphs(const LoadedFont& font, const std::set<uint32_t>& codepoints) {
    hb_face_t* face = hb_font_get_face(font.shaper);
    hb_set_t* glyphs = hb_set_create();
    for (uint32_t c : codepoints) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(font.shaper, c, &glyph)) hb_set_add(glyphs, glyph);
    }
    // HarfBuzz puts a dotted circle under a mark that has no letter to sit on.
    hb_codepoint_t dottedCircle = 0;
    if (!hb_set_is_empty(glyphs) && hb_font_get_nominal_glyph(font.shaper, 0x25CC, &dottedCircle))
        hb_set_add(glyphs, dottedCircle);
    // Only the features HarfBuzz applies by default (for Arabic and every other
    // script): optional ones like stylistic alternates would bake glyphs that
    // are never drawn.
    const hb_tag_t features[] = {
        HB_TAG('c', 'c', 'm', 'p'), HB_TAG('l', 'o', 'c', 'l'), HB_TAG('i', 's', 'o', 'l'), HB_TAG('f', 'i', 'n', 'a'),
        HB_TAG('f', 'i', 'n', '2'), HB_TAG('f', 'i', 'n', '3'), HB_TAG('m', 'e', 'd', 'i'), HB_TAG('m', 'e', 'd', '2'),
        HB_TAG('i', 'n', 'i', 't'), HB_TAG('r', 'l', 'i', 'g'), HB_TAG('r', 'c', 'l', 't'), HB_TAG('c', 'a', 'l', 't'),
        HB_TAG('l', 'i', 'g', 'a'), HB_TAG('c', 'l', 'i', 'g'), HB_TAG('m', 's', 'e', 't'), HB_TAG('r', 'v', 'r', 'n'),
        HB_TAG('l', 'j', 'm', 'o'), HB_TAG('v', 'j', 'm', 'o'), HB_TAG('t', 'j', 'm', 'o'), HB_TAG('s', 't', 'c', 'h'),
        HB_TAG_NONE};
    hb_set_t* lookups = hb_set_create();
    hb_ot_layout_collect_lookups(face, HB_OT_TAG_GSUB, nullptr, nullptr, features, lookups);
    hb_ot_layout_lookups_substitute_closure(face, lookups, glyphs);
    std::vector<uint32_t> out;
    for (hb_codepoint_t g = HB_SET_VALUE_INVALID; hb_set_next(glyphs, &g);) out.push_back(g);
    hb_set_destroy(lookups);
    hb_set_destroy(glyphs);
    return out;
}

void GlyphBaker::add(ImFontAtlas* atlas, ShapedFace& face, float sizePixels, const std::vector<uint32_t>& glyphs) {
    FT_Face ft = face.file->rasterFace;
    // The same request ImGui's FreeType builder makes: the ascender-to-descender
    // height is sizePixels.
    FT_Size_RequestRec request = {};
    request.type = FT_SIZE_REQUEST_TYPE_REAL_DIM;
    request.height = static_cast<FT_Long>(sizePixels * 64);
    if (FT_Request_Size(ft, &request) != 0) return;
    face.pxPerUnit = static_cast<float>(ft->size->metrics.y_scale) / 65536.0f / 64.0f;
    for (uint32_t id : glyphs) {
        // Unhinted, like the ImGui fonts (ImGuiFreeTypeBuilderFlags_NoHinting).
        if (FT_Load_Glyph(ft, id, FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0) continue;
        if (FT_Render_Glyph(ft->glyph, FT_RENDER_MODE_NORMAL) != 0) continue;
        const FT_Bitmap& bitmap = ft->glyph->bitmap;
        AtlasGlyph& baked = face.glyphs[id];
        if (bitmap.width == 0 || bitmap.rows == 0) continue;  // a space: advance only
        baked.x0 = static_cast<float>(ft->glyph->bitmap_left);
        baked.y0 = -static_cast<float>(ft->glyph->bitmap_top);
        baked.x1 = baked.x0 + static_cast<float>(bitmap.width);
        baked.y1 = baked.y0 + static_cast<float>(bitmap.rows);
        Pending p{&face, id, atlas->AddCustomRectRegular(static_cast<int>(bitmap.width), static_cast<int>(bitmap.rows)),
                  static_cast<int>(bitmap.width), static_cast<int>(bitmap.rows), {}};
        p.pixels.resize(static_cast<size_t>(p.width) * static_cast<size_t>(p.height));
        for (int row = 0; row < p.height; ++row)
            std::memcpy(&p.pixels[static_cast<size_t>(row) * p.width], bitmap.buffer + row * bitmap.pitch,
                        static_cast<size_t>(p.width));
        pending_.push_back(std::move(p));
    }
}

void GlyphBaker::finish(ImFontAtlas* atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    for (const Pending& p : pending_) {
        const ImFontAtlasCustomRect* rect = atlas->GetCustomRectByIndex(p.rect);
        AtlasGlyph& baked = p.face->glyphs[p.glyph];
        if (!rect || !rect->IsPacked() || !pixels) {
            baked = AtlasGlyph{};  // no room in the atlas: drawn as nothing rather than as a wrong patch
            continue;
        }
        for (int row = 0; row < p.height; ++row)
            std::memcpy(pixels + static_cast<size_t>(rect->Y + row) * width + rect->X,
                        &p.pixels[static_cast<size_t>(row) * p.width], static_cast<size_t>(p.width));
        atlas->CalcCustomRectUV(rect, &baked.uv0, &baked.uv1);
    }
    pending_.clear();
}

}  // namespace kiosk::text
