// Calm on the new screens: once the events list, a guide (with its picture),
// the search screen with results and the QR code have settled, an untouched
// kiosk draws no more frames (a short run and a 5-second-longer run draw the
// same number).
#include "test_kiosk_support.h"

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

namespace {

long framesFor(PrivateDisplay& display, const std::string& name, const std::string& script) {
    fs::path stats = tempDir("stats") / (name + ".json");
    auto result = runReplay(name, script, "de", "1920x1080", {"--frame-stats", stats.string()}, display.name());
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    return readJson(stats)["frames"].get<long>();
}

std::string t(const char* key) { return kiosk::i18n::translate("de", key); }

}  // namespace

TEST_CASE("events, a guide, search results and a QR code draw no frames while nobody touches them") {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    auto guides = store->guides("de");
    REQUIRE_FALSE(guides.empty());

    const std::string events = "tap-label " + t("home.events") + "\nassert-screen events\n";
    const std::string guide = "tap-label " + t("home.guides") + "\ntap-label " + guides.front().title +
                              "\nassert-screen guide\n";
    const std::string search = "tap-label " + t("home.search") + "\ntype bera\nassert-screen search\n";
    const std::string qr = guide + "tap-label " + t("takeaway.button") + "\nassert-screen qr\n";

    PrivateDisplay display;
    REQUIRE_FALSE(display.name().empty());
    for (auto [name, script] : {std::pair{"events", events}, {"guide", guide}, {"search", search}, {"qr", qr}}) {
        CAPTURE(name);
        long settled = framesFor(display, std::string("screens-idle-short-") + name, script + "wait 300\n");
        long idle = framesFor(display, std::string("screens-idle-long-") + name, script + "wait 5300\n");
        CHECK(settled > 0);
        CHECK(idle == settled);
    }
}
