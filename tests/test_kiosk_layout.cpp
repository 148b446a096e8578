// Home, the organisations list (with each filter's choice sheet open) and an
// organisation's page, in every language on landscape and in German, Arabic
// and Easy German on portrait: no text is drawn outside its box, its clip
// rectangle or the screen. Screenshots land in <build>/kiosk-shots/ to look at.
#include "test_kiosk_support.h"

#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"

using namespace kiosk_test;

namespace {

fs::path shotDir() {
    fs::path dir = fs::path(KIOSK_BINARY_DIR) / "kiosk-shots";
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("home, organisations (with filter sheets) and an organisation: no text overflows, in every language") {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    std::vector<std::pair<std::string, std::string>> runs;
    for (const std::string& lang : kiosk::i18n::languages()) runs.push_back({lang, "1920x1080"});
    for (std::string lang : {"de", "ar", "de-x-easy"}) runs.push_back({lang, "1080x1920"});

    for (const auto& [lang, size] : runs) {
        CAPTURE(lang);
        CAPTURE(size);
        auto t = [&](const char* key) { return kiosk::i18n::translate(lang, key); };
        const bool portrait = size == "1080x1920";
        const std::string tag = lang + (portrait ? "-portrait" : "-landscape");
        auto shot = [&](const std::string& screen) { return (shotDir() / (tag + "-" + screen + ".png")).string(); };
        auto organisations = store->organisations(lang);
        REQUIRE(organisations.size() >= 2);
        std::string script = "screenshot " + shot("home") + "\n"
                             "tap-label " + t("home.organisations") + "\n"
                             "assert-screen organisations\n"
                             "screenshot " + shot("organisations") + "\n"
                             "tap-label " + t("filter.topic") + "\n"
                             "screenshot " + shot("filter-topic") + "\n"
                             "tap-label " + t("nav.close") + "\n"
                             "tap-label " + t("filter.language") + "\n"
                             "tap-label " + t("nav.close") + "\n"
                             "tap-label " + t("filter.district") + "\n"
                             "tap-label " + t("nav.close") + "\n"
                             "tap-label " + organisations[0].name + "\n"
                             "assert-screen organisation\n"
                             "screenshot " + shot("organisation") + "\n"
                             "tap-label " + t("nav.back") + "\n"
                             "tap-label " + organisations[1].name + "\n"
                             "assert-screen organisation\n"
                             "tap-label " + t("nav.home") + "\n"
                             "assert-screen home\n";
        fs::path dump = tempDir("dumps") / ("kiosk-layout-" + tag + ".json");
        auto result = runReplay("kiosk-layout-" + tag, script, lang, size, {"--dump-text", dump.string()});
        REQUIRE_MESSAGE(result.status == 0, result.errors);

        auto records = kiosk::text::readRecorded(dump);
        CHECK(records.size() > 30);
        float w = portrait ? 1080 : 1920, h = portrait ? 1920 : 1080;
        auto problems = kiosk::text::findOverflows(records, {w, h}, 1.5f);
        std::string all;
        for (const auto& p : problems) all += p + "\n";
        CHECK_MESSAGE(problems.empty(), all);
    }
}
