// Reading a staff member's source folder into the content model, with every
// problem reported in words a staff member understands and with file + line:
//
//   pack.toml                     [pack] and [topics.<key>]
//   organisations.ods|.xlsx|.csv  one row per organisation (exactly one of them)
//   events/<organisation-id>.ics  that organisation's calendar
//   guides/<guide-id>/<lang>.md   one guide per folder, one file per language
//   guides/<guide-id>/guide.toml  optional: order, picture, topic, link
//   images/                       *.jpg *.jpeg *.png
//
// `kiosk-pack check` prints every diagnostic; `kiosk-pack build` refuses when
// there is any error.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "content/core/check_words.h"
#include "content/core/model.h"

namespace content {

struct Diagnostic {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string file;    // relative to the source folder, '/' separated ("events/foo.ics")
    int line = 0;        // 0 = the whole file
    std::string column;  // CSV column or TOML key, may be empty
    std::string message;  // in English: english(words) when there are words
    // A spreadsheet's cell: `line` is the row the spreadsheet program shows
    // and `columnLetter` its column ("N"), so staff find the cell at once.
    bool isRow = false;
    std::string columnLetter;
    // The sentence as key and values, for the staff screen's language;
    // empty for the few sentences said only in English.
    CheckWords words;
};

// "events/cafe.ics line 14: ..."; for a spreadsheet's cell
// "organisations.ods row 14, column N (opening_hours): 'Mo-Fr 9-17h' is not
// understood; ...". Warnings start with "warning: " after the location.
std::string formatDiagnostic(const Diagnostic& diagnostic);

struct SourceReadResult {
    Content content;
    std::vector<Diagnostic> diagnostics;
    bool ok() const;  // no Error diagnostics
    size_t errorCount() const;
    size_t warningCount() const;
};

SourceReadResult readSourceFolder(const std::filesystem::path& dir);

}  // namespace content
