#include "kiosk/widgets/badge.h"

namespace kiosk {

float badgeHeight(const UiContext& state) { return text::lineBoxHeight(text::Style::Small) + state.ui.badgePad(); }

float badgeWidth(const UiContext& state, std::string_view label) {
    return text::layoutLabel(label, text::Style::Small, 1e6f).width + state.ui.spacious();
}

float drawBadge(UiContext& state, std::string_view label, ImVec2 start, ImU32 background, ImU32 foreground) {
    float width = badgeWidth(state, label);
    float height = badgeHeight(state);
    float left = state.ui.rtl ? start.x - width : start.x;
    ImVec2 min{left, start.y}, max{left + width, start.y + height};
    state.drawList->AddRectFilled(min, max, background, height / 2);
    if (state.theme.outlines) state.drawList->AddRect(min, max, foreground, height / 2, 0, 1.5f);
    text::drawLabel(state.drawList, label, text::Style::Small, min, width, height, foreground, text::Align::Center,
                    state.ui.rtl);
    return width;
}

}  // namespace kiosk
