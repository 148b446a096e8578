// The staff screen in the real kiosk: a 3-second press in the top-right
// corner opens the PIN keypad, a wrong PIN is refused, the right one shows
// the live content and the last imports; "restore previous content" brings
// the previous version back on the visitor screens; "reset the version
// counter" (confirmed) lets a pack id in again after a far too high
// sequence; the staff screen closes back to the visitor home.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "content/core/data_dir.h"
#include "content/core/time_zone.h"
#include "content/pack/importer.h"
#include "content/pack/manifest.h"
#include "content/station/staff_pin.h"
#include "content/station/touch_test.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"
#include "tests/data/pack/pack_factory.h"
#include "tests/support/kiosk_in_process.h"

using namespace pack_test;
using namespace std::chrono_literals;

namespace {

// The staff screen's labels as the kiosk shows them in `lang`.
std::string t(const char* key, const std::string& lang = "de") { return kiosk::i18n::translate(lang, key); }

// Runs the kiosk to the end of its replay, in-process on a null window (the
// staff screen's tests read drawn text and files, never pixels); returns its
// exit code, with what it wrote to stderr in `log`.
int runKiosk(const std::vector<std::string>& args, const fs::path& log) {
    return kiosk_test::runInProcess(args, log).status;
}

struct StaffFixture {
    TempDir temp;
    Keys keys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path config = temp.path / "kiosk.toml";

    StaffFixture() {
        // Version 1, then version 2: 2 is live, 1 is the previous content.
        for (uint64_t sequence : {1u, 2u}) {
            fs::path pack = temp.path / ("v" + std::to_string(sequence) + ".kpack");
            writeGoodPack(sampleContent(sequence, "test-pack", "v" + std::to_string(sequence)), pack, keys);
            content::ImportOptions options;
            options.dataDir = data;
            options.trustedPublicKeys = {keys.publicFile};
            options.nowUtc = *content::parseIsoToUtc(kTestNowIso, "UTC");
            REQUIRE(content::importPack(pack, options).ok());
        }
        writeFile(config, "kiosk_id = \"staff-test\"\nstaff_pin_hash = \"" +
                              content::station::hashStaffPin("2468") + "\"\n[watch]\nmedia_roots = []\n");
    }

    std::string now = kTestNowIso;  // the kiosk's clock; the packs were imported at kTestNowIso

    int run(const std::string& script, const std::string& name, const std::string& lang = "de") {
        fs::path replay = temp.path / (name + ".replay");
        writeFile(replay, script);
        return runKiosk({"--windowed", "1024x768", "--lang", lang, "--now", now, "--config", config.string(), "--data", data.string(),
                         "--replay", replay.string(), "--dump-text", dump(name).string()},
                        temp.path / (name + ".log"));
    }
    fs::path dump(const std::string& name) { return temp.path / (name + ".json"); }
    std::string log(const std::string& name) { return readFile(temp.path / (name + ".log")); }

    // The texts drawn, with the screen they were drawn on.
    std::vector<std::pair<std::string, std::string>> drawn(const std::string& name) {
        std::vector<std::pair<std::string, std::string>> texts;
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            texts.emplace_back(item.value("context", ""), item.value("text", ""));
        return texts;
    }
    bool drew(const std::string& name, const std::string& part, const std::string& contextPrefix = "") {
        for (const auto& [context, text] : drawn(name))
            if (text.find(part) != std::string::npos && context.rfind(contextPrefix, 0) == 0) return true;
        return false;
    }
    // Where a text starting with `prefix` was drawn: [x0, y0, x1, y1] (empty when it was not).
    std::vector<float> rectOf(const std::string& name, const std::string& prefix) {
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            if (item.value("text", "").rfind(prefix, 0) == 0) return item["text_rect"].get<std::vector<float>>();
        return {};
    }
    // Text drawn outside its box or the 1024x768 window, one line each.
    std::string overflows(const std::string& name) {
        std::vector<kiosk::text::DrawnText> records;
        for (const auto& item : nlohmann::json::parse(readFile(dump(name)))) {
            kiosk::text::DrawnText d;
            d.text = item.value("text", "");
            auto r = item["text_rect"].get<std::vector<float>>(), b = item["box"].get<std::vector<float>>(),
                 c = item["clip"].get<std::vector<float>>();
            d.textMin = {r[0], r[1]}, d.textMax = {r[2], r[3]};
            d.boxMin = {b[0], b[1]}, d.boxMax = {b[2], b[3]};
            d.clipMin = {c[0], c[1]}, d.clipMax = {c[2], c[3]};
            records.push_back(d);
        }
        std::string all;
        for (const auto& problem : kiosk::text::findOverflows(records, {1024, 768}, 1.5f)) all += problem + "\n";
        return all;
    }
};

constexpr const char* kLongPress = "drag 1018 6 1018 6 3400\nwait 200\n";

}  // namespace

TEST_CASE("three years on one pack: visitors read that no dates are listed, staff read that the content is out of date") {
    for (const std::string lang : {"de", "ar"}) {
        CAPTURE(lang);
        StaffFixture f;
        f.now = "2029-11-22T09:00:00Z";  // the weekly series was expanded two years past the import
        const auto tl = [&](const char* key) { return kiosk::i18n::translate(lang, key); };
        std::string script = "tap-label " + tl("home.events") + "\nassert-screen events\nwait 200\n"
                             "tap-label " + tl("nav.home") + "\nassert-screen home\n" + kLongPress +
                             "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label " + tl("staff.ok") +
                             "\nwait 500\ntap-label " + tl("staff.back_to_kiosk") + "\nwait 300\nassert-screen home\n";
        const std::string name = "out-of-date-" + lang;
        REQUIRE_MESSAGE(f.run(script, name, lang) == 0, f.log(name));
        CHECK(f.drew(name, tl("events.none_listed")));
        CHECK_FALSE(f.drew(name, tl("events.none")));
        CHECK(f.drew(name, tl("staff.out_of_date_no_events")));
        CHECK(f.overflows(name).empty());
    }
    // At the import's own time the same content is current.
    StaffFixture f;
    std::string script = "tap-label " + t("home.events") + "\nassert-screen events\nwait 200\n";
    REQUIRE_MESSAGE(f.run(script, "current") == 0, f.log("current"));
    CHECK(f.drew("current", "Sprechstunde", "events"));
    CHECK_FALSE(f.drew("current", t("events.none_listed")));
}

TEST_CASE("long press + wrong PIN stays locked; the right PIN opens the staff screen") {
    StaffFixture f;
    std::string script = std::string(kLongPress) +
                         "tap-label 1\ntap-label 1\ntap-label 1\ntap-label 1\ntap-label " + t("staff.ok") + "\nwait 300\n"
                         "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label " + t("staff.ok") + "\nwait 500\n"
                         "tap-label " + t("staff.back_to_kiosk") + "\nwait 300\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "open") == 0, f.log("open"));
    CHECK(f.drew("open", t("staff.enter_pin")));
    CHECK(f.drew("open", t("staff.wrong_pin")));
    CHECK(f.drew("open", kiosk::i18n::format(t("staff.title"), {{"kiosk", "staff-test"}})));
    CHECK(f.drew("open", "Inhalte vom "));  // staff.live_pack: when the content was made, in words
    CHECK(f.drew("open", "Uhr, sind aktiv (Paket \u2068test-pack\u2069, Version \u20662\u2069)"));
    CHECK(f.drew("open", t("staff.texts_per_language") + " Deutsch"));
    CHECK(f.drew("open", "\u2068v2.kpack\u2069 übernommen"));  // the import log, as sentences
    CHECK(f.drew("open", t("staff.rollback")));
    const std::string overflows = f.overflows("open");
    CHECK_MESSAGE(overflows.empty(), overflows);
}

TEST_CASE("the staff screen speaks Arabic and is mirrored, with nothing outside its box") {
    StaffFixture f;
    const std::string ok = t("staff.ok", "ar");
    std::string script = std::string(kLongPress) + "tap-label 1\ntap-label 1\ntap-label " + ok + "\nwait 300\n" +
                         "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label " + ok + "\nwait 500\n" +
                         "tap-label " + t("staff.back_to_kiosk", "ar") + "\nwait 300\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "arabic", "ar") == 0, f.log("arabic"));
    CHECK(f.drew("arabic", t("staff.wrong_pin", "ar")));
    CHECK_FALSE(f.drew("arabic", t("staff.rollback")));  // no German left over
    // Mirrored: the section heading hugs the right edge (the 1024 px window's margin), not the left.
    const auto heading = f.rectOf("arabic", t("staff.content_now", "ar"));
    REQUIRE(heading.size() == 4);
    CHECK(heading[0] > 512);
    CHECK(heading[2] > 1024 - 40);
    const std::string overflows = f.overflows("arabic");
    CHECK_MESSAGE(overflows.empty(), overflows);
}

TEST_CASE("a short press in the corner does not open the staff screen") {
    StaffFixture f;
    REQUIRE(f.run("drag 1018 6 1018 6 800\nwait 3000\nassert-screen home\n", "short") == 0);
    CHECK(!f.drew("short", t("staff.enter_pin")));
}

TEST_CASE("restore previous content from the staff screen: the visitor screens show version 1 again") {
    StaffFixture f;
    std::string script = std::string(kLongPress) +
                         "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label " + t("staff.ok") + "\nwait 300\n"
                         "tap-label " + t("staff.rollback") + "\nwait 1500\n"
                         "tap-label " + t("staff.back_to_kiosk") + "\nwait 500\n"
                         "tap-label " + t("home.organisations") + "\nassert-screen organisations\nwait 300\n";
    REQUIRE_MESSAGE(f.run(script, "rollback") == 0, f.log("rollback"));
    CHECK(f.drew("rollback", "Nachbarschaftshaus v1", "organisations/"));
    CHECK(!f.drew("rollback", "Nachbarschaftshaus v2", "organisations/"));
}

TEST_CASE("the touch test's result is kept for the status file: which of the 12 screen areas answered") {
    StaffFixture f;
    // Taps in the top and middle rows (8 areas) and the bottom-left area; the
    // tap on "end test pattern" at the bottom centre reaches one more area.
    std::string taps;
    for (int y : {128, 384})
        for (int x : {128, 384, 640, 896}) taps += "tap " + std::to_string(x) + " " + std::to_string(y) + "\nwait 100\n";
    taps += "tap 128 640\nwait 100\n";
    std::string script = std::string(kLongPress) +
                         "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label " + t("staff.ok") + "\nwait 300\n"
                         "tap-label " + t("staff.test_pattern") + "\nwait 300\n" + taps +
                         "tap-label " + t("staff.end_test_pattern") + "\nwait 300\n"
                         "tap-label " + t("staff.back_to_kiosk") + "\nwait 300\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "touch-test") == 0, f.log("touch-test"));
    auto result = content::station::readTouchTest(f.data);
    REQUIRE(result);
    CHECK(result->areasTotal == 12);
    CHECK(result->areasTouched == 10);
    CHECK(result->result() == "incomplete");
    CHECK(result->touches >= 10);
}

TEST_CASE("staff reset the version counter after a far too high pack was rolled back: a lower pack goes in again, logged") {
    if (!std::getenv("DISPLAY")) return;
    StaffFixture f;
    content::ImportOptions options;
    options.dataDir = f.data;
    options.trustedPublicKeys = {f.keys.publicFile};
    options.nowUtc = *content::parseIsoToUtc(kTestNowIso, "UTC");
    // The highest sequence the format allows goes live and is rolled back:
    // version 2 is live again, and without a reset version 3 is refused for ever.
    const fs::path huge = f.temp.path / "huge.kpack", next = f.temp.path / "v3.kpack";
    writeGoodPack(sampleContent(content::pack::kMaxSequence, "test-pack", "huge"), huge, f.keys);
    REQUIRE(content::importPack(huge, options).ok());
    std::string error;
    REQUIRE_MESSAGE(content::rollback(f.data, &error), error);
    writeGoodPack(sampleContent(3, "test-pack", "v3"), next, f.keys);
    REQUIRE(content::importPack(next, options).error == content::ImportError::SequenceNotNewer);

    // Reset, cancelled once, then confirmed.
    const std::string open = std::string(kLongPress) + "tap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\ntap-label " +
                             t("staff.ok") + "\nwait 300\n";
    std::string script = open + "tap-label " + t("staff.reset_sequence") + "\nwait 200\n"
                         "tap-label " + t("staff.cancel") + "\nwait 200\n"
                         "tap-label " + t("staff.reset_sequence") + "\nwait 200\n"
                         "tap-label " + t("staff.reset_sequence_yes") + "\nwait 2500\n"
                         "tap-label " + t("staff.back_to_kiosk") + "\nwait 300\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "reset-sequence") == 0, f.log("reset-sequence"));
    CHECK(f.drew("reset-sequence", "Pakete von test-pack wieder ab Version 3 annehmen?"));
    // The staff screen's import list shows the reset.
    std::string logLines;
    for (const auto& [context, text] : f.drawn("reset-sequence"))
        if (text.find("test-pack") != std::string::npos) logLines += text + "\n";
    // "23. November, 10:00: Versionszähler von test-pack zurückgesetzt" (the name isolated for RTL screens).
    CHECK_MESSAGE(logLines.find("Versionszähler von \u2068test-pack\u2069 zurückgesetzt") != std::string::npos, logLines);
    CHECK(f.overflows("reset-sequence").empty());

    // Logged once (the cancel did nothing), by the staff screen, on the kiosk's clock.
    int resets = 0;
    std::istringstream log(readFile(content::data_dir::importLog(f.data)));
    for (std::string line; std::getline(log, line);) {
        auto entry = nlohmann::json::parse(line);
        if (entry["result"] != "sequence-reset") continue;
        ++resets;
        CHECK(entry["by"] == "staff screen");
        CHECK(entry["pack_id"] == "test-pack");
        CHECK(entry["previous_floor"] == content::pack::kMaxSequence);
        CHECK(entry["new_floor"] == 2);
        CHECK(entry["time"] == content::formatUtcIso(*content::parseIsoToUtc(kTestNowIso, "UTC")));
    }
    CHECK(resets == 1);
    auto accepted = content::importPack(next, options);
    CHECK_MESSAGE(accepted.ok(), accepted.detail);
}
