#include "kiosk/screens/idle_warning.h"

#include <cmath>

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/spoken_highlight.h"

namespace kiosk {
namespace {

// The page shows through faintly: the visitor sees it is still there.
constexpr float kShadeAlpha = 0.82f;
// Part of a landscape screen's width the notice takes.
constexpr float kLandscapeCardShare = 0.6f;

}  // namespace

void startSpokenIdleWarning(AppState& state) {
    state.readAloud.startWith({{tr("idle.still_there"), state.language()}, {tr("idle_warning.hint"), state.language()}});
}

void drawIdleWarning(AppState& state, double secondsLeft) {
    const UiMetrics& ui = state.ui;
    ImDrawList* dl = state.drawList;
    const ImU32 shade = (state.theme.background & 0x00FFFFFFu) | (ImU32(kShadeAlpha * 255) << 24);
    dl->AddRectFilled({0, 0}, {ui.width, ui.height}, shade);

    const float width = ui.portrait ? ui.width - 2 * ui.margin() : ui.width * kLandscapeCardShare;
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
    const float cardHeight = 2 * ui.wide() + questionText.height + ui.section() + hintText.height + ui.section() +
                             countdownText.height + ui.section() + buttonHeight;
    const Rect card = makeRect(x, std::max(ui.margin(), (ui.height - cardHeight) / 2), width, cardHeight);
    dl->AddRectFilled(card.min, card.max, state.theme.surface, ui.inset());
    dl->AddRect(card.min, card.max, state.theme.accent, ui.inset(), 0, state.theme.borderWidth * 2);

    const float textX = card.min.x + ui.wide(), textWidth = width - 2 * ui.wide();
    float y = card.min.y + ui.wide();
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
    const Rect answerRect = makeRect(card.min.x + (width - buttonWidthPx) / 2, y, buttonWidthPx, buttonHeight);
    button(state, answer, answerRect, ButtonKind::Primary, text::Style::Title);  // any touch answers; this says how

    // The next second of the countdown.
    state.requestFrameAt(state.frameTime + (secondsLeft - std::floor(secondsLeft)) + 0.001);
}

}  // namespace kiosk
