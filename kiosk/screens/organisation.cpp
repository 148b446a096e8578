// Organisation detail: what they do, languages spoken, address, opening
// hours as a week table with today marked, contact, upcoming events, and
// "take it with you". Two columns in landscape, one in portrait; the whole
// page scrolls under the finger.
#include <algorithm>
#include <unordered_map>

#include "kiosk/app/frame_chrome.h"
#include "kiosk/screens/detail_page.h"
#include "kiosk/app/routes.h"
#include "kiosk/app/screens.h"
#include "kiosk/screens/page_height.h"
#include "kiosk/screens/reading_measure.h"
#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/organisation_labels.h"
#include "kiosk/screens/organisation_status.h"
#include "kiosk/widgets/badge.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {

namespace {

constexpr int kUpcomingDays = 60;
constexpr size_t kUpcomingLimit = 5;

struct DetailCache {
    uint64_t generation = 0;
    std::string id;
    int64_t day = -1;
    std::optional<content::Organisation> organisation;
    std::vector<content::EventSummary> events;
    std::vector<content::OpeningDay> week;  // the week holding today, from the store
    int64_t statusMinute = -1;              // the status changes by the minute
    content::OpeningStatus status;
};

// What this screen remembers between frames (owned by AppState).
struct OrganisationScreenState {
    static constexpr const char* kName = "organisation";
    DetailCache detail;
};

const DetailCache& detail(AppState& state, const std::string& id) {
    DetailCache& cache = state.screens.get<OrganisationScreenState>().detail;
    int64_t day = state.nowUtc() / 3600;  // upcoming events refresh hourly at most
    if (cache.generation == state.contentGeneration && cache.id == id && cache.day == day) {
        if (state.store && cache.statusMinute != state.nowUtc() / 60) {
            cache.statusMinute = state.nowUtc() / 60;
            cache.status = state.store->openingStatus(id, state.nowUtc());
        }
        return cache;
    }
    cache = {};
    cache.generation = state.contentGeneration;
    cache.id = id;
    cache.day = day;
    if (state.store) {
        cache.organisation = state.store->organisation(id);
        int64_t now = state.nowUtc();
        cache.events = state.store->events(state.language(), now, now + kUpcomingDays * 86400, id, kUpcomingLimit);
        cache.week = state.store->openingWeek(id, now);
        cache.statusMinute = now / 60;
        cache.status = state.store->openingStatus(id, now);
    }
    return cache;
}


float drawPicture(DetailPage& page, const std::string& image, float x, float y, float width) {
    if (image.empty()) return 0;
    const UiMetrics& ui = page.ui();
    float maxHeight = ui.pagePictureHeight();
    const ImageCache::Texture* texture =
        page.state.images.get(page.state.imagePath(image), int(width), int(maxHeight));
    if (!texture) {
        Rect box = page.ui().place(makeRect(x, y, std::min(width, maxHeight), maxHeight), page.view);
        icons::picturePlaceholder(page.state.drawList, box, page.theme().surfaceStrong, page.theme().border);
        return maxHeight + ui.gap();
    }
    float scale = std::min(width / texture->width, maxHeight / texture->height);
    float w = texture->width * scale, h = texture->height * scale;
    Rect box = page.ui().place(makeRect(x, y, w, h), page.view);
    page.state.drawList->AddImageRounded(texture->id, box.min, box.max, {0, 0}, {1, 1}, IM_COL32_WHITE, ui.small());
    return h + ui.gap();
}

float drawWeekTable(DetailPage& page, const std::vector<content::OpeningDay>& week, float x, float y, float width) {
    const UiMetrics& ui = page.ui();
    float top = y;
    y += page.heading(tr("organisation.opening_hours"), x, y, width);
    if (week.empty()) return y - top + page.paragraph(tr("status.hours_unknown"), text::Style::Body, x, y, width, page.theme().text);
    content::LocalTime now = content::toLocal(page.state.nowUtc(), page.state.timeZone());
    int today = now.weekday;
    float rowHeight = text::lineBoxHeight(text::Style::Body) + ui.rowPad();
    // Wide enough for the longest day name at this text size ("Donnerstag"), at most 42 % of the column.
    float dayWidth = 0;
    for (int day = 0; day < 7; ++day)
        dayWidth = std::max(dayWidth, text::layoutLabel(tr(std::string("weekday.") + weekdayKey(day)), text::Style::BodyBold, 0).width);
    dayWidth = std::min(width * 0.42f, dayWidth + ui.gap());
    for (int day = 0; day < 7; ++day) {
        bool isToday = day == today;
        text::Style style = isToday ? text::Style::BodyBold : text::Style::Body;
        if (isToday) {
            Rect band = page.ui().place(makeRect(x - ui.small(), y, width + ui.gap(), rowHeight), page.view);
            page.state.drawList->AddRectFilled(band.min, band.max, page.theme().surfaceStrong, ui.tight());
            if (page.theme().outlines)
                page.state.drawList->AddRect(band.min, band.max, page.theme().accent, ui.tight(), 0, 2.0f);
        }
        std::string dayName = tr(std::string("weekday.") + weekdayKey(day));
        // This week's dates, so holidays and dated rules show as they apply.
        std::string spans;
        for (auto [from, to] : week[size_t(day)].spans) {
            if (!spans.empty()) spans += tr("list.comma");
            spans += formatTimeRange(formatClock(from), to == 1440 ? "24:00" : formatClock(to % 1440));
        }
        if (spans.empty()) spans = tr("organisation.closed_day");
        // Top-aligned in the row (box height 0), so a taller Arabic line stays inside it.
        float textTop = y + ui.halfRowPad();
        float lh = text::lineBoxHeight(style);
        Rect dayBox = page.ui().place(makeRect(x, textTop, dayWidth, lh), page.view);
        markSpokenLabel(page.state, page.state.readAloud, dayName, page.state.language(), style, dayBox.min,
                        dayBox.width(), 0, text::Align::Start, ui.rtl);
        text::drawLabel(page.state.drawList, dayName, style, dayBox.min, dayBox.width(), 0, page.theme().text,
                        text::Align::Start, ui.rtl);
        Rect spanBox = page.ui().place(makeRect(x + dayWidth, textTop, width - dayWidth, lh), page.view);
        markSpokenLabel(page.state, page.state.readAloud, spans, page.state.language(), style, spanBox.min,
                        spanBox.width(), 0, text::Align::Start, ui.rtl);
        text::drawLabel(page.state.drawList, spans, style, spanBox.min, spanBox.width(), 0, page.theme().text,
                        text::Align::Start, ui.rtl);
        y += rowHeight;
    }
    return y - top + ui.small();
}

float drawLanguages(DetailPage& page, const content::Organisation& org, float x, float y, float width) {
    if (org.languages.empty()) return 0;
    const UiMetrics& ui = page.ui();
    float top = y;
    y += page.heading(tr("organisation.languages"), x, y, width);
    FlowRow flow(x, y, width, badgeHeight(page.state), ui.tight());
    for (const std::string& code : org.languages) {
        std::string label = spokenLanguageLabel(code);
        const Rect badge = ui.place(flow.next(badgeWidth(page.state, label)), page.view);
        drawBadge(page.state, label, {ui.rtl ? badge.max.x : badge.min.x, badge.min.y}, page.theme().badge,
                  page.theme().badgeText);
    }
    return y + flow.height() + ui.tight() - top + ui.inset();
}

float drawAddressAndContact(DetailPage& page, const content::Organisation& org, float x, float y, float width) {
    const UiMetrics& ui = page.ui();
    float top = y;
    std::string address = org.address;
    std::string city = org.postcode + (org.postcode.empty() ? "" : " ") + org.city;
    if (!city.empty()) address += (address.empty() ? "" : "\n") + city;
    if (!org.district.empty()) address += (address.empty() ? "" : "\n") + org.district;
    if (!address.empty()) {
        y += page.heading(tr("organisation.address"), x, y, width);
        y += page.paragraph(address, text::Style::Body, x, y, width, page.theme().text) + ui.gap();
    }
    // Each value on its own line under its label: a phone number, an e-mail
    // address or a web address inside an Arabic sentence would be reordered
    // by the bidi algorithm ("030 40 75" read backwards); alone, it stays as written.
    std::vector<std::pair<std::string, std::string>> contact;
    if (!org.phone.empty()) contact.push_back({tr("organisation.phone"), org.phone});
    if (!org.email.empty()) contact.push_back({tr("organisation.email"), org.email});
    if (!org.website.empty()) contact.push_back({tr("organisation.website"), org.website});
    if (!contact.empty()) {
        y += page.heading(tr("organisation.contact"), x, y, width);
        for (const auto& [label, value] : contact) {
            y += page.paragraph(label, text::Style::Small, x, y, width, page.theme().textMuted);
            // Numbers and addresses are written left to right in every script.
            y += page.paragraph(value, text::Style::Body, x, y, width, page.theme().text, text::Direction::LTR) + ui.small();
        }
        y += ui.small();
    }
    return y - top;
}

float drawUpcomingEvents(DetailPage& page, const std::vector<content::EventSummary>& events, float x, float y, float width) {
    const UiMetrics& ui = page.ui();
    AppState& state = page.state;
    float top = y;
    y += page.heading(tr("organisation.upcoming_events"), x, y, width);
    if (events.empty())
        return y - top + page.paragraph(tr("organisation.no_events"), text::Style::Body, x, y, width, page.theme().textMuted) + ui.inset();
    const float pad = ui.inset();
    const float rowHeight = std::max(ui.listRowMin(), 2 * pad + text::lineBoxHeight(text::Style::Small) +
                                                               ui.hairline() + text::lineBoxHeight(text::Style::BodyBold));
    for (const content::EventSummary& event : events) {
        Rect rowLtr = makeRect(x, y, width, rowHeight);
        Rect row = ui.place(rowLtr, page.view);
        bool tapped = tapTarget(state, event.title, row);
        drawButtonFrame(state, row, ButtonKind::Secondary, isPressed(state, row));
        std::string when = formatDay(event.occurrence.startUtc, state.nowUtc(), state.timeZone());
        if (!event.occurrence.allDay) when += tr("list.comma") + formatClockAt(event.occurrence.startUtc, state.timeZone());
        float textWidth = width - 2 * pad - ui.wide();
        float sh = text::lineBoxHeight(text::Style::Small), bh = text::lineBoxHeight(text::Style::BodyBold);
        Rect whenBox = ui.place(makeRect(x + pad, y + pad, textWidth, sh), page.view);
        markSpokenLabel(state, state.readAloud, when, state.language(), text::Style::Small, whenBox.min, textWidth, 0,
                        text::Align::Start, ui.rtl);
        text::drawLabel(state.drawList, when, text::Style::Small, whenBox.min, textWidth, 0, page.theme().textMuted,
                        text::Align::Start, ui.rtl);
        Rect titleBox = ui.place(makeRect(x + pad, y + pad + sh + ui.hairline(), textWidth, bh), page.view);
        markSpokenLabel(state, state.readAloud, event.title, state.language(), text::Style::BodyBold, titleBox.min,
                        textWidth, 0, text::Align::Start, ui.rtl);
        text::drawLabel(state.drawList, event.title, text::Style::BodyBold, titleBox.min, textWidth, 0,
                        page.theme().text, text::Align::Start, ui.rtl);
        Rect chevron = ui.place(makeRect(x + width - pad - ui.section(), y + (rowHeight - ui.section()) / 2, ui.section(), ui.section()), page.view);
        icons::forward(state.drawList, chevron, page.theme().textMuted, ui.rtl);
        if (tapped) state.open(Screen::Event, routes::eventId(event.occurrence.seriesUid, event.occurrence.startUtc));
        y += rowHeight + ui.small();
    }
    return y - top + ui.small();
}

// The open badge and the big "take it with you" button.
float drawActions(DetailPage& page, const content::Organisation& org, const content::OpeningStatus& status, float x,
                  float y, float width) {
    const UiMetrics& ui = page.ui();
    AppState& state = page.state;
    float top = y;
    float startX = ui.rtl ? page.view.min.x + page.view.max.x - x : x;
    if (drawOpeningStatus(state, status, {startX, y}) > 0) y += badgeHeight(state) + ui.gap();
    y += page.takeAwayButton(x, y, width, routes::qrForOrganisation(org.id));
    return y - top;
}

}  // namespace

void drawOrganisationScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const std::string& id = state.route().id;
    const DetailCache& data = detail(state, id);
    if (!data.organisation) return drawDetailMissing(state, area, "organisations.none");
    const content::Organisation& org = *data.organisation;

    float& pageHeight = rememberedPageHeight(state, "organisation:" + id);
    Rect view = {{area.min.x, area.min.y}, {area.max.x, area.max.y}};
    ScrollArea scroll(state, "organisation:" + id, view, pageHeight);
    DetailPage page{state, view};

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
        y += drawPicture(page, org.image, x, y, fullWidth);
        y += page.localized(org.name, text::Style::Title, x, y, fullWidth, state.theme.text) + ui.inset();
        y += drawActions(page, org, data.status, x, y, fullWidth);
        y += page.localized(org.summary, text::Style::BodyBold, x, y, fullWidth, state.theme.text) + ui.inset();
        y += page.localized(org.description, text::Style::Body, x, y, fullWidth, state.theme.text) + ui.section();
        y += drawWeekTable(page, data.week, x, y, fullWidth) + ui.inset();
        y += drawLanguages(page, org, x, y, fullWidth);
        y += drawAddressAndContact(page, org, x, y, fullWidth);
        y += drawUpcomingEvents(page, data.events, x, y, fullWidth);
        bottom = y;
    } else {
        const float gap = ui.columnGap();
        const float mainWidth = std::min(measure, (fullWidth - gap) * 0.58f);
        const float sideWidth = std::min(measure, fullWidth - gap - mainWidth);
        // On a very wide screen the two columns sit together in the middle.
        x += (fullWidth - gap - mainWidth - sideWidth) / 2;
        float y = top;
        y += page.localized(org.name, text::Style::Title, x, y, mainWidth, state.theme.text) + ui.inset();
        y += page.localized(org.summary, text::Style::BodyBold, x, y, mainWidth, state.theme.text) + ui.inset();
        y += drawPicture(page, org.image, x, y, mainWidth);
        y += page.localized(org.description, text::Style::Body, x, y, mainWidth, state.theme.text) + ui.section();
        y += drawUpcomingEvents(page, data.events, x, y, mainWidth);
        float side = x + mainWidth + gap;
        float sy = top;
        sy += drawActions(page, org, data.status, side, sy, sideWidth);
        sy += drawWeekTable(page, data.week, side, sy, sideWidth) + ui.inset();
        sy += drawLanguages(page, org, side, sy, sideWidth);
        sy += drawAddressAndContact(page, org, side, sy, sideWidth);
        bottom = std::max(y, sy);
    }
    updatePageHeight(state, pageHeight, bottom - scroll.top() + ui.section());
}

}  // namespace kiosk
