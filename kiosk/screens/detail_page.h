// The writing surface of a detail screen (an organisation, an event): blocks
// are laid out in left-to-right coordinates inside a scroll area and each one
// is mirrored into place for right-to-left languages.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "content/core/model.h"
#include "kiosk/app/app_state.h"
#include "kiosk/app/frame_chrome.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/spoken_highlight.h"

namespace kiosk {

struct DetailPage {
    AppState& state;
    Rect view;  // the scroll area (mirroring happens within it)

    const UiMetrics& ui() const { return state.ui; }
    const Theme& theme() const { return state.theme; }

    // A paragraph at (x, y) in the visitor's language (or `language`); returns
    // its height. Read-aloud reads it and highlights its sentences.
    float paragraph(std::string_view text, text::Style style, float x, float y, float width, ImU32 color,
                    text::Direction direction = text::Direction::Auto, const std::string& language = {}) {
        if (text.empty()) return 0;
        const auto& p = text::layout(text, style, width, direction);
        Rect box = ui().place(makeRect(x, y, width, p.height), view);
        markSpoken(state, state.readAloud, text, language.empty() ? state.language() : language, p, box.min, width,
                   text::Align::Start, ui().rtl);
        text::draw(state.drawList, p, box.min, width, color, text::Align::Start, ui().rtl);
        return p.height;
    }

    // A section heading with the space below it.
    float heading(const std::string& text, float x, float y, float width) {
        return paragraph(text, text::Style::Heading, x, y, width, theme().text) + ui().small();
    }

    // A content text in the visitor's language. When it fell back to another
    // language, the note saying so comes first, so it is read before the text.
    float localized(const content::LocalizedText& value, text::Style style, float x, float y, float width, ImU32 color) {
        std::string used;
        const std::string& text = value.resolve(state.language(), &used);
        if (text.empty()) return 0;
        float h = 0;
        if (!used.empty() && used != state.language()) {
            Rect noteBox = ui().place(makeRect(x, y, width, 1), view);
            h += drawFallbackNote(state, used, noteBox.min, width);
        }
        // The text's own language sets its direction: an Arabic text that starts with a Latin name still reads right to left.
        const text::Direction direction = used.empty()                   ? text::Direction::Auto
                                          : content::isRightToLeft(used) ? text::Direction::RTL
                                                                         : text::Direction::LTR;
        return h + paragraph(text, style, x, y + h, width, color, direction, used.empty() ? state.language() : used);
    }

    // The "take it with you" button that opens the QR screen for `qrRoute`.
    float takeAwayButton(float x, float y, float width, const std::string& qrRoute) {
        const std::string& label = tr("takeaway.button");
        float w = std::min(width, std::max(ui().wideButtonWidth(), buttonWidth(state, label, text::Style::Button, true)));
        Rect r = ui().place(makeRect(x, y, w, ui().largeButtonHeight()), view);
        if (button(state, label, r, ButtonKind::Primary, text::Style::Button,
                   [](ImDrawList* d, const Rect& b, ImU32 c) { icons::qr(d, b, c); }))
            state.open(Screen::Qr, qrRoute);
        return ui().largeButtonHeight() + ui().section();
    }
};

// What a detail screen shows when its item is gone (e.g. new content arrived).
inline void drawDetailMissing(AppState& state, const Rect& area, const char* messageKey) {
    const UiMetrics& ui = state.ui;
    const float width = area.width() - 2 * ui.margin();
    const auto& missing = text::layout(tr(messageKey), text::Style::Heading, width);
    text::draw(state.drawList, missing, {area.min.x + ui.margin(), area.min.y + ui.margin()}, width, state.theme.text,
               text::Align::Center, ui.rtl);
}

}  // namespace kiosk
