// One libFuzzer program per target: FUZZ_TARGET names the entry of
// tests/fuzz/fuzz_targets.h this program drives (set by tests/fuzz/CMakeLists.txt).
#include <cstdio>
#include <cstdlib>

#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const fuzz::Target* target = [] {
        const fuzz::Target* found = fuzz::findTarget(FUZZ_TARGET);
        if (!found) {
            std::fprintf(stderr, "unknown fuzz target %s\n", FUZZ_TARGET);
            std::abort();
        }
        return found;
    }();
    target->entry(data, size);
    return 0;
}
