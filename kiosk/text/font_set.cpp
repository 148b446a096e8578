// Building the ImGui font atlas: one ImFont per text style, each a merge of
// the fonts in fonts/fonts.toml, holding only the glyphs that are needed.
// Only needed glyphs keeps the atlas (and resident memory) small although we
// cover Latin, Cyrillic and Arabic script at seven sizes.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui.h>
#include <imgui_freetype.h>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/font_config.h"
#include "kiosk/text/shaping.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/keyboard_layouts.h"

namespace kiosk::text {
namespace {

const FontSet* gActiveFontSet = nullptr;

// A font file read once per process: its bytes (handed to ImGui without
// ownership) and a FreeType face to ask which code points it covers.
struct LoadedFont {
    std::vector<char> bytes;
    FT_Face face = nullptr;
};

FT_Library freeType() {
    static FT_Library library = [] {
        FT_Library lib = nullptr;
        if (FT_Init_FreeType(&lib) != 0) lib = nullptr;
        return lib;
    }();
    return library;
}

const LoadedFont* loadFont(const std::string& path) {
    static std::map<std::string, std::unique_ptr<LoadedFont>> cache;
    auto it = cache.find(path);
    if (it != cache.end()) return it->second.get();
    auto font = std::make_unique<LoadedFont>();
    std::ifstream in(path, std::ios::binary);
    if (in) font->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (font->bytes.empty() || !freeType() ||
        FT_New_Memory_Face(freeType(), reinterpret_cast<const FT_Byte*>(font->bytes.data()),
                           static_cast<FT_Long>(font->bytes.size()), 0, &font->face) != 0) {
        cache[path] = nullptr;
        return nullptr;
    }
    return (cache[path] = std::move(font)).get();
}

// Ascender-to-descender height of a face per em.
float lineBoxPerEm(FT_Face face) {
    if (!face || face->units_per_EM == 0) return 1.0f;
    return static_cast<float>(face->ascender - face->descender) / static_cast<float>(face->units_per_EM);
}

bool isArabicLetter(uint32_t c) { return (c >= 0x0620 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F); }

// The presentation forms FriBidi can turn these Arabic-script letters into:
// each letter shaped alone, at the start, in the middle and at the end of a
// word, plus the lam-alef ligatures.
void addPresentationForms(std::set<uint32_t>& needed) {
    std::vector<uint32_t> letters;
    for (uint32_t c : needed)
        if (isArabicLetter(c)) letters.push_back(c);
    if (letters.empty()) return;
    constexpr char32_t kBeh = 0x0628, kLam = 0x0644;
    auto collect = [&](std::u32string_view s) {
        for (char32_t c : shapeLine(s, true)) needed.insert(static_cast<uint32_t>(c));
    };
    for (uint32_t letter : letters) {
        const auto c = static_cast<char32_t>(letter);
        collect(std::u32string{c});
        collect(std::u32string{kBeh, c});
        collect(std::u32string{c, kBeh});
        collect(std::u32string{kBeh, c, kBeh});
        collect(std::u32string{kLam, c});
        collect(std::u32string{kBeh, kLam, c});
    }
}

std::set<uint32_t> neededCodepoints(const std::vector<uint32_t>& content) {
    std::set<uint32_t> needed;
    for (uint32_t c : interfaceCodepoints()) needed.insert(c);
    for (uint32_t c : content) needed.insert(c);
    addPresentationForms(needed);
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

// Only what the interface itself draws: the content's letters come from
// ContentStore::codepoints() (search results are content too), and what the
// keyboard can type is in keyboardCodepoints(). Fewer glyphs, faster start.
std::vector<uint32_t> interfaceCodepoints() {
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
    return {all.begin(), all.end()};
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
        for (uint32_t c : needed) {
            for (size_t i = 0; i < v.files.size(); ++i) {
                if (v.files[i] && FT_Get_Char_Index(v.files[i]->face, c) != 0) {
                    builders[i].AddChar(static_cast<ImWchar>(c));
                    used[i] = true;
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
    for (int s = 0; s < kStyleCount; ++s) {
        const StyleSize& size = config.styles[s];
        const float px = std::round(size.mm * request.pxPerMm * request.textScale);
        pixelSizes_[s] = px;
        fonts_[s] = nullptr;
        Variant& v = variants[size.bold ? 1 : 0];
        for (size_t i = 0; i < v.files.size(); ++i) {
            if (!v.files[i] || v.ranges[i].empty()) continue;
            ranges_.push_back(v.ranges[i]);  // ImGui keeps the pointer until Build()
            ImFontConfig cfg;
            cfg.FontData = const_cast<char*>(v.files[i]->bytes.data());
            cfg.FontDataSize = static_cast<int>(v.files[i]->bytes.size());
            cfg.FontDataOwnedByAtlas = false;  // the bytes live in our cache for the whole run
            // ImGui's FreeType builder sizes a font so that ascender-descender
            // fills SizePixels. Noto Sans Arabic has far taller ascenders and
            // deeper descenders than Noto Sans, so at the same SizePixels its
            // letters come out about a third smaller. Equalise the em size
            // first; `scale` from fonts.toml is then a true relative size.
            const float emEqual = lineBoxPerEm(v.files[i]->face) / lineBoxPerEm(v.files.front()->face);
            cfg.SizePixels = std::round(px * emEqual * config.fonts[i].scale);
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
    glyphCount_ = 0;
    for (ImFont* f : fonts_)
        if (f) glyphCount_ += static_cast<size_t>(f->Glyphs.Size);
    built_ = request;
    builtCodepoints_.assign(needed.begin(), needed.end());
    isBuilt_ = true;
    gActiveFontSet = this;
    if (ImGui::GetCurrentContext() && atlas == ImGui::GetIO().Fonts) ImGui::GetIO().FontDefault = font(Style::Body);
    clearLayoutCache();
    return true;
}

}  // namespace kiosk::text
