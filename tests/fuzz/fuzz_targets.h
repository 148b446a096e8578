// The fuzzing entry points: one function per parser a pack or a source folder
// reaches, each taking arbitrary bytes and never expected to crash, hang or
// touch memory it does not own. `platform/dev.sh fuzz` builds each as a
// libFuzzer program with clang and ASan + UBSan (tests/fuzz/fuzz_main.cpp);
// tests/pack/test_fuzz_corpus.cpp feeds every committed corpus file
// (tests/fuzz/corpus/<name>/) to the same function in the normal test run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fuzz {

using Entry = void (*)(const uint8_t* data, size_t size);

struct Target {
    std::string_view name;  // also the corpus folder's name
    Entry entry;
};

const std::vector<Target>& targets();
const Target* findTarget(std::string_view name);

}  // namespace fuzz
