#include "kiosk/app/frame_chrome.h"

#include <functional>
#include <vector>

#include "content/core/language_tags.h"

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

// The bar holds 14 mm buttons with 4 mm above and below, or taller ones when
// their labels need it (Arabic at the largest text size).
float topBarHeight(const AppState& state) {
    return buttonHeightFor(state, state.ui.buttonHeight()) + 2 * state.ui.gap();
}

void drawTopBar(AppState& state) {
    const UiMetrics& ui = state.ui;
    ImDrawList* dl = state.drawList;
    const Theme& theme = state.theme;
    const float barHeight = topBarHeight(state);
    const Rect bar = makeRect(0, 0, ui.width, barHeight);
    dl->AddRectFilled(bar.min, bar.max, theme.surfaceStrong);
    dl->AddLine({0, barHeight - 1}, {ui.width, barHeight - 1}, theme.border, 1.0f);

    const float pad = ui.gap();
    const float buttonHeight = barHeight - 2 * pad;  // at least 14 mm: above the 12 mm minimum
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

    // Trailing side: text size, contrast and search, always in the same
    // place, each with its word beside the icon (an unlabelled "AA" is not
    // found by those who need it). Where the bar is too narrow for all the
    // words (portrait), contrast and search keep only their icons; the text
    // size keeps its word.
    struct Control {
        std::string label;
        bool on;
        std::function<void(ImDrawList*, const Rect&, ImU32)> paint;
        std::function<void()> action;
        bool keepsWord;
    };
    const int step = state.session.textSizeStep;
    std::vector<Control> controls;
    controls.push_back({tr("settings.text_size"), step > 0,
                        [step](ImDrawList* d, const Rect& b, ImU32 c) { icons::textSize(d, b, c, step); },
                        [&state, step] {
                            state.session.textSizeStep = (step + 1) % 3;
                            state.session.touched = true;
                        },
                        true});
    controls.push_back({tr("settings.high_contrast"), state.session.highContrast,
                        [](ImDrawList* d, const Rect& b, ImU32 c) { icons::contrast(d, b, c); },
                        [&state] {
                            state.session.highContrast = !state.session.highContrast;
                            state.session.touched = true;
                        },
                        false});
    // Search is reachable from every screen; home has its own large search field.
    if (state.screen() != Screen::Search && !onHome)
        controls.push_back({tr("search.title"), false, [](ImDrawList* d, const Rect& b, ImU32 c) { icons::search(d, b, c); },
                            [&state] { state.open(Screen::Search); }, false});
    float trailing = ui.width - ui.margin() * 0.5f;
    // Read-aloud on every page that drew text to read; home speaks its welcome.
    if (onHome) state.readAloud.addText(tr("speech.home_welcome", {{"organisations", tr("home.organisations")},
                                                                  {"events", tr("home.events")},
                                                                  {"guides", tr("home.guides")}}),
                                        state.language());
    // Its buttons come after the controls below, but their room is kept first.
    const float readAloudWidth =
        state.readAloud.hasTexts() ? readAloudControlsWidth(state, state.readAloud, buttonHeight) + pad : 0;
    auto widthOf = [&](const Control& control, bool word) {
        return word ? buttonWidth(state, control.label, text::Style::Button, true) : buttonHeight;
    };
    float wordsWidth = 0;
    for (const Control& control : controls) wordsWidth += widthOf(control, true) + pad;
    const bool roomForWords = trailing - wordsWidth - readAloudWidth - leading >= (onHome ? 0 : ui.minButtonWidth());
    for (const Control& control : controls) {
        const bool word = roomForWords || control.keepsWord;
        const float w = widthOf(control, word);
        Rect r = ui.place(makeRect(trailing - w, pad, w, buttonHeight));
        ButtonKind kind = control.on ? ButtonKind::ChipOn : ButtonKind::Secondary;
        bool tapped = word ? button(state, control.label, r, kind, text::Style::Button, control.paint)
                           : iconButton(state, control.label, r, control.on, control.paint);
        if (tapped) control.action();
        trailing -= w + pad;
    }
    if (state.readAloud.hasTexts()) trailing -= drawReadAloudControls(state, state.readAloud, trailing, pad, buttonHeight) + pad;

    // The title in the space between, in the largest style whose line fits the
    // bar: at the largest text size an Arabic title in the Title style is
    // taller than the bar. Too long for the width, drawLabel() ends it with "…".
    if (!onHome && trailing - leading > ui.minLabelWidth()) {
        Rect box = ui.place({{leading + pad, 0}, {trailing - pad, barHeight}});
        const std::string title = screenTitle(state);
        // The largest style that fits the bar's height and, where possible,
        // its width; a title that would still be cut ("Anleit…", a narrow
        // portrait bar beside the worded buttons) is left out: the page's own
        // heading says the same.
        text::Style style = text::Style::Title;
        bool fits = false;
        for (text::Style candidate : {text::Style::Title, text::Style::Heading, text::Style::BodyBold}) {
            style = candidate;
            if (text::layoutLabel(title, candidate, box.width()).height > barHeight - 2 * ui.hairline()) continue;
            fits = text::layoutLabel(title, candidate, 0).width <= box.width();
            if (fits) break;
        }
        if (fits)
            text::drawLabel(dl, title, style, box.min, box.width(), box.height(), theme.text, text::Align::Center, ui.rtl);
    }
}

std::string fallbackNote(std::string_view uiLanguage, const std::string& usedLang) {
    if (usedLang.empty() || usedLang == uiLanguage) return {};
    if (usedLang == "de") return i18n::translate(uiLanguage, "note.shown_in_german");
    if (usedLang == "de-x-easy") return i18n::translate(uiLanguage, "note.shown_in_easy_german");
    std::string name = content::language_tags::displayName(usedLang, uiLanguage);
    if (name.empty()) name = i18n::nativeName(usedLang);
    return i18n::format(i18n::translate(uiLanguage, "note.shown_in"), {{"language", name}});
}

std::string fallbackNote(const AppState& state, const std::string& usedLang) {
    return fallbackNote(state.language(), usedLang);
}

float drawFallbackNote(AppState& state, const std::string& usedLang, ImVec2 topLeft, float width) {
    const std::string note = fallbackNote(state, usedLang);
    if (note.empty()) return 0;
    const auto& paragraph = text::layout(note, text::Style::Body, width);
    text::draw(state.drawList, paragraph, topLeft, width, state.theme.note, text::Align::Start, state.rtl());
    return paragraph.height + state.ui.hairline();
}

}  // namespace kiosk
