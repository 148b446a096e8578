// CSV as spreadsheets export it: BOM, ';' or ',', CRLF or LF, quoted cells
// with newlines and doubled quotes, and the line each record starts on.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "content/parse/csv.h"

namespace {

std::string readFixture(const std::string& name) {
    std::ifstream stream(std::string(TEST_DATA_DIR) + "/parse/csv/" + name, std::ios::binary);
    REQUIRE(stream);
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
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

TEST_CASE("the separator is whichever of ',' and ';' the header uses, quotes ignored") {
    CHECK(content::csv::detectSeparator("id;name;\"a,b,c\"\n") == ';');
    CHECK(content::csv::detectSeparator("id,name,\"a;b;c;d\"\n") == ',');
    CHECK(content::csv::detectSeparator("\xEF\xBB\xBFid;name\r\n1,2,3,4;5\r\n") == ';');
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
}
