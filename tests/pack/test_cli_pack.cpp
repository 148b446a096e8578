// build/kiosk-pack end to end, as staff and platform/dev.sh use it: exit
// codes, messages, and the shape of `show --json`.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
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
    // One clock for every step: the import expands occurrences around its
    // "now", so show's window must start from the same instant.
    const std::string now = "2026-11-23T08:00:00+01:00";
    Run check = kioskPack({"check", sourceFixture()});
    CHECK_MESSAGE(check.code == 0, check.output);
    CHECK(check.output.find("is fine: 2 organisations, 1 events, 1 guides, 1 pictures") != std::string::npos);

    fs::path pack = w.path("test.kpack");
    Run build = kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", pack, "--sequence", "5", "--now", now});
    REQUIRE_MESSAGE(build.code == 0, build.output);
    CHECK(build.output.find("sequence 5") != std::string::npos);

    Run verify = kioskPack({"verify", pack, "--trust", w.pub, "--now", now});
    CHECK_MESSAGE(verify.code == 0, verify.output);
    CHECK(verify.output.find("is a valid pack: 'test-source', sequence 5") != std::string::npos);
    Workspace stranger;
    Run untrusted = kioskPack({"verify", pack, "--trust", stranger.pub});
    CHECK(untrusted.code == 1);
    CHECK(untrusted.output.find("not signed by a key this kiosk trusts") != std::string::npos);

    Run import = kioskPack({"import", pack, "--data", w.data, "--trust", stranger.pub, "--trust", w.pub, "--now", now});
    CHECK_MESSAGE(import.code == 0, import.output);
    Run again = kioskPack({"import", pack, "--data", w.data, "--trust", w.pub, "--lang", "de", "--now", now});
    CHECK(again.code == 1);
    CHECK(again.output.find("sequence-not-newer") != std::string::npos);
    CHECK(again.output.find("nicht neuer") != std::string::npos);

    // show --json: the documented shape, events of the next 60 days from --now.
    Run show = kioskPack({"show", "--data", w.data, "--json", "--now", now}, false);
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
    REQUIRE(kioskPack({"build", sourceFixture(), "--secret", w.key, "-o", newer, "--sequence", "6", "--now", now}).code == 0);
    REQUIRE(kioskPack({"import", newer, "--data", w.data, "--trust", w.pub, "--now", now}).code == 0);
    auto liveSequence = [&] {
        Run shown = kioskPack({"show", "--data", w.data, "--json", "--now", now}, false);
        return json::parse(shown.output)["pack"]["sequence"].get<uint64_t>();
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
    CHECK(check.output.find("is too large (4097 × 8, at most 4096 × 4096 pixels)") != std::string::npos);
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

TEST_CASE("check finishes on a calendar whose VTIMEZONE repeats every second in its DAYLIGHT block, with a warning") {
    // It ran for over 120 s with growing memory inside libical before its
    // rules were checked; the test's timeout is the proof it no longer does.
    Workspace w;
    fs::path source = w.path("source");
    fs::copy(sourceFixture(), source, fs::copy_options::recursive);
    fs::copy_file(fs::path(TEST_DATA_DIR) / "parse" / "ical" / "hostile_vtimezone.ics",
                  source / "events" / "nachbarschaftshaus.ics", fs::copy_options::overwrite_existing);
    Run check = kioskPack({"check", source, "--now", "2026-11-21T10:00:00Z"});
    CHECK_MESSAGE(check.code == 0, check.output);
    CHECK_MESSAGE(check.output.find("events/nachbarschaftshaus.ics line 4: warning: the time zone 'Endlose Zone' described "
                                    "in this file is not used because its changes repeat other than yearly (FREQ=SECONDLY)") !=
                      std::string::npos,
                  check.output);
    CHECK(check.output.find("(FREQ=MINUTELY;BYYEARDAY=366;BYMONTH=2)") == std::string::npos);  // Europe/Berlin: the system's rules
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

TEST_CASE("an import that needs more memory than its cap is refused as out of memory, not a crash") {
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
    CHECK_MESSAGE(capped.output.find("refused (out-of-memory)") != std::string::npos, capped.output);
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

TEST_CASE("events shows what one calendar file means: its warnings and every occurrence in a window") {
    const std::string ics = (fs::path(TEST_DATA_DIR) / "parse" / "ical" / "thunderbird_export.ics").string();
    Run text = kioskPack({"events", ics, "--from", "2026-03-01T00:00:00", "--to", "2026-03-18T00:00:00"});
    CHECK(text.code == 0);
    CHECK(text.output ==
          "2026-03-03T18:00:00+01:00  2026-03-03T19:00:00+01:00  Online-Sprechstunde mit der Partnergemeinde in New York\n"
          "2026-03-10T17:00:00+01:00  2026-03-10T18:00:00+01:00  Online-Sprechstunde mit der Partnergemeinde in New York\n"
          "2026-03-17T17:00:00+01:00  2026-03-17T18:00:00+01:00  Online-Sprechstunde mit der Partnergemeinde in New York\n"
          "2026-03-17T19:00:00+01:00  2026-03-17T20:00:00+01:00  Funkrunde\n");

    const std::string google = (fs::path(TEST_DATA_DIR) / "parse" / "ical" / "google_export.ics").string();
    Run listed = kioskPack({"events", google, "--from", "2026-05-01", "--to", "2026-05-02", "--time-zone", "UTC", "--json"}, false);
    CHECK(listed.code == 0);
    json document = json::parse(listed.output);
    CHECK_FALSE(document["refused"].get<bool>());
    REQUIRE(document["problems"].size() == 1);
    CHECK(document["problems"][0]["line"] == 71);
    CHECK_FALSE(document["problems"][0]["error"].get<bool>());
    REQUIRE(document["occurrences"].size() == 1);
    CHECK(document["occurrences"][0]["title"] == "Feiertag");
    CHECK(document["occurrences"][0]["start"] == "2026-05-01");
    CHECK(document["occurrences"][0]["end"] == "2026-05-02");
    CHECK(document["occurrences"][0]["all_day"].get<bool>());

    Workspace w;
    const fs::path card = w.path("card.ics");
    std::ofstream(card) << "BEGIN:VCARD\nFN:Petra\nEND:VCARD\n";
    Run refused = kioskPack({"events", card, "--from", "2026-01-01", "--to", "2027-01-01"});
    CHECK(refused.code == 1);
    CHECK(refused.output.find("error: this is not an iCalendar file") != std::string::npos);
    CHECK(kioskPack({"events", ics, "--from", "2026-01-01"}).code == 2);
    CHECK(kioskPack({"events", ics, "--from", "2026-01-01", "--to", "2027-01-01", "--time-zone", "Mars/Olympus"}).code == 2);
}

TEST_CASE("a series kept in another zone goes through build and import onto the kiosk's clock") {
    Workspace w;
    const fs::path source = w.path("source");
    fs::copy(sourceFixture(), source, fs::copy_options::recursive);
    fs::copy_file(fs::path(TEST_DATA_DIR) / "parse" / "ical" / "thunderbird_export.ics",
                  source / "events" / "nachbarschaftshaus.ics", fs::copy_options::overwrite_existing);
    const std::string now = "2026-03-01T08:00:00+01:00";
    const fs::path pack = w.path("zones.kpack");
    Run build = kioskPack({"build", source, "--secret", w.key, "-o", pack, "--now", now});
    REQUIRE_MESSAGE(build.code == 0, build.output);
    Run import = kioskPack({"import", pack, "--data", w.data, "--trust", w.pub, "--now", now});
    REQUIRE_MESSAGE(import.code == 0, import.output);
    Run show = kioskPack({"show", "--data", w.data, "--json", "--now", now}, false);
    REQUIRE(show.code == 0);
    const json shown = json::parse(show.output);
    std::vector<std::string> newYork;
    for (const auto& event : shown["events"])
        if (event["title"] == "Online-Sprechstunde mit der Partnergemeinde in New York") newYork.push_back(event["start"]);
    // Noon in New York, whose clocks change three weeks before Berlin's.
    CHECK(newYork == std::vector<std::string>{"2026-03-03T18:00:00+01:00", "2026-03-10T17:00:00+01:00",
                                              "2026-03-17T17:00:00+01:00", "2026-03-24T17:00:00+01:00",
                                              "2026-03-31T18:00:00+02:00"});
}

TEST_CASE("hours: the week a value gives, and open or closed at given times with the next change") {
    Run week = kioskPack({"hours", "Mo-Fr 9:00-12:00, 13:00-17:00; Sa 10:00+; PH off", "--holidays", "DE-SN", "--week",
                          "2027-11-17"});
    CHECK_MESSAGE(week.code == 0, week.output);
    CHECK(week.output ==
          "'Mo-Fr 9:00-12:00, 13:00-17:00; Sa 10:00+; PH off' with the holidays of DE-SN, week of 2027-11-15:\n"
          "  Mo 2027-11-15  09:00-12:00, 13:00-17:00\n"
          "  Tu 2027-11-16  09:00-12:00, 13:00-17:00\n"
          "  We 2027-11-17  closed  (public holiday: Buß- und Bettag)\n"
          "  Th 2027-11-18  09:00-12:00, 13:00-17:00\n"
          "  Fr 2027-11-19  09:00-12:00, 13:00-17:00\n"
          "  Sa 2027-11-20  10:00-24:00 open, closing time not given\n"
          "  Su 2027-11-21  closed\n");

    // 02:30 on 28 March 2027 does not exist in Berlin; it is read as 03:30.
    Run at = kioskPack({"hours", "Mo-Fr 09:00-17:00; Sa \"nach Vereinbarung\"; PH off", "--holidays", "DE-SN", "--at",
                        "2027-11-17T10:00", "--at", "2027-11-18T16:59", "--at", "2027-11-20T11:00", "--at", "2027-03-28T02:30"});
    CHECK_MESSAGE(at.code == 0, at.output);
    CHECK(at.output ==
          "2027-11-17T10:00 We  closed, open from Th 2027-11-18T09:00\n"
          "2027-11-18T16:59 Th  open, closed from Th 2027-11-18T17:00\n"
          "2027-11-20T11:00 Sa  unknown \"nach Vereinbarung\", closed from Su 2027-11-21T00:00\n"
          "2027-03-28T03:30 Su  closed, open from Tu 2027-03-30T09:00\n");

    Run berlin = kioskPack({"hours", "Mo-Fr 09:00-17:00; PH off", "--holidays", "DE-BE", "--at", "2027-11-17T10:00",
                            "--school-holidays", "2027-10-11/2027-10-23", "--json"});
    REQUIRE_MESSAGE(berlin.code == 0, berlin.output);
    json answer = json::parse(berlin.output);
    CHECK(answer["holidays"] == "DE-BE");
    CHECK_FALSE(answer.contains("week"));
    REQUIRE(answer["at"].size() == 1);
    CHECK(answer["at"][0]["at"] == "2027-11-17T10:00");
    CHECK(answer["at"][0]["state"] == "open");
    CHECK(answer["at"][0]["next_change"] == "2027-11-17T17:00");
    CHECK(answer["at"][0]["next_state"] == "closed");

    Run weekJson = kioskPack({"hours", "SH Mo-Fr 10:00-14:00", "--school-holidays", "2027-10-11/2027-10-23", "--week",
                              "2027-10-18", "--json"});
    REQUIRE_MESSAGE(weekJson.code == 0, weekJson.output);
    json days = json::parse(weekJson.output)["week"];
    REQUIRE(days.size() == 7);
    CHECK(days[0]["date"] == "2027-10-18");
    CHECK(days[0]["school_holiday"] == true);
    CHECK(days[0]["intervals"] == json::parse(R"([{"from":"00:00","to":"10:00","state":"closed","comment":""},
        {"from":"10:00","to":"14:00","state":"open","comment":""},{"from":"14:00","to":"24:00","state":"closed","comment":""}])"));
    CHECK(days[5]["intervals"].size() == 1);

    Run refused = kioskPack({"hours", "Mo-Fr 9-17h"});
    CHECK(refused.code == 1);
    CHECK(refused.output ==
          "kiosk-pack: '9-17' in 'Mo-Fr 9-17h' is not understood: a time needs hours and minutes, like 09:00-17:00; "
          "write it like 'Mo-Fr 09:00-17:00'\n");
    Run state = kioskPack({"hours", "Mo-Fr 09:00-17:00", "--holidays", "Sachsen", "--week", "2027-11-15"});
    CHECK(state.code == 2);
    CHECK(state.output == "kiosk-pack: --holidays: 'Sachsen' is not a German state code; write DE-SN\n");
    CHECK(kioskPack({"hours", "Mo-Fr 09:00-17:00", "--at", "tomorrow"}).code == 2);
}
