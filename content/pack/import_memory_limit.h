// The memory cap of a process that imports a pack (kiosk-pack import and the
// kiosk's import child): heap and anonymous maps (RLIMIT_DATA), so a hostile
// or huge pack ends in a refusal ("out-of-memory") instead of pushing the
// kiosk box into swapping or the kernel's OOM killer picking the kiosk.
#pragma once

#include <cstdint>

namespace content::pack {

// Caps this process at `megabytes` (a lower hard limit already in force
// stays). Keeps a small reserve that the new handler frees just before it
// throws std::bad_alloc, so the import can unwind and report its refusal.
// Call once, before the import; false when the limit cannot be set.
bool limitImportMemory(uint64_t megabytes);

}  // namespace content::pack
