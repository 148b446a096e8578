// What a widget needs and nothing more (LVGL/hello_imgui style): the metrics
// and theme of the panel, this frame's input, draw list and tap targets, what
// widgets remember for one visitor (scroll positions, the open sheet), and the
// requests a widget makes to the frame loop. Widgets take a UiContext, never
// the app's state, so kiosk/widgets does not depend on kiosk/app; AppState
// derives from it, so screens pass their state as it is.
#pragma once

#include <string>
#include <unordered_map>

#include <imgui.h>

#include "kiosk/widgets/kinetic_scroll.h"
#include "kiosk/widgets/tap_targets.h"
#include "kiosk/widgets/theme.h"
#include "kiosk/widgets/ui_metrics.h"
#include "platform/gestures.h"

namespace kiosk {

// Kept with the visitor's session and forgotten at the idle reset.
struct WidgetMemory {
    std::unordered_map<std::string, KineticScroll> scrolls;  // by scroll-area id
    std::string openSheet;  // the choice sheet (filter picker) currently open, empty = none
};

struct UiContext {
    explicit UiContext(WidgetMemory& memory) : memory(&memory) {}
    UiContext(const UiContext&) = delete;
    UiContext& operator=(const UiContext&) = delete;

    // ---- this frame
    UiMetrics ui;
    Theme theme = Theme::normal();
    platform::GestureFrame input;  // taps and drags decided by the gesture layer
    TapTargets taps;
    ImDrawList* drawList = nullptr;
    double frameTime = 0;          // runner clock, seconds
    float frameDelta = 1.0f / 60;  // seconds since the previous frame (capped)

    // ---- what widgets remember
    WidgetMemory* memory;
    KineticScroll& scroll(const std::string& id) { return memory->scrolls[id]; }

    // ---- requests to the frame loop
    // Something is moving: draw another frame right after this one.
    void requestAnimationFrame() { animationRequested = true; }
    // Draw a frame at this runner-clock time (a countdown, a blinking caret).
    void requestFrameAt(double time) {
        if (nextFrameAt == 0 || time < nextFrameAt) nextFrameAt = time;
    }
    // The current touch must not end in a tap (it stopped a fling).
    void swallowTouch() { swallowTouchRequested = true; }

    // Set by the requests above; read and cleared by the app after each frame.
    bool animationRequested = false;
    bool swallowTouchRequested = false;
    double nextFrameAt = 0;  // 0 = none
};

}  // namespace kiosk
