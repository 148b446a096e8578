// Drawing laid-out paragraphs, and recording what was drawn where for the
// "no text outside its container or the screen" test.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "kiosk/text/shaped_glyphs.h"
#include "kiosk/text/text.h"

namespace kiosk::text {
namespace {

struct Recorder {
    bool enabled = false;
    std::string context;
    std::vector<DrawnText> records;
    std::unordered_set<std::string> seen;
};
Recorder& recorder() {
    static Recorder r;
    return r;
}
// Enough for every screen in every language and orientation; a runaway loop
// must not eat the kiosk's memory in test mode.
constexpr size_t kMaxRecords = 100000;

void record(const Paragraph& p, ImVec2 textMin, ImVec2 textMax, ImVec2 boxMin, ImVec2 boxMax, ImDrawList* drawList) {
    Recorder& r = recorder();
    if (!r.enabled || r.records.size() >= kMaxRecords) return;
    DrawnText d;
    for (size_t i = 0; i < p.lines.size(); ++i) {
        if (i) d.text += '\n';
        d.text += p.lines[i].logical;
    }
    d.context = r.context;
    d.textMin = textMin;
    d.textMax = textMax;
    d.boxMin = boxMin;
    d.boxMax = boxMax;
    d.clipMin = drawList->GetClipRectMin();
    d.clipMax = drawList->GetClipRectMax();
    char place[160];
    std::snprintf(place, sizeof(place), "|%.0f,%.0f,%.0f,%.0f|%.0f,%.0f,%.0f,%.0f", textMin.x, textMin.y, textMax.x,
                  textMax.y, d.clipMin.x, d.clipMin.y, d.clipMax.x, d.clipMax.y);
    if (r.seen.insert(d.context + "|" + d.text + place).second) r.records.push_back(std::move(d));
}

// A shaped run's glyphs as textured quads from the atlas, each at its
// HarfBuzz position (whole pixels, so the glyphs stay as crisp as ImGui's).
void drawShapedRun(ImDrawList* drawList, const TextRun& run, const ShapedFace& face, ImVec2 origin, ImU32 color) {
    for (const PlacedGlyph& placed : run.glyphs) {
        const AtlasGlyph* glyph = face.glyph(placed.glyph);
        if (!glyph || !glyph->hasInk()) continue;
        const float x = std::floor(origin.x + placed.x + 0.5f), y = std::floor(origin.y + placed.y + 0.5f);
        drawList->PrimReserve(6, 4);
        drawList->PrimRectUV(ImVec2(x + glyph->x0, y + glyph->y0), ImVec2(x + glyph->x1, y + glyph->y1), glyph->uv0,
                             glyph->uv1, color);
    }
}

// One line: each run in its own font, ImGui's runs by code point, shaped runs by glyph id.
void drawLine(ImDrawList* drawList, const Line& line, Style style, ImVec2 pos, ImU32 color) {
    const FontSet* fonts = activeFontSet();
    ImFont* font = fonts->font(style);
    const ShapedFonts* shaped = fonts->shaped();
    for (const TextRun& run : line.runs) {
        const ShapedFace* face = shaped ? shaped->face(style, run.font) : nullptr;
        if (face) {
            // The glyphs are in the font atlas texture, which a screen may have
            // swapped for a picture's just before.
            const bool swap = drawList->_CmdHeader.TextureId != font->ContainerAtlas->TexID;
            if (swap) drawList->PushTextureID(font->ContainerAtlas->TexID);
            drawShapedRun(drawList, run, *face, ImVec2(pos.x + run.x, pos.y + shaped->baseline[static_cast<int>(style)]),
                          color);
            if (swap) drawList->PopTextureID();
        } else if (!run.text.empty()) {
            drawList->AddText(font, font->FontSize, ImVec2(pos.x + run.x, pos.y), color, run.text.data(),
                              run.text.data() + run.text.size());
        }
    }
}

void drawIn(ImDrawList* drawList, const Paragraph& p, ImVec2 topLeft, ImVec2 boxMin, ImVec2 boxMax, ImU32 color,
            Align align, bool rtlUi) {
    const FontSet* fonts = activeFontSet();
    ImFont* font = fonts ? fonts->font(p.style) : nullptr;
    if (!font) return;
    // Start means the reading-start edge of the interface.
    const bool toRight = (align == Align::Start && rtlUi) || (align == Align::End && !rtlUi);
    const float boxWidth = boxMax.x - boxMin.x;
    ImVec2 textMin(boxMax.x, topLeft.y), textMax(boxMin.x, topLeft.y + p.height);
    float y = topLeft.y;
    for (const Line& line : p.lines) {
        float x = boxMin.x;
        if (align == Align::Center)
            x = boxMin.x + (boxWidth - line.width) * 0.5f;
        else if (toRight)
            x = boxMax.x - line.width;
        // Whole pixels keep glyphs crisp; round towards the inside of the box so
        // a line that fits exactly never pokes out by a fraction of a pixel.
        const float snappedX = align == Align::Center ? std::floor(x + 0.5f) : toRight ? std::floor(x) : std::ceil(x);
        const ImVec2 pos(snappedX, std::floor(y + 0.5f));
        drawLine(drawList, line, p.style, pos, color);
        if (line.width > 0) {
            textMin.x = std::min(textMin.x, pos.x);
            textMax.x = std::max(textMax.x, pos.x + line.width);
        }
        y += p.lineHeight;
    }
    if (textMin.x > textMax.x) textMin.x = textMax.x = boxMin.x;  // only empty lines
    record(p, textMin, textMax, boxMin, boxMax, drawList);
}

}  // namespace

void draw(ImDrawList* drawList, const Paragraph& paragraph, ImVec2 topLeft, float boxWidth, ImU32 color, Align align,
          bool rtlUi) {
    drawIn(drawList, paragraph, topLeft, topLeft, ImVec2(topLeft.x + boxWidth, topLeft.y + paragraph.height), color,
           align, rtlUi);
}

const Paragraph& drawLabel(ImDrawList* drawList, std::string_view utf8, Style style, ImVec2 topLeft, float boxWidth,
                           float boxHeight, ImU32 color, Align align, bool rtlUi) {
    const Paragraph& p = layoutLabel(utf8, style, boxWidth);
    const float height = boxHeight > 0 ? boxHeight : p.height;
    // Centre on the style's (Latin) line box, not the paragraph's: an Arabic
    // label's extra descender room would lift its baseline above that of the
    // Latin label on the next button.
    // The taller Arabic line may push its extra room no further than the box's
    // bottom, so a box of lineBoxHeight() holds a label of either script.
    const float centredHeight = boxHeight > 0 ? std::min(p.lineHeight, lineHeight(style)) : p.height;
    const float centredOffset = (height - centredHeight) * 0.5f;
    const ImVec2 textTop(topLeft.x, topLeft.y + std::max(0.0f, std::min(centredOffset, height - p.height)));
    drawIn(drawList, p, textTop, topLeft, ImVec2(topLeft.x + boxWidth, topLeft.y + height), color, align, rtlUi);
    return p;
}

std::vector<std::string> findOverflows(const std::vector<DrawnText>& records, ImVec2 screenSize, float tolerance) {
    std::vector<std::string> problems;
    char where[200];
    for (const DrawnText& d : records) {
        if (d.textMax.x <= d.textMin.x) continue;  // nothing visible was drawn
        // The part of the text that can be seen at all.
        const ImVec2 visibleMin(std::max(d.textMin.x, d.clipMin.x), std::max(d.textMin.y, d.clipMin.y));
        const ImVec2 visibleMax(std::min(d.textMax.x, d.clipMax.x), std::min(d.textMax.y, d.clipMax.y));
        if (visibleMin.x >= visibleMax.x || visibleMin.y >= visibleMax.y) continue;
        const bool outsideBox = d.textMin.x < d.boxMin.x - tolerance || d.textMax.x > d.boxMax.x + tolerance ||
                                d.textMin.y < d.boxMin.y - tolerance || d.textMax.y > d.boxMax.y + tolerance;
        const bool outsideScreen = visibleMin.x < -tolerance || visibleMin.y < -tolerance ||
                                   visibleMax.x > screenSize.x + tolerance || visibleMax.y > screenSize.y + tolerance;
        if (!outsideBox && !outsideScreen) continue;
        std::snprintf(where, sizeof where, " text [%.0f,%.0f %.0f,%.0f] box [%.0f,%.0f %.0f,%.0f]", d.textMin.x,
                      d.textMin.y, d.textMax.x, d.textMax.y, d.boxMin.x, d.boxMin.y, d.boxMax.x, d.boxMax.y);
        problems.push_back((d.context.empty() ? std::string() : d.context + ": ") + "\"" + d.text + "\" " +
                           (outsideBox ? "outside its box" : "outside the screen") + where);
    }
    return problems;
}

void setRecording(bool enabled) { recorder().enabled = enabled; }
bool recording() { return recorder().enabled; }
void setRecordingContext(std::string context) { recorder().context = std::move(context); }
void clearRecorded() {
    recorder().records.clear();
    recorder().seen.clear();
}
const std::vector<DrawnText>& recorded() { return recorder().records; }

std::string recordedJson() {
    auto rect = [](ImVec2 a, ImVec2 b) { return nlohmann::json::array({a.x, a.y, b.x, b.y}); };
    nlohmann::json all = nlohmann::json::array();
    for (const DrawnText& d : recorder().records) {
        all.push_back({{"text", d.text},
                       {"context", d.context},
                       {"text_rect", rect(d.textMin, d.textMax)},
                       {"box", rect(d.boxMin, d.boxMax)},
                       {"clip", rect(d.clipMin, d.clipMax)}});
    }
    // Invalid UTF-8 in content must not make the dump throw.
    return all.dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<DrawnText> readRecorded(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    nlohmann::json all = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
    std::vector<DrawnText> records;
    if (!all.is_array()) return records;
    for (const auto& r : all) {
        auto corner = [&](const char* key, int i) { return ImVec2{r[key][i].get<float>(), r[key][i + 1].get<float>()}; };
        DrawnText d;
        d.text = r["text"];
        d.context = r["context"];
        d.textMin = corner("text_rect", 0), d.textMax = corner("text_rect", 2);
        d.boxMin = corner("box", 0), d.boxMax = corner("box", 2);
        d.clipMin = corner("clip", 0), d.clipMax = corner("clip", 2);
        records.push_back(std::move(d));
    }
    return records;
}

bool writeRecorded(const std::filesystem::path& file, std::string* error) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << recordedJson() << '\n';
    if (!out) {
        if (error) *error = "cannot write " + file.string();
        return false;
    }
    return true;
}

}  // namespace kiosk::text
