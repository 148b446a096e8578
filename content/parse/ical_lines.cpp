#include "content/parse/ical_lines.h"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>

namespace content::ical {

std::vector<SourceLine> unfoldLines(std::string_view text) {
    std::vector<SourceLine> lines;
    int number = 0;
    size_t position = 0;
    while (position <= text.size()) {
        size_t end = text.find('\n', position);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(position, end - position);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++number;
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !lines.empty())
            lines.back().text += line.substr(1);
        else if (!line.empty())
            lines.push_back({number, std::string(line)});
        if (end == text.size()) break;
        position = end + 1;
    }
    return lines;
}

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

std::string propertyNameOf(const std::string& line) {
    size_t end = line.find_first_of(";:");
    return upper(line.substr(0, end));
}

namespace {

// Where the value starts: after the first ':' that is not inside a quoted
// parameter value (TZID="GMT+01:00"). npos when there is no ':'.
size_t valueStart(const std::string& line) {
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') quoted = !quoted;
        else if (line[i] == ':' && !quoted) return i + 1;
    }
    return std::string::npos;
}

bool isKnownPropertyName(const std::string& name) {
    if (name.starts_with("X-") || name == "BEGIN" || name == "END") return true;
    return icalproperty_string_to_kind(name.c_str()) != ICAL_NO_PROPERTY;
}

}  // namespace

std::string cleanedForLibical(const std::vector<SourceLine>& lines) {
    std::string text;
    for (const SourceLine& line : lines) {
        const std::string name = propertyNameOf(line.text);
        if (name == "X-LIC-ERROR") continue;
        const size_t value = valueStart(line.text);
        if (value == std::string::npos || value == line.text.size()) continue;
        if (!isKnownPropertyName(name)) continue;
        text += line.text;
        text += "\r\n";
    }
    return text;
}

LineIndex::LineIndex(std::vector<SourceLine> lines) : lines_(std::move(lines)) {
    if (!structureProblem()) repairNesting();
    for (size_t i = 0; i < lines_.size(); ++i) {
        std::string line = upper(lines_[i].text);
        if (line == "BEGIN:VEVENT") events_.push_back({i, lines_.size() - 1});
        if (line == "END:VEVENT" && !events_.empty()) events_.back().lastLine = i;
    }
}

Problem calendarError(int line, CheckWords words) {
    std::string message = english(words);
    return {true, line, std::move(message), std::move(words)};
}

Problem calendarWarning(int line, CheckWords words) {
    Problem problem = calendarError(line, std::move(words));
    problem.error = false;
    return problem;
}

std::optional<Problem> LineIndex::structureProblem() const {
    if (lines_.empty() || upper(lines_.front().text) != "BEGIN:VCALENDAR")
        return calendarError(lines_.empty() ? 1 : lines_.front().number, say("ical.not_calendar"));
    return std::nullopt;
}

// BEGIN/END must nest, and libical guesses (printing to stderr) when they do
// not. Programs do save a mistyped END (END:VTOOD) or stop in the middle of
// an event; the file is mended the way the nesting says, with a warning.
void LineIndex::repairNesting() {
    std::vector<SourceLine> mended;
    std::vector<std::pair<std::string, int>> open;  // component name, line of its BEGIN
    auto warn = [&](int line, CheckWords words) { repairs_.push_back(calendarWarning(line, std::move(words))); };
    size_t i = 0;
    for (; i < lines_.size(); ++i) {
        const SourceLine& line = lines_[i];
        const std::string text = upper(line.text);
        if (text.starts_with("BEGIN:")) {
            open.emplace_back(text.substr(6), line.number);
        } else if (text.starts_with("END:")) {
            const std::string name = text.substr(4);
            auto match = std::find_if(open.rbegin(), open.rend(), [&](const auto& entry) { return entry.first == name; });
            if (open.empty()) {
                warn(line.number, say("ical.end_without_begin", {{"name", name}}));
                continue;
            }
            if (match == open.rend()) {
                warn(line.number, say("ical.end_mismatch", {{"name", name},
                                                            {"open", open.back().first},
                                                            {"line", std::to_string(open.back().second)}}));
                mended.push_back({line.number, "END:" + open.back().first});
                open.pop_back();
                if (open.empty()) break;
                continue;
            }
            // Components opened inside the one this END closes end here too.
            while (open.back().first != name) {
                warn(open.back().second, say("ical.never_closed_line",
                                             {{"name", open.back().first}, {"line", std::to_string(line.number)}}));
                mended.push_back({line.number, "END:" + open.back().first});
                open.pop_back();
            }
            open.pop_back();
            mended.push_back(line);
            if (open.empty()) break;
            continue;
        }
        mended.push_back(line);
    }
    if (i + 1 < lines_.size())
        warn(lines_[i + 1].number, say("ical.after_end", {{"line", std::to_string(lines_[i].number)}}));
    const int last = lines_.back().number;
    while (!open.empty()) {
        warn(open.back().second, say("ical.never_closed_end", {{"name", open.back().first}}));
        mended.push_back({last, "END:" + open.back().first});
        open.pop_back();
    }
    lines_ = std::move(mended);
}

int LineIndex::eventLine(size_t eventIndex) const {
    return eventIndex < events_.size() ? lines_[events_[eventIndex].firstLine].number : 0;
}

int LineIndex::propertyLine(size_t eventIndex, const std::string& name, int occurrence) const {
    if (eventIndex >= events_.size()) return 0;
    for (size_t i = events_[eventIndex].firstLine; i <= events_[eventIndex].lastLine; ++i)
        if (propertyNameOf(lines_[i].text) == name && occurrence-- == 0) return lines_[i].number;
    return eventLine(eventIndex);
}

}  // namespace content::ical
