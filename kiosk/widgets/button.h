// Touch buttons. Every one registers its rectangle (cut to what is visible)
// with TapTargets under its visible label, so taps and the replay's
// `tap-label` find it, and draws a pressed state while a finger rests on it
// (the only feedback: there is no hover on a touchscreen).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

enum class ButtonKind {
    Primary,    // filled with the accent colour
    Secondary,  // a surface with a border
    Chip,       // a small rounded choice (filters, languages)
    ChipOn,     // a chosen chip
    Flat,       // no background until pressed (top bar)
};

using IconPainter = std::function<void(ImDrawList*, const Rect&, ImU32)>;

// Registers a tap target for the visible part of `rect`; true when this
// frame's tap hit it. Use for custom-drawn rows and cards.
bool tapTarget(UiContext& state, std::string label, const Rect& rect);

// True while a finger rests on `rect` without dragging (pressed look).
bool isPressed(const UiContext& state, const Rect& rect);

// A labelled button; the label is centred (or starts after the icon).
bool button(UiContext& state, std::string_view label, const Rect& rect, ButtonKind kind = ButtonKind::Secondary,
            text::Style style = text::Style::Button, const IconPainter& icon = {});

// Background of a button-like box in the given kind and state.
void drawButtonFrame(UiContext& state, const Rect& rect, ButtonKind kind, bool pressed);
ImU32 buttonTextColor(const UiContext& state, ButtonKind kind);

// Width a button needs for its label (plus padding and icon), never below 12 mm.
float buttonWidth(const UiContext& state, std::string_view label, text::Style style, bool withIcon = false);
// A button's height: `minimum`, or taller when a label's line needs it (an
// Arabic line at the largest text size is taller than a 14 mm button).
float buttonHeightFor(const UiContext& state, float minimum, text::Style style = text::Style::Button);

}  // namespace kiosk
