#include "platform/process_memory.h"

#include <malloc.h>

namespace platform {

void tuneAllocatorForKiosk() {
    // 64 KB, not glibc's 128 KB start: the list pictures' textures (llvmpipe
    // keeps them in our heap; a 200x150 picture is 120 KB) come and go while
    // a visitor flings, and from the heap they left holes that kept it large
    // (3 MB more at the benchmark's flinging peak with 1 MB here).
    constexpr int kMmapThresholdBytes = 64 << 10;
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);  // a fixed value also stops the threshold from growing
    mallopt(M_ARENA_MAX, 2);
}

void returnFreedMemory() { malloc_trim(0); }

}  // namespace platform
