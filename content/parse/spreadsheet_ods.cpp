// OpenDocument spreadsheets (LibreOffice, also Excel's "ODS" save): the first
// table of content.xml. LibreOffice writes every cell's displayed text as its
// <text:p> paragraphs, so numbers come out formatted the way staff see them;
// dates and times are taken from their ISO values instead, so they do not
// depend on the locale a date was displayed in.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "content/parse/spreadsheet_files.h"

namespace content::sheet {

namespace {

size_t repeatCount(const Attributes& attributes, std::string_view name) {
    const std::string& text = attribute(attributes, name);
    if (text.empty()) return 1;
    long value = std::strtol(text.c_str(), nullptr, 10);
    return value < 1 ? 1 : static_cast<size_t>(value);
}

// "2026-03-14" stays; "2026-03-14T09:30:00" becomes "2026-03-14T09:30"; a
// midnight time is dropped (a date typed without time).
std::string isoDate(const std::string& value) {
    size_t t = value.find('T');
    if (t == std::string::npos) return value;
    std::string date = value.substr(0, t), time = value.substr(t + 1);
    if (time.size() >= 8 && time.compare(0, 8, "00:00:00") == 0) return date;
    if (time.size() >= 8 && time.compare(5, 3, ":00") == 0) time = time.substr(0, 5);
    else time = time.substr(0, 8);
    return date + "T" + time;
}

// "PT09H30M00S" -> "09:30" ("09:30:15" when there are seconds).
std::string isoTime(const std::string& value) {
    long hours = 0, minutes = 0;
    double seconds = 0;
    if (std::sscanf(value.c_str(), "PT%ldH%ldM%lfS", &hours, &minutes, &seconds) != 3) return value;
    long whole = std::lround(seconds);
    char text[32];
    if (whole == 0) std::snprintf(text, sizeof text, "%02ld:%02ld", hours, minutes);
    else std::snprintf(text, sizeof text, "%02ld:%02ld:%02ld", hours, minutes, whole);
    return text;
}

class OdsWalker {
public:
    XmlHandler handler() {
        return {[this](std::string_view name, const Attributes& attributes) { start(name, attributes); },
                [this](std::string_view name) { end(name); },
                [this](std::string_view text) {
                    if (paragraphDepth_ > 0 && annotationDepth_ == 0) cellText_ += text;
                }};
    }
    std::vector<csv::Record> rows;

private:
    void start(std::string_view name, const Attributes& attributes) {
        if (done_) return;
        if (name == "table") {
            if (++tableDepth_ == 1) inFirstTable_ = true;
            return;
        }
        if (!inFirstTable_ || tableDepth_ != 1) return;
        if (name == "table-row") {
            rowRepeat_ = repeatCount(attributes, "number-rows-repeated");
            cells_.clear();
            pendingEmpty_ = 0;
        } else if (name == "table-cell" || name == "covered-table-cell") {
            inCell_ = true;
            cellRepeat_ = repeatCount(attributes, "number-columns-repeated");
            valueType_ = attribute(attributes, "value-type");
            dateValue_ = attribute(attributes, "date-value");
            timeValue_ = attribute(attributes, "time-value");
            cellText_.clear();
            paragraphs_ = 0;
        } else if (!inCell_) {
            return;
        } else if (name == "annotation") {
            ++annotationDepth_;  // a comment on the cell, not its text
        } else if (annotationDepth_ > 0) {
            return;
        } else if (name == "p" || name == "h") {
            if (paragraphs_++ > 0) cellText_ += '\n';
            ++paragraphDepth_;
        } else if (name == "s") {
            cellText_.append(repeatCount(attributes, "c"), ' ');
        } else if (name == "tab") {
            cellText_ += '\t';
        } else if (name == "line-break") {
            cellText_ += '\n';
        }
    }

    void end(std::string_view name) {
        if (done_) return;
        if (name == "table") {
            if (--tableDepth_ == 0 && inFirstTable_) done_ = true;  // only the first sheet
            return;
        }
        if (!inFirstTable_ || tableDepth_ != 1) return;
        if (name == "annotation") {
            --annotationDepth_;
        } else if ((name == "p" || name == "h") && annotationDepth_ == 0 && inCell_) {
            --paragraphDepth_;
        } else if (name == "table-cell" || name == "covered-table-cell") {
            endCell();
        } else if (name == "table-row") {
            endRow();
        }
    }

    void endCell() {
        inCell_ = false;
        std::string text = cellText_;
        if (valueType_ == "date" && !dateValue_.empty()) text = isoDate(dateValue_);
        else if (valueType_ == "time" && !timeValue_.empty()) text = isoTime(timeValue_);
        if (text.empty()) {
            pendingEmpty_ += cellRepeat_;
            return;
        }
        cells_.resize(cells_.size() + std::min(pendingEmpty_, kMaxRepeat * 20));
        pendingEmpty_ = 0;
        for (size_t i = 0; i < std::min(cellRepeat_, kMaxRepeat); ++i) cells_.push_back(text);
    }

    void endRow() {
        if (!cells_.empty()) {
            for (size_t i = 0; i < std::min(rowRepeat_, kMaxRepeat); ++i) {
                csv::Record record;
                record.row = record.line = nextRow_ + static_cast<int>(i);
                record.fields = cells_;
                rows.push_back(std::move(record));
            }
        }
        nextRow_ += static_cast<int>(std::min<size_t>(rowRepeat_, 1u << 24));
    }

    int tableDepth_ = 0;
    bool inFirstTable_ = false, done_ = false, inCell_ = false;
    int annotationDepth_ = 0, paragraphDepth_ = 0, paragraphs_ = 0;
    size_t rowRepeat_ = 1, cellRepeat_ = 1, pendingEmpty_ = 0;
    int nextRow_ = 1;
    std::string valueType_, dateValue_, timeValue_, cellText_;
    std::vector<std::string> cells_;
};

}  // namespace

std::optional<csv::Table> readOds(const std::filesystem::path& file, ReadError* error) {
    auto fail = [&](CheckWords problem) -> std::optional<csv::Table> {
        if (error) error->set(std::move(problem));
        return std::nullopt;
    };
    auto archive = Archive::open(file);
    if (!archive) return fail(say("sheet.not_ods"));
    auto content = archive->read("content.xml");
    if (!content) return fail(say("sheet.ods_no_content"));
    OdsWalker walker;
    std::string why;
    if (!walkXml(*content, walker.handler(), &why))
        return fail(say("sheet.ods_unreadable", {{"reason", why}}));
    return tableFromRows(std::move(walker.rows), error);
}

}  // namespace content::sheet
