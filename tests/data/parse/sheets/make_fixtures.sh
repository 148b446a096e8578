#!/bin/sh
# Saves the hand-written flat spreadsheets (organisations.fods,
# cell_types.fods, mistakes.fods) the way staff's programs save them, with real LibreOffice
# (Debian: libreoffice-calc-nogui). A test-WRITING tool only: the outputs are
# committed, and neither the build nor the tests run LibreOffice.
#
#   organisations.ods / .xlsx          LibreOffice's own format / "Excel 2007-365"
#   excel_csv_windows1252.csv          like Excel's "CSV (Trennzeichen-getrennt)": Windows-1252, ';'
#   excel_unicode_text.txt             like Excel's "Unicode-Text": UTF-16 with BOM, tabs
#   libreoffice_westeuropa.csv         LibreOffice's "Westeuropa (Windows-1252)", ','
#   utf8_tab.csv                       UTF-8, tab-separated
#   utf8_semicolon.csv                 UTF-8, ';' (Excel's "CSV UTF-8" in a German Excel, without BOM)
#   cell_types.ods / .xlsx             dates, times, number formats, rich text, comments
#   mistakes.ods / .xlsx               three wrong cells, for the row and column in messages
#
# Filter options: separator (ASCII code), text delimiter, character set
# (1 Windows-1252, 76 UTF-8, 65535 UTF-16), first line, cell format, language,
# quote all text cells.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work"  # a fresh LibreOffice profile, nothing from the user's
cd "$work"
cp "$here/organisations.fods" "$here/cell_types.fods" "$here/mistakes.fods" .

convert() {  # convert FILTER SOURCE TARGET
    mkdir -p out
    soffice --headless --convert-to "$1" --outdir out "$2" >/dev/null 2>&1
    mv "out/$(basename "$2" .fods).${1%%:*}" "$here/$3"
}
csv='csv:Text - txt - csv (StarCalc)'
convert ods organisations.fods organisations.ods
convert xlsx organisations.fods organisations.xlsx
convert "$csv:59,34,1,1,,,false" organisations.fods excel_csv_windows1252.csv
convert "$csv:9,34,65535,1,,,false" organisations.fods excel_unicode_text.txt
convert "$csv:44,34,1,1,,,true" organisations.fods libreoffice_westeuropa.csv
convert "$csv:9,34,76,1,,,false" organisations.fods utf8_tab.csv
convert "$csv:59,34,76,1,,,false" organisations.fods utf8_semicolon.csv
convert ods cell_types.fods cell_types.ods
convert xlsx cell_types.fods cell_types.xlsx
convert ods mistakes.fods mistakes.ods
convert xlsx mistakes.fods mistakes.xlsx
echo "fixtures written to $here"
