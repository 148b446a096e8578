// The main loop, kept apart from the app (hello_imgui style): it sleeps until
// input, the app's next deadline, or platform::requestRedraw(), then lets the
// app draw one ImGui frame. When nothing moves, nothing is drawn.
#pragma once

#include <vector>

#include "platform/pointer_events.h"

namespace platform {

// What the app wants after a wake-up: a frame now, and otherwise when to be
// woken again (a deadline without drawing, e.g. the next replay step).
struct WakePlan {
    bool drawNow = false;
    double wakeAt = 1e300;  // runner clock; "never" unless input arrives
};

// What the runner needs from the app.
class FrameClient {
public:
    virtual ~FrameClient() = default;

    // Called on every wake-up with the pointer events queued since the last
    // call (the client keeps them for its next frame). Runs outside any ImGui
    // frame, so this is where the font atlas may be rebuilt.
    virtual WakePlan wake(double now, std::vector<PointerEvent> events) = 0;

    // Draws one frame between ImGui::NewFrame and ImGui::Render.
    virtual void drawFrame(double now, int width, int height) = 0;

    // After the frame was rendered into the back buffer, before it is shown:
    // screenshots read pixels here. Both durations cover NewFrame to
    // rendering: cpuSeconds is the drawing thread's own CPU time (the brief's
    // budget), wallSeconds the elapsed time including waits for the GL driver.
    virtual void afterRender(int width, int height, double cpuSeconds, double wallSeconds) {}

    // True while work of the app's own runs in the background (an import, a
    // rollback): a null window's clock then follows real time instead of
    // jumping to the next deadline.
    virtual bool backgroundBusy() const { return false; }

    // The next frame is drawn only because the window system asked (the
    // window was exposed or resized), not for anything of the app's.
    virtual void noteWindowRedraw() {}

    // The runner stops when this turns true (replay finished, --screenshot done).
    virtual bool finished() const = 0;
};

}  // namespace platform
