// Office Open XML workbooks (Excel, Google Sheets' "Download as .xlsx",
// LibreOffice's "Excel 2007-365" save): the first sheet the workbook lists,
// its shared and inline strings, and each number shown through its cell's
// number format (spreadsheet_number_format.h).
#include <cstdlib>
#include <vector>

#include "content/parse/spreadsheet_files.h"
#include "content/parse/spreadsheet_number_format.h"
#include "content/core/text_checks.h"

namespace content::sheet {

namespace {

// Excel writes characters XML cannot carry as "_x000D_"; "_x005F_" escapes
// an underscore that would otherwise look like the start of one.
std::string withoutOoxmlEscapes(std::string text) {
    if (text.find("_x") == std::string::npos) return text;
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            char* end = nullptr;
            std::string hex = text.substr(i + 2, 4);
            unsigned long code = std::strtoul(hex.c_str(), &end, 16);
            if (end == hex.c_str() + 4) {
                // A CR of a Windows line break ("_x000D_\n") is dropped.
                if (code != 0x0D) appendUtf8(out, static_cast<char32_t>(code));
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Collects the text of <t> elements, leaving out phonetic guides (<rPh>).
struct TextCollector {
    bool inText = false;
    int phoneticDepth = 0;
    std::string text;
    void start(std::string_view name) {
        if (name == "rPh") ++phoneticDepth;
        else if (name == "t" && phoneticDepth == 0) inText = true;
    }
    void end(std::string_view name) {
        if (name == "rPh") --phoneticDepth;
        else if (name == "t") inText = false;
    }
    void add(std::string_view part) {
        if (inText) text += part;
    }
};

std::vector<std::string> readSharedStrings(std::string_view xml, std::string* error) {
    std::vector<std::string> strings;
    TextCollector collector;
    walkXml(xml,
            {[&](std::string_view name, const Attributes&) {
                 if (name == "si") collector.text.clear();
                 collector.start(name);
             },
             [&](std::string_view name) {
                 collector.end(name);
                 if (name == "si") strings.push_back(withoutOoxmlEscapes(collector.text));
             },
             [&](std::string_view text) { collector.add(text); }},
            error);
    return strings;
}

std::vector<NumberFormat> readCellFormats(std::string_view xml) {
    std::map<int, std::string> customCodes;
    std::vector<NumberFormat> formats;
    bool inCellFormats = false;
    walkXml(xml,
            {[&](std::string_view name, const Attributes& attributes) {
                 if (name == "numFmt") {
                     customCodes[std::atoi(attribute(attributes, "numFmtId").c_str())] = attribute(attributes, "formatCode");
                 } else if (name == "cellXfs") {
                     inCellFormats = true;
                 } else if (name == "xf" && inCellFormats) {
                     NumberFormat format;
                     format.id = std::atoi(attribute(attributes, "numFmtId").c_str());
                     if (auto it = customCodes.find(format.id); it != customCodes.end()) format.code = it->second;
                     formats.push_back(format);
                 }
             },
             [&](std::string_view name) {
                 if (name == "cellXfs") inCellFormats = false;
             },
             nullptr},
            nullptr);
    return formats;
}

struct Relationships {
    std::map<std::string, std::string> targetById;
    std::string sharedStrings, styles;  // targets by type
};

// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml".
std::string partPath(const std::string& target) {
    if (target.starts_with("/")) return target.substr(1);
    return "xl/" + target;
}

Relationships readRelationships(std::string_view xml) {
    Relationships relationships;
    walkXml(xml,
            {[&](std::string_view name, const Attributes& attributes) {
                 if (name != "Relationship") return;
                 const std::string target = partPath(attribute(attributes, "Target"));
                 const std::string& type = attribute(attributes, "Type");
                 relationships.targetById[attribute(attributes, "Id")] = target;
                 if (type.ends_with("/sharedStrings")) relationships.sharedStrings = target;
                 if (type.ends_with("/styles")) relationships.styles = target;
             },
             nullptr, nullptr},
            nullptr);
    return relationships;
}

struct Workbook {
    std::string firstSheetRelationship;
    bool date1904 = false;
};

Workbook readWorkbook(std::string_view xml) {
    Workbook workbook;
    walkXml(xml,
            {[&](std::string_view name, const Attributes& attributes) {
                 if (name == "sheet" && workbook.firstSheetRelationship.empty()) workbook.firstSheetRelationship = attribute(attributes, "id");
                 if (name == "workbookPr") {
                     const std::string& value = attribute(attributes, "date1904");
                     workbook.date1904 = value == "1" || value == "true";
                 }
             },
             nullptr, nullptr},
            nullptr);
    return workbook;
}

class SheetWalker {
public:
    SheetWalker(const std::vector<std::string>& strings, const std::vector<NumberFormat>& formats, bool date1904)
        : strings_(strings), formats_(formats), date1904_(date1904) {}
    XmlHandler handler() {
        return {[this](std::string_view name, const Attributes& attributes) { start(name, attributes); },
                [this](std::string_view name) { end(name); },
                [this](std::string_view text) {
                    if (inValue_) value_ += text;
                    inline_.add(text);
                }};
    }
    std::vector<csv::Record> rows;

private:
    void start(std::string_view name, const Attributes& attributes) {
        if (name == "row") {
            const std::string& number = attribute(attributes, "r");
            rowNumber_ = number.empty() ? rowNumber_ + 1 : std::atoi(number.c_str());
            cells_.clear();
            column_ = 0;
        } else if (name == "c") {
            size_t column = 0;
            int row = 0;
            if (parseCellReference(attribute(attributes, "r"), &column, &row)) column_ = column;
            type_ = attribute(attributes, "t");
            style_ = static_cast<size_t>(std::atoi(attribute(attributes, "s").c_str()));
            value_.clear();
            inline_ = TextCollector{};
            inCell_ = true;
        } else if (inCell_ && name == "v") {
            inValue_ = true;
        } else if (inCell_ && type_ == "inlineStr") {
            inline_.start(name);
        }
    }

    void end(std::string_view name) {
        if (name == "v") {
            inValue_ = false;
        } else if (name == "c") {
            inCell_ = false;
            std::string text = cellText();
            if (!text.empty() && column_ < 16384) {
                if (cells_.size() <= column_) cells_.resize(column_ + 1);
                cells_[column_] = std::move(text);
            }
            ++column_;
        } else if (name == "row") {
            if (!cells_.empty()) {
                csv::Record record;
                record.row = record.line = rowNumber_;
                record.fields = std::move(cells_);
                rows.push_back(std::move(record));
            }
            cells_.clear();
        } else if (inCell_) {
            inline_.end(name);
        }
    }

    std::string cellText() const {
        if (type_ == "s") {
            size_t index = static_cast<size_t>(std::strtoul(value_.c_str(), nullptr, 10));
            return index < strings_.size() ? strings_[index] : std::string();
        }
        if (type_ == "inlineStr") return withoutOoxmlEscapes(inline_.text);
        if (type_ == "str" || type_ == "e") return withoutOoxmlEscapes(value_);
        if (type_ == "b") return value_ == "1" ? "TRUE" : "FALSE";
        if (type_ == "d") return value_.substr(0, value_.find("T00:00:00"));
        if (value_.empty()) return "";
        NumberFormat format = style_ < formats_.size() ? formats_[style_] : NumberFormat{};
        return formatNumber(value_, format, date1904_);
    }

    const std::vector<std::string>& strings_;
    const std::vector<NumberFormat>& formats_;
    bool date1904_;
    int rowNumber_ = 0;
    size_t column_ = 0, style_ = 0;
    bool inCell_ = false, inValue_ = false;
    std::string type_, value_;
    TextCollector inline_;
    std::vector<std::string> cells_;
};

}  // namespace

std::optional<csv::Table> readXlsx(const std::filesystem::path& file, ReadError* error) {
    auto fail = [&](CheckWords problem) -> std::optional<csv::Table> {
        if (error) error->set(std::move(problem));
        return std::nullopt;
    };
    auto archive = Archive::open(file);
    if (!archive) return fail(say("sheet.not_xlsx"));
    auto workbookXml = archive->read("xl/workbook.xml");
    auto relationshipsXml = archive->read("xl/_rels/workbook.xml.rels");
    if (!workbookXml || !relationshipsXml)
        return fail(say("sheet.xlsx_no_sheets"));
    Workbook workbook = readWorkbook(*workbookXml);
    Relationships relationships = readRelationships(*relationshipsXml);
    auto sheetPath = relationships.targetById.find(workbook.firstSheetRelationship);
    if (sheetPath == relationships.targetById.end()) return fail(say("sheet.xlsx_no_sheet"));

    std::vector<std::string> strings;
    const std::string sharedStringsPath = relationships.sharedStrings.empty() ? "xl/sharedStrings.xml" : relationships.sharedStrings;
    if (archive->has(sharedStringsPath)) {
        auto xml = archive->read(sharedStringsPath);
        std::string why;
        if (xml) strings = readSharedStrings(*xml, &why);
        if (!xml || !why.empty()) return fail(say("sheet.xlsx_texts", {{"reason", xml ? why : "damaged"}}));
    }
    std::vector<NumberFormat> formats;
    const std::string stylesPath = relationships.styles.empty() ? "xl/styles.xml" : relationships.styles;
    if (auto xml = archive->read(stylesPath)) formats = readCellFormats(*xml);

    auto sheetXml = archive->read(sheetPath->second);
    if (!sheetXml) return fail(say("sheet.xlsx_sheet"));
    SheetWalker walker(strings, formats, workbook.date1904);
    std::string why;
    if (!walkXml(*sheetXml, walker.handler(), &why))
        return fail(say("sheet.xlsx_sheet_why", {{"reason", why}}));
    return tableFromRows(std::move(walker.rows), error);
}

}  // namespace content::sheet
