// CSV as spreadsheets export it: BOM, ';' or ',', CRLF or LF, quoted cells
// with newlines and doubled quotes, and the line each record starts on.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "content/parse/csv.h"
#include "content/parse/text_encoding.h"
#include "tests/support/test_files.h"

namespace {

std::string readFixture(const std::string& name, const std::string& folder = "csv") {
    return test_files::readTestData("parse/" + folder + "/" + name);
}

}  // namespace

TEST_CASE("a LibreOffice export with BOM, ';', CRLF and a quoted newline reads with the right lines") {
    content::csv::ParseError error;
    auto table = content::csv::parseTable(readFixture("semicolon_bom_crlf.csv"), &error);
    REQUIRE(table);
    CHECK(table->separator == ';');
    // The BOM must not stick to the first column name.
    CHECK(table->header == std::vector<std::string>{"id", "name", "summary", "description"});
    CHECK(table->headerLine == 1);
    REQUIRE(table->records.size() == 2);

    const auto& first = table->records[0];
    CHECK(first.line == 2);
    CHECK(first.fields[0] == "beratung");
    CHECK(first.fields[1] == "Beratung \"International\"");
    CHECK(first.fields[2] == "Hilfe bei Anträgen");
    // CRLF inside the quoted cell became one "\n"; the ';' inside stayed text.
    CHECK(first.fields[3] == "Erste Zeile\nzweite Zeile; mit Semikolon");

    // The quoted newline moved the next record down one line, and the blank
    // line 4 is skipped, so "cafe" starts on line 5.
    const auto& second = table->records[1];
    CHECK(second.line == 5);
    CHECK(second.fields == std::vector<std::string>{"cafe", "Sprachcafé", "Deutsch üben, zusammen", ""});
}

TEST_CASE("comma-separated LF file without a final newline") {
    content::csv::ParseError error;
    auto table = content::csv::parseTable(readFixture("comma_lf_no_final_newline.csv"), &error);
    REQUIRE(table);
    CHECK(table->separator == ',');
    REQUIRE(table->records.size() == 1);
    CHECK(table->records[0].line == 2);
    CHECK(table->records[0].fields == std::vector<std::string>{"last", "Ende ohne\nZeilenumbruch", "say \"hi\""});
}

TEST_CASE("the separator is whichever of tab, ';' and ',' the header uses, quotes ignored") {
    CHECK(content::csv::detectSeparator("id;name;\"a,b,c\"\n") == ';');
    CHECK(content::csv::detectSeparator("id,name,\"a;b;c;d\"\n") == ',');
    CHECK(content::csv::detectSeparator("\xEF\xBB\xBFid;name\r\n1,2,3,4;5\r\n") == ';');
    CHECK(content::csv::detectSeparator("id\tname\tsummary@en\n1,2,3;4\n") == '\t');
    CHECK(content::csv::detectSeparator("\n\nid\tname\n") == '\t');  // blank lines above the header
    CHECK(content::csv::detectSeparator("id\n") == ',');
}

TEST_CASE("each save's bytes become the same UTF-8 text") {
    using content::text::Encoding;
    // Every fixture is one LibreOffice save of the same sheet (tests/data/parse/sheets).
    struct Save {
        const char* file;
        Encoding encoding;
        char separator;
    };
    for (const Save& save : {Save{"excel_csv_windows1252.csv", Encoding::Windows1252, ';'},
                             Save{"excel_unicode_text.txt", Encoding::Utf16LittleEndian, '\t'},
                             Save{"libreoffice_westeuropa.csv", Encoding::Windows1252, ','},
                             Save{"utf8_tab.csv", Encoding::Utf8, '\t'},
                             Save{"utf8_semicolon.csv", Encoding::Utf8, ';'}}) {
        CAPTURE(save.file);
        content::text::Decoded decoded = content::text::decode(readFixture(save.file, "sheets"));
        CHECK(decoded.encoding == save.encoding);
        content::csv::ParseError error;
        auto table = content::csv::parseTable(decoded.utf8, &error);
        REQUIRE(table);
        CHECK(table->separator == save.separator);
        CHECK(table->header.size() == 11);
        REQUIRE(table->records.size() == 2);
        CHECK(table->records[0].fields[1] == "Migrationsberatung „Brücke“");
        CHECK(table->records[0].fields[2] == "Migration advice \"Bridge\"");
        CHECK(table->records[0].fields[3] == "Hilfe bei Anträgen; Briefe, Formulare\nBeratung kostet 0 €");
        CHECK(table->records[0].row == 2);
        // The cell above spans two lines of the file; the row after the blank one is row 4.
        CHECK(table->records[1].line == 5);
        CHECK(table->records[1].row == 4);
        CHECK(table->records[1].fields[4] == "de;uk");
    }
}

TEST_CASE("encodings are told apart by BOM, validity and zero bytes") {
    using content::text::Encoding;
    using content::text::decode;
    CHECK(decode("Stra\xC3\x9F" "e").encoding == Encoding::Utf8);
    CHECK(decode("\xEF\xBB\xBFid").utf8 == "id");
    auto latin = decode("Stra\xDF" "e \x80 \x84" "Br\xFC" "cke\x93 \x96 \x81");
    CHECK(latin.encoding == Encoding::Windows1252);
    CHECK(latin.utf8 == "Straße € „Brücke“ – \xEF\xBF\xBD");  // 0x81 is undefined in Windows-1252
    std::string utf16be("\xFE\xFF\x00" "i\x00" "d\x06\x27", 8);
    CHECK(decode(utf16be).encoding == Encoding::Utf16BigEndian);
    CHECK(decode(utf16be).utf8 == "id\xD8\xA7");  // U+0627 ARABIC LETTER ALEF
    std::string noBom("i\0d\0\t\0n\0", 8);
    CHECK(decode(noBom).encoding == Encoding::Utf16LittleEndian);
    CHECK(decode(noBom).utf8 == "id\tn");
    std::string emoji("\xFF\xFE\x3D\xD8\x00\xDE\x00\xD8", 8);  // U+1F600, then a lone surrogate
    CHECK(decode(emoji).utf8 == "\xF0\x9F\x98\x80\xEF\xBF\xBD");
}

TEST_CASE("an unterminated quote is reported on the line where it opens") {
    content::csv::ParseError error;
    auto table = content::csv::parseTable(readFixture("unterminated_quote.csv"), &error);
    CHECK_FALSE(table);
    CHECK(error.line == 2);
    CHECK(error.message == "a quoted field is never closed (the quote opens on this line)");
}

TEST_CASE("a stray quote in the middle of a field and text after a closing quote are errors") {
    content::csv::ParseError error;
    CHECK_FALSE(content::csv::parseTable("id,name\nx,Café \"Sonne\"\n", &error));
    CHECK(error.line == 2);
    CHECK(error.message.find("in the middle of a field") != std::string::npos);
    CHECK_FALSE(content::csv::parseTable("id,name\n\ny,\"Sonne\" Café\n", &error));
    CHECK(error.line == 3);
    CHECK(error.message == "there is text after the closing quote of a field");
}

TEST_CASE("an empty file has no header") {
    content::csv::ParseError error;
    CHECK_FALSE(content::csv::parseTable("\xEF\xBB\xBF\r\n\r\n", &error));
    CHECK(error.message.find("empty") != std::string::npos);
}

TEST_CASE("spaces around a quoted field are dropped, inside kept; empty trailing cells count") {
    auto records = content::csv::parseRecords("a, \"b c\" ,\n,,\n", ',', nullptr);
    REQUIRE(records);
    REQUIRE(records->size() == 2);
    CHECK((*records)[0].fields == std::vector<std::string>{"a", "b c", ""});
    CHECK((*records)[1].fields == std::vector<std::string>{"", "", ""});
    CHECK((*records)[1].line == 2);
    CHECK((*records)[1].row == 2);
}
