#include "platform/gestures.h"

#include <cmath>

namespace platform {

namespace {
// Velocity is measured over the last part of the movement only: a finger that
// slowed down and stopped before lifting should not fling the list.
constexpr double kVelocityWindowSeconds = 0.08;
}  // namespace

GestureFrame GestureRecognizer::process(const std::vector<PointerEvent>& events) {
    GestureFrame out;
    for (const PointerEvent& e : events) {
        switch (e.kind) {
            case PointerEvent::Kind::Down: onDown(e, out); break;
            case PointerEvent::Kind::Move: onMove(e, out); break;
            case PointerEvent::Kind::Up: onUp(e, out); break;
        }
    }
    out.fingerDown = down_;
    out.fingerPos = last_;
    out.fingerDownSince = startTime_;
    if (down_ && dragging_) {
        out.dragging = true;
        out.dragOrigin = start_;
    }
    return out;
}

void GestureRecognizer::onDown(const PointerEvent& e, GestureFrame& out) {
    down_ = true;
    dragging_ = false;
    swallowed_ = false;
    start_ = last_ = {e.x, e.y};
    startTime_ = e.time;
    recent_.clear();
    recent_.push_back({last_, e.time});
    out.press = start_;
}

void GestureRecognizer::onMove(const PointerEvent& e, GestureFrame& out) {
    if (!down_) {
        last_ = {e.x, e.y};  // hover: no finger, nothing to do but remember where it is
        return;
    }
    Point pos{e.x, e.y};
    if (!dragging_) {
        float dx = pos.x - start_.x, dy = pos.y - start_.y;
        if (std::sqrt(dx * dx + dy * dy) > slopPx_) {
            dragging_ = true;
            // The movement inside the slop counts too, so the list follows the finger exactly.
            out.dragDelta.x += pos.x - start_.x;
            out.dragDelta.y += pos.y - start_.y;
        }
    } else {
        out.dragDelta.x += pos.x - last_.x;
        out.dragDelta.y += pos.y - last_.y;
    }
    last_ = pos;
    recent_.push_back({pos, e.time});
    // Keep the newest sample at least one window old as the reference point, so
    // sparse events (a busy machine, a slow replay) still give a velocity.
    while (recent_.size() > 2 && e.time - recent_[1].time >= kVelocityWindowSeconds) recent_.pop_front();
}

void GestureRecognizer::onUp(const PointerEvent& e, GestureFrame& out) {
    if (!down_) return;
    onMove({PointerEvent::Kind::Move, e.x, e.y, e.time}, out);
    down_ = false;
    if (dragging_) {
        out.dragging = true;
        out.dragOrigin = start_;
        out.releaseVelocity = velocityAt(e.time);
    } else if (!swallowed_) {
        out.tap = start_;
    }
    dragging_ = false;
    swallowed_ = false;
}

Point GestureRecognizer::velocityAt(double time) const {
    if (recent_.size() < 2) return {};
    // The movement over the last window: a finger that rested before lifting
    // moved nothing in it (the release sample repeats its position).
    const Sample& first = recent_.front();
    const Sample& lastSample = recent_.back();
    double dt = lastSample.time - first.time;
    if (dt < 1e-3) return {};
    return {float((lastSample.pos.x - first.pos.x) / dt), float((lastSample.pos.y - first.pos.y) / dt)};
}

}  // namespace platform
