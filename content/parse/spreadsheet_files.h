// Internals of the spreadsheet readers (spreadsheet.h): the zip entries they
// read and the XML events they walk through. Not a public contract.
#pragma once

#include <zip.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/parse/spreadsheet.h"

namespace content::sheet {

// An opened .xlsx or .ods (both are zip archives of XML files).
class Archive {
public:
    static std::unique_ptr<Archive> open(const std::filesystem::path& file);
    ~Archive();
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;
    // The whole entry, or nullopt when it is missing, damaged or larger than
    // a sheet of organisations could ever be.
    std::optional<std::string> read(const std::string& name);
    bool has(const std::string& name) const;

private:
    explicit Archive(zip_t* zip) : zip_(zip) {}
    zip_t* zip_ = nullptr;
};

// Element and attribute names without their namespace ("table-cell", not
// "table:table-cell"): the files use fixed vocabularies, and writers differ in
// the prefixes they pick.
using Attributes = std::map<std::string, std::string, std::less<>>;

struct XmlHandler {
    std::function<void(std::string_view name, const Attributes& attributes)> start;
    std::function<void(std::string_view name)> end;
    std::function<void(std::string_view text)> text;
};

// Calls the handler for every element and text; false (with expat's reason)
// for XML that is not well-formed. Entity declarations are refused, so a
// crafted file cannot expand to gigabytes.
bool walkXml(std::string_view xml, const XmlHandler& handler, std::string* error);

// The attribute's value, or "" when absent.
const std::string& attribute(const Attributes& attributes, std::string_view name);

}  // namespace content::sheet


namespace content::sheet {

// Rows as read (row numbers as the program shows them, possibly empty ones)
// into a table: the first row with any text is the header, rows without text
// are dropped, cells are kept as they are (trimming is the reader's job).
std::optional<csv::Table> tableFromRows(std::vector<csv::Record> rows, ReadError* error);

// Cells repeated by a writer (ODS "number-columns-repeated", a row repeated to
// the sheet's end) are copied at most this often; only empty cells are ever
// repeated that much in a real file.
inline constexpr size_t kMaxRepeat = 1000;

}  // namespace content::sheet
