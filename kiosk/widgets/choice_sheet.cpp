#include "kiosk/widgets/choice_sheet.h"

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"
#include "kiosk/widgets/scroll_area.h"

namespace kiosk {

std::optional<std::string> choiceSheet(UiContext& state, const std::string& id, const std::string& title,
                                       const std::vector<Choice>& choices, const std::string& current) {
    if (state.memory->openSheet != id) return std::nullopt;
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* dl = state.drawList;

    // The backdrop: dims the screen and closes the sheet when tapped.
    Rect screen = {{0, 0}, {ui.width, ui.height}};
    dl->AddRectFilled(screen.min, screen.max, (theme.shade & 0x00FFFFFF) | 0x99000000u);
    if (tapTarget(state, std::string(), screen)) {
        state.memory->openSheet.clear();
        return std::nullopt;
    }

    float panelWidth = std::min(ui.width - 2 * ui.margin(), ui.sheetWidth());
    float pad = ui.section();
    float chipHeight = ui.chipHeight(), gap = ui.inset();
    float innerWidth = panelWidth - 2 * pad;

    // Lay the chips out first (flowing rows) to know the panel's height.
    struct Placed { Rect rect; size_t index; };
    std::vector<Placed> placed;
    FlowRow flow(0, 0, innerWidth, chipHeight, gap);
    for (size_t i = 0; i < choices.size(); ++i)
        placed.push_back({flow.next(buttonWidth(state, choices[i].label, text::Style::Button)), i});
    float chipsHeight = flow.height();
    const auto& heading = text::layout(title, text::Style::Heading, innerWidth);
    float closeHeight = ui.chipHeight();
    float headerHeight = std::max(heading.height, closeHeight) + ui.gap();
    float maxPanelHeight = ui.height - 2 * ui.margin() - ui.sheetMargin();
    float panelHeight = std::min(maxPanelHeight, headerHeight + chipsHeight + 2 * pad);
    Rect panel = makeRect((ui.width - panelWidth) / 2, (ui.height - panelHeight) / 2 + ui.wide(), panelWidth, panelHeight);

    dl->AddRectFilled(panel.min, panel.max, theme.surface, ui.inset());
    dl->AddRect(panel.min, panel.max, theme.border, ui.inset(), 0, theme.borderWidth);
    // The panel itself swallows taps between its chips (they must not close it).
    tapTarget(state, std::string(), panel);

    float closeWidth = buttonWidth(state, tr("nav.close"), text::Style::Button);
    Rect closeRect = ui.place(makeRect(panel.max.x - pad - closeWidth, panel.min.y + pad, closeWidth, closeHeight), panel);
    Rect titleBox = ui.place({{panel.min.x + pad, panel.min.y + pad}, {closeRect.min.x - gap, panel.min.y + pad + closeHeight}}, panel);
    if (ui.rtl) titleBox = {{closeRect.max.x + gap, panel.min.y + pad}, {panel.max.x - pad, panel.min.y + pad + closeHeight}};
    text::drawLabel(dl, title, text::Style::Heading, titleBox.min, titleBox.width(), titleBox.height(), theme.text,
                    text::Align::Start, ui.rtl);
    if (button(state, tr("nav.close"), closeRect, ButtonKind::Secondary)) {
        state.memory->openSheet.clear();
        return std::nullopt;
    }

    Rect listView = {{panel.min.x + pad, panel.min.y + pad + headerHeight}, {panel.max.x - pad, panel.max.y - pad}};
    std::optional<std::string> chosen;
    {
        ScrollArea list(state, "sheet:" + id, listView, chipsHeight);
        for (const Placed& p : placed) {
            if (!list.visible(p.rect.min.y, p.rect.height())) continue;
            Rect r = makeRect(listView.min.x + p.rect.min.x, list.top() + p.rect.min.y, p.rect.width(), p.rect.height());
            r = ui.place(r, listView);
            const Choice& choice = choices[p.index];
            ButtonKind kind = choice.value == current ? ButtonKind::ChipOn : ButtonKind::Chip;
            if (button(state, choice.label, r, kind)) chosen = choice.value;
        }
    }
    if (chosen) {
        state.memory->openSheet.clear();
    }
    return chosen;
}

}  // namespace kiosk
