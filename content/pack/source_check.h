// Everything `kiosk-pack check` asks of a source folder before a pack may be
// built from it: the reader's diagnostics (content/parse/source_folder.h),
// then what the import would refuse - references and ids, the import's size
// limits at `nowUtc`, pictures that decode and fit 4096 x 4096. The kiosk's
// staff screen shows the same list, so a folder passes both or neither.
#pragma once

#include <cstdint>
#include <filesystem>

#include "content/parse/source_folder.h"

namespace content::pack {

// `nowUtc` = 0: the real clock.
SourceReadResult checkSourceForPack(const std::filesystem::path& dir, int64_t nowUtc);

}  // namespace content::pack
