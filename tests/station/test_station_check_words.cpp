// The check's problems on the staff screen in the staff member's language,
// with the values from the folder in them, and `kiosk-pack check` on the same
// folder still in English: a folder with a bad opening-hours cell, a calendar
// of an organisation that is not in the list, a picture that is not a
// picture, a link in images/ and a calendar with an event without a start and
// one in an unknown time zone; another whose list lacks the name column.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "tests/support/publish_fixture.h"

using namespace pack_test;
using namespace publish_test;

namespace {

// The six problems of the first folder, put onto the fixture's stick.
void breakFolder(PublishFixture& f) {
    const fs::path csv = f.source / "organisations.csv";
    appendText(csv, organisationRow(csv, {{"id", "treff-a"}, {"name", "Treff A"}, {"categories", "counselling"},
                                          {"languages", "de"}, {"opening_hours", "Mo-Fr 9-17h"}}));
    fs::copy_file(f.source / "events" / "fuer-mich-uns-alle.ics", f.source / "events" / "niemand.ics");
    writeFile(f.source / "images" / "kaputt.png", "kein Bild\n");
    fs::create_symlink("/etc/passwd", f.source / "images" / "passwd.png");
    const fs::path calendar = f.source / "events" / "fuer-mich-uns-alle.ics";
    std::string ics = readFile(calendar);
    ics.insert(ics.rfind("END:VCALENDAR"),
               "BEGIN:VEVENT\r\nUID:ohne-beginn@test\r\nSUMMARY:Sprachcafé\r\nEND:VEVENT\r\n"
               "BEGIN:VEVENT\r\nUID:fremde-zone@test\r\nSUMMARY:Nähcafé\r\nDTSTART;TZID=Mars/Olympus:20261201T100000\r\n"
               "END:VEVENT\r\n");
    writeFile(calendar, ics);
}

// The list's first row names "titel" where "name" belongs.
void dropNameColumn(PublishFixture& f) {
    const fs::path csv = f.source / "organisations.csv";
    std::string text = readFile(csv);
    text.replace(text.find(",name,"), 6, ",titel,");
    writeFile(csv, text);
}

std::string packCheck(PublishFixture& f) {
    const fs::path out = f.temp.path / "check.txt";
    std::system((quote(KIOSK_PACK_BIN) + " check " + quote(f.source.string()) + " --now " + quote(f.now) + " >" +
                 quote(out.string()) + " 2>&1")
                    .c_str());
    return readFile(out);
}

std::string showProblems(const std::string& lang) {
    return kPin + "tap-label " + t("staff.ok", lang) + "\nwait-for-label " + t("staff.source.check_again", lang) + "\nwait 4000\n";
}

// A sentence drawn as one paragraph, whatever lines it was broken into.
bool drewSentence(PublishFixture& f, const std::string& run, const std::string& sentence) {
    for (const auto& item : nlohmann::json::parse(readFile(f.dump(run)))) {
        std::string text = item.value("text", "");
        std::replace(text.begin(), text.end(), '\n', ' ');
        if (text == sentence) return true;
    }
    return false;
}

// The place line above each problem ("Fehler · Zeile 3, Spalte K (opening_hours)")
// that names both a line and a column.
std::vector<std::string> placesWithLineAndColumn(PublishFixture& f, const std::string& run) {
    std::vector<std::string> places;
    const std::string error = t("staff.source.error", run) + " · ";
    const std::string line = t("staff.source.line", run).substr(0, t("staff.source.line", run).find('{'));
    const std::string column = t("staff.source.column", run).substr(0, t("staff.source.column", run).find('{'));
    for (const auto& item : nlohmann::json::parse(readFile(f.dump(run)))) {
        const std::string text = item.value("text", "");
        if (text.rfind(error, 0) == 0 && text.find(line) != std::string::npos && text.find(column) != std::string::npos)
            places.push_back(text);
    }
    return places;
}

}  // namespace

TEST_CASE("the problems are said in German and in Arabic, with the folder's values in them") {
    PublishFixture f;
    breakFolder(f);
    REQUIRE_MESSAGE(f.run(showProblems("de"), "de", "de") == 0, f.log("de"));
    CHECK(f.drew("de", kiosk::i18n::format(t("staff.source.summary"), {{"errors", "4"}, {"warnings", "2"}})));
    CHECK(drewSentence(f, "de", "Das ist kein JPEG- oder PNG-Bild. Speichern Sie es noch einmal als .jpg oder .png."));
    CHECK(drewSentence(f, "de", "Das ist eine Verknüpfung (zu \u2068/etc/passwd\u2069). Im Ordner dürfen nur echte Dateien und "
                       "Ordner liegen: Kopieren Sie die Datei selbst hierher."));
    CHECK(drewSentence(f, "de", "„\u20689-17\u2069“ in „\u2068Mo-Fr 9-17h\u2069“ ist nicht verständlich: eine Uhrzeit braucht "
                       "Stunden und Minuten, zum Beispiel 09:00-17:00. Schreiben Sie es so: „\u2068Mo-Fr 09:00-17:00\u2069“."));
    CHECK(drewSentence(f, "de", "Es gibt keine Organisation mit der Kennung „\u2068niemand\u2069“. Der Dateiname muss die Kennung "
                       "aus der Spalte id der Liste sein."));
    CHECK(drewSentence(f, "de", "Termin „\u2068Sprachcafé\u2069“ wird nicht gezeigt: er hat keinen Beginn (DTSTART); tragen Sie "
                       "im Kalender eine Anfangszeit ein."));
    CHECK(drewSentence(f, "de", "Die Zeitzone „\u2068Mars/Olympus\u2069“ ist unbekannt, und die Datei beschreibt sie nicht. Ihre "
                       "Zeiten werden als Zeiten in \u2068Europe/Berlin\u2069 gelesen."));
    CHECK_FALSE(f.drew("de", "is not understood"));
    CHECK_FALSE(f.drew("de", "is left out"));

    REQUIRE_MESSAGE(f.run(showProblems("ar"), "ar", "ar") == 0, f.log("ar"));
    CHECK(drewSentence(f, "ar", "هذه ليست صورة \u2066JPEG\u2069 أو \u2066PNG\u2069. احفظها مرة أخرى بصيغة \u2066.jpg\u2069 أو \u2066.png\u2069."));
    CHECK(drewSentence(f, "ar", "هذا اختصار (رابط إلى \u2068/etc/passwd\u2069). يجب أن يحتوي المجلد على ملفات ومجلدات حقيقية فقط: "
                       "انسخ الملف نفسه إلى هنا."));
    CHECK(drewSentence(f, "ar", "«\u20689-17\u2069» في «\u2068Mo-Fr 9-17h\u2069» غير مفهوم: الوقت يحتاج إلى ساعات ودقائق، مثل "
                       "\u206609:00-17:00\u2069. اكتبه هكذا: «\u2068Mo-Fr 09:00-17:00\u2069»."));
    CHECK(drewSentence(f, "ar", "لا توجد منظمة بالمعرّف «\u2068niemand\u2069». يجب أن يكون اسم الملف هو المعرّف من عمود \u2066id\u2069 في القائمة."));
    CHECK(drewSentence(f, "ar", "الموعد «\u2068Sprachcafé\u2069» لن يُعرض: ليس له وقت بداية (\u2066DTSTART\u2069)؛ أضف وقت البداية في "
                       "التقويم."));
    CHECK(f.drew("ar", kiosk::i18n::format(t("staff.source.summary", "ar"), {{"errors", "4"}, {"warnings", "2"}})));
    // The bad hours cell's place, joined with the Arabic comma as in German with its own.
    const auto arabicPlaces = placesWithLineAndColumn(f, "ar");
    REQUIRE(arabicPlaces.size() == 1);
    CHECK(arabicPlaces[0].find("، العمود") != std::string::npos);
    CHECK(arabicPlaces[0].find(", ") == std::string::npos);
    const auto germanPlaces = placesWithLineAndColumn(f, "de");
    REQUIRE(germanPlaces.size() == 1);
    CHECK(germanPlaces[0].find(", Spalte N (opening_hours)") != std::string::npos);
    CHECK_FALSE(f.drew("ar", "there is no organisation"));
    CHECK_FALSE(f.drew("ar", "is left out"));

    // kiosk-pack check says the same problems in English, as before.
    const std::string english = packCheck(f);
    CHECK(english.find("images/kaputt.png: this is not a JPEG or PNG picture (save it again as .jpg or .png)\n") != std::string::npos);
    CHECK(english.find("images/passwd.png: this is a link (to /etc/passwd); a source folder may only hold real files and "
                       "folders, so copy what it points to here instead\n") != std::string::npos);
    CHECK(english.find("organisations.csv row 7, column N (opening_hours): '9-17' in 'Mo-Fr 9-17h' is not understood: a "
                       "time needs hours and minutes, like 09:00-17:00; write it like 'Mo-Fr 09:00-17:00'\n") != std::string::npos);
    CHECK(english.find("events/niemand.ics: there is no organisation with id 'niemand'\n") != std::string::npos);
    CHECK(english.find(": warning: the event 'Sprachcafé' is left out: it has no start (DTSTART)\n") != std::string::npos);
    CHECK(english.find(": warning: the time zone 'Mars/Olympus' is unknown and the file does not describe it; its times are "
                       "read as Europe/Berlin times\n") != std::string::npos);
}

TEST_CASE("a missing column is said in German and in Arabic, and in English by kiosk-pack check") {
    PublishFixture f;
    dropNameColumn(f);
    REQUIRE_MESSAGE(f.run(showProblems("de"), "de", "de") == 0, f.log("de"));
    CHECK(drewSentence(f, "de", "Die erste Zeile muss die Spalten benennen, und die Spalte „\u2068name\u2069“ fehlt. Die Spalten "
                       "heißen: id, name, summary, description, categories, languages, address, postcode, city, district, "
                       "phone, email, website, opening_hours, image."));
    CHECK(drewSentence(f, "de", "Diese Spalte ist unbekannt und wird nicht verwendet."));
    REQUIRE_MESSAGE(f.run(showProblems("ar"), "ar", "ar") == 0, f.log("ar"));
    CHECK(drewSentence(f, "ar", "يجب أن يسمّي الصف الأول الأعمدة، والعمود «\u2068name\u2069» غير موجود. أسماء الأعمدة: \u2066id, name, "
                       "summary, description, categories, languages, address, postcode, city, district, phone, email, "
                       "website, opening_hours, image\u2069."));
    CHECK(drewSentence(f, "ar", "هذا العمود غير معروف ولن يُستخدم."));
    const std::string english = packCheck(f);
    CHECK(english.find("organisations.csv row 1: the first row must name the columns and include 'name' (the columns are: "
                       "id, name, summary") != std::string::npos);
    CHECK(english.find("organisations.csv row 1, column B (titel): warning: this column is unknown and is ignored\n") !=
          std::string::npos);
}
