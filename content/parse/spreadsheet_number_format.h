// Shows an Office Open XML (.xlsx) number the way the spreadsheet program
// shows it with the cell's number format, so what staff typed is what the
// kiosk gets: "01067" for a postcode formatted "00000", "3411494728" for a
// phone number (never "3.41E+09"), "2026-03-14" for a date, "09:30" for a time.
#pragma once

#include <string>
#include <string_view>

namespace content::sheet {

struct NumberFormat {
    int id = 0;               // 0 = General; 1..49 are the built-in formats
    std::string code;         // the format code of a custom format (id >= 164)
};

// `stored` is the cell's <v> text ("1067", "45730.395833333336").
// `date1904`: the workbook counts days from 1904 (old Mac Excel).
std::string formatNumber(std::string_view stored, const NumberFormat& format, bool date1904);

}  // namespace content::sheet
