#include "content/pack/import_memory_limit.h"

#include <sys/resource.h>

#include <cstdlib>
#include <cstring>
#include <new>

namespace content::pack {
namespace {

// Memory held back for the moment the cap is reached: freed by the new
// handler just before it throws std::bad_alloc, so the destructors that run
// while the import unwinds (nlohmann's own allocate) find room and the
// refusal is reported instead of the process ending in std::terminate.
constexpr size_t kUnwindReserveBytes = 16u << 20;
void* unwindReserve = nullptr;

void releaseReserveAndThrow() {
    std::free(unwindReserve);
    unwindReserve = nullptr;
    std::set_new_handler(nullptr);  // from now on a plain bad_alloc
    throw std::bad_alloc();
}

}  // namespace

bool limitImportMemory(uint64_t megabytes) {
    if (megabytes == 0) return false;
    // Taken before the cap is set, and touched so it is really there.
    unwindReserve = std::malloc(kUnwindReserveBytes);
    if (unwindReserve) std::memset(unwindReserve, 0, kUnwindReserveBytes);
    std::set_new_handler(releaseReserveAndThrow);
    struct rlimit limit {};
    ::getrlimit(RLIMIT_DATA, &limit);
    const rlim_t wanted = static_cast<rlim_t>(megabytes) << 20;
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < wanted) return true;  // already lower
    limit.rlim_cur = wanted;
    return ::setrlimit(RLIMIT_DATA, &limit) == 0;
}

}  // namespace content::pack
