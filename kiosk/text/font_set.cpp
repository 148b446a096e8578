// Building the ImGui font atlas: one ImFont per text style, each a merge of
// the fonts in fonts/fonts.toml drawn by code point, and the glyphs of the
// HarfBuzz-shaped font (Arabic script) by glyph id, holding only the glyphs
// that are needed. Only needed glyphs keeps the atlas (and resident memory)
// small although we cover Latin, Cyrillic and Arabic script at seven sizes.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <imgui.h>
#include <imgui_freetype.h>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/font_config.h"
#include "kiosk/text/font_files.h"
#include "kiosk/text/shaped_glyphs.h"
#include "kiosk/text/shaping.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/keyboard_layouts.h"

namespace kiosk::text {
namespace {

const FontSet* gActiveFontSet = nullptr;

std::set<uint32_t> neededCodepoints(const std::vector<uint32_t>& content) {
    std::set<uint32_t> needed;
    for (uint32_t c : interfaceCodepoints()) needed.insert(c);
    for (uint32_t c : content) needed.insert(c);
    // ImWchar is 16 bits in Debian's ImGui; controls and joiners never get drawn.
    for (auto it = needed.begin(); it != needed.end();) {
        if (*it < 0x20 || *it > 0xFFFF || (*it >= 0x7F && *it < 0xA0) || isInvisibleControl(static_cast<char32_t>(*it)))
            it = needed.erase(it);
        else
            ++it;
    }
    return needed;
}

}  // namespace

const FontSet* activeFontSet() { return gActiveFontSet; }

FontSet::FontSet(FontSet&& other) noexcept { *this = std::move(other); }

FontSet& FontSet::operator=(FontSet&& other) noexcept {
    if (this == &other) return *this;
    shaped_ = std::move(other.shaped_);
    std::copy(std::begin(other.fonts_), std::end(other.fonts_), fonts_);
    std::copy(std::begin(other.pixelSizes_), std::end(other.pixelSizes_), pixelSizes_);
    built_ = std::move(other.built_);
    builtCodepoints_ = std::move(other.builtCodepoints_);
    glyphCount_ = other.glyphCount_;
    isBuilt_ = other.isBuilt_;
    ranges_ = std::move(other.ranges_);
    other.isBuilt_ = false;
    std::fill(std::begin(other.fonts_), std::end(other.fonts_), nullptr);
    if (gActiveFontSet == &other) gActiveFontSet = this;
    return *this;
}

FontSet::~FontSet() {
    if (gActiveFontSet == this) gActiveFontSet = nullptr;
}

// Only what the interface itself draws: the content's letters come from
// ContentStore::codepoints() (search results are content too), and what the
// keyboard can type is in keyboardCodepoints(). Fewer glyphs, faster start.
std::vector<uint32_t> interfaceCodepoints() {
    static const std::vector<uint32_t> gathered = [] {
    std::set<uint32_t> all;
    for (uint32_t c = 0x20; c < 0x7F; ++c) all.insert(c);
    // Latin-1 (· « » ° € § ä ö ü ß ...): screens compose texts with these
    // separators and marks, which no translation file lists.
    for (uint32_t c = 0xA0; c <= 0xFF; ++c) all.insert(c);
    // Typography and the symbols the widgets draw (arrows, check marks, keys).
    for (uint32_t c : {0x2013u, 0x2014u, 0x2018u, 0x2019u, 0x201Au, 0x201Cu, 0x201Du, 0x201Eu, 0x2022u, 0x2026u,
                       0x2039u, 0x203Au, 0x20ACu, 0x2190u, 0x2191u, 0x2192u, 0x2193u, 0x2212u, 0x2302u, 0x232Bu,
                       0x2326u, 0x25B2u, 0x25B6u, 0x25BCu, 0x25C0u, 0x25CFu, 0x25CBu, 0x2713u, 0x2715u, 0x2716u,
                       0x2B05u, 0x27A1u, 0x2386u, 0x21E6u, 0x21E8u, 0x2630u, 0x2328u, 0x0131u, 0x0130u})
        all.insert(c);
    for (uint32_t c : i18n::codepoints()) all.insert(c);
    for (uint32_t c : keyboardCodepoints()) all.insert(c);
    return std::vector<uint32_t>(all.begin(), all.end());
    }();  // translations and keyboards never change while the kiosk runs
    return gathered;
}

bool FontSet::needsRebuild(const Request& request) const {
    if (!isBuilt_ || request.pxPerMm != built_.pxPerMm || request.textScale != built_.textScale) return true;
    // Only new code points matter; content that uses fewer keeps the atlas.
    std::vector<uint32_t> wanted(request.codepoints);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    for (uint32_t c : wanted) {
        if (c < 0x20 || c > 0xFFFF || isInvisibleControl(static_cast<char32_t>(c))) continue;
        if (!std::binary_search(builtCodepoints_.begin(), builtCodepoints_.end(), c)) return true;
    }
    return false;
}

bool FontSet::build(ImFontAtlas* atlas, const Request& request, std::string* error) {
    const FontConfig& config = fontConfig();
    if (!config.error.empty()) {
        if (error) *error = config.error;
        return false;
    }
    const std::set<uint32_t> needed = neededCodepoints(request.codepoints);

    // Which font draws which code point, separately for regular and bold
    // files (their coverage can differ).
    struct Variant {
        std::vector<const LoadedFont*> files;
        std::vector<std::vector<ImWchar>> ranges;  // per font, ImGui range pairs + 0
    };
    Variant variants[2];
    auto shaped = std::make_shared<ShapedFonts>();
    for (const FontFile& f : config.fonts) shaped->shaped.push_back(f.shaped);
    for (int bold = 0; bold < 2; ++bold) {
        Variant& v = variants[bold];
        std::vector<ImFontGlyphRangesBuilder> builders(config.fonts.size());
        std::vector<bool> used(config.fonts.size(), false);
        for (const FontFile& f : config.fonts) {
            const LoadedFont* loaded = loadFont(bold ? f.bold : f.regular);
            if (!loaded && &f == &config.fonts.front()) {
                if (error) *error = "cannot read font file " + (bold ? f.bold : f.regular);
                return false;
            }
            v.files.push_back(loaded);
        }
        shaped->files[bold] = v.files;
        // A shaped font's code points are drawn from its glyph-id set only;
        // spaces and punctuation it shares with the Latin font are in both.
        for (uint32_t c : needed) {
            for (size_t i = 0; i < v.files.size(); ++i) {
                if (v.files[i] && FT_Get_Char_Index(v.files[i]->face, c) != 0) {
                    if (!config.fonts[i].shaped) {
                        builders[i].AddChar(static_cast<ImWchar>(c));
                        used[i] = true;
                    }
                    break;
                }
            }
        }
        for (size_t i = 0; i < builders.size(); ++i) {
            std::vector<ImWchar> ranges;
            if (used[i]) {
                ImVector<ImWchar> built;
                builders[i].BuildRanges(&built);
                ranges.assign(built.begin(), built.end());
            }
            v.ranges.push_back(std::move(ranges));
        }
    }

    atlas->Clear();
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    // No hinting: at kiosk sizes (18 px and up) unhinted glyphs read as well,
    // and the atlas builds in about half the time (it is on the start-up path).
    atlas->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_NoHinting;
    atlas->Flags |= ImFontAtlasFlags_NoMouseCursors;  // the kiosk never shows a cursor
    ranges_.clear();
    // The glyphs each shaped font can produce from the needed code points,
    // once per file (regular, bold): the same set at every size.
    std::map<const LoadedFont*, std::vector<uint32_t>> reachable;
    GlyphBaker baker;
    for (int s = 0; s < kStyleCount; ++s) {
        const StyleSize& size = config.styles[s];
        const float px = std::round(size.mm * request.pxPerMm * request.textScale);
        pixelSizes_[s] = px;
        fonts_[s] = nullptr;
        Variant& v = variants[size.bold ? 1 : 0];
        shaped->bold[s] = size.bold;
        shaped->faces[s].resize(v.files.size());
        for (size_t i = 0; i < v.files.size(); ++i) {
            if (!v.files[i]) continue;
            // ImGui's FreeType builder sizes a font so that ascender-descender
            // fills SizePixels. Noto Sans Arabic has far taller ascenders and
            // deeper descenders than Noto Sans, so at the same SizePixels its
            // letters come out about a third smaller. Equalise the em size
            // first; `scale` from fonts.toml is then a true relative size.
            const float emEqual = lineBoxPerEm(v.files[i]->face) / lineBoxPerEm(v.files.front()->face);
            const float sizePixels = std::round(px * emEqual * config.fonts[i].scale);
            if (config.fonts[i].shaped) {
                auto found = reachable.find(v.files[i]);
                if (found == reachable.end()) found = reachable.emplace(v.files[i], reachableGlyphs(*v.files[i], needed)).first;
                if (found->second.empty()) continue;
                ShapedFace& face = shaped->faces[s][i];
                face.file = v.files[i];
                baker.add(atlas, face, sizePixels, found->second);
                continue;
            }
            if (v.ranges[i].empty()) continue;
            ranges_.push_back(v.ranges[i]);  // ImGui keeps the pointer until Build()
            ImFontConfig cfg;
            cfg.FontData = const_cast<char*>(v.files[i]->bytes.data());
            cfg.FontDataSize = static_cast<int>(v.files[i]->bytes.size());
            cfg.FontDataOwnedByAtlas = false;  // the bytes live in our cache for the whole run
            cfg.SizePixels = sizePixels;
            cfg.OversampleH = cfg.OversampleV = 1;  // FreeType hinting makes oversampling unnecessary
            cfg.PixelSnapH = true;
            cfg.MergeMode = fonts_[s] != nullptr;
            cfg.GlyphRanges = ranges_.back().data();
            std::snprintf(cfg.Name, sizeof(cfg.Name), "style%d %s %.0fpx", s, config.fonts[i].name.c_str(),
                          cfg.SizePixels);
            ImFont* font = atlas->AddFont(&cfg);
            if (!fonts_[s]) fonts_[s] = font;
        }
    }
    if (!atlas->Build()) {
        if (error) *error = "the font atlas could not be built";
        isBuilt_ = false;
        return false;
    }
    baker.finish(atlas);
    glyphCount_ = 0;
    for (int s = 0; s < kStyleCount; ++s) {
        if (fonts_[s]) glyphCount_ += static_cast<size_t>(fonts_[s]->Glyphs.Size);
        // Shaped glyphs stand on the baseline of the merged ImGui fonts.
        shaped->baseline[s] = fonts_[s] ? std::round(fonts_[s]->Ascent) : 0.0f;
        for (const ShapedFace& face : shaped->faces[s]) glyphCount_ += face.glyphs.size();
    }
    shaped->glyphCount = glyphCount_;
    shaped_ = std::move(shaped);
    built_ = request;
    builtCodepoints_.assign(needed.begin(), needed.end());
    isBuilt_ = true;
    gActiveFontSet = this;
    if (ImGui::GetCurrentContext() && atlas == ImGui::GetIO().Fonts) ImGui::GetIO().FontDefault = font(Style::Body);
    clearLayoutCache();
    return true;
}

}  // namespace kiosk::text
