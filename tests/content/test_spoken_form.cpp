// What the read-aloud voice is given: sentences split where a reader expects
// them, and numbers, times, dates and addresses in the words a person says,
// per language (hand-written expectations for German, English and Arabic).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content/speech/number_words.h"
#include "content/speech/sentences.h"
#include "content/speech/spoken_form.h"
#include "content/speech/voices.h"

using namespace content::speech;

namespace {

std::vector<std::string> sentencesOf(const std::string& text) {
    std::vector<std::string> out;
    for (const SentenceSpan& span : splitSentences(text)) out.push_back(text.substr(span.begin, span.end - span.begin));
    return out;
}

}  // namespace

TEST_CASE("sentences end at . ! ? and at line ends, not after numbers and abbreviations") {
    CHECK(sentencesOf("Wir helfen. Kommen Sie vorbei!") == std::vector<std::string>{"Wir helfen.", "Kommen Sie vorbei!"});
    CHECK(sentencesOf("Am 8. Dezember um 9 Uhr. Bitte z. B. Ausweis mitbringen.") ==
          std::vector<std::string>{"Am 8. Dezember um 9 Uhr.", "Bitte z. B. Ausweis mitbringen."});
    CHECK(sentencesOf("Lilienstr. 12 ist im 1. Stock.\nEine Zeile\n\n  Noch eine  ") ==
          std::vector<std::string>{"Lilienstr. 12 ist im 1. Stock.", "Eine Zeile", "Noch eine"});
    CHECK(sentencesOf("هل تحتاج مساعدة؟ تعال إلينا.") == std::vector<std::string>{"هل تحتاج مساعدة؟", "تعال إلينا."});
    CHECK(sentencesOf("Wirklich?! Ja...") == std::vector<std::string>{"Wirklich?!", "Ja..."});
    CHECK(sentencesOf("").empty());
    // The byte ranges point into the text as displayed.
    auto spans = splitSentences("  Eins. Zwei.");
    REQUIRE(spans.size() == 2);
    CHECK(spans[0] == SentenceSpan{2, 7});
    CHECK(spans[1] == SentenceSpan{8, 13});
}

TEST_CASE("number words for clocks and calendars") {
    CHECK(germanCardinal(1) == "eins");
    CHECK(germanCardinal(1, true) == "ein");
    CHECK(germanCardinal(21) == "einundzwanzig");
    CHECK(germanCardinal(30) == "dreißig");
    CHECK(germanCardinal(57) == "siebenundfünfzig");
    CHECK(germanOrdinal(8, false) == "achte");
    CHECK(germanOrdinal(3, true) == "dritten");
    CHECK(germanOrdinal(20, false) == "zwanzigste");
    CHECK(germanOrdinal(31, true) == "einunddreißigsten");
    CHECK(englishCardinal(45) == "forty-five");
    CHECK(englishOrdinal(8) == "eighth");
    CHECK(englishOrdinal(20) == "twentieth");
    CHECK(englishOrdinal(22) == "twenty-second");
    CHECK(arabicHour(9) == "التاسعة");
    CHECK(arabicDayOrdinal(8) == "الثامن");
    CHECK(arabicDayOrdinal(11) == "الحادي عشر");
    CHECK(arabicDayOrdinal(21) == "الحادي والعشرون");
    CHECK(arabicDayOrdinal(30) == "الثلاثون");
}

TEST_CASE("German: phone numbers, postcodes and house numbers digit by digit") {
    CHECK(spokenForm("Telefon: 0341 149 47 28", "de") == "Telefon: 0 3 4 1, 1 4 9, 4 7, 2 8");
    CHECK(spokenForm("+49 341 1494728", "de") == "plus 4 9, 3 4 1, 1 4 9 4 7 2 8");
    CHECK(spokenForm("Lilienstraße 12a, 04209 Leipzig", "de") == "Lilienstraße 1 2 a, 0 4 2 0 9 Leipzig");
    CHECK(spokenForm("Stuttgarter Allee 9", "de-x-easy") == "Stuttgarter Allee 9");
    CHECK(spokenForm("Wir sind 12 Leute.", "de") == "Wir sind 12 Leute.");
}

TEST_CASE("German: times and dates as a person says them") {
    CHECK(spokenForm("Beginn 9:30 Uhr", "de") == "Beginn neun Uhr dreißig");
    CHECK(spokenForm("um 17:00", "de") == "um siebzehn Uhr");
    CHECK(spokenForm("01:05", "de") == "ein Uhr fünf");
    CHECK(spokenForm("10:00 – 12:30", "de") == "zehn Uhr bis zwölf Uhr dreißig");
    CHECK(spokenForm("ab 9.30 Uhr", "de") == "ab neun Uhr dreißig");
    CHECK(spokenForm("Dienstag, 8. Dezember", "de") == "Dienstag, der achte Dezember");
    CHECK(spokenForm("am 8. Dezember", "de") == "am achten Dezember");
    CHECK(spokenForm("Treffen am 3.10.2026", "de") == "Treffen am dritten Oktober 2026");
    CHECK(spokenForm("Mittwoch, 1.4.", "de-x-easy") == "Mittwoch, der erste April");
    CHECK(spokenForm("Um 25:99 nicht", "de") == "Um 25:99 nicht");
}

TEST_CASE("English: times and dates") {
    CHECK(spokenForm("at 9:30", "en") == "at nine thirty a.m.");
    CHECK(spokenForm("17:00 – 18:05", "en") == "five p.m. to six oh five p.m.");
    CHECK(spokenForm("12:00", "en") == "noon");
    CHECK(spokenForm("Tuesday, 8 December", "en") == "Tuesday, the eighth of December");
    CHECK(spokenForm("Phone 030 4075 1234", "en") == "Phone 0 3 0, 4 0 7 5, 1 2 3 4");
}

TEST_CASE("Arabic: times, dates and Arabic-Indic digits") {
    CHECK(spokenForm("الساعة 9:30", "ar") == "الساعة التاسعة والنصف صباحاً");
    CHECK(spokenForm("17:45", "ar") == "السادسة إلا ربعاً مساءً");
    CHECK(spokenForm("الثلاثاء، 8 ديسمبر", "ar") == "الثلاثاء، الثامن من ديسمبر");
    CHECK(spokenForm("هاتف ٠٣٤١ ١٤٩", "ar") == "هاتف 0 3 4 1, 1 4 9");
    CHECK(spokenForm("ساعت 9:30", "fa") == "ساعت 9 و 30 دقیقه");
    // Languages whose voice already reads times well keep them.
    CHECK(spokenForm("в 9:30", "ru") == "в 9:30");
}

TEST_CASE("e-mail and web addresses are read so they can be written down") {
    CHECK(spokenForm("info@buergerhaus-gruenau.de", "de") == "info at buergerhaus Bindestrich gruenau Punkt d e");
    CHECK(spokenForm("Mail: beratung_2@verein.org.", "en") == "Mail: beratung underscore 2 at verein dot o r g.");
    CHECK(spokenForm("https://www.leipzig.de/ehrenamt/", "de") ==
          "w w w Punkt leipzig Punkt d e Schrägstrich ehrenamt");
    CHECK(spokenForm("راسلنا info@verein.de", "ar") == "راسلنا info آت verein نقطة d e");
    CHECK(spokenForm("kurse.berlin", "tr") == "kurse nokta berlin");
}

TEST_CASE("voices: one per language, Easy German slower, Latin names in Arabic by the German voice") {
    CHECK(voiceFor("de").name == "de");
    CHECK(voiceFor("de-x-easy").name == "de");
    CHECK(voiceFor("de-x-easy").wordsPerMinute < voiceFor("de").wordsPerMinute);
    for (const char* language : {"en", "ar", "fa", "uk", "ru", "tr"}) CHECK(voiceFor(language).name == language);
    auto segments = segmentsFor("أهلاً في Bürgerhaus Grünau اليوم.", "ar");
    REQUIRE(segments.size() == 3);
    CHECK(segments[0].text == "أهلاً في ");
    CHECK(segments[0].voice.name == "ar");
    CHECK(segments[1].text == "Bürgerhaus Grünau ");
    CHECK(segments[1].voice.name == "de");
    CHECK(segments[2].text == "اليوم.");
    CHECK(segmentsFor("Café in Grünau", "de").size() == 1);
}
