// Colours of the normal and the high-contrast theme. Screens ask the theme,
// never hard-code colours, so the high-contrast switch reaches everything.
#pragma once

#include <imgui.h>

namespace kiosk {

struct Theme {
    ImU32 background, surface, surfaceStrong, text, textMuted, accent, accentText, pressed;
    ImU32 border, open, closed, badge, badgeText, note, shade;
    float borderWidth;  // high contrast draws visible outlines around every target

    static Theme normal() {
        return {IM_COL32(246, 243, 236, 255), IM_COL32(255, 255, 255, 255), IM_COL32(228, 236, 242, 255),
                IM_COL32(28, 32, 38, 255),    IM_COL32(84, 92, 104, 255),   IM_COL32(0, 92, 153, 255),
                IM_COL32(255, 255, 255, 255), IM_COL32(196, 218, 235, 255), IM_COL32(200, 204, 210, 255),
                IM_COL32(22, 122, 62, 255),   IM_COL32(170, 48, 40, 255),   IM_COL32(232, 238, 244, 255),
                IM_COL32(34, 52, 74, 255),    IM_COL32(130, 90, 10, 255),   IM_COL32(0, 0, 0, 255),
                1.5f};
    }
    static Theme highContrast() {
        return {IM_COL32(0, 0, 0, 255),       IM_COL32(0, 0, 0, 255),       IM_COL32(30, 30, 30, 255),
                IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 255, 255), IM_COL32(255, 230, 0, 255),
                IM_COL32(0, 0, 0, 255),       IM_COL32(90, 90, 0, 255),     IM_COL32(255, 255, 255, 255),
                IM_COL32(80, 255, 120, 255),  IM_COL32(255, 120, 110, 255), IM_COL32(0, 0, 0, 255),
                IM_COL32(255, 255, 255, 255), IM_COL32(255, 230, 0, 255),   IM_COL32(0, 0, 0, 255),
                3.0f};
    }
};

}  // namespace kiosk
