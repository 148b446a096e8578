// The words and signs of an opening_hours value, as opening_hours.js reads
// them: whitespace (Unicode spaces too) separates nothing, day and month names
// are read in any case and in English or German, a quoted text is a comment.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace content::hours {

enum class TokenKind {
    Number,   // value, digits
    Year,     // a number above 1900
    Weekday,  // value 0 = Monday .. 6 = Sunday
    Month,    // value 0 = January .. 11
    Holiday,  // value 0 = PH, 1 = SH
    Easter,
    Week,     // the word "week"
    Day,      // "day" or "days"
    State,    // value: 0 open, 1 closed/off, 2 unknown
    Comment,  // text without the quotes
    Always,   // 24/7
    SunTime,  // sunrise, sunset, dawn, dusk
    Sign,     // one of - , : + / [ ] ( )
    Word,     // a word opening hours do not know
    Other,    // any other character
};

struct Token {
    TokenKind kind = TokenKind::Other;
    int value = 0;
    int digits = 0;
    char sign = 0;         // for Sign
    std::string text;      // as written (a comment without its quotes)
    size_t begin = 0, end = 0;  // byte offsets in the whole value
    bool canonical = true; // written the way OpenStreetMap writes it ("Mo", not "montag")
};

// One rule between ';' or '||'; `fallback` when it follows '||'.
struct TokenRule {
    std::vector<Token> tokens;
    bool fallback = false;
    size_t begin = 0, end = 0;
};

std::vector<TokenRule> tokenize(std::string_view value);

extern const char* const kWeekdayNames[7];
extern const char* const kMonthNames[12];

}  // namespace content::hours
