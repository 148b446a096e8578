// Organisations list: filters (topic, language spoken, district, open now)
// and a list that scrolls under the finger and builds only the visible rows.
#include <algorithm>

#include "kiosk/app/frame_chrome.h"
#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/organisation_labels.h"
#include "kiosk/screens/organisation_status.h"
#include "kiosk/widgets/badge.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"
#include "kiosk/widgets/choice_sheet.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/paged_rows.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {

namespace {

constexpr const char* kListScroll = "organisations";

// The rows read so far; the list is read a page at a time (PagedRows).
struct OrganisationRows {
    std::vector<content::OrganisationSummary> rows;
    size_t read = 0;       // positions of the sorted list read (before "open now")
    size_t positions = 0;  // how many it has
    content::OrganisationCursor next;  // where the next page starts
};

// Query results, refreshed only when the content, a filter or the minute
// (each row's opening status) changes: steady frames do no database work.
struct ListCache {
    uint64_t generation = 0;
    content::OrganisationFilter filter;
    int64_t minute = -1;
    PagedRows<OrganisationRows> list;
};

struct FilterChoicesCache {
    uint64_t generation = 0;
    std::vector<std::string> topics, languages, districts;
};

// What this screen remembers between frames (owned by AppState).
struct OrganisationsScreenState {
    static constexpr const char* kName = "organisations";
    ListCache list;
    FilterChoicesCache choices;
};

constexpr size_t kPageSize = 40;

bool sameFilter(const content::OrganisationFilter& a, const content::OrganisationFilter& b) {
    return a.topic == b.topic && a.language == b.language && a.district == b.district && a.openNow == b.openNow;
}

// The rows, read up to the `needed`th at least (what the view shows). A new
// minute re-reads the same list behind the one on screen.
const OrganisationRows& organisationRows(AppState& state, size_t needed) {
    ListCache& cache = state.screens.get<OrganisationsScreenState>().list;
    const content::OrganisationFilter& filter = state.session.organisationFilter;
    const int64_t minute = state.nowUtc() / 60;
    const bool sameList = cache.generation == state.contentGeneration && sameFilter(cache.filter, filter);
    if (!sameList || cache.minute != minute) {
        OrganisationRows fresh;
        if (state.store) fresh.positions = state.store->organisationMatches(state.language(), filter);
        cache.list.restart(std::move(fresh), sameList);
        cache.generation = state.contentGeneration;
        cache.filter = filter;
        cache.minute = minute;
    }
    if (!state.store) return cache.list.shown();
    content::OrganisationFilter query = filter;
    query.nowUtc = state.nowUtc();
    cache.list.advance(
        [&](OrganisationRows& list) {
            if (list.read >= list.positions) return false;
            auto page = state.store->organisationPage(state.language(), query, list.next, kPageSize);
            list.read += page.examined;
            list.next = std::move(page.next);
            for (auto& row : page.rows) list.rows.push_back(std::move(row));
            return page.examined > 0;
        },
        [&](const OrganisationRows& list) { return list.rows.size() < needed && list.read < list.positions; });
    if (!cache.list.complete()) state.requestAnimationFrame();
    return cache.list.shown();
}

// Rows the list will have: exact without "open now"; with it, the share
// open so far applied to what is still unread.
size_t expectedRows(const OrganisationRows& list, bool complete) {
    if (complete || list.read == 0) return complete ? list.rows.size() : list.positions;
    const size_t unread = list.positions - std::min(list.read, list.positions);
    return list.rows.size() + size_t(double(unread) * double(list.rows.size()) / double(list.read) + 0.5);
}

const FilterChoicesCache& filterChoices(AppState& state) {
    FilterChoicesCache& cache = state.screens.get<OrganisationsScreenState>().choices;
    if (cache.generation == state.contentGeneration) return cache;
    cache = {};
    cache.generation = state.contentGeneration;
    if (state.store) {
        cache.topics = state.store->topics();
        cache.languages = state.store->spokenLanguages();
        cache.districts = state.store->districts();
    }
    return cache;
}

void filterChanged(AppState& state) {
    state.session.touched = true;
    state.scroll(kListScroll).setOffset(0);
}

// The filter chips; returns the height they take.
float drawFilterBar(AppState& state, float x, float y, float width) {
    const UiMetrics& ui = state.ui;
    auto& filter = state.session.organisationFilter;
    struct Chip {
        std::string sheet;  // the choice sheet it opens ("" = a toggle)
        std::string label;
        bool on;
    };
    std::vector<Chip> chips = {
        {"topic", filter.topic.empty() ? tr("filter.topic") : topicLabel(state, filter.topic), !filter.topic.empty()},
        {"language", filter.language.empty() ? tr("filter.language") : spokenLanguageLabel(filter.language),
         !filter.language.empty()},
        {"district", filter.district.empty() ? tr("filter.district") : filter.district, !filter.district.empty()},
        {"", tr("filter.open_now"), filter.openNow},
    };
    const float chipHeight = ui.chipHeight(), gap = ui.inset();
    const Rect row = makeRect(x, y, width, chipHeight);
    FlowRow flow(x, y, width, chipHeight, gap);
    bool anyOn = false;
    for (const Chip& chip : chips) {
        anyOn = anyOn || chip.on;
        Rect r = ui.place(flow.next(buttonWidth(state, chip.label, text::Style::Button, chip.sheet.empty())), row);
        IconPainter icon;
        // The toggle shows a box that is ticked when on, so "off" does not look chosen.
        if (chip.sheet.empty()) {
            bool on = chip.on;
            icon = [on](ImDrawList* d, const Rect& b, ImU32 c) {
                d->AddRect(b.min, b.max, c, b.width() * 0.15f, 0, std::max(2.0f, b.width() * 0.08f));
                if (on) icons::check(d, {{b.min.x + b.width() * 0.15f, b.min.y + b.height() * 0.15f},
                                         {b.max.x - b.width() * 0.15f, b.max.y - b.height() * 0.15f}}, c);
            };
        }
        if (button(state, chip.label, r, chip.on ? ButtonKind::ChipOn : ButtonKind::Chip, text::Style::Button, icon)) {
            if (chip.sheet.empty()) {
                filter.openNow = !filter.openNow;
                filterChanged(state);
            } else {
                state.session.widgets.openSheet = chip.sheet;
                state.session.touched = true;
            }
        }
    }
    if (anyOn) {
        const std::string& reset = tr("filter.reset");
        Rect r = ui.place(flow.next(buttonWidth(state, reset, text::Style::Button)), row);
        if (button(state, reset, r, ButtonKind::Flat)) {
            filter = {};
            filterChanged(state);
        }
    }
    return flow.height();
}

void drawFilterSheets(AppState& state) {
    auto& filter = state.session.organisationFilter;
    const FilterChoicesCache& choices = filterChoices(state);
    const std::string& sheet = state.session.widgets.openSheet;
    std::vector<Choice> list = {{"", tr("filter.any")}};
    if (sheet == "topic") {
        for (const auto& topic : choices.topics) list.push_back({topic, topicLabel(state, topic)});
        if (auto chosen = choiceSheet(state, "topic", tr("filter.topic"), list, filter.topic)) {
            filter.topic = *chosen;
            filterChanged(state);
        }
    } else if (sheet == "language") {
        for (const auto& code : choices.languages) list.push_back({code, spokenLanguageLabel(code)});
        if (auto chosen = choiceSheet(state, "language", tr("filter.language"), list, filter.language)) {
            filter.language = *chosen;
            filterChanged(state);
        }
    } else if (sheet == "district") {
        for (const auto& district : choices.districts) list.push_back({district, district});
        if (auto chosen = choiceSheet(state, "district", tr("filter.district"), list, filter.district)) {
            filter.district = *chosen;
            filterChanged(state);
        }
    }
}

struct RowMetrics {
    float height, pad, picture, nameHeight, summaryLines, badge;
};

RowMetrics rowMetrics(const AppState& state) {
    const UiMetrics& ui = state.ui;
    RowMetrics m;
    m.pad = ui.cardPad();
    m.nameHeight = text::lineBoxHeight(text::Style::Heading);
    m.summaryLines = state.ui.portrait ? 3 : 2;  // a tall screen has room for more of what they do
    m.badge = text::lineBoxHeight(text::Style::Small) + ui.badgePad();
    m.height = 2 * m.pad + m.nameHeight + ui.hairline() + m.summaryLines * text::lineBoxHeight(text::Style::Body) + ui.small() +
               m.badge;
    m.height = std::max(m.height, ui.cardRowMin());
    m.picture = std::min(m.height - 2 * m.pad, ui.rowPicture());
    return m;
}

// `row` is laid out left-to-right; every part is mirrored into place for RTL.
void drawRow(AppState& state, const content::OrganisationSummary& org, const Rect& row, const Rect& listView,
             const RowMetrics& m) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* dl = state.drawList;
    Rect card = {{row.min.x, row.min.y + ui.hairline()}, {row.max.x, row.max.y - ui.hairline()}};
    Rect cardPlaced = ui.place(card, listView);
    bool tapped = tapTarget(state, org.name, ui.place(row, listView));  // the whole row: no dead gap between cards
    drawButtonFrame(state, cardPlaced, ButtonKind::Secondary, isPressed(state, cardPlaced));

    // Picture at the start side.
    Rect pictureLtr = makeRect(card.min.x + m.pad, card.min.y + (card.height() - m.picture) / 2, m.picture, m.picture);
    Rect picture = ui.place(pictureLtr, listView);
    const ImageCache::Texture* texture =
        org.image.empty() ? nullptr : state.images.get(state.imagePath(org.image), int(m.picture), int(m.picture));
    if (texture) {
        // Fit inside the square, centred, keeping the picture's proportions.
        float scale = std::min(m.picture / texture->width, m.picture / texture->height);
        float w = texture->width * scale, h = texture->height * scale;
        ImVec2 min{picture.min.x + (m.picture - w) / 2, picture.min.y + (m.picture - h) / 2};
        dl->AddImage(texture->id, min, {min.x + w, min.y + h});
    } else {
        icons::picturePlaceholder(dl, picture, theme.surfaceStrong, theme.border);
    }

    float textX = pictureLtr.max.x + ui.spacious();
    float textWidth = card.max.x - m.pad - textX;
    float y = card.min.y + m.pad;
    // Lines in the row's fixed slots are drawn top-aligned (box height 0):
    // centring on the Latin line would push a taller Arabic line out of its slot.
    Rect nameBox = ui.place(makeRect(textX, y, textWidth, m.nameHeight), listView);
    text::drawLabel(dl, org.name, text::Style::Heading, nameBox.min, nameBox.width(), 0, theme.text,
                    text::Align::Start, ui.rtl);
    y += m.nameHeight + ui.hairline();

    const auto& summary = text::layout(org.summary, text::Style::Body, textWidth);
    if (!summary.lines.empty()) {
        Rect summaryBox = ui.place(makeRect(textX, y, textWidth, m.summaryLines * summary.lineHeight), listView);
        if (summary.lines.size() <= size_t(m.summaryLines)) {
            text::draw(dl, summary, summaryBox.min, textWidth, theme.textMuted, text::Align::Start, ui.rtl);
        } else {
            // Only the first lines fit the row; the detail page shows all.
            text::Paragraph shortened = summary;
            shortened.lines.resize(size_t(m.summaryLines));
            shortened.height = m.summaryLines * summary.lineHeight;
            text::draw(dl, shortened, summaryBox.min, textWidth, theme.textMuted, text::Align::Start, ui.rtl);
        }
    }
    y += m.summaryLines * text::lineBoxHeight(text::Style::Body) + ui.small();

    // Badges: open/closed first, then the languages spoken there, as many as fit.
    float start = ui.rtl ? listView.min.x + (listView.max.x - textX) : textX;
    float direction = ui.rtl ? -1.0f : 1.0f;
    float used = 0;
    const float badgeGap = ui.tight();
    float width = drawOpeningStatus(state, org.status, {start, y});
    if (width > 0) used += width + ui.inset();
    // The district, where the visitor would have to go.
    if (!org.district.empty()) {
        // At most 40 % of the row, so the languages spoken there keep room.
        const auto& district = text::layoutLabel(org.district, text::Style::Small, std::min(textWidth - used, textWidth * 0.4f));
        if (used + district.width <= textWidth) {
            Rect districtBox = ui.place(makeRect(textX + used, y, district.width + ui.hairline(), m.badge), listView);
            text::drawLabel(dl, org.district, text::Style::Small, districtBox.min, districtBox.width(), m.badge,
                            theme.textMuted, text::Align::Start, ui.rtl);
            used += district.width + ui.inset();
        }
    }
    for (size_t i = 0; i < org.languages.size(); ++i) {
        std::string label = spokenLanguageLabel(org.languages[i]);
        float w = badgeWidth(state, label);
        std::string more = "+" + std::to_string(org.languages.size() - i);
        if (used + w + badgeWidth(state, more) > textWidth && i + 1 < org.languages.size()) {
            if (used + badgeWidth(state, more) <= textWidth)
                drawBadge(state, more, {start + direction * used, y}, theme.badge, theme.badgeText);
            break;
        }
        if (used + w > textWidth) break;
        used += drawBadge(state, label, {start + direction * used, y}, theme.badge, theme.badgeText) + badgeGap;
    }
    if (org.nameLang != state.language() || org.summaryLang != state.language()) {
        const std::string& used_ = org.summaryLang != state.language() ? org.summaryLang : org.nameLang;
        std::string note = fallbackNote(state, used_);
        float noteX = textX + used + ui.small();
        float noteWidth = card.max.x - m.pad - noteX;
        if (noteWidth > ui.minNoteWidth()) {
            Rect noteBox = ui.place(makeRect(noteX, y, noteWidth, m.badge), listView);
            text::drawLabel(dl, note, text::Style::Small, noteBox.min, noteBox.width(), 0, theme.note,
                            text::Align::Start, ui.rtl);
        }
    }
    if (tapped) state.open(Screen::Organisation, org.id);
}

// Nothing matches: a sentence saying why, and one large button that shows
// every organisation again, in the list itself where the visitor looks.
void drawEmptyList(AppState& state, float x, float y, float width) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    auto& filter = state.session.organisationFilter;
    const bool onlyOpenNow = filter.openNow && filter.topic.empty() && filter.language.empty() && filter.district.empty();
    std::string sentence = !state.store ? tr(state.noContentKey())
                                        : tr(onlyOpenNow ? "organisations.none_open" : "organisations.none");
    const auto& none = text::layout(sentence, text::Style::Heading, width);
    text::draw(state.drawList, none, {x, y}, width, theme.text, text::Align::Center, ui.rtl);
    if (!state.store) return;
    y += none.height + ui.section();
    const std::string& label = tr("organisations.show_all");
    float w = std::min(width, std::max(buttonWidth(state, label, text::Style::Button), ui.largeActionWidth()));
    Rect r = makeRect(x + (width - w) / 2, y, w, ui.buttonHeight() + ui.gap());
    if (button(state, label, r, ButtonKind::Primary)) {
        filter = {};
        filterChanged(state);
    }
}

}  // namespace

void drawOrganisationsScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;
    float y = area.min.y + ui.gap();

    y += drawFilterBar(state, x, y, width) + ui.inset();
    const float countHeight = text::lineBoxHeight(text::Style::Body);
    const Rect listView = {{x, y + countHeight + ui.small()}, {x + width, area.max.y}};
    const RowMetrics m = rowMetrics(state);
    // The rows down to the bottom of the view (one more for a partly shown row).
    const float offset = std::max(0.0f, state.scroll(kListScroll).offset());
    const size_t needed = size_t((offset + listView.height()) / m.height) + 2;
    const OrganisationRows& list = organisationRows(state, needed);
    const auto& rows = list.rows;
    const bool complete = state.screens.get<OrganisationsScreenState>().list.list.shownComplete();
    const size_t expected = expectedRows(list, complete);
    // With "open now" the count is known only at the end: it counts up over the few frames that takes.
    const bool countKnown = complete || !state.session.organisationFilter.openNow;
    std::string count = tr("organisations.count", {{"count", std::to_string(countKnown ? expected : rows.size())}});
    text::drawLabel(state.drawList, count, text::Style::Body, ui.place(makeRect(x, y, width, countHeight), area).min,
                    width, 0, theme.textMuted, text::Align::Start, ui.rtl);

    if (rows.empty() && complete) {
        drawEmptyList(state, x, listView.min.y + ui.wide(), width);
    } else {
        ScrollArea scroll(state, kListScroll, listView, expected * m.height + ui.section());
        auto [first, last] = scroll.visibleRange(m.height, rows.size());
        for (size_t i = first; i < last; ++i) {
            Rect row = makeRect(x, scroll.top() + i * m.height, width - ui.gap(), m.height);
            drawRow(state, rows[i], row, listView, m);
        }
    }
    drawFilterSheets(state);
}

}  // namespace kiosk
