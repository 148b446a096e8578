// A CSV reader for what spreadsheets export (as UTF-8; text_encoding.h turns
// other saves into UTF-8 first): with or without BOM, tab, ';' or ','
// separator (detected from the header line), CRLF or LF, quoted fields with
// embedded separators, newlines and "" quotes. Every record remembers the line
// of the file it starts on and the row a spreadsheet program shows it in.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/check_words.h"

namespace content::csv {

struct Record {
    int line = 0;                     // 1-based line where the record starts
    int row = 0;                      // 1-based row when a spreadsheet opens the file (blank lines count)
    std::vector<std::string> fields;  // CRLF inside quoted fields becomes "\n"
};

struct Table {
    char separator = ',';
    std::vector<std::string> header;  // first record, names trimmed
    int headerLine = 1;
    int headerRow = 1;
    std::vector<Record> records;      // data records, blank lines skipped
};

struct ParseError {
    int line = 0;
    std::string message;  // e.g. "a quoted field is never closed (it starts here)"
    CheckWords words;     // the same as key and values (content/core/check_words.h)
};

// Tab, ';' or ',', whichever occurs most often outside quotes in the first
// non-blank line (',' when there is none of them).
char detectSeparator(std::string_view text);

// Splits the whole text into records (the header included).
std::optional<std::vector<Record>> parseRecords(std::string_view text, char separator, ParseError* error);

// Header plus data records. Fails on an unterminated quote, text after a
// closing quote, or an empty file.
std::optional<Table> parseTable(std::string_view text, ParseError* error);

}  // namespace content::csv
