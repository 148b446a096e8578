// Keeping parts of a line in the order the sentence gives them, whatever
// script each part is in. A place written in German and an organiser's name
// in Arabic would otherwise swap sides from one row to the next: the bidi
// algorithm takes a line's direction from its first letter and reorders runs.
// The marks below are drawn as nothing (shaping drops them after reordering).
#pragma once

#include <string>
#include <string_view>

namespace kiosk::text {

// `part` as an isolate (U+2066/U+2067/U+2068 ... U+2069): it keeps its own
// direction inside the line and never reorders with its neighbours. A part
// in a known language takes that language's direction ("Kulturbüro Dresden
// (عبر الهاتف)" written in Arabic reads right to left from its first word);
// without one, its first letter decides.
enum class PartDirection { FirstLetter, LeftToRight, RightToLeft };
inline std::string isolate(std::string_view part, PartDirection direction = PartDirection::FirstLetter) {
    const char* open = direction == PartDirection::LeftToRight   ? "\u2066"
                       : direction == PartDirection::RightToLeft ? "\u2067"
                                                                 : "\u2068";
    return open + std::string(part) + "\u2069";
}

// A mark (U+200F right-to-left, U+200E left-to-right) that gives a line the
// interface's direction, put before text that may start with a letter of the other script.
inline const char* directionMark(bool rtl) { return rtl ? "\u200F" : "\u200E"; }

}  // namespace kiosk::text
