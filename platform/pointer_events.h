// Raw pointer input as it arrives from GLFW (a touchscreen is the left mouse
// button) or from a replay script. Events are queued, never turned into
// ImGui button state: the gesture layer (platform/gestures.h) reads the whole
// queue once per frame, so a press and release inside one frame is still a tap.
#pragma once

#include <mutex>
#include <vector>

namespace platform {

struct PointerEvent {
    enum class Kind { Down, Move, Up };
    Kind kind = Kind::Move;
    float x = 0, y = 0;  // framebuffer pixels, origin top-left
    double time = 0;     // seconds, on the runner's clock
};

// Thread-safe: GLFW callbacks and the replay driver push, the frame loop drains.
class PointerQueue {
public:
    void push(const PointerEvent& event) {
        std::lock_guard lock(mutex_);
        events_.push_back(event);
    }
    std::vector<PointerEvent> drain() {
        std::lock_guard lock(mutex_);
        std::vector<PointerEvent> out;
        out.swap(events_);
        return out;
    }
    bool empty() const {
        std::lock_guard lock(mutex_);
        return events_.empty();
    }

private:
    mutable std::mutex mutex_;
    std::vector<PointerEvent> events_;
};

}  // namespace platform
