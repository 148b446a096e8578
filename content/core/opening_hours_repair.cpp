#include "content/core/opening_hours_repair.h"

#include <cctype>
#include <cstdio>

#include "content/core/opening_hours_lexer.h"
#include "content/core/opening_hours_rules.h"

namespace content::hours {

namespace {

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool isWord(const Token& token, std::initializer_list<const char*> words) {
    if (token.kind != TokenKind::Word && token.kind != TokenKind::State) return false;
    std::string key = lower(token.text);
    for (const char* word : words)
        if (key == word) return true;
    return false;
}

std::string clock(int hours, int minutes) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", hours, minutes);
    return buffer;
}

// Tokens as they should have been written; a piece per token.
struct Piece {
    std::string text;
    bool joinLeft = false;  // no space before it
};

bool isDash(const Token& token) {
    return (token.kind == TokenKind::Sign && token.sign == '-') ||
           (token.kind == TokenKind::Other && (token.text == "\xe2\x80\x93" || token.text == "\xe2\x80\x94")) ||
           isWord(token, {"bis", "to", "till", "until"});
}

bool isAnd(const Token& token) {
    return (token.kind == TokenKind::Other && token.text == "&") || isWord(token, {"und", "and", "u"});
}

// Nullopt when the tokens say something a repair could only guess, such as
// "8 - 3" (08:00-03:00, or 8 in the morning to 3 in the afternoon?) or
// "Monday friday" (both days, or from Monday to Friday?).
std::optional<std::vector<Piece>> repairTokens(const std::vector<Token>& tokens) {
    std::vector<Piece> pieces;
    bool inBrackets = false;
    auto kindAt = [&](size_t i) { return i < tokens.size() ? tokens[i].kind : TokenKind::Other; };
    // Is the number at i an hour? Not after a month or "week", not inside [].
    auto dateContext = [&](size_t i) {
        for (size_t back = i; back-- > 0;) {
            TokenKind kind = tokens[back].kind;
            if (kind == TokenKind::Month || kind == TokenKind::Week) return true;
            if (kind == TokenKind::Number || isDash(tokens[back]) || (kind == TokenKind::Sign && tokens[back].sign == ',')) continue;
            return false;
        }
        return false;
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        Piece piece;
        switch (token.kind) {
            case TokenKind::Weekday: piece.text = kWeekdayNames[token.value]; break;
            case TokenKind::Month: piece.text = kMonthNames[token.value]; break;
            case TokenKind::Holiday: piece.text = token.value == 0 ? "PH" : "SH"; break;
            case TokenKind::Easter: piece.text = "easter"; break;
            case TokenKind::Week: piece.text = "week"; break;
            case TokenKind::Day: piece.text = lower(token.text); break;
            case TokenKind::State: piece.text = lower(token.text); break;
            case TokenKind::Comment: piece.text = "\"" + token.text + "\""; break;
            case TokenKind::Always: piece.text = "24/7"; break;
            case TokenKind::Year: piece.text = token.text; break;
            case TokenKind::Number: {
                // "10.30" is a time, "13.6" (13 June) is not.
                bool hasMinutes = i + 2 < tokens.size() && kindAt(i + 2) == TokenKind::Number &&
                                  ((tokens[i + 1].kind == TokenKind::Sign && tokens[i + 1].sign == ':') ||
                                   (tokens[i + 1].kind == TokenKind::Other && tokens[i + 1].text == "." &&
                                    tokens[i + 2].digits == 2));
                if (hasMinutes) {
                    piece.text = clock(token.value, tokens[i + 2].value);
                    i += 2;
                } else if (!inBrackets && !dateContext(i) && token.value <= 24) {
                    bool bareEnd = i + 2 < tokens.size() && isDash(tokens[i + 1]) && kindAt(i + 2) == TokenKind::Number &&
                                   !(i + 3 < tokens.size() && tokens[i + 3].kind == TokenKind::Sign && tokens[i + 3].sign == ':');
                    if (bareEnd && tokens[i + 2].value < token.value && token.value <= 12) return std::nullopt;
                    piece.text = clock(token.value, 0);
                } else {
                    piece.text = token.text;
                }
                if (!pieces.empty() && (pieces.back().text == "-" || pieces.back().text == "," ||
                                        pieces.back().text == "[" || pieces.back().text == "/"))
                    piece.joinLeft = true;
                break;
            }
            case TokenKind::Sign:
                piece.text = std::string(1, token.sign);
                if (token.sign == '[') inBrackets = true;
                if (token.sign == ']') inBrackets = false;
                // "17:00+" but "PH +1 day".
                piece.joinLeft = !(token.sign == '+' && kindAt(i + 1) == TokenKind::Number);
                break;
            case TokenKind::Word:
            case TokenKind::Other:
                if (isWord(token, {"uhr", "h", "hrs", "o'clock"})) continue;
                if (isWord(token, {"geschlossen", "zu", "ruhetag", "closed"})) {
                    piece.text = "off";
                } else if (isWord(token, {"feiertag", "feiertage", "feiertags", "feiertagen", "holiday", "holidays"})) {
                    piece.text = "PH";
                } else if (isWord(token, {"ferien", "schulferien"})) {
                    piece.text = "SH";
                } else if (isWord(token, {"t\xc3\xa4glich", "taeglich", "daily"})) {
                    piece.text = "Mo-Su";
                } else if (isDash(token)) {
                    piece.text = "-";
                    piece.joinLeft = true;
                } else if (isAnd(token)) {
                    piece.text = ",";
                    piece.joinLeft = true;
                } else if (token.kind == TokenKind::Other && (token.text == "." || token.text == "\"")) {
                    continue;
                } else {
                    piece.text = token.text;
                }
                break;
            default: piece.text = token.text;
        }
        // What staff mean by selectors side by side: "Tu Th" is Tu,Th,
        // "09:00-12:00 13:00-17:00" is 09:00-12:00,13:00-17:00, and days
        // after times start a new rule: "Mo-Fr 09:00-17:00; Sa 10:00-12:00".
        if (!pieces.empty()) {
            const std::string& previous = pieces.back().text;
            bool previousIsTime = previous.size() == 5 && previous[2] == ':';
            if (token.kind == TokenKind::Weekday && i > 0 && tokens[i - 1].kind == TokenKind::Weekday) return std::nullopt;
            bool previousIsDay = false;
            bool startsDays = token.kind == TokenKind::Weekday || token.kind == TokenKind::Holiday || token.kind == TokenKind::Month;
            bool startsTime = piece.text.size() == 5 && piece.text[2] == ':';
            bool previousEndsTime = previousIsTime && pieces.size() >= 2 && pieces[pieces.size() - 2].text == "-";
            if (startsDays && (previousEndsTime || previous == "+")) pieces.push_back({";", true});
            else if (previousIsDay) pieces.push_back({",", true});
            else if (startsTime && previousEndsTime) pieces.push_back({",", true});
        }
        // "Mo,We" and "09:00-12:00,13:00-17:00", but "09:00-12:00, Sa 10:00-12:00".
        bool afterTime = pieces.size() >= 2 && pieces[pieces.size() - 2].text.find(':') != std::string::npos;
        if (!pieces.empty() && (pieces.back().text == "-" || pieces.back().text == "[" ||
                                (pieces.back().text == "," && piece.text.size() <= 3 && !afterTime &&
                                 !std::isdigit(static_cast<unsigned char>(piece.text[0])))))
            piece.joinLeft = true;
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

std::string join(const std::vector<Piece>& pieces) {
    std::string text;
    for (const Piece& piece : pieces) {
        if (!text.empty() && !piece.joinLeft) text += ' ';
        text += piece.text;
    }
    return text;
}

bool understood(const std::string& text) { return !parseValue(text).problem; }

}  // namespace

std::optional<std::string> repairRule(std::string_view rule) {
    std::vector<TokenRule> tokenRules = tokenize(rule);
    if (tokenRules.size() != 1) return std::nullopt;
    const std::vector<Token>& tokens = tokenRules.front().tokens;
    if (tokens.empty()) return std::nullopt;
    auto pieces = repairTokens(tokens);
    std::string repaired = pieces ? join(*pieces) : std::string(rule);
    if (repaired != rule && understood(repaired)) return repaired;
    // Words only ("nach Vereinbarung"): shown as a note.
    bool wordsOnly = true;
    for (const Token& token : tokens)
        if (token.kind == TokenKind::Number || token.kind == TokenKind::Comment || token.kind == TokenKind::Sign) wordsOnly = false;
    if (wordsOnly && rule.find('"') == std::string_view::npos) {
        std::string comment = "\"" + std::string(rule.substr(tokens.front().begin, tokens.back().end - tokens.front().begin)) + "\"";
        if (understood(comment)) return comment;
    }
    return std::nullopt;
}

}  // namespace content::hours
