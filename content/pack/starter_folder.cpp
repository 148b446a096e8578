#include "content/pack/starter_folder.h"

#include <stb/stb_image_write.h>

#include <fstream>

#include "content/core/html_text.h"
#include "content/pack/durable_files.h"
#include "content/pack/zip_writer.h"

namespace content::pack {

namespace fs = std::filesystem;

namespace {

constexpr const char* kOrganisationId = "mein-verein";

const std::vector<std::string>& header() {
    static const std::vector<std::string> columns = {"id",       "name",     "summary",       "categories",
                                                     "languages", "address", "postcode",      "city",
                                                     "phone",    "email",    "opening_hours", "image",
                                                     "name@de-x-easy", "summary@de-x-easy"};
    return columns;
}

const std::vector<std::string>& exampleRow() {
    static const std::vector<std::string> row = {
        kOrganisationId,
        "Mein Verein e. V.",
        "Beratung und ein offener Treff für alle im Stadtteil.",
        "counselling",
        "de;en",
        "Musterstraße 1",
        "04109",
        "Leipzig",
        "0341 000000",
        "info@example.org",
        "Mo-Fr 09:00-16:00; PH off",
        "beispiel.png",
        "Mein Verein",
        "Wir beraten Sie. Und Sie können zu uns kommen und andere treffen.",
    };
    return row;
}

// The archive's bytes (libzip writes to a file: a temporary one, removed again).
std::string zipBytes(const std::vector<ZipEntrySource>& entries) {
    const fs::path file = fs::temp_directory_path() / ("kiosk-starter-" + randomHex(8) + ".zip");
    std::string error;
    std::string bytes;
    if (writeZip(file, entries, &error)) bytes = readWholeFile(file, 1 << 20).value_or("");
    std::error_code ignored;
    fs::remove(file, ignored);
    return bytes;
}

std::string csvList() {
    auto line = [](const std::vector<std::string>& cells) {
        std::string text;
        for (size_t i = 0; i < cells.size(); ++i) {
            const bool quote = cells[i].find_first_of(",;\"") != std::string::npos;
            text += (i ? "," : "") + (quote ? "\"" + cells[i] + "\"" : cells[i]);
        }
        return text + "\r\n";
    };
    return line(header()) + line(exampleRow());
}

// Office Open XML with inline strings: the smallest workbook Excel opens.
std::string xlsxList() {
    auto row = [](int number, const std::vector<std::string>& cells) {
        std::string xml = "<row r=\"" + std::to_string(number) + "\">";
        for (size_t i = 0; i < cells.size(); ++i) {
            const std::string ref = std::string(1, char('A' + i)) + std::to_string(number);
            xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escapeHtml(cells[i]) + "</t></is></c>";
        }
        return xml + "</row>";
    };
    const std::vector<ZipEntrySource> entries = {
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "</Types>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
         "</Relationships>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"Organisationen\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
         "</Relationships>"},
        {"xl/worksheets/sheet1.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
             row(1, header()) + row(2, exampleRow()) + "</sheetData></worksheet>"},
    };
    return zipBytes(entries);
}

// OpenDocument: mimetype first and stored, as LibreOffice expects.
std::string odsList() {
    auto row = [](const std::vector<std::string>& cells) {
        std::string xml = "<table:table-row>";
        for (const auto& cell : cells)
            xml += "<table:table-cell office:value-type=\"string\"><text:p>" + escapeHtml(cell) + "</text:p></table:table-cell>";
        return xml + "</table:table-row>";
    };
    ZipEntrySource mimetype{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"};
    mimetype.compress = false;
    const std::vector<ZipEntrySource> entries = {
        mimetype,
        {"META-INF/manifest.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
         "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
         "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
         "</manifest:manifest>"},
        {"content.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
         "<office:body><office:spreadsheet><table:table table:name=\"Organisationen\">" +
             row(header()) + row(exampleRow()) + "</table:table></office:spreadsheet></office:body></office:document-content>"},
    };
    return zipBytes(entries);
}

// A 320 x 200 picture in two calm colours (PNG).
std::string examplePicture() {
    const int width = 320, height = 200;
    std::vector<unsigned char> pixels(size_t(width) * height * 3);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            unsigned char* p = &pixels[(size_t(y) * width + x) * 3];
            const bool sun = (x - 230) * (x - 230) + (y - 70) * (y - 70) < 40 * 40;
            p[0] = sun ? 240 : (y > 140 ? 90 : 190);
            p[1] = sun ? 190 : (y > 140 ? 150 : 215);
            p[2] = sun ? 60 : (y > 140 ? 90 : 235);
        }
    std::string png;
    stbi_write_png_to_func([](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
    }, &png, width, height, 3, pixels.data(), width * 3);
    return png;
}

const char* kPackToml = R"(# Ihr Inhaltspaket / your content pack. Siehe LIESMICH.txt / see README.txt.

[pack]
id = "mein-verein"
default_language = "de"
languages = ["de", "de-x-easy"]
time_zone = "Europe/Berlin"

[pack.title]
de = "Mein Verein"
de-x-easy = "Mein Verein"

# Die Themen für die Spalte categories / the topics for the categories column.
[topics.counselling]
de = "Beratung"
de-x-easy = "Beratung"
)";

const char* kCalendar =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Community Kiosk//Vorlage//DE\r\n"
    "BEGIN:VEVENT\r\nUID:offener-treff@mein-verein\r\nDTSTAMP:20260101T090000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20260107T170000\r\nDTEND;TZID=Europe/Berlin:20260107T190000\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=WE\r\nSUMMARY:Offener Treff\r\n"
    "DESCRIPTION:Jeden Mittwoch: Tee\\, Gespräche und Hilfe bei Briefen.\r\n"
    "LOCATION:Musterstraße 1\\, 04109 Leipzig\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

const char* kGuideGerman = R"(# So finden Sie uns

![Ein Haus in der Sonne.](../../images/beispiel.png)

Wir sind von Montag bis Freitag für Sie da, von 9 bis 16 Uhr.
Kommen Sie einfach vorbei, eine Anmeldung brauchen Sie nicht.
Jeden Mittwoch um 17 Uhr ist unser offener Treff.
)";

const char* kGuideEasy = R"(# So finden Sie uns

![Ein Haus in der Sonne.](../../images/beispiel.png)

Wir sind für Sie da.
Von Montag bis Freitag.
Von 9 Uhr bis 16 Uhr.
Sie können einfach kommen.
)";

const char* kGuideToml = "order = 1\npicture = \"beispiel.png\"\ntopic = \"counselling\"\n";

const char* kReadmeGerman = R"(VORLAGE FÜR IHRE KIOSK-INHALTE
==============================

Dieser Ordner ist ein vollständiges Beispiel. Ändern Sie die Dateien, stecken Sie den
USB-Stick in den Kiosk, geben Sie die Mitarbeiter-PIN ein (drei Sekunden oben rechts in
die Ecke drücken): der Kiosk prüft alles, zeigt eine Vorschau und veröffentlicht.

pack.toml
    Name und Sprachen Ihrer Inhalte und die Namen der Themen. Mit einem Texteditor
    öffnen. Die "id" ändern Sie einmal (kleine Buchstaben, Ziffern, Bindestriche) und
    danach nie wieder.

organisations.xlsx
    Ihre Liste: eine Zeile pro Organisation. Mit Excel oder LibreOffice öffnen. Die erste
    Zeile (die Spaltennamen) bitte nicht ändern. name@de-x-easy ist der Name in Leichter
    Sprache. opening_hours schreiben Sie wie "Mo-Fr 09:00-16:00; PH off" (PH = Feiertage).
    Benutzen Sie lieber LibreOffice oder speichern Sie als CSV? Im Ordner other-formats
    liegt dieselbe Liste als .ods und .csv: nehmen Sie eine davon in diesen Ordner und
    löschen Sie organisations.xlsx (es darf nur eine Liste geben).

events/mein-verein.ics
    Der Kalender der Organisation mit der id "mein-verein". Exportieren Sie Ihren
    Kalender aus Nextcloud, Google oder Outlook und legen Sie ihn hier unter diesem Namen ab.

guides/so-finden-sie-uns/
    Ein Ratgeber: de.md auf Deutsch, de-x-easy.md in Leichter Sprache. Mit einem
    Texteditor öffnen. Die erste Zeile mit # ist die Überschrift. guide.toml sagt,
    an welcher Stelle er steht und welches Bild er hat.

images/beispiel.png
    Ein Bild (PNG oder JPEG). Die Liste und die Ratgeber nennen Bilder beim Dateinamen.
)";

const char* kReadmeEnglish = R"(A TEMPLATE FOR YOUR KIOSK CONTENT
=================================

This folder is a complete example. Change the files, put the USB stick into the kiosk
and type the staff PIN (press the top-right corner for three seconds): the kiosk checks
everything, shows a preview and publishes it.

pack.toml
    The name and languages of your content and the names of the topics. Open it with a
    text editor. Change the "id" once (lower-case letters, digits, hyphens), then never again.

organisations.xlsx
    Your list: one row per organisation. Open it with Excel or LibreOffice. Please keep the
    first row (the column names). name@de-x-easy is the name in Easy German. Write
    opening_hours like "Mo-Fr 09:00-16:00; PH off" (PH = public holidays).
    Prefer LibreOffice or a CSV save? The folder other-formats holds the same list as .ods
    and .csv: move one of them into this folder and delete organisations.xlsx (there may
    be only one list).

events/mein-verein.ics
    The calendar of the organisation whose id is "mein-verein". Export your calendar from
    Nextcloud, Google or Outlook and save it here under that name.

guides/so-finden-sie-uns/
    A guide: de.md in German, de-x-easy.md in Easy German. Open them with a text editor.
    The first line with # is the title. guide.toml says where it stands and its picture.

images/beispiel.png
    A picture (PNG or JPEG). The list and the guides name pictures by their file name.
)";

}  // namespace

std::vector<std::pair<std::string, std::string>> starterFolderFiles() {
    return {
        {"LIESMICH.txt", kReadmeGerman},
        {"README.txt", kReadmeEnglish},
        {"pack.toml", kPackToml},
        {"organisations.xlsx", xlsxList()},
        {"other-formats/organisations.ods", odsList()},
        {"other-formats/organisations.csv", csvList()},
        {"events/mein-verein.ics", kCalendar},
        {"guides/so-finden-sie-uns/de.md", kGuideGerman},
        {"guides/so-finden-sie-uns/de-x-easy.md", kGuideEasy},
        {"guides/so-finden-sie-uns/guide.toml", kGuideToml},
        {"images/beispiel.png", examplePicture()},
    };
}

bool writeStarterFolder(const fs::path& dir, std::string* error) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
        *error = dir.string() + " is not empty; give a new folder";
        return false;
    }
    for (const auto& [name, bytes] : starterFolderFiles()) {
        const fs::path file = dir / name;
        fs::create_directories(file.parent_path(), ec);
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(bytes.data(), std::streamsize(bytes.size()))) {
            *error = "cannot write " + file.string();
            return false;
        }
    }
    return true;
}

}  // namespace content::pack
