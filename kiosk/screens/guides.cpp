// Guides list: a large card per guide with its picture and title, in the
// guide order the staff chose. Only visible rows are built; the list scrolls
// under the finger.
#include <algorithm>

#include "kiosk/app/frame_chrome.h"
#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/paged_rows.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {

namespace {

constexpr const char* kListScroll = "guides";

struct GuideRows {
    std::vector<content::GuideSummary> rows;
    size_t total = 0;  // guides in the content
    bool ended = false;
};

// What this screen remembers between frames (owned by AppState).
struct GuidesScreenState {
    static constexpr const char* kName = "guides";
    uint64_t generation = 0;
    PagedRows<GuideRows> list;
};

constexpr size_t kPageSize = 40;

// The guides, read a page at a time (PagedRows), up to the `needed`th at least.
const GuideRows& guideRows(AppState& state, size_t needed) {
    GuidesScreenState& memory = state.screens.get<GuidesScreenState>();
    if (memory.generation != state.contentGeneration) {
        memory.generation = state.contentGeneration;
        GuideRows fresh;
        fresh.total = state.store ? state.store->guideCount() : 0;
        fresh.ended = !state.store;
        memory.list.restart(std::move(fresh), false);
    }
    memory.list.advance(
        [&](GuideRows& list) {
            if (list.ended) return false;
            auto page = state.store->guides(state.language(), list.rows.size(), kPageSize);
            list.ended = page.size() < kPageSize;
            for (auto& guide : page) list.rows.push_back(std::move(guide));
            return !page.empty();
        },
        [&](const GuideRows& list) { return list.rows.size() < needed && !list.ended; });
    if (!memory.list.complete()) state.requestAnimationFrame();
    return memory.list.shown();
}

void drawRow(AppState& state, const content::GuideSummary& guide, const Rect& row, const Rect& listView) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* dl = state.drawList;
    const float pad = ui.cardPad();
    Rect card = {{row.min.x, row.min.y + ui.tight()}, {row.max.x, row.max.y - ui.tight()}};
    Rect cardPlaced = ui.place(card, listView);
    bool tapped = tapTarget(state, guide.title, ui.place(row, listView));  // the whole row: no dead gap between cards
    drawButtonFrame(state, cardPlaced, ButtonKind::Secondary, isPressed(state, cardPlaced));

    const float picture = card.height() - 2 * pad;
    Rect pictureBox = ui.place(makeRect(card.min.x + pad, card.min.y + pad, picture, picture), listView);
    const ImageCache::Texture* texture =
        guide.picture.empty() ? nullptr : state.images.get(state.imagePath(guide.picture), int(picture), int(picture));
    if (texture) {
        float scale = std::min(picture / texture->width, picture / texture->height);
        float w = texture->width * scale, h = texture->height * scale;
        ImVec2 min{pictureBox.min.x + (picture - w) / 2, pictureBox.min.y + (picture - h) / 2};
        dl->AddImageRounded(texture->id, min, {min.x + w, min.y + h}, {0, 0}, {1, 1}, IM_COL32_WHITE, ui.tight());
    } else {
        icons::picturePlaceholder(dl, pictureBox, theme.surfaceStrong, theme.border);
    }

    const float chevron = ui.wide();
    const float textX = card.min.x + pad + picture + ui.section();
    const float textWidth = card.max.x - pad - chevron - ui.gap() - textX;
    const auto& title = text::layout(guide.title, text::Style::Heading, textWidth);
    const bool fellBack = !guide.titleLang.empty() && guide.titleLang != state.language();
    const float noteHeight = fellBack ? text::lineBoxHeight(text::Style::Small) + ui.hairline() : 0;
    // At most two title lines fit; the reader shows the whole title.
    text::Paragraph shown = title;
    if (shown.lines.size() > 2) {
        shown.lines.resize(2);
        shown.height = 2 * shown.lineHeight;
    }
    float y = card.min.y + (card.height() - shown.height - noteHeight) / 2;
    Rect titleBox = ui.place(makeRect(textX, y, textWidth, shown.height), listView);
    text::draw(dl, shown, titleBox.min, textWidth, theme.text, text::Align::Start, ui.rtl);
    if (fellBack) {
        std::string note = fallbackNote(state, guide.titleLang);
        float lh = text::lineBoxHeight(text::Style::Small);
        Rect noteBox = ui.place(makeRect(textX, y + shown.height + ui.hairline(), textWidth, lh), listView);
        text::drawLabel(dl, note, text::Style::Small, noteBox.min, textWidth, lh, theme.note, text::Align::Start, ui.rtl);
    }
    Rect chevronBox = ui.place(makeRect(card.max.x - pad - chevron, card.min.y + (card.height() - chevron) / 2, chevron,
                                        chevron), listView);
    icons::forward(dl, chevronBox, theme.textMuted, ui.rtl);
    if (tapped) state.open(Screen::Guide, guide.id);
}

}  // namespace

void drawGuidesScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;
    const float rowHeight = std::max(ui.guideRowHeight(),
                                     2 * text::lineBoxHeight(text::Style::Heading) + text::lineBoxHeight(text::Style::Small) + ui.minTap());
    const Rect listView = {{x, area.min.y + ui.inset()}, {x + width, area.max.y}};
    const float offset = std::max(0.0f, state.scroll(kListScroll).offset());
    const GuideRows& list = guideRows(state, size_t((offset + listView.height()) / rowHeight) + 2);
    const auto& rows = list.rows;
    if (rows.empty()) {
        const auto& none = text::layout(state.store ? tr("guides.none") : tr(state.noContentKey()), text::Style::Heading, width);
        text::draw(state.drawList, none, {x, area.min.y + ui.minTap()}, width, state.theme.text, text::Align::Center, ui.rtl);
        return;
    }
    const size_t expected = state.screens.get<GuidesScreenState>().list.shownComplete() ? rows.size()
                                                                                  : std::max(rows.size(), list.total);
    ScrollArea scroll(state, kListScroll, listView, expected * rowHeight + ui.section());
    auto [first, last] = scroll.visibleRange(rowHeight, rows.size());
    for (size_t i = first; i < last; ++i)
        drawRow(state, rows[i], makeRect(x, scroll.top() + i * rowHeight, width - ui.gap(), rowHeight), listView);
}

}  // namespace kiosk
