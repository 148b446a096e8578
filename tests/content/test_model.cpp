#include <doctest/doctest.h>

#include "content/core/model.h"

using content::LocalizedText;

TEST_CASE("a missing language falls back to German, then Easy German, then English") {
    LocalizedText text;
    text.set("de", "Beratung");
    text.set("en", "Counselling");
    std::string used;
    CHECK(text.resolve("ar", &used) == "Beratung");
    CHECK(used == "de");
    CHECK(text.resolve("en", &used) == "Counselling");
    CHECK(used == "en");
    CHECK(text.resolve("de-x-easy", &used) == "Beratung");
    CHECK(used == "de");
}

TEST_CASE("Easy German readers get Easy German before German, and an empty cell is no translation") {
    LocalizedText text;
    text.set("de", "Ehrenamtliche Tätigkeit");
    text.set("de-x-easy", "Ehren-Amt");
    text.set("fa", "");
    std::string used;
    CHECK(text.resolve("de-x-easy", &used) == "Ehren-Amt");
    CHECK(text.resolve("fa", &used) == "Ehrenamtliche Tätigkeit");
    CHECK(used == "de");
}

TEST_CASE("right-to-left languages") {
    CHECK(content::isRightToLeft("ar"));
    CHECK(content::isRightToLeft("fa"));
    CHECK_FALSE(content::isRightToLeft("de"));
    CHECK(content::supportedLanguages().size() == 8);
}
