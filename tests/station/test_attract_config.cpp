// [attract] in kiosk.toml: the night hours in which an idle kiosk draws
// nothing, how long each language's welcome stays, and clear messages with
// the default for what is not understood.
#include <doctest/doctest.h>

#include <algorithm>

#include "content/station/attract_config.h"
#include "content/station/kiosk_config.h"

using namespace content::station;

namespace {

bool mentions(const std::vector<std::string>& messages, const std::string& part) {
    return std::any_of(messages.begin(), messages.end(), [&](const std::string& m) { return m.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("night hours: a span past midnight, a span within the day, none") {
    AttractConfig attract;  // 22:00-06:00 by default
    CHECK(attract.isNight(22 * 60));
    CHECK(attract.isNight(23 * 60 + 59));
    CHECK(attract.isNight(0));
    CHECK(attract.isNight(5 * 60 + 59));
    CHECK_FALSE(attract.isNight(6 * 60));
    CHECK_FALSE(attract.isNight(12 * 60));
    CHECK_FALSE(attract.isNight(21 * 60 + 59));
    attract.nightFromMinute = 13 * 60;
    attract.nightToMinute = 14 * 60;
    CHECK(attract.isNight(13 * 60 + 30));
    CHECK_FALSE(attract.isNight(14 * 60));
    attract.nightFromMinute = attract.nightToMinute = 0;
    CHECK_FALSE(attract.isNight(3 * 60));
}

TEST_CASE("hours spans as written in kiosk.toml") {
    CHECK(parseHoursSpan("22:00-06:00") == std::make_pair(1320, 360));
    CHECK(parseHoursSpan(" 9:30 - 17:00 ") == std::make_pair(570, 1020));
    CHECK(parseHoursSpan("00:00-24:00") == std::make_pair(0, 0));
    CHECK(parseHoursSpan("") == std::make_pair(0, 0));
    CHECK_FALSE(parseHoursSpan("22-6"));
    CHECK_FALSE(parseHoursSpan("22:00"));
    CHECK_FALSE(parseHoursSpan("25:00-06:00"));
    CHECK_FALSE(parseHoursSpan("22:60-06:00"));
    CHECK_FALSE(parseHoursSpan("abends"));
}

TEST_CASE("[attract] is read from kiosk.toml, with defaults and messages") {
    LoadedConfig plain = parseConfig("", "kiosk.toml");
    CHECK(plain.config.attract.enabled);
    CHECK(plain.config.attract.nightFromMinute == 22 * 60);
    CHECK(plain.config.attract.nightToMinute == 6 * 60);
    CHECK(plain.config.attract.secondsPerLanguage == 4.0);
    CHECK_FALSE(mentions(plain.messages, "attract"));

    LoadedConfig good = parseConfig("[attract]\nenabled = false\nnight = \"23:30-05:00\"\nseconds_per_language = 2.5\n",
                                    "kiosk.toml");
    CHECK_FALSE(mentions(good.messages, "attract"));
    CHECK_FALSE(good.config.attract.enabled);
    CHECK(good.config.attract.nightFromMinute == 23 * 60 + 30);
    CHECK(good.config.attract.nightToMinute == 5 * 60);
    CHECK(good.config.attract.secondsPerLanguage == 2.5);

    LoadedConfig noNight = parseConfig("[attract]\nnight = \"\"\n", "kiosk.toml");
    CHECK_FALSE(noNight.config.attract.isNight(3 * 60));

    LoadedConfig bad = parseConfig("[attract]\nenabled = \"yes\"\nnight = \"nachts\"\nseconds_per_language = 0\n",
                                   "kiosk.toml");
    CHECK(mentions(bad.messages, "kiosk.toml: attract.enabled must be true or false; using true"));
    CHECK(mentions(bad.messages,
                   "kiosk.toml: attract.night must be two times like \"22:00-06:00\" (or \"\" for no night); using 22:00-06:00"));
    CHECK(mentions(bad.messages, "kiosk.toml: attract.seconds_per_language must be a number of seconds between 0.2 and 120"));
    CHECK(bad.config.attract.enabled);
    CHECK(bad.config.attract.nightFromMinute == 22 * 60);
    CHECK(bad.config.attract.secondsPerLanguage == 4.0);
}
