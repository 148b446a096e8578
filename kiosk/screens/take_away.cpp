// "Take it with you": a big QR code made here, offline - a contact card for an
// organisation, a calendar entry for an event's date, or a guide's web link -
// with a short explanation of what to do with it. The code is at least
// QrCode::minimumSide() so a phone reads it from 40 cm.
#include <algorithm>

#include "content/core/take_away.h"
#include "kiosk/app/routes.h"
#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/event_words.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/qr_code.h"

namespace kiosk {

namespace {

struct Payload {
    uint64_t generation = 0;
    std::string routeId;
    std::string title;      // what the code is for (name, event title, guide title)
    std::string subtitle;   // the event's date
    std::string purposeKey; // takeaway.contact / takeaway.event / takeaway.link
    QrCode code;
};

// What this screen remembers between frames (owned by AppState).
struct TakeAwayScreenState {
    static constexpr const char* kName = "take-away";
    Payload payload;
};

const Payload& payload(AppState& state, const std::string& routeId) {
    Payload& cache = state.screens.get<TakeAwayScreenState>().payload;
    if (cache.generation == state.contentGeneration && cache.routeId == routeId) return cache;
    cache.generation = state.contentGeneration;
    cache.routeId = routeId;
    cache.title.clear();
    cache.subtitle.clear();
    cache.purposeKey.clear();
    std::string data;
    auto [kind, id] = routes::splitQrId(routeId);
    const std::string& lang = state.language();
    if (state.store && kind == "organisation") {
        if (auto org = state.store->organisation(id)) {
            cache.title = org->name.resolve(lang);
            cache.purposeKey = "takeaway.contact";
            data = content::organisationVCard(*org, lang);
        }
    } else if (state.store && kind == "event") {
        auto ref = routes::parseEventId(id);
        std::optional<content::EventSeries> series = ref ? state.store->eventSeries(ref->seriesUid) : std::nullopt;
        if (series) {
            content::CalendarEntry entry;
            entry.series = &*series;
            auto found = state.store->occurrences(ref->seriesUid, ref->startUtc, 1);
            entry.occurrence = !found.empty() && found.front().startUtc == ref->startUtc
                                   ? found.front()
                                   : content::EventOccurrence{ref->seriesUid, ref->startUtc, ref->startUtc, series->allDay};
            if (auto org = state.store->organisation(series->organisationId)) entry.organiserName = org->name.resolve(lang);
            entry.timeZone = state.timeZone();
            entry.createdUtc = state.nowUtc();
            cache.title = series->title.resolve(lang);
            cache.subtitle = occurrenceWhenWithEnd(state, entry.occurrence);
            cache.purposeKey = "takeaway.event";
            data = content::occurrenceICalendar(entry, lang);
        }
    } else if (state.store && kind == "guide") {
        if (auto guide = state.store->guide(id)) {
            if (const content::GuideText* text = guide->resolve(lang)) cache.title = text->title;
            cache.purposeKey = "takeaway.link";
            data = content::guideLink(*guide);
        }
    }
    cache.code.setData(data);
    return cache;
}

}  // namespace

void drawTakeAwayScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* dl = state.drawList;
    const Payload& p = payload(state, state.route().id);
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;
    const float top = area.min.y + ui.section();

    if (!p.code.valid()) {
        const auto& none = text::layout(tr("takeaway.unavailable"), text::Style::Heading, width);
        text::draw(dl, none, {x, top + ui.section()}, width, theme.text, text::Align::Center, ui.rtl);
        return;
    }

    // The code as large as the screen allows (a big code has big modules,
    // which phones read from further away and at a slant): in landscape it
    // takes the full height at the start side with the words beside it; in
    // portrait the title sits above it and the words below.
    const float gap = ui.minTap();
    float y = top;
    float textWidth = width, textX = x;
    float codeSide, codeTop, codeLeft;
    auto paragraph = [&](const std::string& text, text::Style style, ImU32 color, float after) {
        if (text.empty()) return;
        const auto& para = text::layout(text, style, textWidth);
        Rect box = ui.place(makeRect(textX, y, textWidth, para.height), area);
        text::draw(dl, para, box.min, textWidth, color, text::Align::Start, ui.rtl);
        y += para.height + after;
    };
    if (ui.portrait) {
        paragraph(p.title, text::Style::Title, theme.text, ui.small());
        paragraph(p.subtitle, text::Style::BodyBold, theme.text, ui.gap());
        // Room below for the three sentences at the largest text size.
        const float wordsBelow = 5 * text::lineBoxHeight(text::Style::Heading) + 2 * text::lineBoxHeight(text::Style::Body);
        codeSide = std::min(width * 0.9f, area.max.y - y - wordsBelow - ui.wide());
        codeSide = std::max(codeSide, p.code.minimumSide(ui.pxPerMm));
        codeTop = y;
        codeLeft = x + (width - p.code.sideFor(codeSide)) / 2;
        y += p.code.sideFor(codeSide) + ui.section();
    } else {
        codeSide = std::min(area.height() - 2 * ui.section(), width * 0.5f);
        codeSide = std::max(codeSide, p.code.minimumSide(ui.pxPerMm));
        Rect placed = ui.place(makeRect(x, top, codeSide, codeSide), area);
        codeLeft = placed.min.x + (codeSide - p.code.sideFor(codeSide)) / 2;
        codeTop = top;
        textX = x + codeSide + gap;
        textWidth = width - codeSide - gap;
        paragraph(p.title, text::Style::Title, theme.text, ui.small());
        paragraph(p.subtitle, text::Style::BodyBold, theme.text, ui.gap());
    }
    // What the phone will get, in one plain sentence first; then how, and that nothing goes online.
    if (!p.purposeKey.empty()) paragraph(tr(p.purposeKey), text::Style::Heading, theme.text, ui.inset());
    paragraph(tr("takeaway.scan"), text::Style::Body, theme.text, ui.inset());
    paragraph(tr("takeaway.offline"), text::Style::Small, theme.textMuted, ui.section());

    codeLeft = std::floor(codeLeft);
    codeTop = std::floor(codeTop);
    float drawn = p.code.sideFor(codeSide);
    // A frame so the white quiet zone reads as part of the code on any theme.
    dl->AddRect({codeLeft - 2, codeTop - 2}, {codeLeft + drawn + 2, codeTop + drawn + 2}, theme.border, 0, 0, 2.0f);
    p.code.draw(dl, {codeLeft, codeTop}, codeSide);
}

}  // namespace kiosk
