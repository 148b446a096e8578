// Arabic and Persian shaping with HarfBuzz: vowel marks on their own letters,
// the same glyphs and positions as HarfBuzz's own hb-shape gives (reference
// made once, tests/data/shaping/), and the laid-out runs drawn from the atlas.
#include <doctest/doctest.h>

#include <cmath>
#include <map>

#include <hb-ot.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include "kiosk/text/font_files.h"
#include "kiosk/text/line_shaper.h"
#include "kiosk/text/shaped_glyphs.h"
#include "kiosk/text/text.h"
#include "tests/support/test_files.h"

using namespace kiosk::text;

namespace {

const char* kArabicRegular = "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf";
const char* kArabicBold = "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf";

// An ink box in font units, x to the right, y up (as HarfBuzz gives extents).
struct Box {
    double x0, x1, y0, y1;
    double centreX() const { return (x0 + x1) / 2; }
};

struct GlyphInBox {
    ShapedGlyph glyph;
    Box box;
    bool mark;
};

// Each glyph's ink box where HarfBuzz placed it, and whether the font's GDEF
// table calls it a mark.
std::vector<GlyphInBox> placedBoxes(const LoadedFont& font, std::u32string_view text) {
    std::vector<GlyphInBox> out;
    hb_face_t* face = hb_font_get_face(font.shaper);
    double pen = 0;
    for (const ShapedGlyph& g : shapeWithHarfBuzz(font.shaper, text, 0, text.size(), true)) {
        hb_glyph_extents_t e{};
        hb_font_get_glyph_extents(font.shaper, g.glyph, &e);
        const double x = pen + g.xOffset, y = g.yOffset;
        out.push_back({g,
                       {x + e.x_bearing, x + e.x_bearing + e.width, y + e.y_bearing + e.height, y + e.y_bearing},
                       hb_ot_layout_get_glyph_class(face, g.glyph) == HB_OT_LAYOUT_GLYPH_CLASS_MARK});
        pen += g.xAdvance;
    }
    return out;
}

// For every mark: the index of the letter it belongs to (its cluster), and
// whether it is drawn over that letter's ink (horizontal centre inside the
// letter's box) and above or below it, not beside it.
struct MarkPlace {
    uint32_t letter;
    bool overItsLetter;
};
std::vector<MarkPlace> markPlaces(const LoadedFont& font, std::u32string_view text) {
    const auto boxes = placedBoxes(font, text);
    std::vector<MarkPlace> places;
    for (const GlyphInBox& mark : boxes) {
        if (!mark.mark) continue;
        const GlyphInBox* base = nullptr;
        for (const GlyphInBox& b : boxes)
            if (!b.mark && b.glyph.cluster == mark.glyph.cluster) base = &b;
        REQUIRE_MESSAGE(base, "a mark without a letter in its cluster");
        places.push_back({mark.glyph.cluster, mark.box.centreX() >= base->box.x0 && mark.box.centreX() <= base->box.x1});
    }
    return places;
}

const LoadedFont& font(const char* path) {
    const LoadedFont* f = loadFont(path);
    REQUIRE_MESSAGE(f, "cannot read " << path << " (Debian package fonts-noto-core)");
    return *f;
}

FontSet& fonts() {
    static ImFontAtlas atlas;
    static FontSet set;
    static bool built = [] {
        FontSet::Request request;
        request.pxPerMm = 3.6f;
        const std::u32string content = toUtf32("نشطون معًا وضّح عادةً پیگیری");
        request.codepoints.assign(content.begin(), content.end());
        return set.build(&atlas, request);
    }();
    REQUIRE(built);
    return set;
}

}  // namespace

TEST_CASE("vowel marks sit on their own letters: tanwin on ain, shadda on dad, tanwin on teh marbuta") {
    for (const char* path : {kArabicRegular, kArabicBold}) {
        CAPTURE(path);
        const LoadedFont& f = font(path);
        struct Word {
            std::u32string_view text;
            uint32_t letter;  // index of the letter that carries the word's one mark
        };
        const Word words[] = {
            {U"نشطون معًا", 7},  // معًا (together): the fathatan on ain, not on meem
            {U"وضّح", 1},        // وضّح (explain): the shadda on dad, not on waw
            {U"عادةً", 3},       // عادةً (usually): the fathatan on teh marbuta, not on dal
            {U"مُساعدة", 0},     // مُساعدة (help): the damma on meem, not in the gap before the word
        };
        for (const Word& word : words) {
            CAPTURE(toUtf8(word.text));
            const auto places = markPlaces(f, word.text);
            REQUIRE(places.size() == 1);
            CHECK(places[0].letter == word.letter);
            CHECK(places[0].overItsLetter);
        }
    }
}

TEST_CASE("the kiosk shapes exactly as hb-shape does (reference made with libharfbuzz-bin)") {
    const auto reference = nlohmann::json::parse(test_files::readTestData("shaping/arabic_reference.json"));
    int compared = 0;
    for (const auto& fontCase : reference["fonts"]) {
        const std::string path = fontCase["file"];
        const LoadedFont& f = font(path.c_str());
        // The reference is only valid for the font file it was made with.
        REQUIRE_MESSAGE(f.bytes.size() == fontCase["bytes"].get<size_t>(),
                        path << " is not the font the reference was made with: run tests/data/shaping/make_reference.py");
        for (const auto& c : fontCase["cases"]) {
            const std::u32string text = toUtf32(c["text"].get<std::string>());
            CAPTURE(c["text"].get<std::string>());
            CAPTURE(path);
            const auto ours = shapeWithHarfBuzz(f.shaper, text, 0, text.size(), true);
            const auto& theirs = c["glyphs"];
            REQUIRE(ours.size() == theirs.size());
            for (size_t i = 0; i < ours.size(); ++i) {
                CAPTURE(i);
                const auto& t = theirs[i];
                CHECK(ours[i].glyph == t[0].get<uint32_t>());
                CHECK(ours[i].cluster == t[1].get<uint32_t>());
                CHECK(ours[i].xAdvance == t[2].get<int>());
                CHECK(ours[i].yAdvance == t[3].get<int>());
                CHECK(ours[i].xOffset == t[4].get<int>());
                CHECK(ours[i].yOffset == t[5].get<int>());
            }
            ++compared;
        }
    }
    CHECK(compared == 14);
}

TEST_CASE("Persian text gets its own forms; ZWNJ breaks the join and is not drawn") {
    const LoadedFont& f = font(kArabicRegular);
    // پیگیری: six letters, six glyphs, none of them the isolated form of its letter
    // except the last yeh.
    const auto followUp = shapeWithHarfBuzz(f.shaper, U"پیگیری", 0, 6, true);
    REQUIRE(followUp.size() == 6);
    hb_codepoint_t isolatedGaf = 0;
    REQUIRE(hb_font_get_nominal_glyph(f.shaper, 0x06AF, &isolatedGaf));
    for (const auto& g : followUp)
        if (g.cluster == 2) CHECK(g.glyph != isolatedGaf);  // medial gaf
    // می‌روم: yeh ends its part before the ZWNJ (final form), unlike in میروم.
    const auto withZwnj = shapeWithHarfBuzz(f.shaper, U"می\u200Cروم", 0, 6, true);
    const auto joined = shapeWithHarfBuzz(f.shaper, U"میروم", 0, 5, true);
    CHECK(withZwnj.size() == 5);  // the ZWNJ leaves no glyph
    auto yehOf = [](const std::vector<ShapedGlyph>& glyphs) {
        for (const auto& g : glyphs)
            if (g.cluster == 1) return g.glyph;
        return 0u;
    };
    CHECK(yehOf(withZwnj) != yehOf(joined));
}

TEST_CASE("laid-out Arabic runs carry HarfBuzz glyphs that are all in the atlas, marks over their letters") {
    FontSet& set = fonts();
    const ShapedFonts* shaped = set.shaped();
    REQUIRE(shaped);
    for (Style style : {Style::Body, Style::Title, Style::Display}) {
        CAPTURE(static_cast<int>(style));
        const Paragraph& p = layout("نشطون معًا", style, 0);
        REQUIRE(p.lines.size() == 1);
        const Line& line = p.lines[0];
        REQUIRE(line.runs.size() == 1);  // the space between the words is shaped with them
        const TextRun& run = line.runs[0];
        const ShapedFace* face = shaped->face(style, run.font);
        REQUIRE(face);
        // The line is as wide as HarfBuzz's advances at this size.
        float advances = 0;
        const std::u32string text = U"نشطون معًا";
        for (const auto& g : shapeWithHarfBuzz(face->file->shaper, text, 0, text.size(), true))
            advances += static_cast<float>(g.xAdvance) * face->pxPerUnit;
        CHECK(line.width == doctest::Approx(advances));
        // The tanwin's baked ink lies over the ain's baked ink, in pixels as drawn.
        hb_face_t* hbFace = hb_font_get_face(face->file->shaper);
        auto isMark = [&](const PlacedGlyph& g) {
            return hb_ot_layout_get_glyph_class(hbFace, g.glyph) == HB_OT_LAYOUT_GLYPH_CLASS_MARK;
        };
        const PlacedGlyph* ain = nullptr;
        int marks = 0;
        for (const PlacedGlyph& g : run.glyphs) {
            REQUIRE_MESSAGE(face->glyph(g.glyph), "glyph " << g.glyph << " not baked");
            if (g.cluster == 7 && !isMark(g)) ain = &g;
        }
        REQUIRE(ain);
        const AtlasGlyph* ainInk = face->glyph(ain->glyph);
        for (const PlacedGlyph& g : run.glyphs) {
            if (g.cluster != 7 || !isMark(g)) continue;
            ++marks;
            const AtlasGlyph* ink = face->glyph(g.glyph);
            const float centre = g.x + (ink->x0 + ink->x1) / 2;
            CHECK(centre >= ain->x + ainInk->x0);
            CHECK(centre <= ain->x + ainInk->x1);
            CHECK(g.y + ink->y1 <= ain->y + ainInk->y0 + 1);  // above the letter
        }
        CHECK(marks == 1);
    }
}

TEST_CASE("mixed lines: Latin and numbers in ImGui runs, Arabic in a shaped run, in visual order") {
    fonts();
    const Paragraph& p = layout("مركز 12 Leipzig", Style::Body, 0);
    REQUIRE(p.lines.size() == 1);
    const Line& line = p.lines[0];
    CHECK(p.rtl);
    REQUIRE(line.runs.size() >= 3);
    CHECK(line.runs.front().text == "Leipzig");
    CHECK(line.runs.front().font == -1);
    CHECK(line.runs.back().font >= 0);  // the Arabic word at the right end
    float x = 0;
    for (const TextRun& run : line.runs) {
        CHECK(run.x == doctest::Approx(x));
        x += run.width;
    }
    CHECK(line.width == doctest::Approx(x));
}

TEST_CASE("the atlas bakes Arabic by glyph id only, at every style") {
    FontSet& set = fonts();
    const ShapedFonts* shaped = set.shaped();
    REQUIRE(shaped);
    const LoadedFont& regular = font(kArabicRegular);
    hb_codepoint_t alef = 0;
    REQUIRE(hb_font_get_nominal_glyph(regular.shaper, 0x0627, &alef));
    size_t shapedGlyphs = 0;
    for (int s = 0; s < kStyleCount; ++s) {
        const Style style = static_cast<Style>(s);
        const int entry = shaped->fontFor(style, 0x0627);
        REQUIRE(entry >= 0);
        const ShapedFace* face = shaped->face(style, entry);
        REQUIRE(face);
        shapedGlyphs += face->glyphs.size();
        // ImGui's code-point font holds no Arabic letters any more.
        CHECK(set.font(style)->FindGlyphNoFallback(0x0627) == nullptr);
        CHECK(set.font(style)->FindGlyphNoFallback('A') != nullptr);
    }
    MESSAGE("shaped glyphs baked over 7 styles: " << shapedGlyphs << ", all glyphs " << set.glyphCount());
    CHECK(shapedGlyphs > 7 * 20);
    CHECK(shapedGlyphs < set.glyphCount());
}
