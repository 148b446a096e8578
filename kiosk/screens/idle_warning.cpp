#include "kiosk/screens/idle_warning.h"

#include <cmath>

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/spoken_highlight.h"

namespace kiosk {
namespace {

// Part of a landscape screen's width the words take (shorter lines read easier).
constexpr float kLandscapeTextShare = 0.6f;

}  // namespace

void startSpokenIdleWarning(AppState& state) {
    state.readAloud.startWith({{tr("idle.still_there"), state.language()}, {tr("idle_warning.hint"), state.language()}});
}

void drawIdleWarning(AppState& state, double secondsLeft) {
    const UiMetrics& ui = state.ui;
    ImDrawList* dl = state.drawList;
    // The whole screen: nothing else can be read or tapped while it asks.
    dl->AddRectFilled({0, 0}, {ui.width, ui.height}, state.theme.surface);
    dl->AddRect({ui.margin() / 2, ui.margin() / 2}, {ui.width - ui.margin() / 2, ui.height - ui.margin() / 2},
                state.theme.accent, ui.inset(), 0, state.theme.borderWidth * 2);

    const float width = ui.portrait ? ui.width - 2 * ui.margin() : ui.width * kLandscapeTextShare;
    const float x = (ui.width - width) / 2;
    const int seconds = std::max(1, int(std::ceil(secondsLeft)));
    const std::string& question = tr("idle.still_there");
    const std::string& hint = tr("idle_warning.hint");
    const std::string countdown = tr("idle_warning.countdown", {{"seconds", std::to_string(seconds)}});
    const std::string& answer = tr("idle_warning.continue");
    const auto& questionText = text::layout(question, text::Style::Display, width - 2 * ui.wide());
    const auto& hintText = text::layout(hint, text::Style::Heading, width - 2 * ui.wide());
    const auto& countdownText = text::layout(countdown, text::Style::Title, width - 2 * ui.wide());
    const float buttonHeight = ui.chipHeight() + ui.gap();  // larger than any other button: the one thing to do
    const float groupHeight = 2 * ui.wide() + questionText.height + ui.section() + hintText.height + ui.section() +
                             countdownText.height + ui.section() + buttonHeight;
    // The words and the button as one group in the middle of the screen.
    const Rect group = makeRect(x, std::max(ui.margin(), (ui.height - groupHeight) / 2), width, groupHeight);

    const float textX = group.min.x + ui.wide(), textWidth = width - 2 * ui.wide();
    float y = group.min.y + ui.wide();
    auto line = [&](const std::string& words, const text::Paragraph& p, ImU32 color, bool readable) {
        if (readable)
            markSpoken(state, state.readAloud, words, state.language(), p, {textX, y}, textWidth, text::Align::Center, ui.rtl);
        text::draw(dl, p, {textX, y}, textWidth, color, text::Align::Center, ui.rtl);
        y += p.height + ui.section();
    };
    line(question, questionText, state.theme.text, true);
    line(hint, hintText, state.theme.text, true);
    line(countdown, countdownText, state.theme.accent, false);

    const float buttonWidthPx = std::min(textWidth, std::max(textWidth / 2, buttonWidth(state, answer, text::Style::Title)));
    const Rect answerRect = makeRect(group.min.x + (width - buttonWidthPx) / 2, y, buttonWidthPx, buttonHeight);
    button(state, answer, answerRect, ButtonKind::Primary, text::Style::Title);  // any touch answers; this says how

    // The next second of the countdown.
    state.requestFrameAt(state.frameTime + (secondsLeft - std::floor(secondsLeft)) + 0.001);
}

}  // namespace kiosk
