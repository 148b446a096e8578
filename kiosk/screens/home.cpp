// Home / attract screen: a welcome, the language choice (each language named
// in itself), the three doors, a search field, and the content's "as of" date.
#include <cstdio>

#include "content/core/time_zone.h"
#include "kiosk/app/screens.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"
#include "kiosk/widgets/icons.h"

namespace kiosk {

namespace {

// "21.11.2026": the date people in Germany read everywhere.
std::string asOfDate(const AppState& state) {
    if (!state.store) return {};
    auto created = content::parseIsoToUtc(state.store->pack().createdAt, "UTC");
    if (!created) return {};
    content::LocalTime local = content::toLocal(*created, state.timeZone());
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d.%02d.%04d", local.day, local.month, local.year);
    return buffer;
}

// Language chips, flowing into as many rows as needed. Returns the height used.
float drawLanguageChoice(AppState& state, float x, float y, float width) {
    const UiMetrics& ui = state.ui;
    const float chipHeight = buttonHeightFor(state, ui.chipHeight());
    const float gap = ui.inset();
    const Rect row = makeRect(x, y, width, 0);
    FlowRow flow(x, y, width, chipHeight, gap);
    for (const std::string& tag : i18n::languages()) {
        const std::string& name = i18n::nativeName(tag);
        Rect chip = ui.place(flow.next(buttonWidth(state, name, text::Style::Button)), row);
        bool chosen = tag == state.language();
        if (button(state, name, chip, chosen ? ButtonKind::ChipOn : ButtonKind::Chip)) state.setLanguage(tag);
    }
    return flow.height();
}

struct Door {
    Screen screen;
    const char* labelKey;
    const char* hintKey;
    void (*icon)(ImDrawList*, const Rect&, ImU32);
};

void drawDoor(AppState& state, const Door& door, const Rect& rect) {
    const UiMetrics& ui = state.ui;
    const std::string& label = tr(door.labelKey);
    bool tapped = tapTarget(state, label, rect);
    drawButtonFrame(state, rect, ButtonKind::Primary, isPressed(state, rect));
    ImU32 color = state.theme.accentText;
    // Icon above the label in landscape tiles, beside it in portrait rows.
    bool wide = rect.width() > rect.height() * 2.2f;
    if (wide) {
        float iconSize = std::min(rect.height() * 0.55f, ui.doorIconInRow());
        Rect icon = ui.place(makeRect(rect.min.x + ui.wide(), rect.min.y + (rect.height() - iconSize) / 2, iconSize, iconSize), rect);
        door.icon(state.drawList, icon, color);
        Rect textLtr = {{rect.min.x + ui.wide() + iconSize + ui.section(), rect.min.y}, {rect.max.x - ui.section(), rect.max.y}};
        Rect textBox = ui.place(textLtr, rect);
        const auto& title = text::layoutLabel(label, text::Style::Title, textBox.width());
        const auto& hint = text::layout(tr(door.hintKey), text::Style::Body, textBox.width());
        float total = title.height + ui.hairline() + hint.height;
        float ty = rect.min.y + (rect.height() - total) / 2;
        text::draw(state.drawList, title, {textBox.min.x, ty}, textBox.width(), color, text::Align::Start, ui.rtl);
        text::draw(state.drawList, hint, {textBox.min.x, ty + title.height + ui.hairline()}, textBox.width(), color,
                   text::Align::Start, ui.rtl);
    } else {
        // Icon, title and hint as one group, centred in the tile.
        float textWidth = rect.width() - ui.wide();
        const auto& title = text::layoutLabel(label, text::Style::Title, textWidth);
        const auto& hint = text::layout(tr(door.hintKey), text::Style::Body, textWidth);
        float iconSize = std::min({rect.width() * 0.4f, rect.height() * 0.38f, ui.doorIcon()});
        float iconGap = ui.spacious();
        float group = iconSize + iconGap + title.height + ui.hairline() + hint.height;
        float groupTop = rect.min.y + std::max(ui.gap(), (rect.height() - group) / 2);
        Rect icon = makeRect(rect.min.x + (rect.width() - iconSize) / 2, groupTop, iconSize, iconSize);
        door.icon(state.drawList, icon, color);
        float ty = icon.max.y + iconGap;
        text::draw(state.drawList, title, {rect.min.x + ui.gap(), ty}, textWidth, color, text::Align::Center, ui.rtl);
        text::draw(state.drawList, hint, {rect.min.x + ui.gap(), ty + title.height + ui.hairline()}, textWidth, color,
                   text::Align::Center, ui.rtl);
    }
    if (tapped) state.open(door.screen);
}

void drawSearchField(AppState& state, const Rect& rect) {
    const UiMetrics& ui = state.ui;
    const std::string& placeholder = tr("home.search");
    bool tapped = tapTarget(state, placeholder, rect);
    drawButtonFrame(state, rect, ButtonKind::Secondary, isPressed(state, rect));
    float iconSize = rect.height() * 0.5f;
    Rect icon = ui.place(makeRect(rect.min.x + ui.spacious(), rect.min.y + (rect.height() - iconSize) / 2, iconSize, iconSize), rect);
    icons::search(state.drawList, icon, state.theme.textMuted);
    Rect textBox = ui.place({{rect.min.x + ui.wide() + iconSize, rect.min.y}, {rect.max.x - ui.spacious(), rect.max.y}}, rect);
    text::drawLabel(state.drawList, placeholder, text::Style::Body, textBox.min, textBox.width(), textBox.height(),
                    state.theme.textMuted, text::Align::Start, ui.rtl);
    if (tapped) state.open(Screen::Search);
}

}  // namespace

void drawHomeScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* dl = state.drawList;
    const float margin = ui.margin();
    const float x = area.min.x + margin;
    const float width = area.width() - 2 * margin;
    float y = area.min.y + ui.homeTop();

    // Welcome: the content's title, or the kiosk's own greeting.
    std::string welcome = tr("home.welcome");
    if (state.store) {
        const std::string& packTitle = state.store->pack().title.resolve(state.language());
        if (!packTitle.empty()) welcome = packTitle;
    }
    const auto& title = text::layout(welcome, text::Style::Display, width);
    text::draw(dl, title, {x, y}, width, theme.text, text::Align::Start, ui.rtl);
    y += title.height + ui.gap();

    const auto& choose = text::layout(tr("language.choose"), text::Style::Body, width);
    text::draw(dl, choose, {x, y}, width, theme.textMuted, text::Align::Start, ui.rtl);
    y += choose.height + ui.small();
    y += drawLanguageChoice(state, x, y, width) + ui.homeLanguageGap();

    // The three doors: side by side in landscape, stacked in portrait.
    static const Door kDoors[3] = {
        {Screen::Organisations, "home.organisations", "home.organisations_hint", icons::people},
        {Screen::Events, "home.events", "home.events_hint", icons::calendar},
        {Screen::Guides, "home.guides", "home.guides_hint", icons::book},
    };
    const float searchHeight = ui.largeButtonHeight();
    const float footer = std::max(ui.minTap(), text::lineBoxHeight(text::Style::Small));
    const float gap = ui.spacious();
    float doorsBottom = area.max.y - margin - footer - searchHeight - gap;
    if (ui.portrait) {
        // The doors take the whole height the screen offers: a portrait kiosk
        // is tall, and bigger doors are easier to find and to hit.
        float doorHeight = std::min(ui.doorMaxHeight(), (doorsBottom - y - 2 * gap) / 3);
        for (int i = 0; i < 3; ++i) drawDoor(state, kDoors[i], makeRect(x, y + i * (doorHeight + gap), width, doorHeight));
        y += 3 * doorHeight + 3 * gap;
    } else {
        float doorWidth = (width - 2 * gap) / 3;
        float doorHeight = std::max(ui.doorMinHeight(), doorsBottom - y);
        for (int i = 0; i < 3; ++i) {
            Rect door = ui.place(makeRect(x + i * (doorWidth + gap), y, doorWidth, doorHeight), area);
            drawDoor(state, kDoors[i], door);
        }
        y += doorHeight + gap;
    }

    drawSearchField(state, ui.place(makeRect(x, y, width, searchHeight), area));
    y += searchHeight + ui.inset();

    // Where the content stands, or why there is none.
    std::string footnote;
    if (state.store) {
        std::string date = asOfDate(state);
        if (!date.empty()) footnote = tr("home.as_of", {{"date", date}});
    } else {
        footnote = tr(state.noContentKey());
    }
    if (!footnote.empty())
        text::drawLabel(dl, footnote, text::Style::Small, {x, y}, width, footer, theme.textMuted, text::Align::Start, ui.rtl);
}

}  // namespace kiosk
