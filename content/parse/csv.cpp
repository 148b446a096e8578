#include "content/parse/csv.h"

namespace content::csv {

namespace {

std::string_view withoutBom(std::string_view text) {
    if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
        static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
        text.remove_prefix(3);
    return text;
}

std::string trim(const std::string& text) {
    size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return "";
    size_t end = text.find_last_not_of(" \t");
    return text.substr(begin, end - begin + 1);
}

bool isBlank(const Record& record) {
    for (const std::string& field : record.fields)
        if (!trim(field).empty()) return false;
    return true;
}

}  // namespace

char detectSeparator(std::string_view text) {
    text = withoutBom(text);
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false, seenText = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;  // "" toggles twice, which is right
        if (quoted) continue;
        if (c == '\n' || c == '\r') {
            if (seenText) break;
            continue;  // blank lines above the header
        }
        seenText = true;
        if (c == ',') ++commas;
        if (c == ';') ++semicolons;
        if (c == '\t') ++tabs;
    }
    if (tabs > semicolons && tabs > commas) return '\t';
    return semicolons > commas ? ';' : ',';
}

std::optional<std::vector<Record>> parseRecords(std::string_view text, char separator, ParseError* error) {
    text = withoutBom(text);
    std::vector<Record> records;
    Record current;
    std::string field;
    int line = 1;
    current.line = 1;
    current.row = 1;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int quoteStartLine = 0;
    auto endField = [&] {
        current.fields.push_back(std::move(field));
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records.push_back(std::move(current));
        current = Record{};
    };
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                // CRLF inside a cell is one line break.
                field += '\n';
                ++i;
                ++line;
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            // A quote opens a quoted field only at the field's start (spaces
            // before it are allowed and dropped).
            if (fieldWasQuoted || trim(field) != "") {
                if (error) *error = {line, english(say("csv.quote_inside")), say("csv.quote_inside")};
                return std::nullopt;
            }
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
            continue;
        }
        if (c == separator) {
            endField();
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            const int row = current.row;
            endRecord();
            ++line;
            current.line = line;
            current.row = row + 1;
            continue;
        }
        if (fieldWasQuoted) {
            if (c == ' ' || c == '\t') continue;
            if (error) *error = {line, english(say("csv.text_after_quote")), say("csv.text_after_quote")};
            return std::nullopt;
        }
        field += c;
    }
    if (quoted) {
        if (error) *error = {quoteStartLine, english(say("csv.open_quote")), say("csv.open_quote")};
        return std::nullopt;
    }
    if (!field.empty() || !current.fields.empty() || fieldWasQuoted) endRecord();
    return records;
}

std::optional<Table> parseTable(std::string_view text, ParseError* error) {
    Table table;
    table.separator = detectSeparator(text);
    auto records = parseRecords(text, table.separator, error);
    if (!records) return std::nullopt;
    size_t first = 0;
    while (first < records->size() && isBlank((*records)[first])) ++first;
    if (first == records->size()) {
        if (error) *error = {1, english(say("csv.empty")), say("csv.empty")};
        return std::nullopt;
    }
    table.headerLine = (*records)[first].line;
    table.headerRow = (*records)[first].row;
    for (const std::string& name : (*records)[first].fields) table.header.push_back(trim(name));
    for (size_t i = first + 1; i < records->size(); ++i)
        if (!isBlank((*records)[i])) table.records.push_back(std::move((*records)[i]));
    return table;
}

}  // namespace content::csv
