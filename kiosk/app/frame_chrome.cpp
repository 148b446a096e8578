#include "kiosk/app/frame_chrome.h"

#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/read_aloud_controls.h"

namespace kiosk {

namespace {

// A square button that shows only an icon but is labelled for taps and replay.
bool iconButton(AppState& state, const std::string& label, const Rect& rect, bool on,
                const std::function<void(ImDrawList*, const Rect&, ImU32)>& paint) {
    bool tapped = tapTarget(state, label, rect);
    ButtonKind kind = on ? ButtonKind::ChipOn : ButtonKind::Secondary;
    drawButtonFrame(state, rect, kind, isPressed(state, rect));
    float inset = rect.height() * 0.22f;
    paint(state.drawList, {{rect.min.x + inset, rect.min.y + inset}, {rect.max.x - inset, rect.max.y - inset}},
          buttonTextColor(state, kind));
    return tapped;
}

}  // namespace

float topBarHeight(const AppState& state) { return state.ui.mm(22); }

void drawTopBar(AppState& state) {
    const UiMetrics& ui = state.ui;
    ImDrawList* dl = state.drawList;
    const Theme& theme = state.theme;
    const float barHeight = topBarHeight(state);
    const Rect bar = makeRect(0, 0, ui.width, barHeight);
    dl->AddRectFilled(bar.min, bar.max, theme.surfaceStrong);
    dl->AddLine({0, barHeight - 1}, {ui.width, barHeight - 1}, theme.border, 1.0f);

    const float pad = ui.gap();
    const float buttonHeight = barHeight - 2 * pad;  // 14 mm: above the 12 mm minimum
    float leading = ui.margin() * 0.5f;               // next free x from the start side (LTR coordinates)
    const bool onHome = state.screen() == Screen::Home;

    if (!onHome) {
        const std::string& homeLabel = tr("nav.home");
        float w = buttonWidth(state, homeLabel, text::Style::Button, true);
        Rect r = ui.place(makeRect(leading, pad, w, buttonHeight));
        if (button(state, homeLabel, r, ButtonKind::Secondary, text::Style::Button,
                   [](ImDrawList* d, const Rect& b, ImU32 c) { icons::home(d, b, c); }))
            state.home();
        leading += w + pad;

        const std::string& backLabel = tr("nav.back");
        w = buttonWidth(state, backLabel, text::Style::Button, true);
        r = ui.place(makeRect(leading, pad, w, buttonHeight));
        bool rtl = ui.rtl;
        if (button(state, backLabel, r, ButtonKind::Secondary, text::Style::Button,
                   [rtl](ImDrawList* d, const Rect& b, ImU32 c) { icons::back(d, b, c, rtl); }))
            state.back();
        leading += w + pad;
    }

    // Trailing side: contrast and text size, always in the same place.
    float trailing = ui.width - ui.margin() * 0.5f;
    Rect contrastRect = ui.place(makeRect(trailing - buttonHeight, pad, buttonHeight, buttonHeight));
    if (iconButton(state, tr("settings.high_contrast"), contrastRect, state.session.highContrast,
                   [](ImDrawList* d, const Rect& b, ImU32 c) { icons::contrast(d, b, c); })) {
        state.session.highContrast = !state.session.highContrast;
        state.session.touched = true;
    }
    trailing -= buttonHeight + pad;
    Rect sizeRect = ui.place(makeRect(trailing - buttonHeight, pad, buttonHeight, buttonHeight));
    int step = state.session.textSizeStep;
    if (iconButton(state, tr("settings.text_size"), sizeRect, step > 0,
                   [step](ImDrawList* d, const Rect& b, ImU32 c) { icons::textSize(d, b, c, step); })) {
        state.session.textSizeStep = (step + 1) % 3;
        state.session.touched = true;
    }
    trailing -= buttonHeight + pad;
    // Search is reachable from every screen (home also has its search field).
    if (state.screen() != Screen::Search) {
        Rect searchRect = ui.place(makeRect(trailing - buttonHeight, pad, buttonHeight, buttonHeight));
        if (iconButton(state, tr("search.title"), searchRect, false,
                       [](ImDrawList* d, const Rect& b, ImU32 c) { icons::search(d, b, c); }))
            state.open(Screen::Search);
        trailing -= buttonHeight + pad;
    }
    // Read-aloud on every page that drew text to read; home speaks its welcome.
    if (onHome) state.readAloud.addText(tr("speech.home_welcome", {{"organisations", tr("home.organisations")},
                                                                  {"events", tr("home.events")},
                                                                  {"guides", tr("home.guides")}}),
                                        state.language());
    if (state.readAloud.hasTexts()) trailing -= drawReadAloudControls(state, state.readAloud, trailing, pad, buttonHeight) + pad;

    // The title in the space between, in the largest style whose line fits the
    // bar: at the largest text size an Arabic title in the Title style is
    // taller than the bar. Too long for the width, drawLabel() ends it with "…".
    if (!onHome && trailing - leading > ui.mm(20)) {
        Rect box = ui.place({{leading + pad, 0}, {trailing - pad, barHeight}});
        const std::string title = screenTitle(state);
        text::Style style = text::Style::Title;
        for (text::Style candidate : {text::Style::Title, text::Style::Heading, text::Style::BodyBold}) {
            style = candidate;
            if (text::layoutLabel(title, candidate, box.width()).height <= barHeight - 2 * ui.hairline()) break;
        }
        text::drawLabel(dl, title, style, box.min, box.width(), box.height(), theme.text, text::Align::Center, ui.rtl);
    }
}

float drawFallbackNote(AppState& state, const std::string& usedLang, ImVec2 topLeft, float width) {
    if (usedLang.empty() || usedLang == state.language()) return 0;
    std::string note = tr("note.shown_in", {{"language", i18n::nativeName(usedLang)}});
    const auto& paragraph = text::layout(note, text::Style::Small, width);
    text::draw(state.drawList, paragraph, topLeft, width, state.theme.note, text::Align::Start, state.rtl());
    return paragraph.height;
}

}  // namespace kiosk
