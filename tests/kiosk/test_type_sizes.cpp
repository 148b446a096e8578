// Type a visitor reads from a step away, measured in millimetres on the
// configured panel (a 24-inch 1920x1080 screen, 531 x 299 mm): capitals of
// body text at least 4.8 mm (ADA 707.7.2), nothing smaller than 3.5 mm,
// Easy German one size larger on every screen, and text columns no wider
// than about 70 characters. The kiosk's --dump-targets writes each style's
// capital H as built (its glyph outline in pixels) and the mean advance of
// a German sentence; --dump-text writes every drawn text's box.
#include "tests/support/kiosk_support.h"

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"

using namespace kiosk_test;

namespace {

std::string t(const std::string& lang, const char* key) { return kiosk::i18n::translate(lang, key); }

std::unique_ptr<content::ContentStore> openDemo() {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    return store;
}

struct Dumps {
    nlohmann::json targets;
    std::vector<kiosk::text::DrawnText> texts;
};

Dumps runAndDump(const std::string& name, const std::string& script, const std::string& lang, const std::string& size) {
    fs::path targets = tempDir("dumps") / (name + "-targets.json");
    fs::path texts = tempDir("dumps") / (name + "-text.json");
    auto result = runReplay(name, script, lang, size, {"--dump-targets", targets.string(), "--dump-text", texts.string()});
    REQUIRE_MESSAGE(result.status == 0, result.errors);
    return {readJson(targets), kiosk::text::readRecorded(texts)};
}

std::string openOrganisation(const std::string& lang) {
    auto store = openDemo();
    auto organisations = store->organisations(lang);
    REQUIRE_FALSE(organisations.empty());
    return "tap-label " + t(lang, "home.organisations") + "\nassert-screen organisations\n"
           "tap-label " + organisations.front().name + "\nassert-screen organisation\n";
}

double capMm(const nlohmann::json& dump, const char* style) { return dump["styles"][style]["cap_height_mm"].get<double>(); }

}  // namespace

TEST_CASE("capitals: body at least 4.8 mm, nothing under 3.5 mm, Easy German one size larger, the largest step 1.5 times") {
    const char* styles[] = {"small", "body", "body_bold", "button", "heading", "title", "display"};
    double germanBody = 0;
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        CAPTURE(lang);
        Dumps dumps = runAndDump("type-" + lang, openOrganisation(lang), lang, "1920x1080");
        const auto& d = dumps.targets;
        CHECK(d["px_per_mm"].get<double>() == doctest::Approx(3.615).epsilon(0.01));
        for (const char* style : styles) {
            CAPTURE(style);
            MESSAGE(lang << " " << std::string(style) << ": capitals " << capMm(d, style) << " mm");
            CHECK(capMm(d, style) >= 3.5);
        }
        CHECK(capMm(d, "body") >= 4.8);
        CHECK(capMm(d, "body_bold") >= 4.8);
        CHECK(capMm(d, "button") >= 4.8);
        if (lang == "de") germanBody = capMm(d, "body");
        if (lang == "de-x-easy") CHECK(capMm(d, "body") >= 1.2 * germanBody);  // on the organisation page too
    }
    // Two taps on the text size: the largest step.
    Dumps largest = runAndDump("type-largest", "tap-label " + t("de", "settings.text_size") + "\ntap-label " +
                                                   t("de", "settings.text_size") + "\n",
                               "de", "1920x1080");
    CHECK(capMm(largest.targets, "body") >= 1.45 * germanBody);
    CHECK(capMm(largest.targets, "small") >= 1.45 * 3.5);
}

TEST_CASE("text columns of guides, organisations and events hold at most about 70 characters") {
    auto store = openDemo();
    for (std::string lang : {"de", "de-x-easy"}) {
        auto guides = store->guides(lang);
        REQUIRE_FALSE(guides.empty());
        auto now = content::parseIsoToUtc(kNow, "Europe/Berlin");
        REQUIRE(now);
        auto events = store->events(lang, *now, *now + 120 * 86400, {}, 1);
        for (std::string size : {"1920x1080", "1080x1920"}) {
            CAPTURE(lang);
            CAPTURE(size);
            std::vector<std::pair<std::string, std::string>> pages = {
                {"guide", "tap-label " + t(lang, "home.guides") + "\ntap-label " + guides.front().title + "\nassert-screen guide\n"},
                {"organisation", openOrganisation(lang)},
            };
            if (!events.empty())
                pages.push_back({"event", "tap-label " + t(lang, "home.events") + "\ntap-label " + events.front().title +
                                              "\nassert-screen event\n"});
            for (const auto& [screen, script] : pages) {
                CAPTURE(screen);
                Dumps dumps = runAndDump("measure-" + lang + "-" + screen + "-" + size, script, lang, size);
                const double pxPerMm = dumps.targets["px_per_mm"].get<double>();
                const double advance = dumps.targets["styles"]["body"]["average_advance_px"].get<double>();
                REQUIRE(advance > 0);
                const double topBar = 22 * pxPerMm;  // the bar's title is one line, not a column
                double widest = 0;
                std::string widestText;
                for (const auto& record : dumps.texts) {
                    if (record.context.rfind(screen + "/", 0) != 0 || record.boxMin.y < topBar) continue;
                    double width = record.boxMax.x - record.boxMin.x;
                    if (width > widest) {
                        widest = width;
                        widestText = record.text;
                    }
                }
                CAPTURE(widestText);
                MESSAGE(lang << " " << size << " " << screen << ": widest column " << widest / advance << " characters");
                CHECK(widest > 0);
                CHECK(widest / advance <= 70);
            }
        }
    }
}
