// Key layouts of the on-screen keyboard, one per script the visitors write.
// Pure data, no drawing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct KeyboardLayout {
    std::string id;          // "de", "en", "ar", "fa", "cyrillic", "tr"
    std::string switchName;  // what the key that switches TO this layout says ("ABC", "АБВ", ...)
    bool rightToLeft = false;  // rows are listed in reading order and drawn from the right
    bool latin = false;
    // Character rows in reading order; every key types its label. `shifted`
    // has the same shape (empty for scripts without capitals).
    std::vector<std::vector<std::string>> rows, shifted;
};

// The layout for a visitor's interface language: German (also Easy German),
// English, Arabic, Persian, Cyrillic (Ukrainian and Russian letters), Turkish.
const KeyboardLayout& keyboardLayoutFor(std::string_view language);
// The Latin layout a non-Latin keyboard switches to (German, for the umlauts
// of the German content).
const KeyboardLayout& latinKeyboardLayout();
const std::vector<KeyboardLayout>& keyboardLayouts();

// Every code point any key shows (for the font atlas).
std::vector<uint32_t> keyboardCodepoints();

}  // namespace kiosk
