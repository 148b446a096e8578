// The real kiosk under X: the Arabic home title's vowel mark (the tanwin of
// معًا) is drawn where HarfBuzz put it - over its own letter ain - and there
// is ink there in the screenshot. With the old presentation-form path the
// tanwin landed on meem, one letter to the right, and this place stayed empty.
// The title's first words also match hb-view's rendering of them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include <hb-ot.h>
#include <imgui.h>

#include "kiosk/text/font_files.h"
#include "kiosk/text/shaped_glyphs.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_metrics.h"
#include "tests/support/kiosk_support.h"

using namespace kiosk::text;
using namespace kiosk_test;

// The em size tests/data/shaping/make_title_image.sh rendered the reference at.
constexpr float kReferenceEmPx = 50.663f;

namespace {

struct ScreenBox {
    int x0, y0, x1, y1;
    int width() const { return x1 - x0; }
};

// Share of dark (text-coloured) pixels of the screenshot inside a box.
double inkShare(const Image& image, ScreenBox box) {
    long dark = 0, all = 0;
    for (int y = std::max(0, box.y0); y < std::min(image.height, box.y1); ++y)
        for (int x = std::max(0, box.x0); x < std::min(image.width, box.x1); ++x) {
            const unsigned char* p = image.at(x, y);
            dark += (p[0] + p[1] + p[2]) / 3 < 128;
            ++all;
        }
    return all ? double(dark) / double(all) : 0;
}

// Ink coverage 0..1 of a grey or colour picture: 0 on its background, 1 in
// the middle of a stroke of its text colour.
struct Coverage {
    int width = 0, height = 0;
    std::vector<float> ink;
    float at(int x, int y) const { return x < 0 || y < 0 || x >= width || y >= height ? 0.0f : ink[size_t(y) * width + x]; }
};

Coverage coverageOf(const Image& image, ScreenBox box) {
    Coverage c{box.width(), box.y1 - box.y0, {}};
    auto grey = [&](int x, int y) {
        const unsigned char* p = image.at(x, y);
        return (p[0] + p[1] + p[2]) / 3.0f;
    };
    float background = 0, text = 255;
    for (int y = box.y0; y < box.y1; ++y)
        for (int x = box.x0; x < box.x1; ++x) background = std::max(background, grey(x, y)), text = std::min(text, grey(x, y));
    for (int y = box.y0; y < box.y1; ++y)
        for (int x = box.x0; x < box.x1; ++x)
            c.ink.push_back(std::clamp((background - grey(x, y)) / std::max(1.0f, background - text), 0.0f, 1.0f));
    return c;
}

// The box around a coverage's ink (coverage above one half).
ScreenBox inkBounds(const Coverage& c) {
    ScreenBox b{c.width, c.height, 0, 0};
    for (int y = 0; y < c.height; ++y)
        for (int x = 0; x < c.width; ++x)
            if (c.at(x, y) > 0.5f) b.x0 = std::min(b.x0, x), b.y0 = std::min(b.y0, y), b.x1 = std::max(b.x1, x + 1), b.y1 = std::max(b.y1, y + 1);
    return b;
}

// Overlap (intersection over union) of the two inks, their boxes laid on
// each other, over rows [fromRow, toRow) of the ink box.
double inkOverlap(const Coverage& a, ScreenBox boxA, const Coverage& b, ScreenBox boxB, int fromRow, int toRow) {
    long both = 0, either = 0;
    for (int y = fromRow; y < toRow; ++y)
        for (int x = -2; x < std::max(boxA.width(), boxB.width()) + 2; ++x) {
            const bool inA = a.at(boxA.x0 + x, boxA.y0 + y) > 0.5f, inB = b.at(boxB.x0 + x, boxB.y0 + y) > 0.5f;
            both += inA && inB;
            either += inA || inB;
        }
    return either ? double(both) / double(either) : 0;
}

}  // namespace

TEST_CASE("the kiosk draws the home title's tanwin over its ain (screenshot, 1920x1080, ar)") {
    const fs::path dir = tempDir("arabic-marks");
    const fs::path shot = dir / "home-ar.png", dump = dir / "home-ar.json";
    auto result = runKiosk({"--windowed", "1920x1080", "--data", demoData().string(), "--lang", "ar", "--now", kNow,
                            "--screenshot", shot.string(), "--dump-text", dump.string()});
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    const Image image = loadPng(shot);
    const std::vector<DrawnText> records = readRecorded(dump);
    const DrawnText* title = nullptr;
    for (const DrawnText& r : records)
        if (r.text.find("نشطون معًا") != std::string::npos) title = &r;
    REQUIRE_MESSAGE(title, "the Arabic home title was not drawn");

    // The same fonts the kiosk built: its default screen (531 x 299 mm) at 1920x1080.
    ImFontAtlas atlas;
    FontSet fonts;
    FontSet::Request request;
    request.pxPerMm = kiosk::UiMetrics::densityFor(1920, 1080, 531, 299);
    const std::u32string text = toUtf32(title->text);
    request.codepoints.assign(text.begin(), text.end());
    REQUIRE(fonts.build(&atlas, request));
    // The style whose layout has the drawn width.
    const float drawnWidth = title->textMax.x - title->textMin.x;
    const float boxWidth = title->boxMax.x - title->boxMin.x;
    const Paragraph* paragraph = nullptr;
    for (int s = 0; s < kStyleCount && !paragraph; ++s) {
        const Paragraph& p = layout(title->text, static_cast<Style>(s), boxWidth);
        if (std::fabs(p.width - drawnWidth) < 1.0f && std::fabs(p.height - (title->textMax.y - title->textMin.y)) < 1.0f)
            paragraph = &p;
    }
    REQUIRE_MESSAGE(paragraph, "no text style gives the title's drawn width " << drawnWidth);
    const Line& line = paragraph->lines.front();
    REQUIRE(line.logical.find("معًا") != std::string::npos);
    const ShapedFonts* shaped = fonts.shaped();
    const float baseline = shaped->baseline[static_cast<int>(paragraph->style)];
    // Where draw() put the line (right-aligned in the right-to-left interface).
    const float lineX = title->textMin.x, lineY = std::floor(title->textMin.y + 0.5f);

    // The title as logical text: the ain of معًا and its tanwin right after it.
    const size_t ain = text.find(U"معًا") + 1;
    ScreenBox ainBox{}, tanwinBox{};
    bool foundAin = false, foundTanwin = false;
    for (const TextRun& run : line.runs) {
        const ShapedFace* face = shaped->face(paragraph->style, run.font);
        if (!face) continue;
        hb_face_t* hbFace = hb_font_get_face(face->file->shaper);
        for (const PlacedGlyph& g : run.glyphs) {
            if (g.cluster != ain) continue;
            const AtlasGlyph* ink = face->glyph(g.glyph);
            REQUIRE(ink);
            // The same arithmetic as draw(): whole pixels, then the glyph's ink box.
            const float x = std::floor(lineX + run.x + g.x + 0.5f), y = std::floor(lineY + baseline + g.y + 0.5f);
            const ScreenBox box{int(x + ink->x0), int(y + ink->y0), int(x + ink->x1), int(y + ink->y1)};
            if (hb_ot_layout_get_glyph_class(hbFace, g.glyph) == HB_OT_LAYOUT_GLYPH_CLASS_MARK)
                tanwinBox = box, foundTanwin = true;
            else
                ainBox = box, foundAin = true;
        }
    }
    REQUIRE(foundAin);
    REQUIRE(foundTanwin);
    MESSAGE("ain at x " << ainBox.x0 << ".." << ainBox.x1 << ", tanwin at x " << tanwinBox.x0 << ".." << tanwinBox.x1
                        << " y " << tanwinBox.y0 << ".." << tanwinBox.y1);
    // In the column of its letter, above it.
    const int centre = (tanwinBox.x0 + tanwinBox.x1) / 2;
    CHECK(centre >= ainBox.x0);
    CHECK(centre <= ainBox.x1);
    CHECK(tanwinBox.y1 <= ainBox.y0 + 2);
    // And the screenshot has the mark's ink there (the two strokes of the
    // tanwin fill about half its box), while the same-sized place one letter
    // width to the right - over meem, where the old path drew it - is empty
    // above the letters.
    const double there = inkShare(image, tanwinBox);
    const ScreenBox overMeem{tanwinBox.x0 + ainBox.width(), tanwinBox.y0, tanwinBox.x1 + ainBox.width(), tanwinBox.y1};
    const double overTheNext = inkShare(image, overMeem);
    MESSAGE("ink in the tanwin's box " << there << ", one letter to the right " << overTheNext);
    CHECK(there > 0.25);
    CHECK(overTheNext < 0.05);

    // The first two words as a second renderer draws them: hb-view (cairo)
    // with the same font at the same size, made once by
    // tests/data/shaping/make_title_image.sh. Laid on each other, the inks
    // must cover the same pixels - as a whole and in the top third, where the
    // dots and the tanwin are.
    const ShapedFace* face = nullptr;
    ScreenBox words{1 << 20, 1 << 20, 0, 0};
    for (const TextRun& run : line.runs) {
        const ShapedFace* f = shaped->face(paragraph->style, run.font);
        if (!f) continue;
        for (const PlacedGlyph& g : run.glyphs) {
            const AtlasGlyph* ink = f->glyph(g.glyph);
            if (g.cluster >= 10 || !ink || !ink->hasInk()) continue;  // "نشطون معًا" is characters 0-9
            face = f;
            const float x = std::floor(lineX + run.x + g.x + 0.5f), y = std::floor(lineY + baseline + g.y + 0.5f);
            words.x0 = std::min(words.x0, int(x + ink->x0) - 2), words.y0 = std::min(words.y0, int(y + ink->y0) - 2);
            words.x1 = std::max(words.x1, int(x + ink->x1) + 2), words.y1 = std::max(words.y1, int(y + ink->y1) + 2);
        }
    }
    REQUIRE(face);
    const float emPx = face->pxPerUnit * float(face->file->unitsPerEm);
    REQUIRE_MESSAGE(std::fabs(emPx - kReferenceEmPx) < 0.01f, "the title's size changed to " << emPx
                        << " px: remake the reference with tests/data/shaping/make_title_image.sh at that size");
    const Image reference = loadPng(fs::path(TEST_DATA_DIR) / "shaping/home_title_ar_hb_view.png");
    const Coverage ours = coverageOf(image, words);
    const Coverage theirs = coverageOf(reference, ScreenBox{0, 0, reference.width, reference.height});
    const ScreenBox ourInk = inkBounds(ours), theirInk = inkBounds(theirs);
    MESSAGE("ink " << ourInk.width() << "x" << ourInk.y1 - ourInk.y0 << " px, hb-view " << theirInk.width() << "x"
                   << theirInk.y1 - theirInk.y0 << " px");
    CHECK(std::abs(ourInk.width() - theirInk.width()) <= 2);
    CHECK(std::abs((ourInk.y1 - ourInk.y0) - (theirInk.y1 - theirInk.y0)) <= 2);
    const int rows = ourInk.y1 - ourInk.y0;
    const double whole = inkOverlap(ours, ourInk, theirs, theirInk, 0, rows);
    const double top = inkOverlap(ours, ourInk, theirs, theirInk, 0, rows / 3);
    MESSAGE("ink overlap with hb-view: " << whole << " whole, " << top << " top third");
    CHECK(whole > 0.95);
    CHECK(top > 0.9);  // the old presentation-form rendering: 0.58 whole, 0.25 top third
}
