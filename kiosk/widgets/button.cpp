#include "kiosk/widgets/button.h"

#include <algorithm>

namespace kiosk {

namespace {

Rect currentClip(const UiContext& state) {
    if (!state.drawList) return {{0, 0}, {state.ui.width, state.ui.height}};
    return {state.drawList->GetClipRectMin(), state.drawList->GetClipRectMax()};
}

float cornerRadius(const UiContext& state, ButtonKind kind) {
    return kind == ButtonKind::Chip || kind == ButtonKind::ChipOn ? state.ui.section() : state.ui.rowPad();
}

}  // namespace

bool tapTarget(UiContext& state, std::string label, const Rect& rect) {
    Rect visible = intersect(rect, currentClip(state));
    if (visible.empty()) return false;
    return state.taps.add(std::move(label), visible.min, visible.max, rect.min, rect.max);
}

bool isPressed(const UiContext& state, const Rect& rect) {
    const auto& in = state.input;
    if (!in.fingerDown || in.dragging) return false;
    ImVec2 p{in.fingerPos.x, in.fingerPos.y};
    return rect.contains(p) && intersect(rect, currentClip(state)).contains(p);
}

void drawButtonFrame(UiContext& state, const Rect& rect, ButtonKind kind, bool pressed) {
    ImDrawList* dl = state.drawList;
    const Theme& t = state.theme;
    float radius = cornerRadius(state, kind);
    ImU32 fill = 0, border = 0;
    switch (kind) {
        case ButtonKind::Primary: fill = t.accent; break;
        case ButtonKind::Secondary: fill = t.surface; border = t.border; break;
        case ButtonKind::Chip: fill = t.surface; border = t.border; break;
        case ButtonKind::ChipOn: fill = t.accent; border = t.accent; break;
        case ButtonKind::Flat: break;
    }
    if (pressed) fill = t.pressed;
    if (fill) dl->AddRectFilled(rect.min, rect.max, fill, radius);
    if (t.outlines && kind != ButtonKind::Flat) border = t.border;
    if (border) dl->AddRect(rect.min, rect.max, border, radius, 0, t.borderWidth);
}

ImU32 buttonTextColor(const UiContext& state, ButtonKind kind) {
    const Theme& t = state.theme;
    return kind == ButtonKind::Primary || kind == ButtonKind::ChipOn ? t.accentText : t.text;
}

float buttonWidth(const UiContext& state, std::string_view label, text::Style style, bool withIcon) {
    const auto& paragraph = text::layoutLabel(label, style, 1e6f);
    float padding = state.ui.spacious();
    float icon = withIcon ? state.ui.minTap() : 0;  // icon (up to 9 mm) and its gap to the label
    // A hairline of slack: the label is laid out again in exactly this room, and rounding must not cut it.
    return std::max(state.ui.minTap(), paragraph.width + 2 * padding + icon + state.ui.hairline());
}

float buttonHeightFor(const UiContext& state, float minimum, text::Style style) {
    return std::max(minimum, text::lineBoxHeight(style) + 2 * state.ui.hairline());
}

bool button(UiContext& state, std::string_view label, const Rect& rect, ButtonKind kind, text::Style style,
            const IconPainter& icon) {
    bool tapped = tapTarget(state, std::string(label), rect);
    bool pressed = isPressed(state, rect);
    drawButtonFrame(state, rect, kind, pressed);
    ImU32 color = buttonTextColor(state, kind);
    const UiMetrics& ui = state.ui;
    float padding = (kind == ButtonKind::Chip || kind == ButtonKind::ChipOn ? ui.chipPadding() : ui.buttonPadding());
    Rect textBox = {{rect.min.x + padding, rect.min.y}, {rect.max.x - padding, rect.max.y}};
    text::Align align = text::Align::Center;
    if (icon) {
        float iconSize = std::min(rect.height() * 0.6f, ui.buttonIcon());
        Rect iconLtr = makeRect(rect.min.x + padding, rect.min.y + (rect.height() - iconSize) / 2, iconSize, iconSize);
        icon(state.drawList, ui.place(iconLtr, rect), color);
        if (!label.empty()) {
            Rect textLtr = {{iconLtr.max.x + ui.inset(), rect.min.y}, {rect.max.x - padding, rect.max.y}};
            textBox = ui.place(textLtr, rect);
            align = text::Align::Start;
        }
    }
    if (!label.empty())
        text::drawLabel(state.drawList, label, style, textBox.min, textBox.width(), textBox.height(), color, align,
                        ui.rtl);
    return tapped;
}

}  // namespace kiosk
