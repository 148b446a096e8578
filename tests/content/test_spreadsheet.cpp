// Spreadsheets as staff's programs save them: .ods and .xlsx written by real
// LibreOffice (tests/data/parse/sheets/make_fixtures.sh), and .xlsx parts the
// way Excel and Google Sheets write them (inline strings, built-in formats,
// escapes), built here byte by byte.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <unistd.h>

#include "content/pack/zip_writer.h"
#include "content/parse/spreadsheet.h"
#include "content/parse/spreadsheet_number_format.h"

namespace fs = std::filesystem;
using content::sheet::NumberFormat;

namespace {

const fs::path kSheets = fs::path(TEST_DATA_DIR) / "parse" / "sheets";

// kind -> value of the two-column cell_types fixture.
std::map<std::string, std::string> cellTypes(const content::csv::Table& table) {
    std::map<std::string, std::string> values;
    for (const auto& record : table.records)
        if (record.fields.size() >= 2) values[record.fields[0]] = record.fields[1];
    return values;
}

content::csv::Table read(const fs::path& file) {
    content::sheet::ReadError error;
    auto table = file.extension() == ".ods" ? content::sheet::readOds(file, &error) : content::sheet::readXlsx(file, &error);
    INFO(error.message);
    REQUIRE(table);
    return *table;
}

// An .xlsx made of the given parts plus the boilerplate every workbook has.
fs::path writeWorkbook(const std::string& name, const std::string& sheetXml, const std::string& sharedStrings,
                       const std::string& styles, const std::string& workbookPr = "") {
    fs::path file = fs::temp_directory_path() / ("kiosk-sheet-" + std::to_string(getpid()) + "-" + name + ".xlsx");
    const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::vector<std::pair<std::string, std::string>> parts = {
        {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + ns + " xmlns:r=\"" + rel + "\">" + workbookPr +
                                "<sheets><sheet name=\"Tabelle1\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Zwei\" sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId8\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/second.xml\"/>"
         "<Relationship Id=\"rId7\" Type=\"" + rel + "/worksheet\" Target=\"/xl/worksheets/first.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/></Relationships>"},
        {"xl/worksheets/first.xml", "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData>" + sheetXml + "</sheetData></worksheet>"},
        {"xl/worksheets/second.xml", "<?xml version=\"1.0\"?><worksheet " + ns + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>second sheet</t></is></c></row></sheetData></worksheet>"},
        {"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst " + ns + ">" + sharedStrings + "</sst>"},
        {"xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet " + ns + ">" + styles + "</styleSheet>"},
    };
    std::vector<content::pack::ZipEntrySource> entries;
    for (auto& [partName, bytes] : parts) {
        content::pack::ZipEntrySource entry;
        entry.name = partName;
        entry.bytes = bytes;
        entries.push_back(entry);
    }
    std::string error;
    REQUIRE_MESSAGE(content::pack::writeZip(file, entries, &error), error);
    return file;
}

}  // namespace

TEST_CASE("LibreOffice's .ods and .xlsx of the cell-type sheet read as the program shows them") {
    for (const char* name : {"cell_types.ods", "cell_types.xlsx"}) {
        CAPTURE(name);
        content::csv::Table table = read(kSheets / name);
        CHECK(table.header == std::vector<std::string>{"kind", "value"});
        CHECK(table.headerRow == 1);
        auto values = cellTypes(table);
        CHECK(values["postcode 00000"] == "01067");
        CHECK(values["long number"] == "4934114947280");
        CHECK(values["number as text"] == "0049341");
        CHECK(values["two decimals"] == "2.50");
        CHECK(values["percent"] == "25%");
        CHECK(values["date"] == "2026-03-14");
        CHECK(values["time"] == "09:30");
        CHECK(values["date and time"] == "2026-12-24T17:45");
        CHECK(values["boolean"] == "TRUE");
        CHECK(values["arabic"] == "استشارة للمهاجرين");
        CHECK(values["rich text"] == "Mo-Fr 09:00-17:00");
        CHECK(values["spaces and lines"] == "a   b\nsecond line");
        CHECK(values["with a comment"] == "value");  // the comment is not the cell's text
        CHECK(values["formula"] == "Leipzig");        // the result, not the formula
        // Row 16 is empty and dropped; row 17 has text in column D only.
        REQUIRE(table.records.size() == 15);
        const auto& last = table.records.back();
        CHECK(last.row == 17);
        CHECK(last.fields == std::vector<std::string>{"", "", "", "far column"});
    }
}

TEST_CASE("the organisation list saved as .ods and .xlsx: first sheet only, rows numbered as shown") {
    for (const char* name : {"organisations.ods", "organisations.xlsx"}) {
        CAPTURE(name);
        content::csv::Table table = read(kSheets / name);
        CHECK(table.header.size() == 11);
        CHECK(table.header[6] == "postcode");
        REQUIRE(table.records.size() == 2);  // "Notizen", the second sheet, is not read
        CHECK(table.records[0].row == 2);
        CHECK(table.records[0].fields[3] == "Hilfe bei Anträgen; Briefe, Formulare\nBeratung kostet 0 €");
        CHECK(table.records[1].row == 4);  // row 3 is empty
        CHECK(table.records[1].fields[6] == "01067");
        CHECK(table.records[1].fields[8] == "4915112345678");
    }
}

TEST_CASE("an Excel-style workbook: inline and rich shared strings, escapes, built-in formats, the listed first sheet") {
    const std::string styles =
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-407]DD.MM.YYYY\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"  // not a cell format: must not count
        "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"20\"/><xf numFmtId=\"164\"/><xf numFmtId=\"49\"/></cellXfs>";
    const std::string strings =
        "<si><t>id</t></si><si><t>name</t></si>"
        "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Café </t></r><r><t>Sonne</t></r><rPh sb=\"0\" eb=\"1\"><t>furigana</t></rPh></si>"
        "<si><t>Zeile eins_x000D_\nZeile zwei, a_x005F_x0041_b</t></si>";
    const std::string sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>date</t></is></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><t>time</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><r><t>cus</t></r><r><t>tom</t></r></is></c>"
        "<c r=\"F1\" t=\"inlineStr\"><is><t>phone</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>cafe</t></is></c><c r=\"B3\" t=\"s\"><v>2</v></c><c r=\"C3\" s=\"1\"><v>46095</v></c>"
        "<c r=\"D3\" s=\"2\"><v>0.39583333333333331</v></c><c r=\"E3\" s=\"3\"><v>45000</v></c><c r=\"F3\"><v>34114947280</v></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"str\"><f>LOWER(\"X\")</f><v>x</v></c><c r=\"B4\" t=\"s\"><v>3</v></c>"
        "<c r=\"F4\" s=\"4\"><v>4930123</v></c><c r=\"G4\" t=\"b\"><v>0</v></c></row>";
    fs::path file = writeWorkbook("excel", sheet, strings, styles);
    content::csv::Table table = read(file);
    CHECK(table.header == std::vector<std::string>{"id", "name", "date", "time", "custom", "phone"});
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].row == 3);
    CHECK(table.records[0].fields == std::vector<std::string>{"cafe", "Café Sonne", "2026-03-14", "09:30", "2023-03-15", "34114947280"});
    CHECK(table.records[1].row == 4);
    CHECK(table.records[1].fields == std::vector<std::string>{"x", "Zeile eins\nZeile zwei, a_x0041_b", "", "", "", "4930123", "FALSE"});
    fs::remove(file);

    // Old Mac workbooks count days from 1904.
    file = writeWorkbook("mac", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>d</t></is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>44633</v></c></row>",
                         "", styles, "<workbookPr date1904=\"1\"/>");
    CHECK(read(file).records.at(0).fields.at(0) == "2026-03-14");
    fs::remove(file);
}

TEST_CASE("a number shown through its format") {
    CHECK(content::sheet::formatNumber("1067", NumberFormat{0, ""}, false) == "1067");
    CHECK(content::sheet::formatNumber("1067", NumberFormat{165, "00000"}, false) == "01067");
    CHECK(content::sheet::formatNumber("4.9341149472800003E+12", NumberFormat{0, ""}, false) == "4934114947280");
    CHECK(content::sheet::formatNumber("0.1", NumberFormat{0, ""}, false) == "0.1");
    CHECK(content::sheet::formatNumber("2.5", NumberFormat{2, ""}, false) == "2.50");
    CHECK(content::sheet::formatNumber("0.25", NumberFormat{9, ""}, false) == "25%");
    CHECK(content::sheet::formatNumber("46095", NumberFormat{14, ""}, false) == "2026-03-14");
    CHECK(content::sheet::formatNumber("46095.75", NumberFormat{22, ""}, false) == "2026-03-14T18:00");
    CHECK(content::sheet::formatNumber("0.5", NumberFormat{166, "HH:MM:SS"}, false) == "12:00");
    CHECK(content::sheet::formatNumber("1", NumberFormat{14, ""}, false) == "1900-01-01");
    CHECK(content::sheet::formatNumber("61", NumberFormat{14, ""}, false) == "1900-03-01");  // after Excel's 29 Feb 1900
    CHECK(content::sheet::formatNumber("12", NumberFormat{167, "\"Raum \"0"}, false) == "12");
    CHECK(content::sheet::formatNumber("not a number", NumberFormat{0, ""}, false) == "not a number");
}

TEST_CASE("column letters and cell references as spreadsheets write them") {
    CHECK(content::sheet::columnLetters(0) == "A");
    CHECK(content::sheet::columnLetters(13) == "N");
    CHECK(content::sheet::columnLetters(25) == "Z");
    CHECK(content::sheet::columnLetters(26) == "AA");
    CHECK(content::sheet::columnLetters(701) == "ZZ");
    CHECK(content::sheet::columnLetters(702) == "AAA");
    size_t column = 0;
    int row = 0;
    CHECK(content::sheet::parseCellReference("N14", &column, &row));
    CHECK(column == 13);
    CHECK(row == 14);
    CHECK(content::sheet::parseCellReference("AA1", &column, &row));
    CHECK(column == 26);
    CHECK_FALSE(content::sheet::parseCellReference("14", &column, &row));
    CHECK_FALSE(content::sheet::parseCellReference("A0", &column, &row));
    CHECK_FALSE(content::sheet::parseCellReference("a1", &column, &row));
}

TEST_CASE("files that are not spreadsheets say so") {
    content::sheet::ReadError error;
    CHECK_FALSE(content::sheet::readXlsx(kSheets / "utf8_tab.csv", &error));
    CHECK(error.message == "the file is not an Excel workbook (.xlsx) or it is damaged; open it and save it again");
    CHECK_FALSE(content::sheet::readOds(kSheets / "organisations.xlsx", &error));
    CHECK(error.message == "the spreadsheet has no readable content (content.xml); open it and save it again");
    fs::path file = writeWorkbook("no-references", "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>", "", "");
    CHECK(read(file).header == std::vector<std::string>{"a"});  // cells without r="A1" count from A
    fs::remove(file);
}
