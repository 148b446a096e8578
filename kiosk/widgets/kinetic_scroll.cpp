#include "kiosk/widgets/kinetic_scroll.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
// Under the finger, past the edge, the list moves this fraction of the finger.
constexpr float kEdgeResistance = 0.35f;
// A fling that leaves the content decays this much faster (it "hits" the edge).
constexpr float kEdgeDecaySeconds = 0.05f;
}  // namespace

void KineticScroll::setLimits(float contentHeight, float viewHeight) {
    maxOffset_ = std::max(0.0f, contentHeight - viewHeight);
    if (!dragging_ && !moving()) offset_ = std::clamp(offset_, 0.0f, maxOffset_);
}

float KineticScroll::overscroll() const {
    if (offset_ < 0) return offset_;
    if (offset_ > maxOffset_) return offset_ - maxOffset_;
    return 0;
}

void KineticScroll::drag(float fingerDy) {
    dragging_ = true;
    velocity_ = 0;
    float delta = -fingerDy;  // finger down = content moves down = offset decreases
    // Inside the content the list follows the finger exactly; the part of the
    // movement beyond an edge moves it only partly.
    if (offset_ >= 0 && offset_ <= maxOffset_) {
        float target = offset_ + delta;
        float inside = std::clamp(target, 0.0f, maxOffset_);
        offset_ = inside + (target - inside) * kEdgeResistance;
    } else {
        offset_ += delta * kEdgeResistance;  // already past the edge
    }
}

void KineticScroll::release(float fingerVelocityY) {
    dragging_ = false;
    velocity_ = -fingerVelocityY;
}

void KineticScroll::stop() {
    dragging_ = false;
    velocity_ = 0;
    offset_ = std::clamp(offset_, 0.0f, maxOffset_);
}

void KineticScroll::setOffset(float offset) {
    offset_ = std::clamp(offset, 0.0f, maxOffset_);
    velocity_ = 0;
}

void KineticScroll::step(float dt) {
    if (dragging_ || dt <= 0) return;
    if (velocity_ != 0) {
        // Exact integral of v0 * exp(-t / tau) over dt: frame-rate independent.
        float tau = overscroll() != 0 ? kEdgeDecaySeconds : kDecaySeconds;
        float decay = std::exp(-dt / tau);
        offset_ += velocity_ * tau * (1 - decay);
        velocity_ *= decay;
        if (std::fabs(velocity_) < kStopSpeed) velocity_ = 0;
    }
    float over = overscroll();
    if (over != 0 && (velocity_ == 0 || (velocity_ > 0) == (over > 0))) {
        // Spring back towards the edge once the fling has been absorbed.
        if (std::fabs(velocity_) < 200) {
            velocity_ = 0;
            float edge = over < 0 ? 0.0f : maxOffset_;
            float remaining = over * std::exp(-dt / kSpringSeconds);
            offset_ = std::fabs(remaining) < 0.5f ? edge : edge + remaining;
        }
    }
}

bool KineticScroll::moving() const { return !dragging_ && (velocity_ != 0 || overscroll() != 0); }

}  // namespace kiosk
