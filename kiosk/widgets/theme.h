// Colours of the normal and the high-contrast theme, each named once. Screens
// and widgets ask the theme, never hard-code colours, so the high-contrast
// switch reaches everything (the on-screen keyboard too).
#pragma once

#include <imgui.h>

namespace kiosk {

struct Theme {
    ImU32 background, surface, surfaceStrong, text, textMuted, accent, accentText, pressed;
    ImU32 border, open, closed, badge, badgeText, note, shade;
    ImU32 statusText;  // text on the open (green) and closed (red) badges
    // The on-screen keyboard.
    ImU32 keyboardBand, key, specialKey, keyLabel, activeKey;
    float borderWidth;  // high contrast draws visible outlines around every target
    bool outlines;      // targets, badges and today's row get an outline of their own

    static Theme normal() {
        return {.background = IM_COL32(246, 243, 236, 255),
                .surface = IM_COL32(255, 255, 255, 255),
                .surfaceStrong = IM_COL32(228, 236, 242, 255),
                .text = IM_COL32(28, 32, 38, 255),
                .textMuted = IM_COL32(84, 92, 104, 255),
                .accent = IM_COL32(0, 92, 153, 255),
                .accentText = IM_COL32(255, 255, 255, 255),
                .pressed = IM_COL32(196, 218, 235, 255),
                .border = IM_COL32(200, 204, 210, 255),
                .open = IM_COL32(22, 122, 62, 255),
                .closed = IM_COL32(170, 48, 40, 255),
                .badge = IM_COL32(232, 238, 244, 255),
                .badgeText = IM_COL32(34, 52, 74, 255),
                .note = IM_COL32(130, 90, 10, 255),
                .shade = IM_COL32(0, 0, 0, 255),
                .statusText = IM_COL32(255, 255, 255, 255),
                .keyboardBand = IM_COL32(40, 44, 52, 255),
                .key = IM_COL32(250, 250, 250, 255),
                .specialKey = IM_COL32(200, 206, 214, 255),
                .keyLabel = IM_COL32(20, 20, 20, 255),
                .activeKey = IM_COL32(255, 196, 0, 255),
                .borderWidth = 1.5f,
                .outlines = false};
    }
    static Theme highContrast() {
        return {.background = IM_COL32(0, 0, 0, 255),
                .surface = IM_COL32(0, 0, 0, 255),
                .surfaceStrong = IM_COL32(30, 30, 30, 255),
                .text = IM_COL32(255, 255, 255, 255),
                .textMuted = IM_COL32(255, 255, 255, 255),
                .accent = IM_COL32(255, 230, 0, 255),
                .accentText = IM_COL32(0, 0, 0, 255),
                .pressed = IM_COL32(90, 90, 0, 255),
                .border = IM_COL32(255, 255, 255, 255),
                .open = IM_COL32(80, 255, 120, 255),
                .closed = IM_COL32(255, 120, 110, 255),
                .badge = IM_COL32(0, 0, 0, 255),
                .badgeText = IM_COL32(255, 255, 255, 255),
                .note = IM_COL32(255, 230, 0, 255),
                .shade = IM_COL32(0, 0, 0, 255),
                .statusText = IM_COL32(0, 0, 0, 255),
                .keyboardBand = IM_COL32(0, 0, 0, 255),
                .key = IM_COL32(250, 250, 250, 255),
                .specialKey = IM_COL32(255, 230, 0, 255),
                .keyLabel = IM_COL32(20, 20, 20, 255),
                .activeKey = IM_COL32(255, 196, 0, 255),
                .borderWidth = 3.0f,
                .outlines = true};
    }
};

}  // namespace kiosk
