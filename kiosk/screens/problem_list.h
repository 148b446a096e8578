// The checker's problems as staff read them (kiosk/screens/staff_source.cpp
// on the kiosk, the desktop preview's side panel): grouped by file, each with
// its place as the spreadsheet program or an editor shows it (row and column
// letter, or line) and the checker's sentence on what to change; errors in
// red, warnings in the note colour. The list scrolls under the finger.
#pragma once

#include <string>
#include <vector>

#include "content/parse/source_folder.h"
#include "kiosk/app/app_state.h"
#include "kiosk/text/text.h"

namespace kiosk {

struct ProblemRow {
    std::string heading;  // a file's name, or empty for a problem of the next row's file
    std::string place;    // "Fehler · Zeile 3, Spalte E (opening_hours)"
    std::string message;
    bool error = false;
};

// The problems grouped by file, in the order the files first appear.
std::vector<ProblemRow> problemRows(const std::vector<content::Diagnostic>& diagnostics);

// A paragraph at the reading-start side of [x, x + width); returns the y below it.
float drawParagraph(AppState& state, const std::string& text, text::Style style, float x, float y, float width,
                    ImU32 color);

// The rows in a scroll area (`id`) filling `area`, their text in [x, x + width).
void drawProblemList(AppState& state, const std::string& id, const Rect& area, float x, float width,
                     const std::vector<ProblemRow>& rows);

}  // namespace kiosk
