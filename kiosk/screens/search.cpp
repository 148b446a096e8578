// Search: results as the visitor types, grouped by kind (organisations,
// events, guides), with the on-screen keyboard in the visitor's script (and a
// switch to Latin). The query runs once per change of the text, never per
// frame; tapping a result opens it.
#include <algorithm>
#include <unordered_map>

#include "kiosk/app/routes.h"
#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/event_words.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/keyboard.h"
#include "kiosk/widgets/paged_rows.h"
#include "kiosk/widgets/scroll_area.h"
#include "kiosk/widgets/spoken_highlight.h"

namespace kiosk {

namespace {

constexpr const char* kResultsScroll = "search";
constexpr size_t kPerKind = 20;
constexpr size_t kMinimumCharacters = 2;

struct Result {
    const char* headingKey = nullptr;  // a group heading when set
    content::SearchHit hit;
    std::string routeId;               // what tapping opens
    std::string detail;                // second line: snippet or next date
    bool read = false;                 // routeId and detail are in
};

// The hits of one query: titles at once (cheap), each row's detail (its
// snippet, an event's next date) read a page of rows at a time (PagedRows).
struct ResultRows {
    std::vector<Result> results;
    size_t read = 0;  // results [0, read) are complete
};

struct ResultCache {
    uint64_t generation = 0;
    std::string query;
    int64_t minute = -1;
    PagedRows<ResultRows> list;
};

constexpr size_t kRowsPerPage = 6;

size_t characterCount(const std::string& utf8) {
    size_t count = 0;
    for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
    return count;
}

// What this screen remembers between frames (owned by AppState): the results
// of the text typed and the keyboard (script, shift) it was typed on.
struct SearchScreenState {
    static constexpr const char* kName = "search";
    ResultCache results;
    Keyboard keyboard;
    std::string keyboardLanguage;
    uint64_t navigationGeneration = ~0ull;
    // The visitor put the keyboard away to read the results; tapping the
    // field (or the keyboard button) brings it back.
    bool keyboardHidden = false;
};

// The titles of every hit of what was typed, grouped by kind.
ResultRows matches(AppState& state, const std::string& query, int64_t now) {
    ResultRows fresh;
    if (!state.store || characterCount(query) < kMinimumCharacters) return fresh;
    static const char* kHeadings[3] = {"search.organisations", "search.events", "search.guides"};
    int lastKind = -1;
    for (auto& hit : state.store->search(query, state.language(), kPerKind, now, content::SearchSnippets::Later)) {
        int kind = static_cast<int>(hit.kind);
        if (kind != lastKind) {
            lastKind = kind;
            Result heading;
            heading.headingKey = kHeadings[kind];
            heading.read = true;
            fresh.results.push_back(std::move(heading));
        }
        Result result;
        result.hit = std::move(hit);
        fresh.results.push_back(std::move(result));
    }
    return fresh;
}

// Reads the next rows' details; false when every row is complete.
bool readDetails(AppState& state, ResultRows& rows, const std::string& query, int64_t now) {
    if (rows.read >= rows.results.size()) return false;
    for (size_t done = 0; rows.read < rows.results.size() && done < kRowsPerPage; ++rows.read) {
        Result& result = rows.results[rows.read];
        if (result.read) continue;
        result.read = true;
        ++done;
        if (result.hit.kind == content::SearchHit::Kind::Event) {
            // An event opens at its next date, which the row also shows.
            auto next = state.store->occurrences(result.hit.id, now, 1);
            if (!next.empty()) {
                result.routeId = routes::eventId(result.hit.id, next.front().startUtc);
                result.detail = occurrenceWhen(state, next.front());
            }
        } else {
            result.routeId = result.hit.id;
            result.detail = state.store->searchSnippet(result.hit, query, state.language());
        }
    }
    return true;
}

// The results of the text typed: the query runs once per change of the text
// (or of the minute: events' next dates), never per frame.
const ResultCache& results(AppState& state) {
    ResultCache& cache = state.screens.get<SearchScreenState>().results;
    const std::string& query = state.session.searchText;
    const int64_t now = state.nowUtc();
    if (cache.generation == state.contentGeneration && cache.query == query && cache.minute == now / 60) return cache;
    const bool sameQuery = cache.generation == state.contentGeneration && cache.query == query;
    cache.list.restart(matches(state, query, now), sameQuery);
    cache.generation = state.contentGeneration;
    cache.query = query;
    cache.minute = now / 60;
    return cache;
}

// Completes the rows down to result `needed` at least, then more while the frame's budget lasts.
void readResults(AppState& state, size_t needed) {
    ResultCache& cache = state.screens.get<SearchScreenState>().results;
    const int64_t now = state.nowUtc();
    cache.list.advance([&](ResultRows& rows) { return readDetails(state, rows, cache.query, now); },
                       [&](const ResultRows& rows) { return rows.read < std::min(needed, rows.results.size()); });
    if (!cache.list.complete()) state.requestAnimationFrame();
}

Keyboard& keyboardFor(AppState& state) {
    SearchScreenState& memory = state.screens.get<SearchScreenState>();
    // A fresh keyboard (native script, no shift) for each language and each visit.
    if (memory.keyboardLanguage != state.language() ||
        memory.navigationGeneration != state.session.navigation.generation()) {
        memory.keyboardLanguage = state.language();
        memory.navigationGeneration = state.session.navigation.generation();
        memory.keyboard.setLanguage(memory.keyboardLanguage);
        memory.keyboardHidden = false;
    }
    return memory.keyboard;
}

// The field showing what was typed, with a caret at the end. Returns true
// when it was tapped (which brings a hidden keyboard back).
bool drawField(AppState& state, const Rect& rect) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    bool tapped = tapTarget(state, tr("search.placeholder"), rect);
    drawButtonFrame(state, rect, ButtonKind::Secondary, isPressed(state, rect));
    float iconSize = rect.height() * 0.5f;
    Rect icon = ui.place(makeRect(rect.min.x + ui.spacious(), rect.min.y + (rect.height() - iconSize) / 2, iconSize, iconSize), rect);
    icons::search(state.drawList, icon, theme.textMuted);
    Rect textBox = ui.place({{rect.min.x + ui.wide() + iconSize, rect.min.y}, {rect.max.x - ui.spacious(), rect.max.y}}, rect);
    const std::string& typed = state.session.searchText;
    bool empty = typed.empty();
    const auto& label = text::drawLabel(state.drawList, empty ? tr("search.placeholder") : typed, text::Style::Heading,
                                        textBox.min, textBox.width(), textBox.height(),
                                        empty ? theme.textMuted : theme.text, text::Align::Start, ui.rtl);
    if (!empty) {
        // A steady caret after the text (a blinking one would keep the screen drawing).
        float caretX = ui.rtl ? textBox.max.x - label.width - ui.tight() : textBox.min.x + label.width + ui.hairline();
        float lh = text::lineBoxHeight(text::Style::Heading);
        float cy = rect.min.y + (rect.height() - lh) / 2;
        state.drawList->AddRectFilled({caretX, cy + lh * 0.15f}, {caretX + std::max(2.0f, ui.stroke()), cy + lh * 0.85f},
                                      theme.accent);
    }
    return tapped;
}

// The strip above the keyboard with the key that puts it away; returns its height.
float drawHideStrip(AppState& state, const Rect& band, bool& hidden) {
    const UiMetrics& ui = state.ui;
    const std::string& label = tr("keyboard.hide");
    const float h = buttonHeightFor(state, ui.buttonHeight());
    const float w = buttonWidth(state, label, text::Style::Button, true);
    Rect r = ui.place(makeRect(band.max.x - ui.margin() - w, band.min.y + ui.small(), w, h), band);
    if (button(state, label, r, ButtonKind::Secondary, text::Style::Button,
               [](ImDrawList* d, const Rect& b, ImU32 c) { icons::keyboardHide(d, b, c); })) {
        hidden = true;
        state.session.touched = true;
    }
    return h + 2 * ui.small();
}

void openResult(AppState& state, const Result& result) {
    switch (result.hit.kind) {
        case content::SearchHit::Kind::Organisation: state.open(Screen::Organisation, result.routeId); break;
        case content::SearchHit::Kind::Event: state.open(Screen::Event, result.routeId); break;
        case content::SearchHit::Kind::Guide: state.open(Screen::Guide, result.routeId); break;
    }
}

void drawResultRow(AppState& state, const Result& result, const Rect& row, const Rect& listView) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    Rect card = {{row.min.x, row.min.y + ui.hairline()}, {row.max.x, row.max.y - ui.hairline()}};
    Rect placed = ui.place(card, listView);
    bool tapped = tapTarget(state, result.hit.title, ui.place(row, listView));  // the whole row: no dead gap between cards
    drawButtonFrame(state, placed, ButtonKind::Secondary, isPressed(state, placed));
    const float pad = ui.inset();
    const float chevron = ui.section();
    const float x = card.min.x + pad + ui.hairline();
    const float width = card.max.x - pad - chevron - ui.inset() - x;
    const float th = text::lineBoxHeight(text::Style::BodyBold), sh = text::lineBoxHeight(text::Style::Small);
    const bool hasDetail = !result.detail.empty();
    float y = card.min.y + (card.height() - th - (hasDetail ? sh : 0)) / 2;
    Rect titleBox = ui.place(makeRect(x, y, width, th), listView);
    markSpokenLabel(state, state.readAloud, result.hit.title, state.language(), text::Style::BodyBold, titleBox.min,
                    width, th, text::Align::Start, ui.rtl);
    text::drawLabel(state.drawList, result.hit.title, text::Style::BodyBold, titleBox.min, width, th, theme.text,
                    text::Align::Start, ui.rtl);
    if (hasDetail) {
        Rect detailBox = ui.place(makeRect(x, y + th, width, sh), listView);
        markSpokenLabel(state, state.readAloud, result.detail, state.language(), text::Style::Small, detailBox.min,
                        width, sh, text::Align::Start, ui.rtl);
        text::drawLabel(state.drawList, result.detail, text::Style::Small, detailBox.min, width, sh, theme.textMuted,
                        text::Align::Start, ui.rtl);
    }
    Rect chevronBox = ui.place(makeRect(card.max.x - pad - chevron, card.min.y + (card.height() - chevron) / 2, chevron,
                                        chevron), listView);
    icons::forward(state.drawList, chevronBox, theme.textMuted, ui.rtl);
    if (tapped && !result.routeId.empty()) openResult(state, result);
}

}  // namespace

void drawSearchScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;

    // The keyboard along the bottom, as wide as it usefully gets, with a key
    // above it that puts it away so the results can use the whole screen.
    SearchScreenState& memory = state.screens.get<SearchScreenState>();
    Keyboard& keyboard = keyboardFor(state);
    std::string& typed = state.session.searchText;
    float keyboardTop = area.max.y;
    if (!memory.keyboardHidden) {
        const float keyboardWidth = std::min(area.width(), std::max(keyboard.minimumWidth(ui.pxPerMm), ui.keyboardMaxWidth()));
        const float keyboardHeight = keyboard.height(keyboardWidth, ui.pxPerMm);
        const float stripHeight = buttonHeightFor(state, ui.buttonHeight()) + 2 * ui.small();
        keyboardTop = area.max.y - keyboardHeight - stripHeight;
        const float keyboardLeft = area.min.x + (area.width() - keyboardWidth) / 2;
        const KeyboardColors colors = keyboardColors(theme);
        // The keyboard's band runs the full width, so a narrower keyboard sits in one calm strip.
        const Rect band = {{area.min.x, keyboardTop}, area.max};
        state.drawList->AddRectFilled(band.min, band.max, colors.background);
        drawHideStrip(state, band, memory.keyboardHidden);
        if (keyboard.draw(state.drawList, state.taps, {keyboardLeft, keyboardTop + stripHeight}, keyboardWidth,
                          ui.pxPerMm, ui.rtl, typed, colors)) {
            state.session.touched = true;
            state.scroll(kResultsScroll).setOffset(0);
        }
    } else {
        // Hidden: a button at the bottom brings it back (so does the field).
        const std::string& label = tr("keyboard.show");
        const float h = buttonHeightFor(state, ui.buttonHeight());
        const float w = buttonWidth(state, label, text::Style::Button, true);
        keyboardTop = area.max.y - h - 2 * ui.small();
        Rect r = ui.place(makeRect(area.max.x - margin - w, keyboardTop + ui.small(), w, h), area);
        if (button(state, label, r, ButtonKind::Primary, text::Style::Button,
                   [](ImDrawList* d, const Rect& b, ImU32 c) { icons::keyboardHide(d, b, c); })) {
            memory.keyboardHidden = false;
            state.session.touched = true;
        }
    }

    float y = area.min.y + ui.gap();
    const float fieldHeight = buttonHeightFor(state, ui.largeButtonHeight(), text::Style::Heading);
    if (drawField(state, ui.place(makeRect(x, y, width, fieldHeight), area)) && memory.keyboardHidden) {
        memory.keyboardHidden = false;
        state.session.touched = true;
    }
    y += fieldHeight + ui.inset();

    const ResultCache& found = results(state);
    const float bottom = keyboardTop - ui.small();
    auto message = [&](const std::string& text) {
        const auto& p = text::layout(text, text::Style::Heading, width);
        text::draw(state.drawList, p, ui.place(makeRect(x, y + ui.section(), width, p.height), area).min, width,
                   theme.textMuted, text::Align::Center, ui.rtl);
    };
    if (!state.store) return message(tr(state.noContentKey()));
    if (characterCount(typed) < kMinimumCharacters) return message(tr("search.type_more"));
    if (found.list.shown().results.empty()) return message(tr("search.none"));

    const float headingHeight = text::lineBoxHeight(text::Style::Heading) + ui.inset();
    const float rowHeight = std::max(ui.listRowMin(), text::lineBoxHeight(text::Style::BodyBold) +
                                                               text::lineBoxHeight(text::Style::Small) + ui.wide());
    const auto heightOf = [&](const Result& r) { return r.headingKey ? headingHeight : rowHeight; };
    // The rows down to the bottom of the view are read in this frame.
    const float viewBottom = std::max(0.0f, state.scroll(kResultsScroll).offset()) + (bottom - y);
    size_t needed = 0;
    for (float top = 0; needed < found.list.shown().results.size() && top < viewBottom; ++needed)
        top += heightOf(found.list.shown().results[needed]);
    readResults(state, needed);
    const std::vector<Result>& rows = found.list.shown().results;
    float contentHeight = 0;
    for (const Result& r : rows) contentHeight += heightOf(r);
    Rect listView = {{x, y}, {x + width, bottom}};
    ScrollArea list(state, kResultsScroll, listView, contentHeight + ui.gap());
    float cy = 0;
    for (const Result& r : rows) {
        float h = heightOf(r);
        if (list.visible(cy, h)) {
            float top = list.top() + cy;
            if (r.headingKey) {
                float lh = text::lineBoxHeight(text::Style::Heading);
                Rect box = ui.place(makeRect(x, top + ui.small(), width - ui.gap(), lh), listView);
                markSpokenLabel(state, state.readAloud, tr(r.headingKey), state.language(), text::Style::Heading,
                                box.min, box.width(), lh, text::Align::Start, ui.rtl);
                text::drawLabel(state.drawList, tr(r.headingKey), text::Style::Heading, box.min, box.width(), lh,
                                theme.text, text::Align::Start, ui.rtl);
            } else {
                drawResultRow(state, r, makeRect(x, top, width - ui.gap(), h), listView);
            }
        }
        cy += h;
    }
}

}  // namespace kiosk
