// Small pictograms drawn with ImDrawList primitives (no icon font needed),
// each fitted into a square box. Directional ones take `rtl` and mirror, so
// the back arrow points to the right in Arabic and Farsi.
#pragma once

#include <imgui.h>

#include "kiosk/widgets/ui_metrics.h"

namespace kiosk::icons {

void back(ImDrawList* dl, const Rect& box, ImU32 color, bool rtl);
void forward(ImDrawList* dl, const Rect& box, ImU32 color, bool rtl);  // a chevron "more" sign
void home(ImDrawList* dl, const Rect& box, ImU32 color);
void search(ImDrawList* dl, const Rect& box, ImU32 color);
void contrast(ImDrawList* dl, const Rect& box, ImU32 color);
void keyboardHide(ImDrawList* dl, const Rect& box, ImU32 color);  // the on-screen keyboard goes down
void textSize(ImDrawList* dl, const Rect& box, ImU32 color, int step);  // a large and a small "A"-like mark
void people(ImDrawList* dl, const Rect& box, ImU32 color);    // organisations door
void calendar(ImDrawList* dl, const Rect& box, ImU32 color);  // events door
void book(ImDrawList* dl, const Rect& box, ImU32 color);      // guides door
void phone(ImDrawList* dl, const Rect& box, ImU32 color);
void pin(ImDrawList* dl, const Rect& box, ImU32 color);  // an address
void qr(ImDrawList* dl, const Rect& box, ImU32 color);   // "take it with you"
void check(ImDrawList* dl, const Rect& box, ImU32 color);
void picturePlaceholder(ImDrawList* dl, const Rect& box, ImU32 background, ImU32 color);

}  // namespace kiosk::icons
