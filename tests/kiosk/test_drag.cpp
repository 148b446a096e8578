// A drag over the organisations list, starting on an item, scrolls the list
// and taps nothing: the screen stays "organisations" and the rows moved up
// (found by matching the screenshots before and after at a vertical shift).
#include "tests/support/kiosk_support.h"

#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

TEST_CASE("dragging the organisations list scrolls it and opens nothing") {
    fs::path before = tempDir("drag") / "before.png", after = tempDir("drag") / "after.png";
    // A denser screen (smaller panel) so the five demo organisations overflow the list.
    std::string script = "tap-label " + kiosk::i18n::translate("de", "home.organisations") + "\n" +
                         "assert-screen organisations\n"
                         "screenshot " + before.string() + "\n" +
                         // Slow enough that the list's momentum after the release stays
                         // short: at 400 ms the fling sometimes carried the rows further
                         // than the compared region is tall (a shift of 576 px), and
                         // no shift matched.
                         "drag 900 950 900 650 1500\n"
                         "assert-screen organisations\n"
                         "screenshot " + after.string() + "\n";
    // A display of its own: on the shared one, other tests' windows come and
    // go over this one between the two screenshots.
    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    auto result = runReplay("drag", script, "de", "1920x1080", {"--screen-mm", "380x214"}, display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);

    Image a = loadPng(before), b = loadPng(after);
    REQUIRE(a.width == 1920);
    REQUIRE(b.height == 1080);
    // The list region: below the filters, above the bottom edge.
    const int y0 = 520, y1 = 1000;
    double unchanged = rowDifference(b, a, y0, y1, 0);
    int bestShift = 0;
    double best = unchanged;
    for (int shift = -480; shift <= 0; shift += 2) {
        double d = rowDifference(b, a, y0, y1 + shift, shift);
        if (d < best) {
            best = d;
            bestShift = shift;
        }
    }
    CAPTURE(unchanged);
    CAPTURE(best);
    CHECK(bestShift <= -100);       // the rows moved up with the finger
    CHECK(best < unchanged * 0.5);  // and are the same rows, just moved
}
