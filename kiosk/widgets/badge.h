// Small rounded labels: language codes, "open"/"closed", topics. Not tappable.
#pragma once

#include <string_view>

#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

// Width a badge with this text takes.
float badgeWidth(const UiContext& state, std::string_view label);
// Height of every badge.
float badgeHeight(const UiContext& state);
// Draws a badge with its start edge at `start` (its left edge in LTR, its
// right edge in RTL) and top at start.y. Returns its width.
float drawBadge(UiContext& state, std::string_view label, ImVec2 start, ImU32 background, ImU32 foreground);

}  // namespace kiosk
