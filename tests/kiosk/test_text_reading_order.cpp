// Reading order in right-to-left rows: a time range starts at the right, the
// parts of a row keep their order whatever script each is in, and an Arabic
// text that starts with a Latin name keeps the name where the sentence puts it.
// Checked on the laid-out lines' visual order (left to right, as drawn).
#include <doctest/doctest.h>

#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/bidi_isolate.h"
#include "kiosk/text/text.h"
#include "tests/support/test_fonts.h"

using namespace kiosk::text;

namespace {

// The one line `text` lays out to, in drawing order.
std::string drawnOrder(const std::string& text, Direction direction = Direction::Auto) {
    const Paragraph& p = layout(text, Style::Body, 0, direction);
    REQUIRE(p.lines.size() == 1);
    return p.lines[0].visual;
}

// Position of `part` in the drawn line (npos when it is not there as written).
size_t at(const std::string& visual, const std::string& part) { return visual.find(part); }

}  // namespace

TEST_CASE("a time range on a line of its own starts at the right in Arabic and Farsi, at the left in German") {
    kiosk_test::buildTestFonts();
    for (const char* rtl : {"ar", "fa"}) {
        kiosk::setLanguage(rtl);
        const std::string visual = drawnOrder(kiosk::formatTimeRange("09:00", "16:00"));
        INFO(rtl << ": " << visual);
        REQUIRE(at(visual, "09:00") != std::string::npos);
        CHECK(at(visual, "16:00") < at(visual, "09:00"));  // the start is the rightmost, read first
    }
    kiosk::setLanguage("de");
    const std::string german = drawnOrder(kiosk::formatTimeRange("09:00", "16:00"));
    CHECK(german == "09:00 – 16:00");
    // The same range inside an Arabic sentence (the events list) also starts at the right.
    kiosk::setLanguage("ar");
    const std::string inSentence = drawnOrder("اليوم، " + kiosk::formatTimeRange("16:00", "18:00"));
    CHECK(at(inSentence, "18:00") < at(inSentence, "16:00"));
    kiosk::setLanguage("de");
}

TEST_CASE("place and organiser keep their order in a right-to-left row, whichever script comes first") {
    kiosk_test::buildTestFonts();
    const std::string german = "Berlin-Spandau (Ort steht in der Einladung)";
    const std::string arabic = "شبكة المبادرات";
    // A German place then an Arabic organiser, and an Arabic place then a Latin organiser:
    // the place is read first, so it is drawn at the right in both rows.
    const std::string first = std::string(directionMark(true)) + isolate(german, PartDirection::LeftToRight) + " · " +
                              isolate(arabic, PartDirection::RightToLeft);
    const std::string second = std::string(directionMark(true)) + isolate("برلين-شبانداو", PartDirection::RightToLeft) +
                               " · " + isolate("Spot on!", PartDirection::LeftToRight);
    const std::string visualFirst = drawnOrder(first), visualSecond = drawnOrder(second);
    INFO(visualFirst << " | " << visualSecond);
    REQUIRE(at(visualFirst, german) != std::string::npos);  // the German place stays whole and in its own order
    CHECK(at(visualFirst, german) > at(visualFirst, "·"));  // right of the separator
    REQUIRE(at(visualSecond, "Spot on!") != std::string::npos);  // its "!" stays after "on"
    CHECK(at(visualSecond, "Spot on!") < at(visualSecond, "·"));  // the organiser is left of it
    // Without the marks the first row would start with a Latin letter and run left to right.
    const std::string unmarked = drawnOrder(german + " · " + arabic);
    CHECK(at(unmarked, german) < at(unmarked, "·"));
}

TEST_CASE("an Arabic text that starts with a Latin name reads right to left from that name") {
    kiosk_test::buildTestFonts();
    const std::string name = "MigrAktiv Spandau! – شبكة المبادرات المهاجرة في شبانداو";
    const std::string asArabic = drawnOrder(name, Direction::RTL);
    const size_t latin = at(asArabic, "MigrAktiv Spandau");
    REQUIRE(latin != std::string::npos);
    // The name is read first, so it is drawn at the right end of the line.
    CHECK(latin + std::string("MigrAktiv Spandau").size() == asArabic.size());
    // By its first letter alone the line would run left to right, with the name at the left.
    CHECK(at(drawnOrder(name), "MigrAktiv Spandau") == 0);
}

TEST_CASE("a date written with digits and hyphens stays in its order inside an Arabic sentence when isolated") {
    kiosk_test::buildTestFonts();
    const std::string plain = drawnOrder("الإصدار 2026-11-23", Direction::RTL);
    const std::string isolated =
        drawnOrder("الإصدار " + isolate("2026-11-23", PartDirection::LeftToRight), Direction::RTL);
    INFO(plain << " | " << isolated);
    CHECK(at(plain, "2026-11-23") == std::string::npos);  // Arabic numbering rules turn it into 23-11-2026
    CHECK(at(isolated, "2026-11-23") == 0);
    const std::string staff = drawnOrder("المحتوى المعروض الآن صادر في 23 نوفمبر، 10:00 (الحزمة " + isolate("community-demo") +
                                         "، الإصدار " + isolate("2026-11-23", PartDirection::LeftToRight) + ")");
    const std::string label = layoutLabel("المحتوى المعروض الآن صادر في 23 نوفمبر، 10:00 (الحزمة " + isolate("community-demo") +
                                         "، الإصدار " + isolate("2026-11-23", PartDirection::LeftToRight) + ")", Style::Body, 0).lines[0].visual;
    INFO(staff << " | " << label);
    CHECK(at(staff, "2026-11-23") != std::string::npos);
    CHECK(at(label, "2026-11-23") != std::string::npos);
}
