#include "content/parse/spreadsheet.h"

#include "content/parse/spreadsheet_files.h"

namespace content::sheet {

std::string columnLetters(size_t index) {
    std::string letters;
    for (size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

bool parseCellReference(std::string_view reference, size_t* column, int* row) {
    size_t i = 0, letters = 0, number = 0;
    for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) letters = letters * 26 + size_t(reference[i] - 'A' + 1);
    if (i == 0 || i > 3 || i == reference.size()) return false;
    for (; i < reference.size(); ++i) {
        if (reference[i] < '0' || reference[i] > '9' || number > 10000000) return false;
        number = number * 10 + size_t(reference[i] - '0');
    }
    if (number == 0) return false;
    *column = letters - 1;
    *row = static_cast<int>(number);
    return true;
}

std::optional<csv::Table> tableFromRows(std::vector<csv::Record> rows, ReadError* error) {
    auto hasText = [](const csv::Record& row) {
        for (const std::string& cell : row.fields)
            if (cell.find_first_not_of(" \t\n") != std::string::npos) return true;
        return false;
    };
    csv::Table table;
    bool haveHeader = false;
    for (csv::Record& row : rows) {
        if (!hasText(row)) continue;
        if (!haveHeader) {
            table.headerLine = table.headerRow = row.row;
            for (const std::string& name : row.fields) {
                size_t begin = name.find_first_not_of(" \t\n"), end = name.find_last_not_of(" \t\n");
                table.header.push_back(begin == std::string::npos ? "" : name.substr(begin, end - begin + 1));
            }
            haveHeader = true;
            continue;
        }
        table.records.push_back(std::move(row));
    }
    if (!haveHeader) {
        if (error) error->set(say("sheet.empty"));
        return std::nullopt;
    }
    return table;
}

}  // namespace content::sheet
