// How the kiosk's heap gives memory back. glibc raises its mmap threshold
// after each large free (up to 32 MB), so after the first decoded picture
// every later one (a 1280 px picture is 5 MB of pixels) is carved from the
// heap and stays resident when freed; and each thread that allocates (the
// picture decoder, the import worker, llvmpipe's) may get an arena of its own.
#pragma once

namespace platform {

// At the top of main(), before any thread: large blocks (1 MB and up) always
// come from mmap and go back to the system when freed; one arena for every
// thread (process_memory.cpp says why).
void tuneAllocatorForKiosk();

// After a big free (the old content's caches, all picture textures): hands
// the free pages at the top and inside the heap back to the system.
void returnFreedMemory();

}  // namespace platform
