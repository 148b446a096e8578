// Every screen in every language, landscape and portrait (German, Arabic and
// Easy German), at the largest text size and in high contrast: no text is
// drawn outside its box, its clip rectangle or the screen, and the QR code is
// big enough to scan from 40 cm. Screenshots land in <build>/kiosk-shots/ for
// a person to look at.
#include "tests/support/kiosk_support.h"

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/keyboard.h"

using namespace kiosk_test;

namespace {

fs::path shotDir() {
    fs::path dir = fs::path(KIOSK_BINARY_DIR) / "kiosk-shots";
    fs::create_directories(dir);
    return dir;
}

std::unique_ptr<content::ContentStore> openDemo() {
    std::string error;
    auto store = content::ContentStore::open(demoData(), &error);
    REQUIRE_MESSAGE(store, error);
    return store;
}

std::string t(const std::string& lang, const char* key) { return kiosk::i18n::translate(lang, key); }

// Bounding box of pure black pixels (only the QR code's modules are pure black in the normal theme).
struct Box {
    int minX = 1 << 30, minY = 1 << 30, maxX = -1, maxY = -1;
    long count = 0;
};

Box blackPixels(const Image& image) {
    Box box;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const unsigned char* p = image.at(x, y);
            if (p[0] != 0 || p[1] != 0 || p[2] != 0) continue;
            box.minX = std::min(box.minX, x);
            box.maxX = std::max(box.maxX, x);
            box.minY = std::min(box.minY, y);
            box.maxY = std::max(box.maxY, y);
            ++box.count;
        }
    return box;
}

// Every text the run drew (at least `atLeast` of them) inside its box, its
// clip rectangle and the w x h screen.
void checkNoOverflow(const fs::path& dump, size_t atLeast, float w, float h) {
    auto records = kiosk::text::readRecorded(dump);
    CHECK(records.size() > atLeast);
    std::string all;
    for (const auto& p : kiosk::text::findOverflows(records, {w, h}, 1.5f)) all += p + "\n";
    CHECK_MESSAGE(all.empty(), all);
}

}  // namespace

TEST_CASE("events, event, qr, guides, guide and search in every orientation: screenshots, no text overflow, a scannable QR") {
    auto store = openDemo();
    auto now = content::parseIsoToUtc(kNow, "Europe/Berlin");
    REQUIRE(now);
    for (std::string lang : {"de", "ar", "de-x-easy"}) {
        auto events = store->events(lang, *now, *now + 120 * 86400);
        REQUIRE_FALSE(events.empty());
        auto guides = store->guides(lang);
        REQUIRE_FALSE(guides.empty());
        kiosk::setLanguage(lang);
        kiosk::Keyboard keyboard;
        keyboard.setLanguage(lang);
        auto taps = keyboard.tapSequence("Bera");
        REQUIRE(taps);
        for (std::string size : {"1920x1080", "1080x1920"}) {
            CAPTURE(lang);
            CAPTURE(size);
            const bool portrait = size == "1080x1920";
            const std::string tag = lang + (portrait ? "-portrait" : "-landscape");
            auto shot = [&](const std::string& screen) { return (shotDir() / (tag + "-" + screen + ".png")).string(); };
            std::string script = "tap-label " + t(lang, "home.events") + "\n"
                                 "assert-screen events\n"
                                 "screenshot " + shot("events") + "\n"
                                 "tap-label " + events.front().title + "\n"
                                 "assert-screen event\n"
                                 "screenshot " + shot("event") + "\n"
                                 "tap-label " + t(lang, "takeaway.button") + "\n"
                                 "assert-screen qr\n"
                                 "screenshot " + shot("qr-event") + "\n"
                                 "tap-label " + t(lang, "nav.home") + "\n"
                                 "tap-label " + t(lang, "home.guides") + "\n"
                                 "assert-screen guides\n"
                                 "screenshot " + shot("guides") + "\n"
                                 "tap-label " + guides.front().title + "\n"
                                 "assert-screen guide\n"
                                 "screenshot " + shot("guide") + "\n"
                                 "tap-label " + t(lang, "search.title") + "\n"
                                 "assert-screen search\n";
            for (const auto& label : *taps) script += "tap-label " + label + "\n";
            script += "screenshot " + shot("search") + "\n";
            fs::path dump = tempDir("dumps") / ("screens-" + tag + ".json");
            auto result = runReplay("screens-layout-" + tag, script, lang, size, {"--dump-text", dump.string()});
            REQUIRE_MESSAGE(result.status == 0, result.errors);

            const float w = portrait ? 1080 : 1920, h = portrait ? 1920 : 1080;
            checkNoOverflow(dump, 20, w, h);

            // 24-inch 1920x1080 panel: 3.6 px per mm. The code takes the room
            // the screen has: its dark modules span at least 60 mm.
            Image qr = loadPng(shot("qr-event"));
            Box code = blackPixels(qr);
            CHECK(code.maxX - code.minX >= int(60 * 3.6f));
            CHECK(std::abs((code.maxX - code.minX) - (code.maxY - code.minY)) <= 2);  // square
            CHECK(code.count > (code.maxX - code.minX) * (code.maxY - code.minY) / 5);
            // Mirrored: the code sits at the start side in landscape (left in German, right in Arabic).
            if (!portrait) {
                float centre = (code.minX + code.maxX) / 2.0f;
                if (lang == "ar") CHECK(centre > w / 2);
                else CHECK(centre < w / 2);
            }
        }
    }
}

TEST_CASE("the largest text size and high contrast: still no text outside its box on the new screens") {
    auto store = openDemo();
    auto now = content::parseIsoToUtc(kNow, "Europe/Berlin");
    REQUIRE(now);
    for (std::string lang : {"de", "ar"}) {
        CAPTURE(lang);
        auto events = store->events(lang, *now, *now + 120 * 86400);
        auto guides = store->guides(lang);
        REQUIRE_FALSE(events.empty());
        REQUIRE_FALSE(guides.empty());
        const std::string size = t(lang, "settings.text_size");
        std::string script = "tap-label " + size + "\ntap-label " + size + "\n"
                             "tap-label " + t(lang, "settings.high_contrast") + "\n"
                             "tap-label " + t(lang, "home.events") + "\n"
                             "assert-screen events\n"
                             "tap-label " + events.front().title + "\n"
                             "assert-screen event\n"
                             "tap-label " + t(lang, "takeaway.button") + "\n"
                             "assert-screen qr\n"
                             "tap-label " + t(lang, "nav.home") + "\n"
                             "tap-label " + t(lang, "home.guides") + "\n"
                             "tap-label " + guides.front().title + "\n"
                             "assert-screen guide\n"
                             "screenshot " + (shotDir() / (lang + "-large-contrast-guide.png")).string() + "\n"
                             "tap-label " + t(lang, "search.title") + "\n"
                             "assert-screen search\n"
                             "type 12\n"
                             "screenshot " + (shotDir() / (lang + "-large-contrast-search.png")).string() + "\n";
        fs::path dump = tempDir("dumps") / ("screens-large-" + lang + ".json");
        auto result = runReplay("screens-large-" + lang, script, lang, "1920x1080", {"--dump-text", dump.string()});
        REQUIRE_MESSAGE(result.status == 0, result.errors);
        // The whole screen, top bar included: its title must fit the bar at this size too.
        checkNoOverflow(dump, 20, 1920.0f, 1080.0f);
    }
}

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

        checkNoOverflow(dump, 30, portrait ? 1080 : 1920, portrait ? 1920 : 1080);
    }
}
