// The physics of a list that follows the finger: drag, fling with momentum
// that decays exponentially (the same distance at 30 or 144 frames per
// second), and a soft edge that gives a little under the finger and springs
// back. Pure arithmetic, no drawing, so it is unit-tested.
#pragma once

namespace kiosk {

class KineticScroll {
public:
    // Momentum time constant: the list loses 63% of its speed every 0.45 s.
    static constexpr float kDecaySeconds = 0.45f;
    // How fast an overscrolled list returns to its edge.
    static constexpr float kSpringSeconds = 0.08f;
    // Below this speed (px/s) the list stops: slower is under a pixel per
    // frame, frames that would show no movement.
    static constexpr float kStopSpeed = 20.0f;

    float offset() const { return offset_; }
    float velocity() const { return velocity_; }
    float maxOffset() const { return maxOffset_; }

    // Content and view height in pixels; keeps the offset inside the new limits.
    void setLimits(float contentHeight, float viewHeight);

    // The finger moved by fingerDy pixels (positive = down, so the list shows
    // earlier content). Past an edge the list follows only partly.
    void drag(float fingerDy);
    // The finger left the glass moving at fingerVelocityY px/s.
    void release(float fingerVelocityY);
    // A touch during momentum stops the list where it is.
    void stop();
    void setOffset(float offset);

    // Advances momentum and the spring by dt seconds.
    void step(float dt);
    // Still moving by itself (momentum or springing back): the app keeps drawing.
    bool moving() const;
    bool dragging() const { return dragging_; }

private:
    float overscroll() const;  // distance past the nearest edge (signed), 0 inside

    float offset_ = 0;
    float velocity_ = 0;  // px/s of the offset
    float maxOffset_ = 0;
    bool dragging_ = false;
};

}  // namespace kiosk
