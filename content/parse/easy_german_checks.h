// The Leichte Sprache (Easy German) rules a program can see, checked in
// every de-x-easy text before it is published. They are warnings, never
// errors: a person decides. Each finding names its rule, and a guide can
// allow one on purpose with a comment on the line above:
//
//   <!-- leichte-sprache erlaubt: abbreviation (e.V. is explained below) -->
//   Manche Vereine haben die Buchstaben e.V. im Namen.
//
// Rules: sentence-length (more than 15 words), sentences-per-line,
// line-end-hyphen (a word split at a line end), number-word ("drei" for 3),
// time ("09:00" instead of "9 Uhr" or "9:00 Uhr"), abbreviation ("z. B.",
// "usw.", "bzw.", "ca.", "d. h." ...), percent, roman-numeral, long-number
// (10000 instead of 10.000), emphasis (italics, underlining, words in
// capitals), long-word (a compound of more than 14 letters without "-" or
// "·"), konjunktiv (würde, hätte, wäre, könnte), double-negation.
//
// One exception is made by the caller, not by a comment: an organisation's
// summary may keep short sentences on one line (sentences-per-line), since
// the card shows it as two lines of flowing text (organisations_reader.cpp).
#pragma once

#include "content/core/check_words.h"

#include <string>
#include <string_view>
#include <vector>

namespace content::easy_german {

struct Finding {
    int line = 1;         // 1-based line within the checked text
    std::string rule;     // "long-word"
    std::string message;  // a plain sentence that says what to change, naming the rule
    CheckWords words;     // the same sentence as key and values (content/core/check_words.h)
};

// `markdown`: the text is a guide file; headings, list marks and pictures are
// not text, and "<!-- leichte-sprache erlaubt: rule -->" comments apply.
std::vector<Finding> check(std::string_view text, bool markdown);

}  // namespace content::easy_german
