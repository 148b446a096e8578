// Event detail: title, when (this date, the rule in words, the next dates),
// where, organiser (tap -> organisation), description and "take it with you".
// Two columns in landscape, one in portrait; the page scrolls under the finger.
#include <algorithm>
#include <unordered_map>

#include "kiosk/app/frame_chrome.h"
#include "kiosk/screens/detail_page.h"
#include "kiosk/app/routes.h"
#include "kiosk/app/screens.h"
#include "kiosk/screens/page_height.h"
#include "kiosk/screens/reading_measure.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/event_words.h"
#include "kiosk/screens/organisation_labels.h"
#include "kiosk/widgets/badge.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {

namespace {

constexpr size_t kNextDates = 6;

struct DetailCache {
    uint64_t generation = 0;
    std::string id;
    int64_t minute = -1;
    std::optional<content::EventSeries> series;
    content::EventOccurrence occurrence;  // the one the visitor chose
    std::vector<content::EventOccurrence> nextDates;
    std::string organiserName, organiserLang;
    std::string rule;
};

// What this screen remembers between frames (owned by AppState).
struct EventScreenState {
    static constexpr const char* kName = "event";
    DetailCache detail;
};

const DetailCache& detail(AppState& state, const std::string& id) {
    DetailCache& cache = state.screens.get<EventScreenState>().detail;
    const int64_t now = state.nowUtc();
    if (cache.generation == state.contentGeneration && cache.id == id && cache.minute == now / 60) return cache;
    cache = {};
    cache.generation = state.contentGeneration;
    cache.id = id;
    cache.minute = now / 60;
    auto ref = routes::parseEventId(id);
    if (!state.store || !ref) return cache;
    cache.series = state.store->eventSeries(ref->seriesUid);
    if (!cache.series) return cache;
    auto chosen = state.store->occurrences(ref->seriesUid, ref->startUtc, 1);
    if (!chosen.empty() && chosen.front().startUtc == ref->startUtc) {
        cache.occurrence = chosen.front();
    } else {
        cache.occurrence = {ref->seriesUid, ref->startUtc, ref->startUtc, cache.series->allDay};
    }
    for (auto& next : state.store->occurrences(ref->seriesUid, now, kNextDates + 1))
        if (next.startUtc != cache.occurrence.startUtc && cache.nextDates.size() < kNextDates) cache.nextDates.push_back(next);
    if (auto org = state.store->organisation(cache.series->organisationId))
        cache.organiserName = org->name.resolve(state.language(), &cache.organiserLang);
    cache.rule = ruleInWords(state, *cache.series);
    return cache;
}


float drawWhen(DetailPage& page, const DetailCache& data, float x, float y, float width) {
    const UiMetrics& ui = page.ui();
    float top = y;
    y += page.heading(tr("events.when"), x, y, width);
    y += page.paragraph(occurrenceWhenWithEnd(page.state, data.occurrence), text::Style::BodyBold, x, y, width,
                        page.theme().text) + ui.hairline();
    // The rule is a sentence of its own ("Every first Wednesday of the month, 17:00").
    if (!data.rule.empty()) y += page.paragraph(data.rule, text::Style::Body, x, y, width, page.theme().text) + ui.hairline();
    if (!data.nextDates.empty()) {
        y += ui.small();
        y += page.paragraph(tr("events.next_dates"), text::Style::BodyBold, x, y, width, page.theme().text) + ui.hairline();
        for (const auto& next : data.nextDates)
            y += page.paragraph(occurrenceWhen(page.state, next), text::Style::Body, x, y, width, page.theme().text);
    }
    return y - top + ui.spacious();
}

float drawWhere(DetailPage& page, const DetailCache& data, float x, float y, float width) {
    if (data.series->location.empty()) return 0;
    float top = y;
    y += page.heading(tr("events.where"), x, y, width);
    y += page.localized(data.series->location, text::Style::Body, x, y, width, page.theme().text);
    return y - top + page.ui().spacious();
}

float drawOrganiser(DetailPage& page, const DetailCache& data, float x, float y, float width) {
    if (data.organiserName.empty()) return 0;
    const UiMetrics& ui = page.ui();
    AppState& state = page.state;
    float top = y;
    y += page.heading(tr("events.organiser"), x, y, width);
    // The name fell back to another language: the note says so, as for every content text.
    y += drawFallbackNote(state, data.organiserLang, ui.place(makeRect(x, y, width, 1), page.view).min, width);
    const float h = buttonHeightFor(state, ui.actionHeight());
    // As wide as the column: organisation names are long, and the whole name should show.
    Rect r = ui.place(makeRect(x, y, width, h), page.view);
    if (button(state, data.organiserName, r, ButtonKind::Secondary, text::Style::Button,
               [](ImDrawList* d, const Rect& b, ImU32 c) { icons::people(d, b, c); }))
        state.open(Screen::Organisation, data.series->organisationId);
    y += h + ui.small();
    const auto& languages = organiserLanguages(state, data.series->organisationId);
    if (!languages.empty()) {
        y += page.paragraph(tr("events.language"), text::Style::Small, x, y, width, page.theme().textMuted) + ui.hairline();
        FlowRow flow(x, y, width, badgeHeight(state), ui.tight());
        for (const std::string& code : languages) {
            std::string label = spokenLanguageLabel(code);
            const Rect badge = ui.place(flow.next(badgeWidth(state, label)), page.view);
            drawBadge(state, label, {ui.rtl ? badge.max.x : badge.min.x, badge.min.y}, page.theme().badge,
                      page.theme().badgeText);
        }
        y += flow.height() + ui.tight();
    }
    return y - top + ui.spacious();
}

float drawTakeAway(DetailPage& page, float x, float y, float width) {
    return page.takeAwayButton(x, y, width, routes::qrForEvent(page.state.route().id));
}

}  // namespace

void drawEventScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const std::string& id = state.route().id;
    const DetailCache& data = detail(state, id);
    if (!data.series) return drawDetailMissing(state, area, "events.none");
    const content::EventSeries& series = *data.series;

    float& pageHeight = rememberedPageHeight(state, "event:" + id);
    ScrollArea scroll(state, "event:" + id, area, pageHeight);
    DetailPage page{state, area};

    const float margin = ui.margin();
    const float top = scroll.top() + ui.section();
    // Text columns no wider than a comfortable line; in portrait the one
    // column is centred with the margins that leaves.
    const float measure = readingMeasure();
    const float fullWidth = ui.portrait ? std::min(area.width() - 2 * margin, measure) : area.width() - 2 * margin;
    float x = ui.portrait ? area.min.x + (area.width() - fullWidth) / 2 : area.min.x + margin;
    float bottom;
    if (ui.portrait) {
        float y = top;
        y += page.localized(series.title, text::Style::Title, x, y, fullWidth, state.theme.text) + ui.gap();
        y += drawTakeAway(page, x, y, fullWidth);
        y += drawWhen(page, data, x, y, fullWidth);
        y += drawWhere(page, data, x, y, fullWidth);
        y += drawOrganiser(page, data, x, y, fullWidth);
        y += page.localized(series.description, text::Style::Body, x, y, fullWidth, state.theme.text);
        bottom = y;
    } else {
        const float gap = ui.columnGap();
        const float mainWidth = std::min(measure, (fullWidth - gap) * 0.58f);
        const float sideWidth = std::min(measure, fullWidth - gap - mainWidth);
        // On a very wide screen the two columns sit together in the middle.
        x += (fullWidth - gap - mainWidth - sideWidth) / 2;
        float y = top;
        y += page.localized(series.title, text::Style::Title, x, y, mainWidth, state.theme.text) + ui.gap();
        y += page.localized(series.description, text::Style::Body, x, y, mainWidth, state.theme.text) + ui.section();
        // Where and who under the description, when (with the next dates) at
        // the side: the two columns come out about equally long.
        y += drawWhere(page, data, x, y, mainWidth);
        y += drawOrganiser(page, data, x, y, mainWidth);
        const float side = x + mainWidth + gap;
        float sy = top;
        sy += drawTakeAway(page, side, sy, sideWidth);
        sy += drawWhen(page, data, side, sy, sideWidth);
        bottom = std::max(y, sy);
    }
    updatePageHeight(state, pageHeight, bottom - scroll.top() + ui.section());
}

}  // namespace kiosk
