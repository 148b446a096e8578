// Reading the first sheet of a spreadsheet file as staff saved it: Excel and
// Google Sheets (.xlsx, Office Open XML) and LibreOffice (.ods, OpenDocument).
// The result has the shape of a CSV table (csv.h): the first non-empty row
// names the columns, every record knows the row number the program shows.
// A cell's text is what the program shows in it, not the number stored
// behind it: a postcode formatted "00000" keeps its leading zero, a long phone
// number is never written "3,41E+10", a date is "2026-03-14" and a time "09:30".
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "content/parse/csv.h"

namespace content::sheet {

// Why a file could not be read, for a staff message ("the file is not an
// Excel workbook (.xlsx) or is damaged; save it again").
struct ReadError {
    std::string message;
    CheckWords words;  // the same as key and values (content/core/check_words.h)
    void set(CheckWords said) {
        message = english(said);
        words = std::move(said);
    }
};

std::optional<csv::Table> readXlsx(const std::filesystem::path& file, ReadError* error);
std::optional<csv::Table> readOds(const std::filesystem::path& file, ReadError* error);

// Spreadsheet column names: 0 -> "A", 25 -> "Z", 26 -> "AA".
std::string columnLetters(size_t index);
// "N14" -> column 13 (0-based), row 14; false for anything else.
bool parseCellReference(std::string_view reference, size_t* column, int* row);

}  // namespace content::sheet
