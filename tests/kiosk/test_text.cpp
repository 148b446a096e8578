// Fonts, line breaking, bidi order, Arabic runs, drawing records (HarfBuzz details: test_text_shaping.cpp).
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <sstream>

#include <hb-ot.h>
#include <imgui.h>

#include "kiosk/text/font_files.h"
#include "kiosk/text/shaped_glyphs.h"
#include "kiosk/text/shaping.h"
#include "kiosk/text/text.h"

using namespace kiosk::text;

namespace {

ImFontAtlas& fontAtlas() {
    static ImFontAtlas atlas;
    return atlas;
}

// One font set for the whole file (building it takes a moment).
FontSet& fonts() {
    static FontSet set;
    static bool built = [] {
        ImFontAtlas& atlas = fontAtlas();
        std::string error;
        FontSet::Request request;
        request.pxPerMm = 3.6f;
        request.codepoints = {0x0663, 0x06F4};  // content with Arabic-Indic and Persian digits
        const auto start = std::chrono::steady_clock::now();
        bool ok = set.build(&atlas, request, &error);
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        MESSAGE("font atlas: " << atlas.TexWidth << "x" << atlas.TexHeight << ", " << set.glyphCount()
                               << " glyphs, built in " << ms << " ms; " << error);
        return ok;
    }();
    REQUIRE(built);
    return set;
}

std::vector<std::string> words(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> out;
    std::string w;
    while (in >> w) out.push_back(w);
    return out;
}

std::string hex(std::u32string_view s) {
    std::string out;
    char buf[12];
    for (char32_t c : s) {
        std::snprintf(buf, sizeof buf, "%04X ", static_cast<unsigned>(c));
        out += buf;
    }
    return out;
}

}  // namespace

TEST_CASE("UTF-8 round trip and broken input") {
    const std::string mixed = "Grünau مركز Київ 🙂";
    CHECK(toUtf8(toUtf32(mixed)) == mixed);
    CHECK(toUtf32("a\xC3") == U"a\uFFFD");          // truncated sequence
    CHECK(toUtf32("\xC0\xAF") == U"\uFFFD\uFFFD");  // overlong slash
    CHECK(toUtf32("\xED\xA0\x80x").back() == U'x'); // surrogate rejected, rest kept
}

TEST_CASE("lines are reordered for reading; controls and soft hyphens never reach the screen") {
    // Visual order is left to right on screen, so the word's last letter comes first.
    std::u32string visual = reorderLine(U"سلام", true);
    INFO(hex(visual));
    CHECK(visual == U"\u0645\u0627\u0644\u0633");
    CHECK(reorderLine(U"a\u0001b\u00ADc\u200E", false) == U"abc");
}

TEST_CASE("mixed Arabic, numbers and a Latin name read in the right order") {
    // Right-to-left paragraph: "centre 12 Leipzig". The Arabic word is on the
    // right, then the number, then the Latin name at the left end; numbers and
    // the name keep their own left-to-right order.
    std::u32string visual = reorderLine(U"مركز 12 Leipzig", true);
    INFO(hex(visual));
    CHECK(visual == U"Leipzig 12 \u0632\u0643\u0631\u0645");
    // In a left-to-right paragraph the number joins the Arabic run (Unicode rule W2):
    // "12 <word> Leipzig", as every browser shows it.
    std::u32string ltr = reorderLine(U"مركز 12 Leipzig", false);
    CHECK(ltr == U"12 \u0632\u0643\u0631\u0645 Leipzig");
    // Brackets are mirrored inside right-to-left text.
    CHECK(reorderLine(U"(مركز)", true).front() == U'(');
    CHECK(reorderLine(U"(مركز)", true).back() == U')');
}

TEST_CASE("Arabic and Farsi words are shaped into one run each, lam-alef into one glyph") {
    fonts();
    auto glyphsOf = [](const char* text) {
        const Paragraph& p = layout(text, Style::Body, 0);
        REQUIRE(p.lines.size() == 1);
        REQUIRE(p.lines[0].runs.size() == 1);
        CHECK(p.lines[0].runs[0].font >= 0);
        return p.lines[0].runs[0].glyphs.size();
    };
    CHECK(glyphsOf("لا") == 1);    // lam + alef: one ligature
    CHECK(glyphsOf("سلام") == 3);  // seen, lam-alef, meem
    CHECK(glyphsOf("پیگیری") == 6);
    // Zero-width non-joiner keeps two parts apart and is not drawn itself.
    CHECK(glyphsOf("می\u200Cروم") == 5);
}

TEST_CASE("font set holds Latin, Cyrillic, Arabic and Persian glyphs") {
    FontSet& set = fonts();
    for (int s = 0; s < kStyleCount; ++s) REQUIRE(set.font(static_cast<Style>(s)) != nullptr);
    ImFont* body = set.font(Style::Body);
    for (char32_t c : std::u32string(U"Aäß€·«»°Жїґыğİı0"))
        CHECK_MESSAGE(body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr, hex(std::u32string(1, c)));
    // Arabic script is baked by glyph id: every letter's own glyph is there.
    const ShapedFonts* shaped = set.shaped();
    REQUIRE(shaped);
    for (char32_t c : std::u32string(U"سپگیلا٣۴")) {
        const ShapedFace* face = shaped->face(Style::Body, shaped->fontFor(Style::Body, c));
        REQUIRE_MESSAGE(face, hex(std::u32string(1, c)));
        hb_codepoint_t glyph = 0;
        REQUIRE(hb_font_get_nominal_glyph(face->file->shaper, c, &glyph));
        CHECK_MESSAGE(face->glyph(glyph) != nullptr, hex(std::u32string(1, c)));
    }
    // Sizes grow with the style and with the text-size step.
    CHECK(set.pixelSize(Style::Small) < set.pixelSize(Style::Body));
    CHECK(set.pixelSize(Style::Body) < set.pixelSize(Style::Display));
    CHECK(set.pixelSize(Style::Body) == doctest::Approx(std::round(9.4f * 3.6f)));  // fonts/fonts.toml: body 9.4 mm
    // Content with a new letter needs a rebuild, known letters do not.
    FontSet::Request same;
    same.pxPerMm = 3.6f;
    same.codepoints = {'a', 0x0644};
    CHECK_FALSE(set.needsRebuild(same));
    same.codepoints.push_back(0x0E01);  // Thai ko kai: not in the atlas yet
    CHECK(set.needsRebuild(same));
    FontSet::Request bigger;
    bigger.pxPerMm = 3.6f;
    bigger.textScale = 1.25f;
    CHECK(set.needsRebuild(bigger));
}

TEST_CASE("Arabic and Latin look the same size") {
    // The alef of Noto Sans Arabic is designed as tall as a Latin capital of
    // Noto Sans at the same em; so the rendered heights must match (ImGui's
    // builder would make the Arabic a third smaller without the em correction).
    for (Style style : {Style::Body, Style::Button, Style::Title}) {
        ImFont* font = fonts().font(style);
        const ImFontGlyph* capital = font->FindGlyphNoFallback('H');
        REQUIRE(capital);
        const ShapedFonts* shaped = fonts().shaped();
        const ShapedFace* face = shaped->face(style, shaped->fontFor(style, 0x0627));
        REQUIRE(face);
        hb_codepoint_t alefGlyph = 0;
        REQUIRE(hb_font_get_nominal_glyph(face->file->shaper, 0x0627, &alefGlyph));
        const AtlasGlyph* alef = face->glyph(alefGlyph);
        REQUIRE(alef);
        const float latin = capital->Y1 - capital->Y0, arabic = alef->y1 - alef->y0;
        MESSAGE("style " << static_cast<int>(style) << ": H " << latin << " px, alef " << arabic << " px");
        CHECK(arabic == doctest::Approx(latin).epsilon(0.1));
        // Same baseline: both stand on it (their bottoms align within a pixel).
        CHECK(std::fabs(shaped->baseline[static_cast<int>(style)] + alef->y1 - capital->Y1) <= 1.0f);
    }
}

TEST_CASE("Arabic lines are tall enough for every Arabic letter the atlas holds") {
    for (Style style : {Style::Small, Style::Body, Style::Title}) {
        const Paragraph& arabic = layout("مرحبا", style, 0);
        const Paragraph& latin = layout("Hallo", style, 0);
        CHECK(arabic.lineHeight > latin.lineHeight);
        const ShapedFonts* shaped = fonts().shaped();
        const ShapedFace* face = shaped->face(style, shaped->fontFor(style, 0x0627));
        REQUIRE(face);
        const float baseline = shaped->baseline[static_cast<int>(style)];
        float lowest = 0, highest = 1e9f;
        // Letters and ligatures; marks are moved onto their letters by the
        // font's positioning table, so their resting place says nothing.
        hb_face_t* hbFace = hb_font_get_face(face->file->shaper);
        for (const auto& [id, g] : face->glyphs) {
            if (!g.hasInk() || hb_ot_layout_get_glyph_class(hbFace, id) == HB_OT_LAYOUT_GLYPH_CLASS_MARK) continue;
            lowest = std::max(lowest, baseline + g.y1);
            highest = std::min(highest, baseline + g.y0);
        }
        MESSAGE("style " << static_cast<int>(style) << ": Arabic ink " << highest << ".." << lowest << " px, line "
                         << arabic.lineHeight << " px (Latin " << latin.lineHeight << ")");
        CHECK(lowest <= arabic.lineHeight + 1);
        CHECK(highest >= -1);
    }
}

TEST_CASE("lines break between words, never inside one, and respect the width") {
    fonts();
    const std::string text =
        "Wir suchen ehrenamtliche Helferinnen und Helfer für die Hausaufgabenhilfe am Nachmittag in Grünau";
    for (float width : {240.0f, 300.0f, 400.0f, 900.0f}) {  // all wider than the longest word
        const Paragraph& p = layout(text, Style::Body, width);
        std::vector<std::string> seen;
        for (const Line& line : p.lines) {
            CHECK(line.width <= width);
            for (auto& w : words(line.logical)) seen.push_back(w);
        }
        CHECK(seen == words(text));  // every word whole, in order
        CHECK(p.height == doctest::Approx(p.lineHeight * p.lines.size()));
    }
    CHECK(layout(text, Style::Body, 240).lines.size() > layout(text, Style::Body, 900).lines.size());
    CHECK(layout(text, Style::Body, 0).lines.size() == 1);  // no limit: one line
}

TEST_CASE("explicit newlines start new lines; blank lines keep their height") {
    fonts();
    const Paragraph& p = layout("Erster Satz.\nZweiter Satz.\n\nDritter.", Style::Body, 2000);
    REQUIRE(p.lines.size() == 4);
    CHECK(p.lines[0].logical == "Erster Satz.");
    CHECK(p.lines[1].logical == "Zweiter Satz.");
    CHECK(p.lines[2].logical.empty());
    CHECK(p.lines[3].logical == "Dritter.");
}

TEST_CASE("only a word wider than the line is split, and its pieces fit") {
    fonts();
    const std::string word = "Ehrenamtskoordinierungsstellenleiterin";
    const float width = 160;
    const Paragraph& p = layout("Die " + word + " hilft", Style::Body, width);
    std::string joined;
    for (const Line& line : p.lines) {
        CHECK(line.width <= width);
        joined += line.logical + "|";
    }
    INFO(joined);
    CHECK(p.lines.front().logical == "Die");  // "Die" is not glued to a piece of the long word
    CHECK(p.lines.size() >= 3);
    // The pieces are the word in order; the last piece continues with the next word.
    std::string rebuilt;
    for (const Line& line : p.lines) rebuilt += line.logical;
    CHECK(rebuilt == "Die" + word + " hilft");
}

TEST_CASE("Arabic paragraphs break between words and each line is shaped") {
    fonts();
    const std::string text = "يمكنك الحصول على المساعدة في تقديم طلب التمويل في مركز 12 Leipzig";
    const Paragraph& p = layout(text, Style::Body, 250);
    CHECK(p.rtl);
    CHECK(p.lines.size() > 1);
    std::vector<std::string> seen;
    for (const Line& line : p.lines) {
        CHECK(line.width <= 250);
        for (auto& w : words(line.logical)) seen.push_back(w);
        // Arabic letters are drawn from shaped runs only, never from ImGui's font.
        for (const TextRun& run : line.runs)
            if (run.font < 0)
                for (char32_t c : toUtf32(run.text)) CHECK_FALSE((c >= 0x0621 && c <= 0x064A));
    }
    CHECK(seen == words(text));
    CHECK(layout("Hallo مرحبا", Style::Body, 0).rtl == false);
    CHECK(layout("مرحبا Hallo", Style::Body, 0).rtl == true);
    CHECK(layout("Hallo", Style::Body, 0, Direction::RTL).rtl == true);
    // Each paragraph of a bilingual text gets its own direction: the trailing
    // full stop ends up at the reading end of each line.
    const Paragraph& both = layout("Hallo Welt.\nمرحبا.", Style::Body, 0);
    REQUIRE(both.lines.size() == 2);
    CHECK(toUtf32(both.lines[0].visual).back() == U'.');
    CHECK(toUtf32(both.lines[1].visual).front() == U'.');
}

TEST_CASE("layouts are cached: a steady frame does no shaping") {
    fonts();
    const std::string text = "Beratung für Geflüchtete, jeden Mittwoch";
    layout(text, Style::Heading, 300);
    const uint64_t before = shapingRuns();
    for (int i = 0; i < 100; ++i) layout(text, Style::Heading, 300.4f);  // sub-pixel change: same entry
    CHECK(shapingRuns() == before);
    layout(text, Style::Heading, 200);
    CHECK(shapingRuns() > before);
}

TEST_CASE("the layout cache keeps to its memory however many texts pass by, and keeps this frame's") {
    fonts();
    clearLayoutCache();
    ImGuiContext* context = ImGui::CreateContext(&fontAtlas());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60;
    // A visitor flinging through 6,000 organisations, 20 new rows a frame,
    // each a name and a description of a few lines, in German and Arabic.
    auto description = [](int n) {
        return (n % 2 ? std::string("مركز استشارات للاجئين رقم ") : std::string("Beratung für Geflüchtete Nummer ")) +
               std::to_string(n) + (n % 2 ? " ، مفتوح من الاثنين إلى الجمعة، مع ترجمة ومساعدة في الأوراق والطلبات."
                                          : ", offen Montag bis Freitag, mit Übersetzung und Hilfe bei Briefen und Anträgen.");
    };
    size_t lastFrameBytes = 0;
    for (int frame = 0; frame < 300; ++frame) {
        ImGui::NewFrame();
        const size_t before = layoutCacheBytes();
        for (int row = 0; row < 20; ++row) layout(description(frame * 20 + row), Style::Body, 500);
        lastFrameBytes = layoutCacheBytes() - std::min(before, layoutCacheBytes());
        ImGui::EndFrame();
    }
    MESSAGE("layout cache: " << layoutCacheSize() << " layouts, " << layoutCacheBytes() / 1024 << " KB");
    // Filled to its bound (the bound, not the texts, stopped it) and no further
    // than the two frames it may never drop.
    CHECK(layoutCacheBytes() > layoutCacheBudgetBytes() * 9 / 10);
    CHECK(layoutCacheBytes() <= layoutCacheBudgetBytes() + 2 * lastFrameBytes + 64 * 1024);
    CHECK(layoutCacheSize() < 6000);
    // The rows on screen now are still laid out: drawing them again shapes nothing.
    ImGui::NewFrame();
    const uint64_t runs = shapingRuns();
    for (int row = 0; row < 20; ++row) layout(description(299 * 20 + row), Style::Body, 500);
    CHECK(shapingRuns() == runs);
    ImGui::EndFrame();
    ImGui::DestroyContext(context);
    clearLayoutCache();
}

TEST_CASE("labels are cut with an ellipsis instead of overflowing") {
    fonts();
    const Paragraph& fits = layoutLabel("Kurz", Style::Button, 400);
    CHECK_FALSE(fits.ellipsized);
    const Paragraph& cut = layoutLabel("Interkulturelles Begegnungszentrum Grünau", Style::Button, 200);
    REQUIRE(cut.lines.size() == 1);
    CHECK(cut.ellipsized);
    CHECK(cut.lines[0].width <= 200);
    CHECK(cut.lines[0].visual.find("\u2026") != std::string::npos);
    const Paragraph& arabic = layoutLabel("مركز الاستشارات للاجئين في لايبزيغ", Style::Button, 150);
    CHECK(arabic.ellipsized);
    CHECK(arabic.lines[0].width <= 150);
    // In right-to-left text the ellipsis ends the line, i.e. it is drawn leftmost.
    CHECK(toUtf32(arabic.lines[0].visual).front() == 0x2026);
}

TEST_CASE("drawing records text rectangles inside their boxes, aligned per direction") {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // no imgui.ini next to the test
    FontSet set;
    FontSet::Request request;
    request.codepoints = {'x'};
    REQUIRE(set.build(io.Fonts, request));
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    // Once the texture is uploaded the CPU pixels may go: frames still work.
    io.Fonts->ClearTexData();
    CHECK(io.Fonts->IsBuilt());
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImDrawList* dl = ImGui::GetForegroundDrawList();

    clearRecorded();
    setRecording(true);
    setRecordingContext("home/de");
    const Paragraph& p = layout("Organisationen", Style::Title, 600);
    draw(dl, p, ImVec2(100, 100), 600, IM_COL32_WHITE, Align::Start, false);
    draw(dl, p, ImVec2(100, 300), 600, IM_COL32_WHITE, Align::Start, true);  // RTL interface: right edge
    draw(dl, p, ImVec2(100, 300), 600, IM_COL32_WHITE, Align::Start, true);  // same again: recorded once
    drawLabel(dl, "Ein sehr langer Knopftext der nicht passt", Style::Button, ImVec2(10, 500), 120, 60,
              IM_COL32_WHITE);
    setRecording(false);
    draw(dl, p, ImVec2(0, 0), 600, IM_COL32_WHITE);  // not recorded

    const auto& records = recorded();
    REQUIRE(records.size() == 3);
    CHECK(records[0].text == "Organisationen");
    CHECK(records[0].context == "home/de");
    CHECK(records[0].textMin.x == doctest::Approx(100));
    CHECK(records[0].textMax.x == doctest::Approx(100 + p.width).epsilon(0.01));
    CHECK(records[1].textMax.x == doctest::Approx(700).epsilon(0.002));
    CHECK(records[1].textMin.x > 100);
    for (const auto& r : records) {
        CHECK(r.textMin.x >= r.boxMin.x);
        CHECK(r.textMax.x <= r.boxMax.x + 0.5f);
        CHECK(r.textMin.y >= r.boxMin.y - 0.5f);
        CHECK(r.textMax.y <= r.boxMax.y + 0.5f);
    }
    CHECK(records[2].boxMax.y - records[2].boxMin.y == doctest::Approx(60));
    CHECK(findOverflows(records, ImVec2(1920, 1080)).empty());
    // A made-up record that pokes out of its box, one beyond the screen, and
    // one scrolled out of its clip rectangle (invisible, so fine).
    DrawnText wide = records[0];
    wide.textMax.x = wide.boxMax.x + 20;
    DrawnText offScreen = records[0];
    offScreen.textMin.y = offScreen.boxMin.y = 1070;
    offScreen.textMax.y = offScreen.boxMax.y = 1120;
    offScreen.clipMax.y = 2000;
    DrawnText scrolledAway = wide;
    scrolledAway.clipMin = ImVec2(0, 0);
    scrolledAway.clipMax = ImVec2(1920, 50);
    const auto problems = findOverflows({wide, offScreen, scrolledAway}, ImVec2(1920, 1080));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("outside its box") != std::string::npos);
    CHECK(problems[0].find("home/de") != std::string::npos);
    CHECK(problems[1].find("outside the screen") != std::string::npos);
    const std::string json = recordedJson();
    CHECK(json.find("\"text_rect\"") != std::string::npos);
    CHECK(json.find("home/de") != std::string::npos);
    CHECK(dl->VtxBuffer.Size > 0);
    ImGui::EndFrame();
    ImGui::DestroyContext(context);
    clearRecorded();
}

// Last in the file: it builds its own font set, which becomes the active one.
TEST_CASE("the line height for a direction is the one layout() gives; a lineBoxHeight() box holds either script") {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    FontSet set;
    FontSet::Request request;
    const std::u32string needed = toUtf32("مرحبا Hallo");
    request.codepoints.assign(needed.begin(), needed.end());
    REQUIRE(set.build(io.Fonts, request));
    for (Style style : {Style::Small, Style::Body, Style::Title}) {
        const Paragraph& arabic = layout("مرحبا", style, 0);
        const Paragraph& latin = layout("Hallo", style, 0);
        CHECK(arabic.lineHeight > latin.lineHeight);
        CHECK(lineHeight(style, Direction::RTL) == arabic.lineHeight);
        CHECK(lineHeight(style, Direction::LTR) == latin.lineHeight);
        CHECK(lineHeight(style) == latin.lineHeight);
        CHECK(lineBoxHeight(style) == arabic.lineHeight);
    }
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    io.DisplaySize = ImVec2(1920, 1080);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    clearRecorded();
    setRecording(true);
    // Side by side in equal boxes exactly lineBoxHeight() high, as rows and badges use them.
    for (Style style : {Style::Small, Style::Body, Style::Button, Style::Title}) {
        const float box = lineBoxHeight(style);
        const Paragraph& ar = drawLabel(dl, "مرحبا", style, ImVec2(100, 100), 400, box, IM_COL32_WHITE);
        drawLabel(dl, "Hallo", style, ImVec2(600, 100), 400, box, IM_COL32_WHITE);
        CHECK(ar.height <= box);
    }
    setRecording(false);
    REQUIRE(recorded().size() == 8);
    for (const auto& r : recorded()) {
        CAPTURE(r.text);
        CHECK(r.textMin.y >= r.boxMin.y);
        CHECK(r.textMax.y <= r.boxMax.y);
    }
    CHECK(findOverflows(recorded(), ImVec2(1920, 1080), 0.0f).empty());
    ImGui::EndFrame();
    ImGui::DestroyContext(context);
}
