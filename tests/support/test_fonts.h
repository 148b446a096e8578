// One font set for a whole test program (building it takes a moment), so
// layout() measures with the kiosk's real fonts.
#pragma once

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "kiosk/text/text.h"

namespace kiosk_test {

inline void buildTestFonts() {
    static ImFontAtlas atlas;
    static kiosk::text::FontSet set;
    static bool built = [] {
        std::string error;
        kiosk::text::FontSet::Request request;
        request.pxPerMm = 3.6f;
        return set.build(&atlas, request, &error);
    }();
    REQUIRE(built);
}

}  // namespace kiosk_test
