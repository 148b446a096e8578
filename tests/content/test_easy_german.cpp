// The Leichte Sprache rules a program can see: each one fires on a text that
// breaks it and stays silent on the correct version of the same sentence.
#include <doctest/doctest.h>

#include <set>

#include "content/parse/easy_german_checks.h"

namespace {

using content::easy_german::check;

std::set<std::string> rulesIn(std::string_view text, bool markdown = false) {
    std::set<std::string> rules;
    for (const auto& finding : check(text, markdown)) rules.insert(finding.rule);
    return rules;
}

}  // namespace

TEST_CASE("each rule fires on a mistake and is silent on the correct sentence") {
    struct Case {
        const char* rule;
        const char* wrong;
        const char* right;
    };
    const Case cases[] = {
        {"sentence-length", "Wir treffen uns jeden Mittwoch mit vielen netten Menschen aus dem Stadt-Teil im großen Raum vom Verein.",
         "Wir treffen uns jeden Mittwoch.\nViele nette Menschen kommen."},
        {"sentences-per-line", "Wir helfen Ihnen. Die Beratung kostet nichts.", "Wir helfen Ihnen.\nDie Beratung kostet nichts."},
        {"line-end-hyphen", "Wir sind ein Ver-\nein für alle.", "Wir sind ein Verein für alle."},
        {"number-word", "Das Treffen dauert drei Stunden.", "Das Treffen dauert 3 Stunden."},
        {"time", "Das Treffen beginnt um 09:30.", "Das Treffen beginnt um 9:30 Uhr."},
        {"time", "Das Treffen beginnt um 17:30.", "Das Treffen ist von 17:30-19:00 Uhr."},
        {"abbreviation", "Bringen Sie Papiere mit, z. B. den Pass.", "Bringen Sie Papiere mit.\nZum Beispiel: den Pass."},
        {"abbreviation", "Wir haben Bücher, Spiele usw.", "Wir haben Bücher und Spiele."},
        {"abbreviation", "Es kommen ca. 20 Menschen.", "Es kommen etwa 20 Menschen."},
        {"percent", "50 % der Plätze sind frei.", "Die Hälfte der Plätze ist frei."},
        {"roman-numeral", "Das ist Teil II vom Kurs.", "Das ist Teil 2 vom Kurs."},
        {"long-number", "Der Verein bekommt 10000 Euro.", "Der Verein bekommt 10.000 Euro."},
        {"emphasis", "Das ist WICHTIG für Sie.", "Das ist **wichtig** für Sie."},
        {"long-word", "Die Migrationsberatung hilft Ihnen.", "Die Migrations-Beratung hilft Ihnen."},
        {"long-word", "Die Freiwilligenagentur hilft.", "Die Freiwilligen·agentur hilft."},
        {"konjunktiv", "Sie könnten uns anrufen.", "Sie können uns anrufen."},
        {"konjunktiv", "Das wäre schön.", "Das ist schön."},
        {"double-negation", "Sie haben nicht keine Zeit.", "Sie haben Zeit."},
    };
    for (const Case& c : cases) {
        const std::string wrong = c.wrong, right = c.right;
        CAPTURE(wrong);
        CHECK(rulesIn(c.wrong).count(c.rule) == 1);
        CAPTURE(right);
        CHECK(rulesIn(c.right).empty());
    }
}

TEST_CASE("italics and underlining in a guide") {
    CHECK(rulesIn("Das ist *wichtig* für Sie.", true) == std::set<std::string>{"emphasis"});
    CHECK(rulesIn("Das ist <u>wichtig</u> für Sie.", true) == std::set<std::string>{"emphasis"});
    CHECK(rulesIn("Das ist **wichtig** für Sie.", true).empty());
}

TEST_CASE("a finding names its line and its rule in words") {
    auto findings = check("# Was ist ein Verein?\n\nDer Verein hat zwei Ziele.\n", true);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].line == 3);
    CHECK(findings[0].message == "Easy German: write the number 'zwei' as digits (rule number-word)");
}

TEST_CASE("what is not text in a guide is not checked") {
    CHECK(rulesIn("# Was ist ein Verein?\n\n![Ein Haus. Davor stehen Menschen.](../../images/haus.png)\n\n- Sie helfen.\n1. Sie lernen.\n", true).empty());
    // Postcodes, phone numbers and explained abbreviations like e.V. are fine.
    CHECK(rulesIn("Die Adresse ist: Hauptstraße 1, 13597 Berlin.\nTelefon: 0341 149 47 28").empty());
    CHECK(rulesIn("Ein e.V. ist ein eingetragener Verein.").empty());
}

TEST_CASE("a documented comment allows one rule on the next line") {
    const char* guide =
        "<!-- leichte-sprache erlaubt: abbreviation, long-word (the guide explains the word) -->\n"
        "Die Abkürzung usw. steht im Wörterverzeichnisbuch.\n"
        "Noch einmal usw.\n";
    auto findings = check(guide, true);
    REQUIRE(findings.size() == 1);  // the comment covers line 2 only
    CHECK(findings[0].line == 3);
    CHECK(findings[0].rule == "abbreviation");
}
