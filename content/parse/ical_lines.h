// The .ics text as lines: unfolded, numbered as in the file, cleaned of what
// real exporters write but libical would turn into errors, and indexed so that
// problems found through libical can still be pointed at a line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/check_words.h"

namespace content::ical {

struct Problem {
    bool error = true;  // false = warning
    int line = 0;       // line in the .ics text (of the VEVENT or property), 0 = unknown
    std::string message;  // the English sentence of `words`
    CheckWords words;
};

// A problem said by its words (check_sentences.cpp), with its English message.
Problem calendarError(int line, CheckWords words);
Problem calendarWarning(int line, CheckWords words);

// A logical (unfolded) line and the physical line it starts on.
struct SourceLine {
    int number = 0;
    std::string text;
};

std::vector<SourceLine> unfoldLines(std::string_view text);

std::string upper(std::string text);
std::string propertyNameOf(const std::string& line);

// The text handed to libical: one logical line per physical line, without the
// lines that carry nothing but would make libical report errors:
// - empty values ("LOCATION:"), which every calendar program writes;
// - X-LIC-ERROR lines a program (Thunderbird) saved from an earlier parse;
// - vendor property names without the X- prefix (Confluence's EVENT-ALLDAY).
std::string cleanedForLibical(const std::vector<SourceLine>& lines);

class LineIndex {
public:
    explicit LineIndex(std::vector<SourceLine> lines);

    // The error when the text is not a calendar at all.
    std::optional<Problem> structureProblem() const;
    // Warnings for BEGIN/END lines that did not nest and were mended.
    const std::vector<Problem>& repairs() const { return repairs_; }

    const std::vector<SourceLine>& lines() const { return lines_; }
    int eventLine(size_t eventIndex) const;
    // The line of the n-th property called `name` inside the event.
    int propertyLine(size_t eventIndex, const std::string& name, int occurrence = 0) const;

private:
    struct EventLines {
        size_t firstLine = 0, lastLine = 0;  // indexes into lines_
    };
    void repairNesting();

    std::vector<SourceLine> lines_;
    std::vector<EventLines> events_;
    std::vector<Problem> repairs_;
};

}  // namespace content::ical
