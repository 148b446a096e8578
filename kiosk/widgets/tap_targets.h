// Everything a visitor can tap, registered while a frame is drawn. The
// gesture layer decides taps (a drag never ends in a tap); a tap is matched
// against what was on screen when the finger touched it, i.e. the targets of
// the previous frame, topmost (last registered) first. Widgets ask add() for
// their rectangle; the replay runner and the tests look targets up by label
// ("tap-label Organisationen") and check their size.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

namespace kiosk {

struct TapTarget {
    std::string label;  // the visible label in the current language (or a key's character)
    ImVec2 min, max;    // screen rectangle in pixels

    bool contains(ImVec2 p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
};

class TapTargets {
public:
    // Called once per frame by the app before drawing, with the tap the
    // gesture layer decided for this frame (if any).
    void beginFrame(std::optional<ImVec2> tap) {
        previous_.swap(current_);
        current_.clear();
        winner_.reset();
        if (!tap) return;
        for (auto it = previous_.rbegin(); it != previous_.rend(); ++it) {
            if (it->contains(*tap)) {
                winner_ = *it;
                break;
            }
        }
    }

    // Registers a target; true when this frame's tap was meant for it.
    bool add(std::string label, ImVec2 min, ImVec2 max) {
        current_.push_back({std::move(label), min, max});
        if (!winner_) return false;
        const TapTarget& added = current_.back();
        // The same target as last frame: same label, (almost) the same place.
        constexpr float kSlack = 4.0f;
        if (added.label == winner_->label && std::fabs(added.min.x - winner_->min.x) < kSlack &&
            std::fabs(added.min.y - winner_->min.y) < kSlack) {
            winner_.reset();
            return true;
        }
        return false;
    }

    // Whether a tap happened this frame and no target has taken it (yet).
    bool tapPending() const { return winner_.has_value(); }

    // The targets of the last completely drawn frame.
    const std::vector<TapTarget>& visible() const { return current_.empty() ? previous_ : current_; }
    const TapTarget* find(const std::string& label) const {
        for (const auto& t : visible())
            if (t.label == label) return &t;
        return nullptr;
    }

private:
    std::vector<TapTarget> previous_, current_;
    std::optional<TapTarget> winner_;
};

}  // namespace kiosk
