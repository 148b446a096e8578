// build/kiosk-pack end to end, as staff and platform/dev.sh use it: exit
// codes, messages, and the shape of `show --json`.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <regex>

#include <nlohmann/json.hpp>

#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
using nlohmann::json;

namespace {

struct Run {
    int code = -1;
    std::string output;  // stdout and stderr together
};

std::string quote(const std::string& arg) {
    std::string quoted = "'";
    for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

Run kioskPack(const std::vector<std::string>& args, bool withStderr = true) {
    std::string command = quote(KIOSK_PACK_BIN);
    for (const auto& arg : args) command += " " + quote(arg);
    command += withStderr ? " 2>&1" : " 2>/dev/null";
    Run run;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[4096];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, got);
    int status = ::pclose(pipe);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

fs::path sourceFixture() { return fixture("source"); }

struct Workspace {
    TempDir temp;
    fs::path key = temp.path / "signing.key";
    fs::path pub = temp.path / "signing.pub";
    fs::path data = temp.path / "data";
    Workspace() { REQUIRE(kioskPack({"keygen", "--secret", key, "--public", pub}).code == 0); }
    fs::path path(const std::string& name) const { return temp.path / name; }
};

}  // namespace

TEST_CASE("keygen makes a private secret key and never overwrites one") {
    Workspace w;
    struct stat info;
    REQUIRE(::stat(w.key.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(readFile(w.pub).starts_with("untrusted comment: minisign public key "));
    std::string before = readFile(w.key);
    Run again = kioskPack({"keygen", "--secret", w.key, "--public", w.pub});
    CHECK(again.code != 0);
    CHECK(again.output.find("already exists") != std::string::npos);
    CHECK(readFile(w.key) == before);
}

TEST_CASE("check, build, verify, import, show, search, rollback") {
    Workspace w;
    Run check = kioskPack({"check", sourceFixture()});
    CHECK_MESSAGE(check.code == 0, check.output);
    CHECK(check.output.find("is fine: 2 organisations, 1 events, 1 guides, 1 pictures") != std::string::npos);

    fs::path pack = w.path("test.kpack");
    Run build = kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", pack, "--sequence", "5"});
    REQUIRE_MESSAGE(build.code == 0, build.output);
    CHECK(build.output.find("sequence 5") != std::string::npos);

    Run verify = kioskPack({"verify", pack, "--trust", w.pub});
    CHECK_MESSAGE(verify.code == 0, verify.output);
    CHECK(verify.output.find("is a valid pack: 'test-source', sequence 5") != std::string::npos);
    Workspace stranger;
    Run untrusted = kioskPack({"verify", pack, "--trust", stranger.pub});
    CHECK(untrusted.code == 1);
    CHECK(untrusted.output.find("not signed by a key this kiosk trusts") != std::string::npos);

    // The import expands events from its --now: the test never depends on today's date.
    Run import = kioskPack({"import", pack, "--data", w.data, "--trust", stranger.pub, "--trust", w.pub, "--now",
                            "2026-11-21T10:00:00Z"});
    CHECK_MESSAGE(import.code == 0, import.output);
    Run again = kioskPack({"import", pack, "--data", w.data, "--trust", w.pub, "--lang", "de"});
    CHECK(again.code == 1);
    CHECK(again.output.find("sequence-not-newer") != std::string::npos);
    CHECK(again.output.find("nicht neuer") != std::string::npos);

    // show --json: the documented shape, events of the next 60 days from --now.
    Run show = kioskPack({"show", "--data", w.data, "--json", "--now", "2026-11-23T08:00:00+01:00"}, false);
    REQUIRE(show.code == 0);
    json shown = json::parse(show.output);
    CHECK(shown["pack"]["id"] == "test-source");
    CHECK(shown["pack"]["sequence"] == 5);
    CHECK(shown["pack"]["created_at"].is_string());
    REQUIRE(shown["organisations"].size() == 2);
    CHECK(shown["organisations"][0]["id"] == "nachbarschaftshaus");
    CHECK(shown["organisations"][0]["name"] == "Nachbarschaftshaus Grünau");
    // Weekly on Monday 10:00 from 2026-11-23 for 60 days: 9 Mondays.
    REQUIRE(shown["events"].size() == 9);
    const std::regex localIso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d)");
    for (const auto& event : shown["events"]) {
        CHECK(event["organisation"] == "nachbarschaftshaus");
        CHECK(event["title"] == "Offene Sprechstunde");
        CHECK(std::regex_match(event["start"].get<std::string>(), localIso));
        CHECK(std::regex_match(event["end"].get<std::string>(), localIso));
    }
    CHECK(shown["events"][0]["start"] == "2026-11-23T10:00:00+01:00");
    CHECK(shown["events"][0]["end"] == "2026-11-23T12:00:00+01:00");
    CHECK(shown["events"][8]["start"] == "2027-01-18T10:00:00+01:00");
    REQUIRE(shown["guides"].size() == 1);
    CHECK(shown["guides"][0]["id"] == "first-steps");
    CHECK(shown["guides"][0]["title"] == "Erste Schritte");
    CHECK(shown["guides"][0]["languages"] == json::array({"de", "en"}));

    Run search = kioskPack({"search", "--data", w.data, "grunau"});
    CHECK(search.code == 0);
    CHECK(search.output.find("nachbarschaftshaus") != std::string::npos);

    // A newer build goes live; rollback brings the older one back.
    fs::path newer = w.path("newer.kpack");
    REQUIRE(kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", newer, "--sequence", "6"}).code == 0);
    REQUIRE(kioskPack({"import", newer, "--data", w.data, "--trust", w.pub}).code == 0);
    auto liveSequence = [&] {
        Run now = kioskPack({"show", "--data", w.data, "--json"}, false);
        return json::parse(now.output)["pack"]["sequence"].get<uint64_t>();
    };
    CHECK(liveSequence() == 6);
    Run rollback = kioskPack({"rollback", "--data", w.data});
    CHECK_MESSAGE(rollback.code == 0, rollback.output);
    CHECK(liveSequence() == 5);
}

TEST_CASE("build refuses a folder that check rejects, and writes no pack") {
    Workspace w;
    fs::path source = w.path("source");
    fs::copy(sourceFixture(), source, fs::copy_options::recursive);
    // An event calendar for an organisation that does not exist.
    fs::copy_file(source / "events" / "nachbarschaftshaus.ics", source / "events" / "unbekannt.ics");
    Run check = kioskPack({"check", source});
    CHECK(check.code == 1);
    CHECK(check.output.find("unbekannt") != std::string::npos);
    fs::path pack = w.path("bad.kpack");
    Run build = kioskPack({"build", source, "--secret", w.key, "-o", pack});
    CHECK(build.code == 1);
    CHECK(build.output.find("nothing was built") != std::string::npos);
    CHECK_FALSE(fs::exists(pack));
}

TEST_CASE("build refuses an oversized picture that check also rejects") {
    Workspace w;
    fs::path source = w.path("source");
    fs::copy(sourceFixture(), source, fs::copy_options::recursive);
    fs::copy_file(fixture("too-wide.png"), source / "images" / "logo.png", fs::copy_options::overwrite_existing);
    Run check = kioskPack({"check", source});
    CHECK(check.code == 1);
    CHECK(check.output.find("images/logo.png: the picture 'logo.png' is too large (4097 \u00d7 8, at most 4096 \u00d7 4096 pixels)") !=
          std::string::npos);
    CHECK(kioskPack({"build", source, "--secret", w.key, "-o", w.path("bad.kpack")}).code == 1);
    CHECK_FALSE(fs::exists(w.path("bad.kpack")));
}

TEST_CASE("check promises only what a kiosk accepts: the import's limits, with the number allowed") {
    Workspace w;
    fs::path source = w.path("source");
    fs::copy(sourceFixture(), source, fs::copy_options::recursive);
    std::string expected;
    SUBCASE("20,001 organisations") {
        std::ofstream csv(source / "organisations.csv", std::ios::app);
        for (int i = 0; i < 20001; ++i) csv << "org-" << i << ",Organisation " << i << ",,,,,,,,,,,,,,\n";
        // Counted before the table is parsed: a million rows never reach memory.
        expected = "organisations.csv: the table has 20003 rows; a pack holds at most 20000 organisations";
    }
    SUBCASE("more events than a pack holds, over several calendars") {
        std::string events;
        for (int i = 0; i < 25001; ++i)
            events += "BEGIN:VEVENT\nUID:e" + std::to_string(i) + "\nDTSTART:20261201T100000Z\nSUMMARY:E\nEND:VEVENT\n";
        for (const char* organisation : {"nachbarschaftshaus", "stadtteilladen"})
            pack_test::writeFile(source / "events" / (std::string(organisation) + ".ics"),
                                 "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\n" + events + "END:VCALENDAR\n");
        expected = "a kiosk would refuse this pack: events: 50002 entries, at most 50000 allowed";
    }
    SUBCASE("a guide line longer than a kiosk keeps") {
        std::ofstream guide(source / "guides" / "first-steps" / "en.md", std::ios::app);
        guide << "\n" << std::string(40000, 'a') << "\n";
        expected = "bytes long, at most 32000 allowed";
    }
    Run check = kioskPack({"check", source, "--now", "2026-11-21T10:00:00Z"});
    CHECK(check.code == 1);
    CHECK_MESSAGE(check.output.find(expected) != std::string::npos, check.output);
    Run build = kioskPack({"build", source, "--secret", w.key, "-o", w.path("big.kpack"), "--now", "2026-11-21T10:00:00Z"});
    CHECK(build.code == 1);
    CHECK(build.output.find(expected) != std::string::npos);
    CHECK_FALSE(fs::exists(w.path("big.kpack")));
}

TEST_CASE("build refuses a sequence outside the format's range; reset-sequence lowers a pack id's floor") {
    Workspace w;
    Run huge = kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", w.path("huge.kpack"), "--sequence",
                          "18446744073709551615"});
    CHECK(huge.code == 1);
    CHECK(huge.output.find("the sequence 18446744073709551615 is outside 1 to 9007199254740991") != std::string::npos);
    CHECK_FALSE(fs::exists(w.path("huge.kpack")));

    // The highest sequence goes live over sequence 5 and is rolled back:
    // without a reset no later pack of the id would ever be accepted.
    for (const char* sequence : {"5", "9007199254740991", "7"})
        REQUIRE(kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", w.path(std::string(sequence) + ".kpack"),
                           "--sequence", sequence}).code == 0);
    REQUIRE(kioskPack({"import", w.path("5.kpack"), "--data", w.data, "--trust", w.pub, "--now", "2026-11-21T12:00:00Z"}).code == 0);
    REQUIRE(kioskPack({"import", w.path("9007199254740991.kpack"), "--data", w.data, "--trust", w.pub, "--now", "2026-11-21T12:00:00Z"}).code == 0);
    REQUIRE(kioskPack({"rollback", "--data", w.data}).code == 0);
    CHECK(kioskPack({"import", w.path("7.kpack"), "--data", w.data, "--trust", w.pub, "--now", "2026-11-21T12:00:00Z"}).code == 1);
    Run reset = kioskPack({"reset-sequence", "--data", w.data, "test-source"});
    CHECK_MESSAGE(reset.code == 0, reset.output);
    CHECK(reset.output.find("Packs of 'test-source' are accepted again from sequence 6 on (the live content has 5).") !=
          std::string::npos);
    CHECK(kioskPack({"import", w.path("7.kpack"), "--data", w.data, "--trust", w.pub, "--now", "2026-11-21T12:00:00Z"}).code == 0);
    CHECK(kioskPack({"reset-sequence", "--data", w.data}).code == 2);
}

TEST_CASE("an import that needs more memory than its cap is refused as too large, not a crash") {
    Workspace w;
    Keys keys = makeKeys();
    writeFile(w.path("signer.pub"), keys.publicFile);
    Content content = sampleContent(11);
    // 20,000 organisations with long descriptions: some 40 MB of content.json.
    for (int i = 0; i < 19990; ++i) {
        Organisation o;
        o.id = "org-" + std::to_string(i);
        o.name.set("de", "Organisation " + std::to_string(i));
        o.description.set("de", std::string(2000, 'a' + i % 26));
        content.organisations.push_back(o);
    }
    writeGoodPack(content, w.path("big.kpack"), keys);
    Run capped = kioskPack({"import", w.path("big.kpack"), "--data", w.data, "--trust", w.path("signer.pub"), "--now",
                            "2026-11-21T12:00:00Z", "--memory-limit-mb", "64"});
    CHECK(capped.code == 1);
    CHECK_MESSAGE(capped.output.find("refused (too-large)") != std::string::npos, capped.output);
    CHECK(capped.output.find("the import needed more memory than this kiosk allows for one pack") != std::string::npos);
    Run uncapped = kioskPack({"import", w.path("big.kpack"), "--data", w.data, "--trust", w.path("signer.pub"), "--now",
                              "2026-11-21T12:00:00Z"});
    CHECK_MESSAGE(uncapped.code == 0, uncapped.output);
    CHECK(kioskPack({"import", w.path("big.kpack"), "--data", w.data, "--trust", w.path("signer.pub"),
                     "--memory-limit-mb", "lots"}).code == 2);
}

TEST_CASE("misuse and missing content give clear non-zero exits") {
    Workspace w;
    CHECK(kioskPack({"frobnicate"}).code == 2);
    CHECK(kioskPack({"import", "x.kpack", "--data", w.data}).code == 2);  // no --trust
    Run notAKey = kioskPack({"import", "x.kpack", "--data", w.data, "--trust", w.key});
    CHECK(notAKey.code == 2);
    CHECK(notAKey.output.find("not a minisign public key") != std::string::npos);
    // A bare key line works as well as the .pub file.
    std::string pubText = readFile(w.pub);
    std::string keyLine = pubText.substr(pubText.find('\n') + 1);
    keyLine.pop_back();
    CHECK(kioskPack({"verify", w.path("missing.kpack"), "--trust", keyLine}).code == 1);
    CHECK(kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", w.path("p"), "--sequence", "-3"}).code == 2);
    CHECK(kioskPack({"show", "--data", w.data, "--bogus"}).code == 2);
    Run show = kioskPack({"show", "--data", w.path("empty")});
    CHECK(show.code == 1);
    CHECK(show.output.find("no content") != std::string::npos);
    Run rollback = kioskPack({"rollback", "--data", w.path("empty")});
    CHECK(rollback.code == 1);
    Run missing = kioskPack({"import", w.path("missing.kpack"), "--data", w.data, "--trust", w.pub});
    CHECK(missing.code == 1);
    CHECK(missing.output.find("cannot-read") != std::string::npos);
}
