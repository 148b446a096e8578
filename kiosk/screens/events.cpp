// Events list: Today / This week / Later. Each series appears once, at its
// next occurrence, with its following dates and (for recurring ones) the rule
// in words. The list starts at the app clock, so past events disappear by
// themselves; a frame is requested for the moment the list changes.
#include <algorithm>
#include <unordered_map>

#include "kiosk/app/frame_chrome.h"
#include "kiosk/app/routes.h"
#include "kiosk/app/screens.h"
#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/event_words.h"
#include "kiosk/text/bidi_isolate.h"
#include "kiosk/screens/organisation_labels.h"
#include "kiosk/widgets/badge.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/paged_rows.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {

namespace {

constexpr const char* kListScroll = "events";
constexpr int64_t kHorizonDays = 120;
constexpr size_t kNextDatesShown = 3;

struct EventRow {
    content::EventSummary event;
    std::vector<content::EventOccurrence> nextDates;  // after event.occurrence
    std::string rule;                                 // in words, empty if single
};

// One entry of the flat list: a section heading or an event row.
struct Entry {
    const char* headingKey = nullptr;
    size_t row = 0;
};

// The list is read a slice of days at a time (PagedRows): reading all 8,000
// occurrences of a large pack at once took about 100 ms, a visible stall when
// the screen first opened. The first slice (today and tomorrow) is what the
// screen shows at the top; rows further down fill in over the next frames.
constexpr int64_t kSliceSeconds = 2 * 86400;

struct EventRows {
    std::vector<EventRow> rows;
    std::vector<Entry> entries;
    int64_t builtAt = -1;   // UTC second the list was built for
    int64_t changesAt = 0;  // UTC second when what is listed changes next
    // While it is being read: what was read so far and the sections.
    int64_t readUntil = 0;  // occurrences starting before this are in
    int64_t horizon = 0;    // the end of the list
    int64_t tomorrow = 0, weekEnd = 0;
    const char* section = nullptr;
    std::unordered_map<std::string, size_t> rowOfSeries;
};

struct ListCache {
    uint64_t generation = 0;
    PagedRows<EventRows> list;
};

// What this screen remembers between frames (owned by AppState).
struct EventsScreenState {
    static constexpr const char* kName = "events";
    ListCache list;
};

void addOccurrences(AppState& state, EventRows& cache, std::vector<content::EventSummary> events, int64_t sliceStart,
                    bool firstSlice) {
    for (auto& event : events) {
        // A later slice also returns what started before it and still runs: that was read already.
        if (!firstSlice && event.occurrence.startUtc < sliceStart) continue;
        auto found = cache.rowOfSeries.find(event.occurrence.seriesUid);
        if (found != cache.rowOfSeries.end()) {
            auto& next = cache.rows[found->second].nextDates;
            if (next.size() < kNextDatesShown) next.push_back(event.occurrence);
            continue;
        }
        cache.rowOfSeries[event.occurrence.seriesUid] = cache.rows.size();
        // The listed occurrence disappears when it ends.
        int64_t ends = std::max(event.occurrence.endUtc, event.occurrence.startUtc + 60);
        cache.changesAt = std::min(cache.changesAt, ends);
        EventRow row;
        row.rule = ruleInWords(state, event.rrule, event.seriesStart, event.occurrence.allDay);
        row.event = std::move(event);
        const int64_t start = row.event.occurrence.startUtc;
        const char* key = start < cache.tomorrow ? "events.today" : start < cache.weekEnd ? "events.this_week" : "events.later";
        if (key != cache.section) {
            cache.section = key;
            cache.entries.push_back({key, 0});
        }
        cache.entries.push_back({nullptr, cache.rows.size()});
        cache.rows.push_back(std::move(row));
    }
}

// An empty list for the clock's now: its sections and its end.
EventRows freshList(AppState& state, int64_t now) {
    EventRows fresh;
    fresh.builtAt = now;
    if (!state.store) return fresh;
    const std::string tz = state.timeZone();
    const int64_t todayStart = startOfLocalDay(now, tz);
    fresh.tomorrow = startOfLocalDay(todayStart + 36 * 3600, tz);
    const int weekday = content::toLocal(now, tz).weekday;  // 0 = Monday
    fresh.weekEnd = startOfLocalDay(todayStart + (7 - weekday) * 86400 + 12 * 3600, tz);
    fresh.changesAt = fresh.tomorrow;
    fresh.readUntil = now;
    fresh.horizon = now + kHorizonDays * 86400;
    return fresh;
}

// The list, read down to the content height `needed` at least (what the view
// shows, measured by `heightOf`).
template <class HeightOf>
const EventRows& eventList(AppState& state, float needed, HeightOf&& heightOf) {
    ListCache& cache = state.screens.get<EventsScreenState>().list;
    const int64_t now = state.nowUtc();
    // Reading the list costs thousands of occurrences: only when the content
    // changed or a listed event ended / the day turned, not every minute (a
    // visitor scrolling would feel each rebuild). The same content is read
    // again behind the list on screen, which stays until the new one is in.
    const EventRows& shown = cache.list.shown();
    const bool sameContent = cache.generation == state.contentGeneration && shown.builtAt >= 0;
    if (!sameContent || now < shown.builtAt || (cache.list.complete() && now >= shown.changesAt)) {
        cache.list.restart(freshList(state, now), sameContent);
        cache.generation = state.contentGeneration;
    }
    if (!state.store) return cache.list.shown();
    cache.list.advance(
        [&](EventRows& list) {
            if (list.readUntil >= list.horizon) {
                list.rowOfSeries = {};
                return false;
            }
            const int64_t sliceStart = list.readUntil;
            const int64_t sliceEnd = std::min(list.horizon, sliceStart + kSliceSeconds);
            addOccurrences(state, list, state.store->events(state.language(), sliceStart, sliceEnd), sliceStart,
                           sliceStart == list.builtAt);
            list.readUntil = sliceEnd;
            return true;
        },
        [&](const EventRows& list) { return list.readUntil < list.horizon && heightOf(list) < needed; });
    if (!cache.list.complete()) state.requestAnimationFrame();  // the next slices in the next frame
    return cache.list.shown();
}

struct RowMetrics {
    float pad, row, heading;
};

RowMetrics rowMetrics(const AppState& state) {
    const UiMetrics& ui = state.ui;
    RowMetrics m;
    m.pad = ui.inset();
    m.row = 2 * m.pad + text::lineBoxHeight(text::Style::BodyBold) + text::lineBoxHeight(text::Style::Heading) +
            text::lineBoxHeight(text::Style::Body) + text::lineBoxHeight(text::Style::Small) + badgeHeight(state) +
            ui.gap() + ui.small();
    m.row = std::max(m.row, ui.cardRowMin());
    m.heading = text::lineBoxHeight(text::Style::Title) + ui.spacious();
    return m;
}

// One line of text in the row, laid out LTR and mirrored into place.
void rowLine(AppState& state, std::string_view line, text::Style style, float x, float y, float width, ImU32 color,
             const Rect& listView) {
    float h = text::lineBoxHeight(style);
    Rect box = state.ui.place(makeRect(x, y, width, h), listView);
    text::drawLabel(state.drawList, line, style, box.min, box.width(), h, color, text::Align::Start, state.ui.rtl);
}

void drawRow(AppState& state, const EventRow& row, const Rect& rowRect, const Rect& listView, const RowMetrics& m) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    const content::EventSummary& event = row.event;
    Rect card = {{rowRect.min.x, rowRect.min.y + ui.hairline()}, {rowRect.max.x, rowRect.max.y - ui.hairline()}};
    Rect cardPlaced = ui.place(card, listView);
    bool tapped = tapTarget(state, event.title, ui.place(rowRect, listView));  // the whole row: no dead gap between cards
    drawButtonFrame(state, cardPlaced, ButtonKind::Secondary, isPressed(state, cardPlaced));

    const float chevron = ui.chevron();
    const float x = card.min.x + m.pad + ui.small();
    const float width = card.max.x - x - m.pad - chevron - ui.inset();
    float y = card.min.y + m.pad;
    rowLine(state, occurrenceWhenWithEnd(state, event.occurrence), text::Style::BodyBold, x, y, width, theme.accent,
            listView);
    y += text::lineBoxHeight(text::Style::BodyBold);
    rowLine(state, event.title, text::Style::Heading, x, y, width, theme.text, listView);
    y += text::lineBoxHeight(text::Style::Heading);

    // Place, then organiser, in the interface's reading order in every row,
    // each in the direction of the language it is written in. The organiser's
    // name only where the place (or title) does not already say it:
    // "Nachbarschaftszentrum Spandau, Raum 2 · Nachbarschaftszentrum Spandau"
    // reads the same name twice.
    const bool organiserSaid = event.location.find(event.organisationName) != std::string::npos ||
                               event.title.find(event.organisationName) != std::string::npos;
    std::string placeAndOrganiser;
    const std::pair<const std::string*, const std::string*> parts[] = {
        {&event.location, &event.locationLang}, {&event.organisationName, &event.organisationNameLang}};
    for (const auto& [part, lang] : parts) {
        if (part->empty() || (part == &event.organisationName && organiserSaid)) continue;
        const auto direction = lang->empty()                   ? text::PartDirection::FirstLetter
                               : content::isRightToLeft(*lang) ? text::PartDirection::RightToLeft
                                                               : text::PartDirection::LeftToRight;
        placeAndOrganiser += (placeAndOrganiser.empty() ? text::directionMark(ui.rtl) : tr("list.separator")) +
                             text::isolate(*part, direction);
    }
    rowLine(state, placeAndOrganiser, text::Style::Body, x, y, width, theme.textMuted, listView);
    y += text::lineBoxHeight(text::Style::Body) + ui.hairline();

    // Recurring: the rule in words and the next dates; single: its next dates if any.
    std::string repeat = row.rule;
    if (!row.nextDates.empty()) {
        std::string dates;
        for (const auto& next : row.nextDates) dates += (dates.empty() ? "" : tr("list.comma")) + occurrenceShortDay(state, next);
        repeat += (repeat.empty() ? "" : tr("list.separator")) + tr("events.next_dates") + ": " + dates;
    }
    if (!repeat.empty()) rowLine(state, repeat, text::Style::Small, x, y, width, theme.text, listView);
    y += text::lineBoxHeight(text::Style::Small) + ui.hairline();

    // Languages spoken by the organiser, and a note when the title fell back.
    float start = ui.rtl ? listView.min.x + (listView.max.x - x) : x;
    float direction = ui.rtl ? -1.0f : 1.0f;
    float used = 0;
    for (const std::string& code : organiserLanguages(state, event.organisationId)) {
        std::string label = spokenLanguageLabel(code);
        float w = badgeWidth(state, label);
        if (used + w > width * 0.6f) break;
        used += drawBadge(state, label, {start + direction * used, y}, theme.badge, theme.badgeText) + ui.tight();
    }
    if (!event.titleLang.empty() && event.titleLang != state.language()) {
        std::string note = fallbackNote(state, event.titleLang);
        float noteX = x + used + ui.small();
        rowLine(state, note, text::Style::Small, noteX, y, x + width - noteX, theme.note, listView);
    }

    Rect chevronBox = ui.place(makeRect(card.max.x - m.pad - chevron, card.min.y + (card.height() - chevron) / 2,
                                        chevron, chevron), listView);
    icons::forward(state.drawList, chevronBox, theme.textMuted, ui.rtl);
    if (tapped) state.open(Screen::Event, routes::eventId(event.occurrence.seriesUid, event.occurrence.startUtc));
}

}  // namespace

void drawEventsScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;
    const RowMetrics m = rowMetrics(state);
    const auto heightOf = [&](const EventRows& rows) {
        float height = ui.gap();
        for (const Entry& entry : rows.entries) height += entry.headingKey ? m.heading : m.row;
        return height;
    };
    const float offset = std::max(0.0f, state.scroll(kListScroll).offset());
    const EventRows& list = eventList(state, offset + area.height() + m.row, heightOf);
    // With the real clock, draw again when an event ends or the day changes
    // (the list changes then); a fixed clock (--now) never moves.
    if (!state.clockFixed && list.changesAt > state.nowUtc())
        state.requestFrameAt(state.frameTime + double(list.changesAt - state.nowUtc()));

    if (list.rows.empty()) {
        // Nothing in the window, or nothing at all ahead (the pack is too old).
        const char* key = !state.store                                          ? state.noContentKey()
                          : state.store->freshness(state.nowUtc()).outOfDate() ? "events.none_listed"
                                                                               : "events.none";
        const auto& none = text::layout(tr(key), text::Style::Heading, width);
        text::draw(state.drawList, none, {x, area.min.y + ui.minTap()}, width, theme.text, text::Align::Center, ui.rtl);
        return;
    }
    const float contentHeight = heightOf(list);
    Rect listView = {{x, area.min.y}, {x + width, area.max.y}};
    ScrollArea scroll(state, kListScroll, listView, contentHeight + ui.section());
    float y = ui.gap();  // content coordinates
    for (const Entry& entry : list.entries) {
        float h = entry.headingKey ? m.heading : m.row;
        if (scroll.visible(y, h)) {
            float top = scroll.top() + y;
            if (entry.headingKey) {
                float lh = text::lineBoxHeight(text::Style::Title);
                Rect box = ui.place(makeRect(x, top + ui.inset(), width - ui.gap(), lh), listView);
                text::drawLabel(state.drawList, tr(entry.headingKey), text::Style::Title, box.min, box.width(), lh,
                                theme.text, text::Align::Start, ui.rtl);
            } else {
                drawRow(state, list.rows[entry.row], makeRect(x, top, width - ui.gap(), h), listView, m);
            }
        }
        y += h;
    }
}

}  // namespace kiosk
