#include "kiosk/widgets/scroll_area.h"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
// A fling slower than this is not "moving" enough for a touch to mean "stop".
constexpr float kStopTouchSpeed = 40.0f;
}

ScrollArea::ScrollArea(UiContext& state, const std::string& id, const Rect& view, float contentHeight)
    : state_(state), scroll_(state.scroll(id)), view_(view) {
    scroll_.setLimits(contentHeight, view.height());
    const platform::GestureFrame& in = state.input;

    // A touch on a moving list stops it, and that touch will not tap an item.
    if (in.press && view.contains({in.press->x, in.press->y}) && std::fabs(scroll_.velocity()) > kStopTouchSpeed) {
        scroll_.stop();
        state.swallowTouch();
    }
    bool mine = in.dragging && view.contains({in.dragOrigin.x, in.dragOrigin.y});
    if (mine && (in.dragDelta.y != 0 || in.fingerDown)) scroll_.drag(in.dragDelta.y);
    if (mine && in.releaseVelocity) scroll_.release(in.releaseVelocity->y);
    if (!mine && scroll_.dragging()) scroll_.release(0);  // the finger went away unnoticed
    scroll_.step(state.frameDelta);
    if (scroll_.moving()) state.requestAnimationFrame();

    state.drawList->PushClipRect(view.min, view.max, true);
}

ScrollArea::~ScrollArea() {
    state_.drawList->PopClipRect();
    // A thin position indicator at the trailing edge while there is more to see.
    float maxOffset = scroll_.maxOffset();
    if (maxOffset <= 0) return;
    const UiMetrics& ui = state_.ui;
    float viewHeight = view_.height();
    float contentHeight = maxOffset + viewHeight;
    float barHeight = std::max(ui.scrollThumbMin(), viewHeight * viewHeight / contentHeight);
    float progress = std::clamp(scroll_.offset() / maxOffset, 0.0f, 1.0f);
    float y = view_.min.y + (viewHeight - barHeight) * progress;
    float barWidth = ui.tight();
    Rect bar = makeRect(view_.max.x - barWidth - ui.edge(), y, barWidth, barHeight);
    bar = ui.place(bar, view_);
    state_.drawList->AddRectFilled(bar.min, bar.max, state_.theme.textMuted, barWidth / 2);
}

std::pair<size_t, size_t> ScrollArea::visibleRange(float rowHeight, size_t rowCount) const {
    if (rowHeight <= 0 || rowCount == 0) return {0, 0};
    float offset = scroll_.offset();
    float firstF = std::floor(std::max(0.0f, offset) / rowHeight);
    float lastF = std::ceil((offset + view_.height()) / rowHeight);
    size_t first = std::min(rowCount, size_t(firstF));
    size_t last = std::min(rowCount, size_t(std::max(0.0f, lastF)));
    return {first, last};
}

bool ScrollArea::visible(float y, float height) const {
    float offset = scroll_.offset();
    return y + height > offset && y < offset + view_.height();
}

}  // namespace kiosk
