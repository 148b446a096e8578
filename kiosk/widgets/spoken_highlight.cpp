#include "kiosk/widgets/spoken_highlight.h"

#include <algorithm>

namespace kiosk {
namespace {

// Width of the start of a line up to `bytes`, as shaped for drawing.
float prefixWidth(const std::string& line, size_t bytes, text::Style style) {
    if (bytes == 0) return 0;
    if (bytes >= line.size()) return text::layoutLabel(line, style, 1e9f).width;
    return text::layoutLabel(std::string_view(line).substr(0, bytes), style, 1e9f).width;
}

}  // namespace

void markSpoken(UiContext& ui, ReadAloud& readAloud, std::string_view utf8, const std::string& language,
                const text::Paragraph& paragraph, ImVec2 topLeft, float boxWidth, text::Align align, bool rtlUi) {
    const size_t index = readAloud.addText(utf8, language);
    const auto span = readAloud.highlightIn(index);
    if (!span) return;
    readAloud.noteHighlightDrawn();
    const bool toRight = (align == text::Align::Start && rtlUi) || (align == text::Align::End && !rtlUi);
    const float pad = ui.ui.hairline() * 0.5f;
    float y = topLeft.y;
    size_t searchFrom = 0;
    for (const text::Line& line : paragraph.lines) {
        // Lines are the text's words in order; find where this one starts.
        size_t start = utf8.find(line.logical, searchFrom);
        if (start == std::string_view::npos) start = searchFrom;
        const size_t end = start + line.logical.size();
        searchFrom = end;
        const size_t from = std::max(start, span->begin), to = std::min(end, span->end);
        if (from < to) {
            float lineX = topLeft.x;
            if (align == text::Align::Center) lineX = topLeft.x + (boxWidth - line.width) * 0.5f;
            else if (toRight) lineX = topLeft.x + boxWidth - line.width;
            float a = prefixWidth(line.logical, from - start, paragraph.style);
            float b = to >= end ? line.width : prefixWidth(line.logical, to - start, paragraph.style);
            // Right-to-left lines run from their right end.
            float x0 = paragraph.rtl ? lineX + line.width - b : lineX + a;
            float x1 = paragraph.rtl ? lineX + line.width - a : lineX + b;
            ImVec2 min(x0 - pad, y), max(x1 + pad, y + paragraph.lineHeight);
            ui.drawList->AddRectFilled(min, max, ui.theme.pressed, ui.ui.tight());
            ui.drawList->AddRectFilled({min.x, max.y - ui.ui.stroke()}, max, ui.theme.accent);
        }
        y += paragraph.lineHeight;
    }
}

void markSpokenLabel(UiContext& ui, ReadAloud& readAloud, std::string_view utf8, const std::string& language,
                     text::Style style, ImVec2 topLeft, float boxWidth, float boxHeight, text::Align align, bool rtlUi) {
    const text::Paragraph& label = text::layoutLabel(utf8, style, boxWidth);
    const float top = topLeft.y + std::max(0.0f, (boxHeight - label.height) * 0.5f);
    markSpoken(ui, readAloud, utf8, language, label, {topLeft.x, top}, boxWidth, align, rtlUi);
}

}  // namespace kiosk
