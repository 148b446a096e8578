// "Every touch target at least 12 mm on the configured screen": every screen,
// in German and Arabic, landscape and portrait, dumps the tap targets of its
// last frame (--dump-targets) and each one must be at least 12 mm both ways.
#include "test_kiosk_support.h"


#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"

using namespace kiosk_test;

namespace {

struct ScreenPath {
    std::string name;
    std::vector<std::string> steps;  // replay lines that lead there from home
};

std::vector<ScreenPath> pathsFor(const std::string& lang) {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    auto t = [&](const char* key) { return kiosk::i18n::translate(lang, key); };
    const std::string organisation = store->organisations(lang).front().name;
    const std::string guide = store->guides(lang).front().title;
    return {
        {"home", {}},
        {"organisations", {"tap-label " + t("home.organisations")}},
        {"organisation", {"tap-label " + t("home.organisations"), "tap-label " + organisation}},
        {"qr", {"tap-label " + t("home.organisations"), "tap-label " + organisation, "tap-label " + t("takeaway.button")}},
        {"events", {"tap-label " + t("home.events")}},
        {"guides", {"tap-label " + t("home.guides")}},
        {"guide", {"tap-label " + t("home.guides"), "tap-label " + guide}},
        {"search", {"tap-label " + t("home.search"), "type bera"}},
    };
}

struct Run {
    std::string what;
    RunResult result;
    fs::path dump;
};

Run runOne(const std::string& lang, const std::string& size, const ScreenPath& path) {
    std::string what = path.name + "-" + lang + "-" + size;
    fs::path dump = tempDir("targets") / (what + ".json");
    std::string script;
    for (const auto& step : path.steps) script += step + "\n";
    script += "assert-screen " + path.name + "\n";
    return {what, replayInProcess("touch-" + what, script, lang, size, {"--dump-targets", dump.string()}), dump};
}

}  // namespace

TEST_CASE("every tap target on every screen is at least 12 mm") {
    // In-process kiosks run one after another (one ImGui context at a time).
    std::vector<Run> runs;
    for (const auto& [lang, size] : std::vector<std::pair<std::string, std::string>>{
             {"de", "1920x1080"}, {"de", "1080x1920"}, {"ar", "1920x1080"}})
        for (const auto& path : pathsFor(lang)) runs.push_back(runOne(lang, size, path));
    size_t checked = 0;
    for (const Run& run : runs) {
        CAPTURE(run.what);
        REQUIRE_MESSAGE(run.result.status == 0, run.result.errors);
        nlohmann::json dump = readJson(run.dump);
        const float pxPerMm = dump["px_per_mm"].get<float>();
        REQUIRE(pxPerMm > 1.0f);
        const float minimum = 12.0f * pxPerMm - 1.0f;  // rounding to whole pixels
        REQUIRE(!dump["targets"].empty());
        for (const auto& target : dump["targets"]) {
            // The whole target: a list row partly scrolled out of view is still a 12 mm row.
            const auto& full = target["full"];
            const float width = full[2].get<float>() - full[0].get<float>();
            const float height = full[3].get<float>() - full[1].get<float>();
            INFO("target '" << target["label"].get<std::string>() << "' is " << width / pxPerMm << " x "
                            << height / pxPerMm << " mm");
            CHECK(width >= minimum);
            CHECK(height >= minimum);
            ++checked;
        }
    }
    MESSAGE("tap targets checked: " << checked);
}
