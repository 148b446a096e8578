// Languages spoken are BCP 47 tags, checked and named from CLDR (ICU), in
// every interface language: Sorbian, Kurdish (Kurmanji, Sorani), Dari and
// Tigrinya included, none of which a two-letter list has all of; German Sign
// Language from iso-codes where CLDR has no name.
#include <doctest/doctest.h>

#include "content/core/language_tags.h"
#include "content/core/model.h"

namespace tags = content::language_tags;

TEST_CASE("well-formed BCP 47 tags and what is not one") {
    for (const char* tag : {"de", "hsb", "dsb", "ckb", "prs", "ti", "de-x-easy", "pt-BR", "sr-Latn", "sr-Latn-RS", "es-419",
                            "zh-yue-HK", "de-DE-1996", "en-a-bbb-x-a-ccc", "x-private", "DE-ch"})
        CHECK_MESSAGE(tags::isWellFormed(tag), tag);
    for (const char* tag : {"", "d", "deutsch", "de-", "-de", "de--at", "de_AT", "de-x", "de-a-x-y", "i-klingon", "de-a", "ar@x", "sign",
                            "de-123456789"})
        CHECK_MESSAGE(!tags::isWellFormed(tag), tag);
}

TEST_CASE("tags are written in canonical case") {
    CHECK(tags::withCanonicalCase("PT-br") == "pt-BR");
    CHECK(tags::withCanonicalCase("sr-latn-rs") == "sr-Latn-RS");
    CHECK(tags::withCanonicalCase("HSB") == "hsb");
    CHECK(tags::withCanonicalCase("de-X-Easy") == "de-x-easy");  // private use stays lower case
    CHECK(tags::withCanonicalCase("not a tag") == "not a tag");
}

TEST_CASE("a tag is known when CLDR names its language") {
    for (const char* tag : {"hsb", "dsb", "ku", "kmr", "ckb", "sdh", "prs", "ti", "zza", "de-x-easy", "fa-AF", "sr-Latn", "es-419"})
        CHECK_MESSAGE(tags::isKnown(tag), tag);
    for (const char* tag : {"xx", "qaa", "ua", "x-easy", "Deutsch", "de-XY", "sr-Abcd", "und", "zxx"}) CHECK_MESSAGE(!tags::isKnown(tag), tag);
    // Deprecated and three-letter forms of codes that have a preferred one.
    for (const char* tag : {"iw", "in", "deu", "ara"}) CHECK_MESSAGE(!tags::isKnown(tag), tag);
}

TEST_CASE("every interface language names the languages staff list") {
    CHECK(tags::displayName("hsb", "de") == "Obersorbisch");
    CHECK(tags::displayName("hsb", "de-x-easy") == "Obersorbisch");  // Easy German uses the German names
    CHECK(tags::displayName("hsb", "en") == "Upper Sorbian");
    CHECK(tags::displayName("hsb", "ar") == "الصوربية العليا");
    CHECK(tags::displayName("hsb", "uk") == "верхньолужицька");
    CHECK(tags::displayName("dsb", "de") == "Niedersorbisch");
    CHECK(tags::displayName("ckb", "de") == "Zentralkurdisch");
    CHECK(tags::displayName("ckb", "tr") == "Orta Kürtçe");
    CHECK(tags::displayName("ku", "ru") == "курдский");
    CHECK(tags::displayName("prs", "fa") == "دری");
    CHECK(tags::displayName("ti", "en") == "Tigrinya");
    CHECK(tags::displayName("fa-AF", "de") == "Persisch");  // the language subtag is named
    CHECK(tags::displayName("qaa", "de").empty());
    for (const char* tag : {"hsb", "dsb", "ku", "ckb", "prs", "ti"})
        for (const std::string& ui : content::supportedLanguages()) {
            CAPTURE(tag);
            CAPTURE(ui);
            const std::string name = tags::displayName(tag, ui);
            CHECK(!name.empty());
            CHECK(name != tag);
        }
}

TEST_CASE("languages CLDR leaves out are named from Debian's iso-codes") {
    CHECK(tags::isKnown("gsg"));  // Deutsche Gebärdensprache (DGS)
    CHECK(tags::isKnown("aii"));  // Assyrian Neo-Aramaic
    CHECK(tags::displayName("gsg", "de") == "Deutsche Gebärdensprache");
    CHECK(tags::displayName("gsg", "de-x-easy") == "Deutsche Gebärdensprache");
    CHECK(tags::displayName("gsg", "en") == "German Sign Language");
    CHECK(tags::displayName("gsg", "uk") == "німецька мова жестів");
    CHECK(tags::displayName("gsg", "ar") == "German Sign Language");  // no Arabic translation: the English name
    CHECK(tags::displayName("aii", "tr") == "Süryani Neo-Aramicesi");
    CHECK(tags::suggest("Deutsche Gebärdensprache") == "gsg");
    CHECK(tags::suggest("German Sign Language") == "gsg");
}

TEST_CASE("common mistakes get the tag that was meant") {
    CHECK(tags::suggest("Arabisch") == "ar");
    CHECK(tags::suggest("ukrainian") == "uk");
    CHECK(tags::suggest("Русский") == "ru");
    CHECK(tags::suggest("türkisch") == "tr");
    CHECK(tags::suggest("Obersorbisch") == "hsb");
    CHECK(tags::suggest("Dari") == "prs");
    CHECK(tags::suggest("Zentralkurdisch") == "ckb");
    CHECK(tags::suggest("deu") == "de");
    CHECK(tags::suggest("ger") == "de");
    CHECK(tags::suggest("iw") == "he");
    CHECK(tags::suggest("ua") == "uk");
    CHECK(tags::suggest("Farsi") == "fa");
    CHECK(tags::suggest("HSB") == "hsb");
    CHECK(tags::suggest(" DE ") == "de");
    CHECK_FALSE(tags::suggest("Kisuaheli"));
    CHECK_FALSE(tags::suggest(""));
}
