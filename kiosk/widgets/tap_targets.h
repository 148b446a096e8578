// Everything a visitor can tap, registered while a frame is drawn. The
// gesture layer decides taps (a drag never ends in a tap); a tap is matched
// against what was on screen when the finger touched it, i.e. the targets of
// the previous frame, topmost (last registered) first. Widgets ask add() for
// their rectangle; the replay runner and the tests look targets up by label
// ("tap-label Organisationen") and check their size. A target with an empty
// label only blocks what lies under it (a modal's backdrop and panel).
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

namespace kiosk {

struct TapTarget {
    std::string label;  // the visible label in the current language (or a key's character)
    ImVec2 min, max;    // the tappable screen rectangle in pixels (clipped to what is visible)
    // The target's whole designed rectangle: larger than min/max when a list
    // row is partly scrolled out of view. Touch-size checks use this one.
    ImVec2 fullMin, fullMax;

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
    bool add(std::string label, ImVec2 min, ImVec2 max) { return add(std::move(label), min, max, min, max); }
    // The same for a target of which only [min, max) of [fullMin, fullMax) is visible.
    bool add(std::string label, ImVec2 min, ImVec2 max, ImVec2 fullMin, ImVec2 fullMax) {
        auto moved = [this](ImVec2 p) { return ImVec2(p.x + origin_.x, p.y + origin_.y); };
        current_.push_back({std::move(label), moved(min), moved(max), moved(fullMin), moved(fullMax)});
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

    // The rectangles add() is given are relative to this point of the window
    // (the desktop preview draws the visitor screens into a part of its
    // window); targets are kept and matched in window pixels.
    void setOrigin(ImVec2 origin) { origin_ = origin; }

    // Whether a tap happened this frame and no target has taken it (yet).
    bool tapPending() const { return winner_.has_value(); }

    // The targets of the last completely drawn frame.
    const std::vector<TapTarget>& visible() const { return current_.empty() ? previous_ : current_; }
    // The target labelled `label` that a tap at its centre would reach: one
    // covered by a later target (a sheet over a list) is not visible. Topmost first.
    const TapTarget* find(const std::string& label) const {
        const auto& targets = visible();
        for (size_t i = targets.size(); i-- > 0;) {
            if (targets[i].label != label) continue;
            ImVec2 centre{(targets[i].min.x + targets[i].max.x) / 2, (targets[i].min.y + targets[i].max.y) / 2};
            if (topmostAt(centre) == &targets[i]) return &targets[i];
        }
        return nullptr;
    }

    // The target a tap at `p` would reach (the last registered one containing it).
    const TapTarget* topmostAt(ImVec2 p) const {
        const auto& targets = visible();
        for (size_t i = targets.size(); i-- > 0;)
            if (targets[i].contains(p)) return &targets[i];
        return nullptr;
    }

private:
    std::vector<TapTarget> previous_, current_;
    std::optional<TapTarget> winner_;
    ImVec2 origin_{0, 0};
};

}  // namespace kiosk
