// A vertical list area that scrolls under the finger, with momentum, from a
// drag that starts anywhere inside it (also on an item). Items are drawn by
// the caller between construction and destruction, at y = top() + their
// position; lists should build only the rows in visibleRange().
//
//   ScrollArea list(state, "organisations", area, rowCount * rowHeight);
//   auto [first, last] = list.visibleRange(rowHeight, rowCount);
//   for (size_t i = first; i < last; ++i) drawRow(..., list.top() + i * rowHeight);
#pragma once

#include <string>
#include <utility>

#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

class ScrollArea {
public:
    ScrollArea(UiContext& state, const std::string& id, const Rect& view, float contentHeight);
    ~ScrollArea();
    ScrollArea(const ScrollArea&) = delete;
    ScrollArea& operator=(const ScrollArea&) = delete;

    // Screen y of the content's first pixel.
    float top() const { return view_.min.y - scroll_.offset(); }
    const Rect& view() const { return view_; }
    float offset() const { return scroll_.offset(); }

    // Rows [first, last) of a list of equal rows that are at least partly visible.
    std::pair<size_t, size_t> visibleRange(float rowHeight, size_t rowCount) const;
    // Whether content at [y, y + height) (content coordinates) is visible.
    bool visible(float y, float height) const;

private:
    UiContext& state_;
    KineticScroll& scroll_;
    Rect view_;
};

}  // namespace kiosk
