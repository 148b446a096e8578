// The widest column text may take and still be read comfortably: about 66
// characters of the style per line (typographers' 45-75; the limit is
// 70). Measured on the font actually built, so it grows with the text size.
#pragma once

#include <string_view>

#include "kiosk/text/text.h"

namespace kiosk {

inline constexpr int kReadingMeasureCharacters = 66;

inline float readingMeasure(text::Style style = text::Style::Body) {
    // An ordinary German sentence: its mix of letters and spaces is what a column holds.
    static constexpr std::string_view kSample = "Die Beratung hilft bei Anträgen, Briefen und Fragen zum Alltag.";
    size_t characters = 0;
    for (unsigned char c : kSample) characters += (c & 0xC0) != 0x80;
    const auto& line = text::layoutLabel(kSample, style, 0);
    return line.width / float(characters) * kReadingMeasureCharacters;
}

}  // namespace kiosk
