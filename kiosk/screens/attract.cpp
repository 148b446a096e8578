#include "kiosk/screens/attract.h"

#include <algorithm>
#include <cmath>

#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/event_words.h"
#include "kiosk/widgets/icons.h"

namespace kiosk {

namespace {

constexpr size_t kTodayEvents = 3;

// Today's next events, asked once per content and minute (owned by AppState,
// forgotten with the visitor like every screen's state).
struct AttractScreenState {
    static constexpr const char* kName = "attract";
    uint64_t generation = 0;
    int64_t minute = -1;
    std::vector<content::EventSummary> today;
};

const std::vector<content::EventSummary>& todaysEvents(AppState& state) {
    AttractScreenState& memory = state.screens.get<AttractScreenState>();
    const int64_t now = state.nowUtc();
    if (memory.generation == state.contentGeneration && memory.minute == now / 60) return memory.today;
    memory.generation = state.contentGeneration;
    memory.minute = now / 60;
    memory.today.clear();
    if (!state.store) return memory.today;
    const int64_t endOfDay = startOfLocalDay(now, state.timeZone()) + 86400;
    memory.today = state.store->events(state.language(), now, endOfDay, {}, kTodayEvents);
    return memory.today;
}

ImU32 withAlpha(ImU32 color, float alpha) {
    const ImU32 a = ImU32(std::clamp(alpha, 0.0f, 1.0f) * float((color >> IM_COL32_A_SHIFT) & 0xFF));
    return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

}  // namespace

const std::string& attractLanguageAt(double elapsed, double secondsPerLanguage) {
    const auto& languages = i18n::languages();
    const size_t step = size_t(std::max(0.0, elapsed) / std::max(0.2, secondsPerLanguage));
    return languages[step % languages.size()];
}

void drawAttract(AppState& state, const Rect& area, double elapsed, double secondsPerLanguage) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* dl = state.drawList;
    secondsPerLanguage = std::max(0.2, secondsPerLanguage);

    // Which language, how far into its fade, and when the picture next changes.
    const double intoStep = std::fmod(std::max(0.0, elapsed), secondsPerLanguage);
    const double fade = std::min(kAttractFadeSeconds, secondsPerLanguage / 2);
    const float alpha = intoStep < fade ? float(intoStep / fade) : 1.0f;
    const double now = state.frameTime;
    if (intoStep < fade) state.requestFrameAt(now + 1.0 / kAttractFadeFramesPerSecond);
    else state.requestFrameAt(now + (secondsPerLanguage - intoStep));

    const std::string& lang = attractLanguageAt(elapsed, secondsPerLanguage);
    const bool rtl = content::isRightToLeft(lang);
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;

    // The welcome and "touch the screen", centred in the upper part.
    const auto& welcome = text::layout(i18n::translate(lang, "home.welcome"), text::Style::Display, width);
    const auto& touch = text::layout(i18n::translate(lang, "home.touch_to_start"), text::Style::Title, width);
    const float hand = ui.attractPicture();
    const float block = welcome.height + ui.section() + touch.height + ui.section() + hand;
    float y = area.min.y + std::max(ui.wide(), (area.height() * (ui.portrait ? 0.55f : 0.62f) - block) / 2);
    text::draw(dl, welcome, {x, y}, width, withAlpha(theme.text, alpha), text::Align::Center, rtl);
    y += welcome.height + ui.section();
    text::draw(dl, touch, {x, y}, width, withAlpha(theme.accent, alpha), text::Align::Center, rtl);
    y += touch.height + ui.section();
    icons::people(dl, makeRect(x + (width - hand) / 2, y, hand, hand), withAlpha(theme.textMuted, 0.5f + 0.5f * alpha));
    y += hand + ui.wide();

    // A few of today's events, in the kiosk's own language (they stay while the welcome changes).
    const auto& events = todaysEvents(state);
    if (events.empty()) return;
    const float lh = text::lineBoxHeight(text::Style::Heading);
    const float rowHeight = text::lineBoxHeight(text::Style::Body) + ui.small();
    const float listHeight = lh + ui.inset() + float(events.size()) * rowHeight;
    y = std::max(y, area.max.y - margin - listHeight);
    if (y + listHeight > area.max.y) return;  // no room (the largest text size in landscape)
    text::drawLabel(dl, tr("events.today"), text::Style::Heading, ui.place(makeRect(x, y, width, lh), area).min, width, lh,
                    theme.text, text::Align::Start, ui.rtl);
    y += lh + ui.inset();
    const float clockWidth = ui.clockColumn();
    for (const content::EventSummary& event : events) {
        const float bh = text::lineBoxHeight(text::Style::Body);
        std::string when = event.occurrence.allDay ? tr("events.today") : formatClockAt(event.occurrence.startUtc, state.timeZone());
        Rect clock = ui.place(makeRect(x, y, clockWidth, bh), area);
        text::drawLabel(dl, when, text::Style::BodyBold, clock.min, clock.width(), bh, theme.accent, text::Align::Start, ui.rtl);
        Rect title = ui.place(makeRect(x + clockWidth, y, width - clockWidth, bh), area);
        text::drawLabel(dl, event.title, text::Style::Body, title.min, title.width(), bh, theme.text, text::Align::Start,
                        ui.rtl);
        y += rowHeight;
    }
}

}  // namespace kiosk
