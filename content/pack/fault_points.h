// Test hook shared by the import's steps: KIOSK_IMPORT_KILL_AT=<step> makes
// the process kill itself at that step, so the kill test can hit every step
// and not only random instants.
#pragma once

#include <signal.h>

#include <cstdlib>
#include <cstring>

namespace content::pack {

inline void faultPoint(const char* step) {
    static const char* target = std::getenv("KIOSK_IMPORT_KILL_AT");
    if (target && std::strcmp(target, step) == 0) ::raise(SIGKILL);
}

}  // namespace content::pack
