#include "platform/process_memory.h"

#include <malloc.h>

namespace platform {

void tuneAllocatorForKiosk() {
    constexpr int kMmapThresholdBytes = 1 << 20;
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);  // a fixed value also stops the threshold from growing
    mallopt(M_ARENA_MAX, 2);
}

void returnFreedMemory() { malloc_trim(0); }

}  // namespace platform
