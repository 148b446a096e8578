#include "platform/process_memory.h"

#include <malloc.h>

namespace platform {

void tuneAllocatorForKiosk() {
    // 1 MB: pictures' pixels go back to the system when freed. Not lower:
    // at 64 KB every frame's vertex data (llvmpipe copies it into a fresh
    // buffer each frame) came from mmap and was faulted in again, and
    // flinging cost 1.86 instead of 1.33 ms a frame (p99 3.86 vs 2.82) to save 1 MB.
    constexpr int kMmapThresholdBytes = 1 << 20;
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);  // a fixed value also stops the threshold from growing
    // One arena for every thread: the start-up builds the font atlas on a
    // second thread, and with a second arena its long-lived glyph tables sat
    // among the picture decoder's and llvmpipe's churn there (scroll replay:
    // an 18 MB arena 9 MB resident, peak 155 MB; with one arena 151 MB, frame
    // CPU p50/p99 unchanged at 1.2-1.4 / 2.0-2.1 ms).
    mallopt(M_ARENA_MAX, 1);
}

void returnFreedMemory() { malloc_trim(0); }

}  // namespace platform
