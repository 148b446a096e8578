// Turns the raw pointer events of one frame into what the screens need: a
// tap (for TapTargets::beginFrame), or a drag with per-frame movement and a
// release velocity (for the scroll area under the finger). A touch becomes a
// drag once it moves further than the slop (about 2 mm); from then on it can
// never end in a tap. Pure logic without GLFW or GL, so it is unit-tested.
#pragma once

#include <deque>
#include <optional>
#include <vector>

#include "platform/pointer_events.h"

namespace platform {

struct Point {
    float x = 0, y = 0;
};

struct GestureFrame {
    std::optional<Point> tap;              // a completed tap this frame (position of the press)
    std::optional<Point> press;            // a finger went down this frame (stops momentum)
    bool fingerDown = false;               // a finger is on the screen at the end of the frame
    Point fingerPos;                       // its current position
    double fingerDownSince = 0;            // when it touched (runner clock), for long presses
    bool dragging = false;                 // the current/just ended touch is a drag
    Point dragOrigin;                      // where that drag's touch started (finds the scroll area)
    Point dragDelta;                       // finger movement during this frame while dragging
    std::optional<Point> releaseVelocity;  // px/s, when a drag ended this frame
};

class GestureRecognizer {
public:
    // slopPx: how far a finger may wander and still tap (about 2 mm).
    explicit GestureRecognizer(float slopPx = 8.0f) : slopPx_(slopPx) {}
    void setSlop(float slopPx) { slopPx_ = slopPx; }

    // Consumes the events queued since the last frame.
    GestureFrame process(const std::vector<PointerEvent>& events);

    // The current touch will not produce a tap when released (e.g. it stopped
    // a list's momentum: that touch was meant to stop it, not to open an item).
    void swallowCurrentTouch() { swallowed_ = true; }

    bool touching() const { return down_; }

private:
    void onDown(const PointerEvent& e, GestureFrame& out);
    void onMove(const PointerEvent& e, GestureFrame& out);
    void onUp(const PointerEvent& e, GestureFrame& out);
    Point velocityAt(double time) const;

    float slopPx_;
    bool down_ = false;
    bool dragging_ = false;
    bool swallowed_ = false;
    Point start_, last_;
    double startTime_ = 0;
    struct Sample {
        Point pos;
        double time;
    };
    std::deque<Sample> recent_;  // the last ~100 ms of positions, for the release velocity
};

}  // namespace platform
