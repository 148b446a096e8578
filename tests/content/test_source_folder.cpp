// Reading a staff member's source folder: a good folder reads completely, and
// each typical mistake gives exactly the sentence `kiosk-pack check` prints.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/support/test_files.h"
#include "content/core/time_zone.h"
#include "content/parse/source_folder.h"

namespace fs = std::filesystem;
using content::Diagnostic;
using content::GuideBlock;

namespace {

const fs::path kGood = fs::path(TEST_DATA_DIR) / "parse" / "source" / "good";

using test_files::readFile;

void writeFile(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    stream << text;
}

void replaceInFile(const fs::path& path, const std::string& from, const std::string& to) {
    std::string text = readFile(path);
    size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    writeFile(path, text);
}

// A copy of the good folder, changed by `change`, removed again afterwards.
class BadFolder {
public:
    explicit BadFolder(const std::function<void(const fs::path&)>& change) {
        static std::atomic<int> counter{0};
        dir_ = fs::temp_directory_path() / ("kiosk-parse-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
        fs::remove_all(dir_);
        fs::copy(kGood, dir_, fs::copy_options::recursive);
        change(dir_);
        result_ = content::readSourceFolder(dir_);
        for (const Diagnostic& diagnostic : result_.diagnostics) formatted_.push_back(content::formatDiagnostic(diagnostic));
    }
    ~BadFolder() { fs::remove_all(dir_); }
    const content::SourceReadResult& result() const { return result_; }
    bool says(const std::string& line) const {
        return std::find(formatted_.begin(), formatted_.end(), line) != formatted_.end();
    }
    bool saysStartingWith(const std::string& prefix) const {
        return std::any_of(formatted_.begin(), formatted_.end(), [&](const std::string& line) { return line.starts_with(prefix); });
    }
    std::string all() const {
        std::string text;
        for (const std::string& line : formatted_) text += line + "\n";
        return text;
    }

private:
    fs::path dir_;
    content::SourceReadResult result_;
    std::vector<std::string> formatted_;
};

#define CHECK_SAYS(folder, line)                   \
    do {                                           \
        INFO("diagnostics:\n" << (folder).all());  \
        CHECK((folder).says(line));                \
    } while (false)

}  // namespace

TEST_CASE("the diagnostic format staff read") {
    Diagnostic cell{Diagnostic::Severity::Error, "organisations.ods", 14, "opening_hours",
                    "'Mo-Fr 9-17h' is not understood; write it like 'Mo-Fr 09:00-17:00'", true, "N"};
    CHECK(content::formatDiagnostic(cell) ==
          "organisations.ods row 14, column N (opening_hours): 'Mo-Fr 9-17h' is not understood; write it like 'Mo-Fr 09:00-17:00'");
    Diagnostic whole{Diagnostic::Severity::Error, "events/foo.ics", 0, "", "there is no organisation with id 'foo'", false, ""};
    CHECK(content::formatDiagnostic(whole) == "events/foo.ics: there is no organisation with id 'foo'");
    Diagnostic line{Diagnostic::Severity::Error, "events/foo.ics", 7, "", "the event has no start (DTSTART)", false, ""};
    CHECK(content::formatDiagnostic(line) == "events/foo.ics line 7: the event has no start (DTSTART)");
    Diagnostic warning{Diagnostic::Severity::Warning, "organisations.csv", 1, "telefon", "this column is unknown and is ignored", true, "P"};
    CHECK(content::formatDiagnostic(warning) == "organisations.csv row 1, column P (telefon): warning: this column is unknown and is ignored");
}

TEST_CASE("a good source folder reads completely") {
    content::SourceReadResult result = content::readSourceFolder(kGood);
    std::string all;
    for (const Diagnostic& diagnostic : result.diagnostics) all += content::formatDiagnostic(diagnostic) + "\n";
    INFO(all);
    CHECK(result.ok());
    // The only remark: the website without https:// is fixed, with a warning.
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(all == "organisations.csv row 3, column O (website): warning: 'www.example.org/cafe' is read as 'https://www.example.org/cafe'\n");

    const content::Content& content = result.content;
    CHECK(content.pack.id == "gruenau-test");
    CHECK(content.pack.title.resolve("de") == "Stadtteilzentrum Grünau");
    CHECK(content.pack.title.resolve("en") == "Grünau community centre");
    CHECK(content.pack.defaultLanguage == "de");
    CHECK(content.pack.languages == std::vector<std::string>{"de", "de-x-easy", "en", "ar"});
    CHECK(content.pack.timeZone == "Europe/Berlin");
    CHECK(content.pack.validUntil == "2027-12-31");
    REQUIRE(content.pack.topics.size() == 2);
    CHECK(content.pack.topics.at("beratung").resolve("ar") == "استشارة");

    CHECK(content.images == std::vector<std::string>{"beratung.png", "helfen.jpg"});

    REQUIRE(content.organisations.size() == 2);
    const content::Organisation& advice = content.organisations[0];
    CHECK(advice.id == "beratung");
    CHECK(advice.name.resolve("de") == "Migrationsberatung");
    CHECK(advice.name.resolve("en") == "Migration advice");
    CHECK(advice.summary.resolve("ar") == "مساعدة في الطلبات");
    CHECK(advice.summary.resolve("de-x-easy") == "Wir helfen Ihnen.\nBei Briefen vom Amt.");
    CHECK(advice.categories == std::vector<std::string>{"beratung"});
    CHECK(advice.languages == std::vector<std::string>{"de", "ar", "fa"});
    CHECK(advice.address == "Ratzelstraße 1");
    CHECK(advice.postcode == "04207");  // the leading zero survives
    CHECK(advice.city == "Leipzig");
    CHECK(advice.district == "Grünau");
    CHECK(advice.phone == "0341 1234567");
    CHECK(advice.email == "beratung@example.org");
    CHECK(advice.website == "https://example.org/beratung");
    CHECK(advice.openingHours == "Mo-Fr 09:00-12:00,13:00-16:00; PH off");
    CHECK(advice.image == "beratung.png");
    const content::Organisation& cafe = content.organisations[1];
    CHECK(cafe.summary.resolve("de") == "Deutsch üben; zusammen \"reden\"");
    CHECK_FALSE(cafe.summary.has("ar"));  // an empty cell is no translation
    CHECK(cafe.categories == std::vector<std::string>{"sprache", "beratung"});
    CHECK(cafe.website == "https://www.example.org/cafe");

    REQUIRE(content.events.size() == 1);
    CHECK(content.events[0].organisationId == "sprachcafe");
    CHECK(content.events[0].start == "2026-11-04T17:00:00");
    CHECK(content.events[0].title.resolve("en") == "Language café");

    REQUIRE(content.guides.size() == 1);
    const content::Guide& guide = content.guides[0];
    CHECK(guide.id == "was-ist-ehrenamt");
    CHECK(guide.order == 2);
    CHECK(guide.picture == "helfen.jpg");
    CHECK(guide.topic == "beratung");
    CHECK(guide.link == "https://example.org/ehrenamt");
    REQUIRE(guide.texts.size() == 2);
    const content::GuideText& easy = guide.texts.at("de-x-easy");
    CHECK(easy.title == "Was ist ein Ehrenamt?");
    REQUIRE(easy.blocks.size() == 2);
    CHECK(easy.blocks[0].lines == std::vector<std::string>{"Ein Ehrenamt ist eine Arbeit.", "Sie bekommen dafür kein Geld."});
    CHECK(easy.blocks[1].kind == GuideBlock::Kind::Image);
    CHECK(easy.blocks[1].image == "helfen.jpg");  // resolved to its name under images/
    CHECK(guide.texts.at("en").title == "What is volunteering?");
}

TEST_CASE("organisations.csv mistakes name the row and the column as a spreadsheet shows them") {
    const fs::path csv = "organisations.csv";
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "We 17:00-19:00", "Mo-Fr 9-17h"); });
        CHECK_FALSE(folder.result().ok());
        CHECK_SAYS(folder, "organisations.csv row 3, column P (opening_hours): '9-17' in 'Mo-Fr 9-17h' is not understood: a time "
                           "needs hours and minutes, like 09:00-17:00; write it like 'Mo-Fr 09:00-17:00'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, ";beratung.png", ";fehlt.png"); });
        CHECK_SAYS(folder, "organisations.csv row 2, column Q (image): the picture 'fehlt.png' is not in the images folder");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "beratung@example.org", "beratung(at)example.org"); });
        CHECK_SAYS(folder, "organisations.csv row 2, column N (email): 'beratung(at)example.org' does not look like an e-mail address; write it like 'info@example.org'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, ";de,uk;", ";de,ua;"); });
        CHECK_SAYS(folder, "organisations.csv row 3, column H (languages): 'ua' is not a language code; write 'uk'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, ";de,uk;", ";Deutsch, Kisuaheli;"); });
        CHECK_SAYS(folder, "organisations.csv row 3, column H (languages): 'Deutsch' is not a language code; write 'de'");
        CHECK_SAYS(folder, "organisations.csv row 3, column H (languages): 'Kisuaheli' is not a language code; write language codes like 'de, en, ar, hsb'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "\nsprachcafe;", "\nberatung;"); });
        CHECK_SAYS(folder, "organisations.csv row 3, column A (id): the id 'beratung' is already used in row 2");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "\nsprachcafe;", "\nSprach Café;"); });
        CHECK_SAYS(folder, "organisations.csv row 3, column A (id): 'Sprach Café' is not a valid id; use only small letters a-z, digits and '-', like 'migrant-advice'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "Bei Briefen vom Amt.", "Bei Briefen\x07 vom Amt."); });
        // The cell spans lines 2 and 3 of the file; it is one row of the spreadsheet.
        CHECK_SAYS(folder, "organisations.csv row 2, column F (summary@de-x-easy): the text contains a control character (U+0007)");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "Language café", "Language \xE2\x80\xAE" "café"); });
        CHECK_SAYS(folder, "organisations.csv row 3, column C (name@en): the text contains a bidi override character (U+202E)");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "https://example.org/beratung", "htp:/example"); });
        CHECK_SAYS(folder, "organisations.csv row 2, column O (website): 'htp:/example' does not look like a web address; write it like 'https://www.example.org'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, ";summary@ar;", ";summary@arabisch;"); });
        CHECK_SAYS(folder, "organisations.csv row 1, column E (summary@arabisch): 'arabisch' is not a language code; write 'summary@ar'");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / csv, "\"\"reden\"\"\"", "\"\"reden\"\""); });
        // The quote that was meant to close the cell is missing.
        CHECK_SAYS(folder, "organisations.csv line 4: a quoted field is never closed (the quote opens on this line)");
    }
    {
        BadFolder folder([&](const fs::path& dir) { fs::remove(dir / csv); });
        CHECK_SAYS(folder, "organisations.csv: the file is missing; it lists the organisations, one per row (save the "
                           "spreadsheet as organisations.ods, organisations.xlsx or organisations.csv)");
    }
}

TEST_CASE("languages spoken are BCP 47 tags in any case, kept in canonical case") {
    BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "organisations.csv", ";de,uk;", ";\"hsb, CKB; prs|ti, de-AT\";"); });
    INFO(folder.all());
    CHECK(folder.result().ok());
    CHECK(folder.result().content.organisations.at(1).languages == std::vector<std::string>{"hsb", "ckb", "prs", "ti", "de-AT"});
    BadFolder wrong([](const fs::path& dir) { replaceInFile(dir / "organisations.csv", ";de,uk;", ";Obersorbisch, qaa;"); });
    CHECK_SAYS(wrong, "organisations.csv row 3, column H (languages): 'Obersorbisch' is not a language code; write 'hsb'");
    CHECK_SAYS(wrong, "organisations.csv row 3, column H (languages): 'qaa' is not a language code; write language codes like 'de, en, ar, hsb'");
}

TEST_CASE("Easy German texts are checked wherever they are written, as warnings") {
    BadFolder folder([](const fs::path& dir) {
        replaceInFile(dir / "organisations.csv", "Bei Briefen vom Amt.", "Bei Briefen vom Amt, z. B. vom Jobcenter.");
        replaceInFile(dir / "guides" / "was-ist-ehrenamt" / "de-x-easy.md", "Sie bekommen dafür kein Geld.", "Sie bekommen dafür nicht kein Geld.");
        replaceInFile(dir / "events" / "sprachcafe.ics", "X-KIOSK-TITLE;LANGUAGE=en:Language café",
                      "X-KIOSK-TITLE;LANGUAGE=en:Language café\r\nX-KIOSK-TITLE;LANGUAGE=de-x-easy:Sprach-Café für zwei Stunden");
        replaceInFile(dir / "pack.toml", "[topics.beratung]\n", "[topics.beratung]\nde-x-easy = \"Migrationsberatung\"\n");
    });
    CHECK(folder.result().ok());  // warnings only
    CHECK_SAYS(folder, "organisations.csv row 2, column F (summary@de-x-easy): warning: Easy German: write 'z. B.' out in full words "
                       "(rule abbreviation) in line 2 of the cell");
    CHECK_SAYS(folder, "guides/was-ist-ehrenamt/de-x-easy.md line 4: warning: Easy German: use one negation per sentence, not two "
                       "('nicht' with 'kein', 'nie' or 'nichts') (rule double-negation)");
    CHECK_SAYS(folder, "events/sprachcafe.ics: warning: the event 'Sprach-Café für zwei Stunden' (2026-11-04): Easy German: "
                       "write the number 'zwei' as digits (rule number-word)");
    CHECK_SAYS(folder, "pack.toml line 14: warning: topics.beratung.de-x-easy: Easy German: 'Migrationsberatung' is a long word; "
                       "split it with '-' or '·', like 'Freiwilligen-Agentur' (rule long-word)");
}

TEST_CASE("an unknown column is only a warning") {
    BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "organisations.csv", ";phone;", ";telefon;"); });
    CHECK(folder.result().ok());
    CHECK_SAYS(folder, "organisations.csv row 1, column M (telefon): warning: this column is unknown and is ignored");
    CHECK(folder.result().content.organisations.at(0).phone.empty());
}

TEST_CASE("events, guides, images and pack.toml mistakes") {
    {
        BadFolder folder([](const fs::path& dir) { fs::copy_file(dir / "events" / "sprachcafe.ics", dir / "events" / "foo.ics"); });
        CHECK_FALSE(folder.result().ok());
        CHECK_SAYS(folder, "events/foo.ics: there is no organisation with id 'foo'");
    }
    {
        BadFolder folder([](const fs::path& dir) {
            replaceInFile(dir / "events" / "sprachcafe.ics", "DTSTART;TZID=Europe/Berlin:20261104T170000\n", "");
        });
        CHECK(folder.result().ok());  // the rest of the folder goes in
        CHECK_SAYS(folder, "events/sprachcafe.ics line 4: warning: the event 'Sprachcafé' is left out: it has no start (DTSTART)");
    }
    {
        // A VTIMEZONE repeating every second made check run for minutes; its
        // rules are now refused before libical expands them.
        BadFolder folder([](const fs::path& dir) {
            fs::copy_file(fs::path(TEST_DATA_DIR) / "parse" / "ical" / "hostile_vtimezone.ics", dir / "events" / "sprachcafe.ics",
                          fs::copy_options::overwrite_existing);
        });
        CHECK(folder.result().ok());
        CHECK_SAYS(folder, "events/sprachcafe.ics line 4: warning: the time zone 'Endlose Zone' described in this file is "
                           "not used because its changes repeat other than yearly (FREQ=SECONDLY); its times are read as "
                           "Europe/Berlin times");
        CHECK(folder.result().content.events.size() == 2);
    }
    {
        BadFolder folder([](const fs::path& dir) {
            replaceInFile(dir / "guides" / "was-ist-ehrenamt" / "de-x-easy.md", "kein Geld.", "kein \xE2\x80\xAE" "Geld.");
        });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/de-x-easy.md line 4: the text contains a bidi override character (U+202E)");
    }
    {
        BadFolder folder([](const fs::path& dir) {
            replaceInFile(dir / "guides" / "was-ist-ehrenamt" / "de-x-easy.md", "# Was ist ein Ehrenamt?", "Was ist ein Ehrenamt?");
        });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/de-x-easy.md: the guide has no title; start it with a line like '# What is a volunteer?'");
    }
    {
        BadFolder folder([](const fs::path& dir) {
            replaceInFile(dir / "guides" / "was-ist-ehrenamt" / "de-x-easy.md", "images/helfen.jpg", "images/fehlt.png");
        });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/de-x-easy.md line 6: the picture 'fehlt.png' is not in the images folder");
    }
    {
        BadFolder folder([](const fs::path& dir) {
            replaceInFile(dir / "guides" / "was-ist-ehrenamt" / "de-x-easy.md", "../../images/helfen.jpg", "https://example.org/x.png");
        });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/de-x-easy.md line 6: the picture 'https://example.org/x.png' must be a file in the images folder, like ../../images/picture.png");
    }
    {
        BadFolder folder([](const fs::path& dir) { fs::rename(dir / "guides" / "was-ist-ehrenamt" / "en.md", dir / "guides" / "was-ist-ehrenamt" / "englisch.md"); });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/englisch.md: the file name must be a language code like de.md, en.md or de-x-easy.md; name it 'en.md'");
    }
    {
        BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "guides" / "was-ist-ehrenamt" / "guide.toml", "helfen.jpg", "fehlt.jpg"); });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/guide.toml line 2: the picture 'fehlt.jpg' is not in the images folder");
    }
    {
        BadFolder folder([](const fs::path& dir) { writeFile(dir / "images" / "kaputt.png", "this is text, not a picture"); });
        CHECK_SAYS(folder, "images/kaputt.png: this is not a JPEG or PNG picture (save it again as .jpg or .png)");
    }
    {
        BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "pack.toml", "id = \"gruenau-test\"\n", ""); });
        CHECK_SAYS(folder, "pack.toml: [pack] has no id; add a line like id = \"leipzig-gruenau\"");
    }
    {
        BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "pack.toml", "\"Europe/Berlin\"", "\"Berlin\""); });
        CHECK_SAYS(folder, "pack.toml line 6: time_zone: 'Berlin' is not a time zone; write it like 'Europe/Berlin'");
    }
    {
        BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "pack.toml", "en = \"Counselling\"", "en = \"Counselling"); });
        CHECK_FALSE(folder.result().ok());
        INFO(folder.all());
        REQUIRE(folder.result().diagnostics.size() >= 1);
        CHECK(folder.result().diagnostics[0].file == "pack.toml");
        CHECK(folder.result().diagnostics[0].line == 15);
        CHECK(folder.result().diagnostics[0].message.starts_with("this line is not understood ("));
    }
    {
        BadFolder folder([](const fs::path& dir) { replaceInFile(dir / "pack.toml", "valid_until = 2027-12-31", "valid_until = \"Ende 2027\""); });
        CHECK_SAYS(folder, "pack.toml line 7: valid_until is not a date; write it like valid_until = \"2027-12-31\"");
    }
}

TEST_CASE("pack.toml names the state whose holidays PH means and the school holidays SH means") {
    const std::string lines = "valid_until = 2027-12-31\n";
    {
        BadFolder folder([&](const fs::path& dir) {
            replaceInFile(dir / "pack.toml", lines,
                          lines + "holidays = \"de-sn\"\nschool_holidays = [\"2027-10-11/2027-10-23\", \"2027-05-07\"]\n");
        });
        INFO(folder.all());
        CHECK(folder.result().ok());
        const content::PackInfo& pack = folder.result().content.pack;
        CHECK(pack.holidays == "DE-SN");
        CHECK(pack.schoolHolidays == std::vector<std::string>{"2027-10-11/2027-10-23", "2027-05-07"});
        content::HolidayCalendar calendar = pack.holidayCalendar();
        CHECK(calendar.isPublicHoliday(2027, 11, 17));  // Buß- und Bettag
        CHECK(calendar.isSchoolHoliday(content::daysFromCivil(2027, 10, 15)));
        CHECK_FALSE(calendar.isSchoolHoliday(content::daysFromCivil(2027, 10, 24)));
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / "pack.toml", lines, lines + "holidays = \"Sachsen\"\n"); });
        CHECK_SAYS(folder, "pack.toml line 8: holidays: 'Sachsen' is not a German state code; write holidays = \"DE-SN\"");
    }
    {
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / "pack.toml", lines, lines + "holidays = \"AT-9\"\n"); });
        CHECK_SAYS(folder, "pack.toml line 8: holidays: 'AT-9' is not a German state code; write it like holidays = \"DE-SN\" (one "
                           "of DE, DE-BB, DE-BE, DE-BW, DE-BY, DE-HB, DE-HE, DE-HH, DE-MV, DE-NI, DE-NW, DE-RP, DE-SH, DE-SL, "
                           "DE-SN, DE-ST, DE-TH)");
    }
    {
        BadFolder folder([&](const fs::path& dir) {
            replaceInFile(dir / "pack.toml", lines, lines + "school_holidays = [\"11.10.2027-23.10.2027\"]\n");
        });
        CHECK_SAYS(folder, "pack.toml line 8: school_holidays: '11.10.2027-23.10.2027' is not a school holiday; write the "
                           "first and last day like \"2027-02-14/2027-02-26\", or one day like \"2027-05-07\"");
    }
}

TEST_CASE("a missing folder is one clear error") {
    auto result = content::readSourceFolder("/nonexistent/kiosk-source");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message == "this is not a folder");
}

TEST_CASE("the organisation list as each common program saves it reads the same") {
    const fs::path sheets = fs::path(TEST_DATA_DIR) / "parse" / "sheets";
    const std::string cp1252Warning =
        "warning: the file is not UTF-8 and was read as Windows-1252 (what Excel's \"CSV (Trennzeichen-getrennt)\" saves); "
        "check that ä, ö, ü, ß and € look right on the kiosk, or save it as \"CSV UTF-8\"";
    struct Save {
        const char* fixture;
        const char* savedAs;
        bool windows1252;
    };
    const Save saves[] = {
        {"organisations.ods", "organisations.ods", false},
        {"organisations.xlsx", "organisations.xlsx", false},
        {"excel_csv_windows1252.csv", "organisations.csv", true},
        {"excel_unicode_text.txt", "organisations.txt", false},
        {"libreoffice_westeuropa.csv", "organisations.csv", true},
        {"utf8_tab.csv", "organisations.csv", false},
        {"utf8_semicolon.csv", "organisations.csv", false},
    };
    for (const Save& save : saves) {
        CAPTURE(save.fixture);
        BadFolder folder([&](const fs::path& dir) {
            fs::remove(dir / "organisations.csv");
            fs::copy_file(sheets / save.fixture, dir / save.savedAs);
        });
        std::string expected;
        if (save.windows1252) expected = std::string(save.savedAs) + ": " + cp1252Warning + "\n";
        CHECK(folder.all() == expected);
        const auto& organisations = folder.result().content.organisations;
        REQUIRE(organisations.size() == 2);
        const content::Organisation& advice = organisations[0];
        CHECK(advice.id == "beratung");
        CHECK(advice.name.resolve("de") == "Migrationsberatung „Brücke“");
        CHECK(advice.name.resolve("en") == "Migration advice \"Bridge\"");
        CHECK(advice.summary.resolve("de") == "Hilfe bei Anträgen; Briefe, Formulare\nBeratung kostet 0 €");
        CHECK(advice.languages == std::vector<std::string>{"de", "ar", "fa"});
        CHECK(advice.postcode == "04207");
        CHECK(advice.phone == "0341 149 47 28");
        CHECK(advice.openingHours == "Mo-Fr 09:00-12:00");
        const content::Organisation& cafe = organisations[1];
        CHECK(cafe.id == "sprachcafe");
        CHECK(cafe.name.resolve("de") == "Sprachcafé – Deutsch üben");
        CHECK(cafe.languages == std::vector<std::string>{"de", "uk"});
        CHECK(cafe.postcode == "01067");
        CHECK(cafe.phone == "4915112345678");
        CHECK(cafe.city == "Dresden");
    }
}

TEST_CASE("a spreadsheet's mistakes name its row and column; refused rows add no follow-on errors") {
    const fs::path sheets = fs::path(TEST_DATA_DIR) / "parse" / "sheets";
    for (const char* extension : {".ods", ".xlsx"}) {
        CAPTURE(extension);
        const std::string file = std::string("organisations") + extension;
        BadFolder folder([&](const fs::path& dir) {
            fs::remove(dir / "organisations.csv");
            fs::remove(dir / "events" / "sprachcafe.ics");
            fs::copy_file(sheets / (std::string("mistakes") + extension), dir / file);
        });
        CHECK_SAYS(folder, file + " row 6, column L (email): 'info(at)example.org' does not look like an e-mail address; write it like 'info@example.org'");
        CHECK_SAYS(folder, file + " row 9, column A (id): 'Org Neun' is not a valid id; use only small letters a-z, digits and '-', like 'migrant-advice'");
        // What is said about the value is the opening-hours parser's business; where is ours.
        const auto& diagnostics = folder.result().diagnostics;
        REQUIRE(diagnostics.size() == 3);
        CHECK(content::formatDiagnostic(diagnostics[2]).starts_with(file + " row 14, column N (opening_hours): "));
    }
    {
        // The id of row 3 is refused; its calendar is not reported a second time.
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / "organisations.csv", "\nsprachcafe;", "\nSprach Café;"); });
        CHECK(folder.all() ==
              "organisations.csv row 3, column O (website): warning: 'www.example.org/cafe' is read as 'https://www.example.org/cafe'\n"
              "organisations.csv row 3, column A (id): 'Sprach Café' is not a valid id; use only small letters a-z, digits and '-', "
              "like 'migrant-advice'\n");
    }
    {
        // A list that cannot be read at all: one error, not one per calendar.
        BadFolder folder([&](const fs::path& dir) { replaceInFile(dir / "organisations.csv", "\"\"reden\"\"\"", "\"\"reden\"\""); });
        CHECK(folder.all() == "organisations.csv line 4: a quoted field is never closed (the quote opens on this line)\n");
    }
    {
        BadFolder folder([&](const fs::path& dir) { fs::copy_file(sheets / "organisations.ods", dir / "organisations.ods"); });
        CHECK(folder.all() ==
              "organisations.csv: there is also organisations.ods; keep only the list you edit and remove or rename the other\n");
    }
}

namespace {

// A file outside the source folder, the kind a link might point at.
struct OutsideFile {
    fs::path path = fs::temp_directory_path() / ("kiosk-outside-" + std::to_string(getpid()) + ".txt");
    OutsideFile() { writeFile(path, "# Secret\n\nnot for the pack\n"); }
    ~OutsideFile() { fs::remove(path); }
};

const std::string kLinkAdvice = "; a source folder may only hold real files and folders, so copy what it points to here instead";

}  // namespace

TEST_CASE("links in a source folder are refused by name, and never read") {
    OutsideFile outside;
    {
        BadFolder folder([&](const fs::path& dir) {
            fs::remove(dir / "guides" / "was-ist-ehrenamt" / "en.md");
            fs::create_symlink(outside.path, dir / "guides" / "was-ist-ehrenamt" / "en.md");
        });
        CHECK_FALSE(folder.result().ok());
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/en.md: this is a link (to " + outside.path.string() + ")" + kLinkAdvice);
        for (const auto& guide : folder.result().content.guides) CHECK_FALSE(guide.texts.count("en"));
    }
    {
        BadFolder folder([&](const fs::path& dir) {
            fs::create_directory_symlink(dir / "guides" / "was-ist-ehrenamt", dir / "guides" / "linked");
        });
        INFO(folder.all());
        CHECK(folder.saysStartingWith("guides/linked: this is a link (to "));
        CHECK(folder.result().content.guides.size() == 1);
    }
    {
        BadFolder folder([&](const fs::path& dir) { fs::create_symlink(outside.path, dir / "images" / "outside.png"); });
        CHECK_SAYS(folder, "images/outside.png: this is a link (to " + outside.path.string() + ")" + kLinkAdvice);
        CHECK(std::find(folder.result().content.images.begin(), folder.result().content.images.end(), "outside.png") ==
              folder.result().content.images.end());
    }
    {
        BadFolder folder([](const fs::path& dir) {
            fs::remove(dir / "organisations.csv");
            fs::create_symlink("/dev/zero", dir / "organisations.csv");
        });
        CHECK_SAYS(folder, "organisations.csv: this is a link (to /dev/zero)" + kLinkAdvice);
    }
    {
        BadFolder folder([](const fs::path& dir) {
            fs::rename(dir / "events", dir / "real-events");
            fs::create_directory_symlink(dir / "real-events", dir / "events");
        });
        INFO(folder.all());
        CHECK(folder.saysStartingWith("events: this is a link (to "));
        CHECK(folder.result().content.events.empty());
    }
}

TEST_CASE("a FIFO, a device or an oversized file in a source folder is refused at once") {
    {
        BadFolder folder([](const fs::path& dir) {
            fs::remove(dir / "pack.toml");
            REQUIRE(::mkfifo((dir / "pack.toml").c_str(), 0644) == 0);
        });
        CHECK_SAYS(folder, "pack.toml: this is not a normal file (it is a device, a FIFO or a socket); put a real file here");
    }
    {
        BadFolder folder([](const fs::path& dir) {
            writeFile(dir / "guides" / "was-ist-ehrenamt" / "en.md", "# Big\n\n" + std::string(3u << 20, 'a') + "\n");
        });
        CHECK_SAYS(folder, "guides/was-ist-ehrenamt/en.md: the file is 3.0 MB; a kiosk reads at most 2 MB from one such file");
    }
    {
        BadFolder folder([](const fs::path& dir) {
            std::ofstream out(dir / "organisations.csv", std::ios::app);
            const std::string padding(1u << 20, ' ');
            for (int i = 0; i < 65; ++i) out << padding;
        });
        CHECK_SAYS(folder, "organisations.csv: the file is 65.0 MB; a kiosk reads at most 64 MB from one such file");
    }
}
