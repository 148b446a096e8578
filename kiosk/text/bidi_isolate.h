// Keeping parts of a line in the order the sentence gives them, whatever
// script each part is in. A place written in German and an organiser's name
// in Arabic would otherwise swap sides from one row to the next: the bidi
// algorithm takes a line's direction from its first letter and reorders runs.
// The marks below are drawn as nothing (shaping drops them after reordering).
#pragma once

#include <string>
#include <string_view>

namespace kiosk::text {

// `part` as a first-strong isolate (U+2068 ... U+2069): it keeps its own
// direction inside the line and never reorders with its neighbours.
inline std::string isolate(std::string_view part) {
    return "\u2068" + std::string(part) + "\u2069";
}

// A mark (U+200F right-to-left, U+200E left-to-right) that gives a line the
// interface's direction, put before text that may start with a letter of the other script.
inline const char* directionMark(bool rtl) { return rtl ? "\u200F" : "\u200E"; }

}  // namespace kiosk::text
