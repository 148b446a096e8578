// Calm on the new screens: once the events list, a guide (with its picture),
// the search screen with results and the QR code have settled, an untouched
// kiosk draws no more frames. The kiosk counts the frames drawn during each
// replay `wait`: a first wait lets the screen settle (pictures arrive, the
// entry animation ends), the second must see none. Comparing the total frame
// counts of a short and a long run instead was at the mercy of how many
// frames an animation took on a busy machine. The app decides every frame
// (the runner draws only what its wake plan asks for), so the kiosk runs
// in-process on a null window, where the waits cost no real time;
// test_kiosk_idle proves the same on a real display for home and a list.
#include "test_kiosk_support.h"

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

namespace {

// Frames drawn during the script's last wait, after a settling wait before it.
long framesWhileUntouched(const std::string& name, const std::string& script) {
    fs::path stats = tempDir("stats") / (name + ".json");
    auto result = replayInProcess(name, script + "wait 1000\nwait 5000\n", "de", "1920x1080",
                                  {"--frame-stats", stats.string()});
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    auto json = readJson(stats);
    CHECK(json["frames"].get<long>() > 0);
    REQUIRE(json["idle_waits"].size() == 2);
    CHECK(json["idle_waits"][1]["ms"].get<long>() == 5000);
    return json["idle_waits"][1]["frames"].get<long>();
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

    for (auto [name, script] : {std::pair{"events", events}, {"guide", guide}, {"search", search}, {"qr", qr}}) {
        const std::string screen = name;
        CAPTURE(screen);
        CHECK(framesWhileUntouched("screens-idle-" + screen, script) == 0);
    }
}
