// Items of different widths (chips, badges, buttons) flowing into as many
// rows as they need, laid out left to right; callers mirror each item with
// UiMetrics::place() for right-to-left languages. The one wrapping-row
// layout of the kiosk.
#pragma once

#include <algorithm>

#include "kiosk/widgets/ui_metrics.h"

namespace kiosk {

class FlowRow {
public:
    // Rows start at (x, y), are `width` wide and `rowHeight` high; items are
    // `gap` apart in a row, rows `rowGap` apart.
    FlowRow(float x, float y, float width, float rowHeight, float gap, float rowGap)
        : x_(x), y_(y), width_(width), rowHeight_(rowHeight), gap_(gap), rowGap_(rowGap), cx_(x), cy_(y) {}
    FlowRow(float x, float y, float width, float rowHeight, float gap)
        : FlowRow(x, y, width, rowHeight, gap, gap) {}

    // The left-to-right rectangle of the next item, `itemWidth` wide (at most
    // the row's width); a new row starts when it does not fit the current one.
    Rect next(float itemWidth) {
        const float w = std::min(itemWidth, width_);
        if (cx_ > x_ && cx_ + w > x_ + width_) {
            cx_ = x_;
            cy_ += rowHeight_ + rowGap_;
        }
        Rect item = makeRect(cx_, cy_, w, rowHeight_);
        cx_ += w + gap_;
        any_ = true;
        return item;
    }

    // From the first row's top to the last row's bottom (0 with no items).
    float height() const { return any_ ? cy_ + rowHeight_ - y_ : 0; }

private:
    float x_, y_, width_, rowHeight_, gap_, rowGap_;
    float cx_, cy_;
    bool any_ = false;
};

}  // namespace kiosk
