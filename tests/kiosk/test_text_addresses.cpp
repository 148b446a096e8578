// Web and e-mail addresses in running text: too long for the line, they break
// only after their own punctuation ('/', '.', '@', '-'), never inside a word.
#include <doctest/doctest.h>

#include "kiosk/text/text.h"
#include "tests/support/test_fonts.h"

using namespace kiosk::text;

namespace {

// The lines' logical texts joined with '|'.
std::string linesOf(const Paragraph& p) {
    std::string out;
    for (const Line& line : p.lines) out += (out.empty() ? "" : "|") + line.logical;
    return out;
}

}  // namespace

TEST_CASE("a web address wider than the line breaks after '/', '.' or '-' only, and every piece fits") {
    kiosk_test::buildTestFonts();
    const std::string address = "www.freiwilligen-agentur-leipzig.de/engagement/angebote";
    const float width = 230;
    const Paragraph& p = layout("Mehr unter " + address, Style::Body, width);
    INFO(linesOf(p));
    REQUIRE(p.lines.size() >= 3);
    CHECK(p.lines.front().logical == "Mehr unter");
    std::string rebuilt;
    for (size_t i = 1; i < p.lines.size(); ++i) {
        const std::string& piece = p.lines[i].logical;
        CHECK(p.lines[i].width <= width);
        if (i + 1 < p.lines.size()) CHECK(std::string("/.-").find(piece.back()) != std::string::npos);
        rebuilt += piece;
    }
    CHECK(rebuilt == address);
}

TEST_CASE("an e-mail address breaks after its '@' or a '.', not inside its name") {
    kiosk_test::buildTestFonts();
    const std::string address = "kontakt@freiwilligen-agentur-leipzig.de";
    const Paragraph& p = layout(address, Style::Body, 200);
    INFO(linesOf(p));
    REQUIRE(p.lines.size() >= 2);
    for (size_t i = 0; i + 1 < p.lines.size(); ++i)
        CHECK(std::string("@.-").find(p.lines[i].logical.back()) != std::string::npos);
    CHECK(p.lines.front().logical.rfind("kontakt@", 0) == 0);  // the name stays whole
}

TEST_CASE("an ordinary long word is still cut where it must, and an address that fits is never cut") {
    kiosk_test::buildTestFonts();
    const Paragraph& word = layout("Ehrenamtskoordinierungsstellenleiterin", Style::Body, 160);
    CHECK(word.lines.size() >= 2);
    const Paragraph& fits = layout("Schreiben Sie an info@example.org bitte", Style::Body, 2000);
    CHECK(linesOf(fits) == "Schreiben Sie an info@example.org bitte");
    // A piece of an address without punctuation that fits is cut like any word, not left to overflow.
    const Paragraph& unbroken = layout("www.ehrenamtskoordinierungsstellenleiterinnen.de/x", Style::Body, 120);
    for (const Line& line : unbroken.lines) CHECK(line.width <= 120);
}
