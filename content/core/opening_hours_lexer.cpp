#include "content/core/opening_hours_lexer.h"

#include <cctype>
#include <utility>

namespace content::hours {

const char* const kWeekdayNames[7] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
const char* const kMonthNames[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

namespace {

struct Keyword {
    const char* word;  // lowercase, UTF-8
    TokenKind kind;
    int value;
};

// English and German spellings. Two-letter German day names (Di, Mi, Do, So)
// name no English day, so reading them is unambiguous.
const Keyword kKeywords[] = {
    {"mo", TokenKind::Weekday, 0}, {"mon", TokenKind::Weekday, 0}, {"monday", TokenKind::Weekday, 0},
    {"montag", TokenKind::Weekday, 0}, {"montags", TokenKind::Weekday, 0},
    {"tu", TokenKind::Weekday, 1}, {"tue", TokenKind::Weekday, 1}, {"tues", TokenKind::Weekday, 1},
    {"tuesday", TokenKind::Weekday, 1}, {"di", TokenKind::Weekday, 1}, {"dienstag", TokenKind::Weekday, 1},
    {"dienstags", TokenKind::Weekday, 1},
    {"we", TokenKind::Weekday, 2}, {"wed", TokenKind::Weekday, 2}, {"wednesday", TokenKind::Weekday, 2},
    {"mi", TokenKind::Weekday, 2}, {"mittwoch", TokenKind::Weekday, 2}, {"mittwochs", TokenKind::Weekday, 2},
    {"th", TokenKind::Weekday, 3}, {"thu", TokenKind::Weekday, 3}, {"thur", TokenKind::Weekday, 3},
    {"thurs", TokenKind::Weekday, 3}, {"thursday", TokenKind::Weekday, 3}, {"do", TokenKind::Weekday, 3},
    {"donnerstag", TokenKind::Weekday, 3}, {"donnerstags", TokenKind::Weekday, 3},
    {"fr", TokenKind::Weekday, 4}, {"fri", TokenKind::Weekday, 4}, {"friday", TokenKind::Weekday, 4},
    {"freitag", TokenKind::Weekday, 4}, {"freitags", TokenKind::Weekday, 4},
    {"sa", TokenKind::Weekday, 5}, {"sat", TokenKind::Weekday, 5}, {"saturday", TokenKind::Weekday, 5},
    {"samstag", TokenKind::Weekday, 5}, {"samstags", TokenKind::Weekday, 5}, {"sonnabend", TokenKind::Weekday, 5},
    {"su", TokenKind::Weekday, 6}, {"sun", TokenKind::Weekday, 6}, {"sunday", TokenKind::Weekday, 6},
    {"so", TokenKind::Weekday, 6}, {"sonntag", TokenKind::Weekday, 6}, {"sonntags", TokenKind::Weekday, 6},
    {"jan", TokenKind::Month, 0}, {"january", TokenKind::Month, 0}, {"januar", TokenKind::Month, 0},
    {"j\xc3\xa4nner", TokenKind::Month, 0},
    {"feb", TokenKind::Month, 1}, {"february", TokenKind::Month, 1}, {"februar", TokenKind::Month, 1},
    {"mar", TokenKind::Month, 2}, {"march", TokenKind::Month, 2}, {"m\xc3\xa4r", TokenKind::Month, 2},
    {"m\xc3\xa4rz", TokenKind::Month, 2}, {"mrz", TokenKind::Month, 2},
    {"apr", TokenKind::Month, 3}, {"april", TokenKind::Month, 3},
    {"may", TokenKind::Month, 4}, {"mai", TokenKind::Month, 4},
    {"jun", TokenKind::Month, 5}, {"june", TokenKind::Month, 5}, {"juni", TokenKind::Month, 5},
    {"jul", TokenKind::Month, 6}, {"july", TokenKind::Month, 6}, {"juli", TokenKind::Month, 6},
    {"aug", TokenKind::Month, 7}, {"august", TokenKind::Month, 7},
    {"sep", TokenKind::Month, 8}, {"sept", TokenKind::Month, 8}, {"september", TokenKind::Month, 8},
    {"oct", TokenKind::Month, 9}, {"october", TokenKind::Month, 9}, {"okt", TokenKind::Month, 9},
    {"oktober", TokenKind::Month, 9},
    {"nov", TokenKind::Month, 10}, {"november", TokenKind::Month, 10},
    {"dec", TokenKind::Month, 11}, {"december", TokenKind::Month, 11}, {"dez", TokenKind::Month, 11},
    {"dezember", TokenKind::Month, 11},
    {"ph", TokenKind::Holiday, 0}, {"sh", TokenKind::Holiday, 1},
    {"easter", TokenKind::Easter, 0}, {"week", TokenKind::Week, 0},
    {"day", TokenKind::Day, 0}, {"days", TokenKind::Day, 0},
    {"open", TokenKind::State, 0}, {"closed", TokenKind::State, 1}, {"off", TokenKind::State, 1},
    {"unknown", TokenKind::State, 2},
    {"sunrise", TokenKind::SunTime, 0}, {"sunset", TokenKind::SunTime, 1},
    {"dawn", TokenKind::SunTime, 2}, {"dusk", TokenKind::SunTime, 3},
};

const char* const kCanonical[] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "PH", "SH", "easter", "week", "day", "days",
                                  "open", "closed", "off", "unknown", "sunrise", "sunset", "dawn", "dusk"};

bool isCanonical(std::string_view word) {
    for (const char* name : kCanonical)
        if (word == name) return true;
    return false;
}

// Spaces other than ASCII ones that people paste: no-break, thin, narrow
// no-break and ideographic spaces. Returns their length in bytes, 0 if none.
size_t unicodeSpaceAt(std::string_view text, size_t at) {
    auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
    if (byte(at) == 0xC2 && byte(at + 1) == 0xA0) return 2;
    if (byte(at) == 0xE2 && byte(at + 1) == 0x80 && (byte(at + 2) <= 0x8A || byte(at + 2) == 0xAF) && byte(at + 2) >= 0x80)
        return 3;
    if (byte(at) == 0xE3 && byte(at + 1) == 0x80 && byte(at + 2) == 0x80) return 3;
    if (byte(at) == 0xE2 && byte(at + 1) == 0x81 && byte(at + 2) == 0x9F) return 3;  // medium mathematical space
    if (byte(at) == 0xE2 && byte(at + 1) == 0x90 && byte(at + 2) == 0xA3) return 3;  // the visible space sign
    if (byte(at) == 0xEF && byte(at + 1) == 0xBB && byte(at + 2) == 0xBF) return 3;  // a byte order mark
    return 0;
}

// Letters: ASCII ones and any non-ASCII character outside U+2000-U+2FFF
// (punctuation such as dashes and quotes, arrows, symbols), whose UTF-8 form
// starts with 0xE2.
bool isLetterByte(unsigned char c) { return std::isalpha(c) || (c >= 0x80 && c != 0xE2); }

std::string lowerUtf8(std::string_view word) {
    std::string result;
    for (size_t i = 0; i < word.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(word[i]);
        // Ä Ö Ü (C3 84, C3 96, C3 9C) to ä ö ü.
        if (c == 0xC3 && i + 1 < word.size()) {
            unsigned char next = static_cast<unsigned char>(word[i + 1]);
            result += static_cast<char>(c);
            result += static_cast<char>(next >= 0x80 && next <= 0x9E ? next + 0x20 : next);
            ++i;
            continue;
        }
        result += static_cast<char>(std::tolower(c));
    }
    return result;
}

}  // namespace

std::vector<TokenRule> tokenize(std::string_view value) {
    std::vector<TokenRule> rules(1);
    size_t at = 0;
    auto push = [&](Token token) { rules.back().tokens.push_back(std::move(token)); };
    size_t separatorAt = 0;
    auto startRule = [&](bool fallback, size_t begin) {
        rules.back().end = separatorAt;
        TokenRule next;
        next.fallback = fallback;
        next.begin = begin;
        rules.push_back(std::move(next));
    };
    while (at < value.size()) {
        unsigned char c = static_cast<unsigned char>(value[at]);
        if (std::isspace(c)) {
            ++at;
            continue;
        }
        if (size_t space = unicodeSpaceAt(value, at)) {
            at += space;
            continue;
        }
        Token token;
        token.begin = at;
        if (value.substr(at, 4) == "24/7") {
            token.kind = TokenKind::Always;
            at += 4;
        } else if (c == ';') {
            separatorAt = at++;
            startRule(false, at);
            continue;
        } else if (value.substr(at, 2) == "||") {
            separatorAt = at;
            at += 2;
            startRule(true, at);
            continue;
        } else if (c == '"') {
            size_t close = value.find('"', at + 1);
            if (close == std::string_view::npos || close == at + 1) {
                token.kind = TokenKind::Other;
                token.text = "\"";
                ++at;
            } else {
                token.kind = TokenKind::Comment;
                token.text = std::string(value.substr(at + 1, close - at - 1));
                at = close + 1;
            }
        } else if (std::isdigit(c)) {
            size_t end = at;
            while (end < value.size() && std::isdigit(static_cast<unsigned char>(value[end]))) ++end;
            token.text = std::string(value.substr(at, end - at));
            token.digits = static_cast<int>(end - at);
            token.value = token.digits > 6 ? 999999 : std::stoi(token.text);
            token.kind = token.value > 1900 ? TokenKind::Year : TokenKind::Number;
            at = end;
        } else if (isLetterByte(c)) {
            size_t end = at;
            while (end < value.size() && isLetterByte(static_cast<unsigned char>(value[end])) && !unicodeSpaceAt(value, end))
                ++end;
            std::string key = lowerUtf8(value.substr(at, end - at));
            // "PHoff": opening_hours.js reads PH and SH at the start of any word.
            bool known = false;
            for (const Keyword& keyword : kKeywords) known = known || key == keyword.word;
            if (!known && key.size() > 2 && (key.compare(0, 2, "ph") == 0 || key.compare(0, 2, "sh") == 0)) {
                end = at + 2;
                key = key.substr(0, 2);
            }
            token.text = std::string(value.substr(at, end - at));
            token.kind = TokenKind::Word;
            for (const Keyword& keyword : kKeywords) {
                if (key == keyword.word) {
                    token.kind = keyword.kind;
                    token.value = keyword.value;
                    break;
                }
            }
            token.canonical = isCanonical(token.text);
            at = end;
            // "Mo." as German writes abbreviations: the dot belongs to the name.
            if ((token.kind == TokenKind::Weekday || token.kind == TokenKind::Month) && at < value.size() &&
                value[at] == '.' && (at + 1 >= value.size() || !std::isdigit(static_cast<unsigned char>(value[at + 1])))) {
                ++at;
                token.canonical = false;
            }
        } else if (std::string_view("-,:+/[]()").find(static_cast<char>(c)) != std::string_view::npos) {
            token.kind = TokenKind::Sign;
            token.sign = static_cast<char>(c);
            token.text = std::string(1, static_cast<char>(c));
            ++at;
        } else {
            // One character (a whole UTF-8 sequence) nobody reads: '.', '&', '–'.
            size_t length = 1;
            if (c >= 0xC0) length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            token.kind = TokenKind::Other;
            token.text = std::string(value.substr(at, length));
            at += length;
        }
        token.end = at;
        push(std::move(token));
    }
    rules.back().end = value.size();
    return rules;
}

}  // namespace content::hours
