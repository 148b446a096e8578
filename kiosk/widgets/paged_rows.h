// How every list screen reads its rows: a page at a time, on the drawing
// thread, spread over frames. Each frame first reads what the view shows
// (however long that takes, so the rows a visitor sees are complete in the
// very first frame), then more pages while a small budget lasts, and asks for
// another frame until the list is complete. Reading a whole large list at
// once (2,000 organisations, 8,000 event dates) took 6-100 ms in one frame.
//
// A list that is read again while it is on screen (a minute passed: opening
// hours, an event that ended) keeps showing its rows until the new ones are
// complete, then swaps them in at once: nothing visible empties or jumps.
//
//   PagedRows<MyRows>& list = memory.list;
//   if (list changed) list.restart(MyRows{...}, /*keepShown=*/sameListRefreshed);
//   list.advance([&](MyRows& rows) { return readNextPage(rows); },
//                [&](const MyRows& rows) { return rows.count() < rowsTheViewShows; });
//   if (!list.complete()) requestAnimationFrame();
//   draw(list.shown());
#pragma once

#include <time.h>

#include <chrono>
#include <utility>

namespace kiosk {

// What one frame may spend on reading rows beyond those the view shows, in
// the drawing thread's own CPU time: on a busy machine a wall-clock budget
// shrinks with every moment the thread waits (2,000 organisations then took
// 17 frames, 1.7 s at 10 frames a second, instead of three). 2 ms keeps a
// list's busiest frames near 4 ms of CPU with the drawing.
inline constexpr std::chrono::microseconds kListPageBudget{2000};

inline std::chrono::microseconds threadCpuTime() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::microseconds(int64_t(now.tv_sec) * 1000000 + now.tv_nsec / 1000);
}

template <class Rows>
class PagedRows {
public:
    // What is on screen: complete as far as the view reaches.
    const Rows& shown() const { return shown_; }
    Rows& shown() { return shown_; }
    bool complete() const { return complete_; }
    // Whether the rows on screen are a whole list (complete, or the old list
    // kept on screen while it is read again).
    bool shownComplete() const { return complete_ || replacing_; }
    // Pages read since the last restart (for tests).
    size_t pagesRead() const { return pages_; }

    // Reads the list anew from `fresh` (an empty list with what the reading
    // needs to know). keepShown: the same list refreshed, whose rows stay on
    // screen until the new ones are complete; otherwise a different list
    // (another filter, language, content), shown as its pages come in.
    void restart(Rows fresh, bool keepShown) {
        replacing_ = keepShown;
        complete_ = false;
        pages_ = 0;
        (replacing_ ? next_ : shown_) = std::move(fresh);
        if (!replacing_) next_ = Rows{};
    }

    // readPage(Rows&): appends the next page; returns false when there was
    // nothing left to read. viewNeedsMore(const Rows&): whether the rows the
    // view shows are not all read yet (only asked of rows on screen). Reads
    // at least one page per frame, so every list completes.
    template <class ReadPage, class ViewNeedsMore>
    void advance(ReadPage&& readPage, ViewNeedsMore&& viewNeedsMore, std::chrono::microseconds budget = kListPageBudget) {
        if (complete_) return;
        Rows& building = replacing_ ? next_ : shown_;
        const auto started = threadCpuTime();
        do {
            if (!readPage(building)) {
                complete_ = true;
                break;
            }
            ++pages_;
        } while ((!replacing_ && viewNeedsMore(std::as_const(building))) ||
                 threadCpuTime() - started < budget);
        if (complete_ && replacing_) {
            shown_ = std::move(next_);
            next_ = Rows{};
            replacing_ = false;
        }
    }

private:
    Rows shown_, next_;
    bool complete_ = true;
    bool replacing_ = false;
    size_t pages_ = 0;
};

}  // namespace kiosk
