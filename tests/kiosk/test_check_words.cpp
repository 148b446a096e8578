// The checker's sentences in every interface language: each key the checker
// says (content/core/check_sentences.cpp) has "check.<key>" in every
// language file with exactly its placeholders, the English file says exactly
// what `kiosk-pack check` prints, every key content/ uses is in the table and
// every key in the table is used; on the staff screen a sentence is said in
// the staff member's language with the values isolated.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "content/core/check_words.h"
#include "content/core/holidays.h"
#include "content/parse/icalendar.h"
#include "content/parse/source_folder.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/problem_words.h"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

// Every source file of content/ (the readers, the parser, the pack checks).
std::string contentSources() {
    std::string all;
    for (const auto& entry : fs::recursive_directory_iterator(fs::path(KIOSK_SOURCE_DIR) / "content")) {
        const std::string extension = entry.path().extension().string();
        if (entry.path().filename() == "check_sentences.cpp" || (extension != ".cpp" && extension != ".h")) continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        all += text.str();
    }
    return all;
}

std::set<std::string> tableKeys() {
    std::set<std::string> keys;
    for (const auto& sentence : content::checkSentences()) keys.emplace(sentence.key);
    return keys;
}

}  // namespace

TEST_CASE("every sentence of the checker is in every language file, with the same placeholders") {
    const auto& sentences = content::checkSentences();
    CHECK(sentences.size() > 140);
    CHECK(tableKeys().size() == sentences.size());  // no key twice
    for (const std::string& lang : i18n::languages()) {
        const i18n::Table* table = i18n::table(lang);
        REQUIRE(table);
        for (const auto& sentence : sentences) {
            const auto it = table->find("check." + std::string(sentence.key));
            if (it == table->end()) {
                FAIL_CHECK(lang << " lacks check." << sentence.key);
                continue;
            }
            CHECK_MESSAGE(i18n::placeholders(it->second) == i18n::placeholders(sentence.english), lang << " check." << sentence.key);
            // The English file is the checker's English, word for word.
            if (lang == "en") CHECK_MESSAGE(it->second == sentence.english, "check." << sentence.key);
        }
        for (const auto& [key, value] : *table)
            if (key.starts_with("check.") && !tableKeys().count(key.substr(6))) FAIL_CHECK(lang << " has unused " << key);
    }
}

TEST_CASE("every key content/ says is in the table, and every key in the table is said somewhere") {
    const std::string sources = contentSources();
    const std::set<std::string> keys = tableKeys();
    // say("key", ...) and say(condition ? "key" : "other", ...): the literals before the values.
    const std::regex call(R"re(say\(([^{)]*))re");
    const std::regex literal(R"re("([a-z_0-9]+(\.[a-z_0-9]+)*)")re");
    size_t calls = 0;
    for (auto it = std::sregex_iterator(sources.begin(), sources.end(), call); it != std::sregex_iterator(); ++it) {
        const std::string head = (*it)[1];
        for (auto l = std::sregex_iterator(head.begin(), head.end(), literal); l != std::sregex_iterator(); ++l) {
            ++calls;
            CHECK_MESSAGE(keys.count((*l)[1]), "content/ says " << (*l)[1] << " which has no English sentence");
        }
    }
    CHECK(calls > 140);
    for (const std::string& key : keys)
        CHECK_MESSAGE(sources.find("\"" + key + "\"") != std::string::npos, key << " is never said");
}

TEST_CASE("a sentence in the staff member's language keeps the values as written, each isolated") {
    content::CheckWords words = content::say("hours.part_not_understood_fix", {{"part", "9-17"}, {"rule", "Mo-Fr 9-17h"}, {"fix", "Mo-Fr 09:00-17:00"}})
                                    .with("reason", content::say("hours.minutes_span"));
    CHECK(content::english(words) ==
          "'9-17' in 'Mo-Fr 9-17h' is not understood: a time needs hours and minutes, like 09:00-17:00; write it like 'Mo-Fr 09:00-17:00'");
    setLanguage("de");
    CHECK(checkSentence(words) ==
          "„\u20689-17\u2069“ in „\u2068Mo-Fr 9-17h\u2069“ ist nicht verständlich: eine Uhrzeit braucht Stunden und Minuten, zum "
          "Beispiel 09:00-17:00. Schreiben Sie es so: „\u2068Mo-Fr 09:00-17:00\u2069“.");
    setLanguage("ar");
    CHECK(checkSentence(words) ==
          "«\u20689-17\u2069» في «\u2068Mo-Fr 9-17h\u2069» غير مفهوم: الوقت يحتاج إلى ساعات ودقائق، مثل \u206609:00-17:00\u2069. اكتبه "
          "هكذا: «\u2068Mo-Fr 09:00-17:00\u2069».");

    // A problem said only in English (an unknown key, or none) keeps its English sentence.
    content::Diagnostic plain;
    plain.message = "school_holidays: the range goes backwards";
    CHECK(problemSentence(plain) == plain.message);
    content::Diagnostic unknown = plain;
    unknown.words = content::say("no.such.sentence");
    CHECK(problemSentence(unknown) == plain.message);
    setLanguage("de");
}

TEST_CASE("a calendar's problems are said in German and in Arabic, and their English is the parser's message") {
    const std::string ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        "BEGIN:VEVENT\r\nUID:ohne-beginn\r\nSUMMARY:Sprachcafé\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:fremde-zone\r\nSUMMARY:Nähcafé\r\nDTSTART;TZID=Mars/Olympus:20261201T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:privat\r\nSUMMARY:Team\r\nDTSTART:20261202T100000\r\nCLASS:PRIVATE\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    const auto calendar = content::ical::parseCalendar(ics, "treff", "Europe/Berlin");
    REQUIRE(calendar.problems.size() == 3);
    const auto& noStart = calendar.problems[0];
    const auto& unknownZone = calendar.problems[1];
    const auto& privateEvent = calendar.problems[2];
    CHECK(noStart.message == "the event 'Sprachcafé' is left out: it has no start (DTSTART)");
    CHECK(content::english(noStart.words) == noStart.message);
    CHECK(unknownZone.message ==
          "the time zone 'Mars/Olympus' is unknown and the file does not describe it; its times are read as Europe/Berlin times");
    CHECK(content::english(unknownZone.words) == unknownZone.message);
    CHECK(content::english(privateEvent.words) == privateEvent.message);

    setLanguage("de");
    CHECK(checkSentence(noStart.words) ==
          "Termin „\u2068Sprachcafé\u2069“ wird nicht gezeigt: er hat keinen Beginn (DTSTART); tragen Sie im Kalender eine "
          "Anfangszeit ein.");
    CHECK(checkSentence(unknownZone.words) ==
          "Die Zeitzone „\u2068Mars/Olympus\u2069“ ist unbekannt, und die Datei beschreibt sie nicht. Ihre Zeiten werden als "
          "Zeiten in \u2068Europe/Berlin\u2069 gelesen.");
    CHECK(checkSentence(privateEvent.words) ==
          "Termin „\u2068Team\u2069“ am \u20682026-12-02\u2069 wird nicht gezeigt: er ist als privat markiert, und ein Kiosk ist "
          "öffentlich.");
    setLanguage("ar");
    CHECK(checkSentence(noStart.words) ==
          "الموعد «\u2068Sprachcafé\u2069» لن يُعرض: ليس له وقت بداية (\u2066DTSTART\u2069)؛ أضف وقت البداية في التقويم.");
    CHECK(checkSentence(unknownZone.words) ==
          "المنطقة الزمنية «\u2068Mars/Olympus\u2069» غير معروفة والملف لا يصفها. تُقرأ أوقاتها على أنها أوقات "
          "\u2068Europe/Berlin\u2069.");
    setLanguage("de");
}

TEST_CASE("a school holiday that is not a range, and a pack over a size limit, are said in German") {
    content::CheckWords backwards;
    REQUIRE_FALSE(content::schoolHolidayRange("2027-02-19/2027-02-08", &backwards));
    const content::CheckWords problem =
        content::say("key_problem", {{"key", "school_holidays"}}).with("problem", backwards);
    CHECK(content::english(problem) ==
          "school_holidays: '2027-02-19/2027-02-08' ends before it starts; write the first day before the '/'");
    setLanguage("de");
    CHECK(checkSentence(problem) ==
          "\u2068school_holidays\u2069: „\u20682027-02-19/2027-02-08\u2069“ endet, bevor es beginnt. Schreiben Sie den ersten "
          "Tag vor den „/“.");
    const content::CheckWords refused = content::say("pack.refused").with(
        "reason", content::say("limits.too_many_pictures", {{"count", "2001"}, {"limit", "2000"}}));
    CHECK(content::english(refused) == "a kiosk would refuse this pack: images: 2001 pictures, at most 2000 allowed");
    CHECK(checkSentence(refused) ==
          "Ein Kiosk würde dieses Paket ablehnen: images: \u20682001\u2069 Bilder, erlaubt sind höchstens \u20682000\u2069; "
          "entfernen Sie Bilder, die nicht gebraucht werden");
}
