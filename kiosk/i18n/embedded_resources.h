// Text files built into the binary by kiosk/i18n/embed_resources.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace kiosk::resources {

struct EmbeddedFile {
    std::string_view name;  // translation files: the language tag ("de-x-easy")
    std::string_view text;
};

// kiosk/i18n/<language>.toml, sorted by file name.
const std::vector<EmbeddedFile>& translationFiles();
// fonts/fonts.toml
std::string_view fontsToml();

}  // namespace kiosk::resources
