#include "kiosk/screens/problem_list.h"

#include <map>

#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/problem_words.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {
namespace {

float paragraphHeight(const std::string& text, text::Style style, float width) {
    return text::layout(text, style, width).height;
}

// "Zeile 14, Spalte N (opening_hours)": where the spreadsheet program or an editor shows it.
std::string placeOf(const content::Diagnostic& diagnostic) {
    std::string line, column = diagnostic.columnLetter;
    if (diagnostic.line > 0) line = tr("staff.source.line", {{"line", std::to_string(diagnostic.line)}});
    if (!diagnostic.column.empty()) column += column.empty() ? diagnostic.column : " (" + diagnostic.column + ")";
    if (!column.empty()) column = tr("staff.source.column", {{"column", column}});
    if (line.empty() || column.empty()) return line + column;
    // Joined by the language's own comma (Arabic and Farsi write "،").
    return tr("staff.source.line_and_column", {{"line", line}, {"column", column}});
}

}  // namespace

std::vector<ProblemRow> problemRows(const std::vector<content::Diagnostic>& diagnostics) {
    std::vector<std::string> files;
    std::map<std::string, std::vector<const content::Diagnostic*>> byFile;
    for (const auto& diagnostic : diagnostics) {
        if (!byFile.count(diagnostic.file)) files.push_back(diagnostic.file);
        byFile[diagnostic.file].push_back(&diagnostic);
    }
    std::vector<ProblemRow> rows;
    for (const auto& file : files) {
        bool first = true;
        for (const auto* diagnostic : byFile[file]) {
            ProblemRow row;
            if (first) row.heading = file.empty() ? tr("staff.source.whole_folder") : file;
            first = false;
            row.error = diagnostic->severity == content::Diagnostic::Severity::Error;
            const std::string place = placeOf(*diagnostic);
            row.place = tr(row.error ? "staff.source.error" : "staff.source.warning") + (place.empty() ? "" : " · " + place);
            row.message = problemSentence(*diagnostic);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

float drawParagraph(AppState& state, const std::string& text, text::Style style, float x, float y, float width,
                    ImU32 color) {
    const auto& paragraph = text::layout(text, style, width);
    const Rect box = state.ui.place(makeRect(x, y, width, paragraph.height));
    text::draw(state.drawList, paragraph, box.min, width, color, text::Align::Start, state.ui.rtl);
    return y + paragraph.height;
}

void drawProblemList(AppState& state, const std::string& id, const Rect& area, float x, float width,
                     const std::vector<ProblemRow>& rows) {
    const Theme& theme = state.theme;
    const UiMetrics& ui = state.ui;
    float listHeight = 0;
    for (const auto& row : rows) {
        if (!row.heading.empty()) listHeight += paragraphHeight(row.heading, text::Style::BodyBold, width) + ui.small();
        listHeight += paragraphHeight(row.place, text::Style::BodyBold, width) +
                      paragraphHeight(row.message, text::Style::Body, width) + ui.inset();
    }
    ScrollArea list(state, id, area, listHeight);
    float rowY = list.top();
    for (const auto& row : rows) {
        if (!row.heading.empty()) {
            if (rowY > list.top()) rowY += ui.small();
            rowY = drawParagraph(state, row.heading, text::Style::BodyBold, x, rowY, width, theme.text);
            state.drawList->AddLine(state.ui.place(makeRect(x, rowY, width, 1)).min,
                                    state.ui.place(makeRect(x, rowY, width, 1)).max, theme.border, ui.hairline() / 4);
            rowY += ui.small();
        }
        rowY = drawParagraph(state, row.place, text::Style::BodyBold, x, rowY, width,
                             row.error ? theme.closed : theme.note);
        rowY = drawParagraph(state, row.message, text::Style::Body, x, rowY, width, theme.text) + ui.inset();
    }
}

}  // namespace kiosk
