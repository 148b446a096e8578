#include "content/parse/easy_german_checks.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace content::easy_german {

namespace {

// One word of a line: letters (any non-ASCII byte counts as a letter, so
// umlauts and ß stay inside words) or digits, split at spaces, punctuation,
// "-" and the Mediopunkt.
struct Word {
    std::string text;
    size_t begin = 0, end = 0;  // byte offsets in the line
    size_t letters = 0;         // code points
};

bool isWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

std::vector<Word> wordsOf(std::string_view line) {
    std::vector<Word> words;
    size_t i = 0;
    while (i < line.size()) {
        // The Mediopunkt (U+00B7, C2 B7) separates parts of a compound.
        if (!isWordByte(static_cast<unsigned char>(line[i])) || line.substr(i, 2) == "\xC2\xB7") {
            i += line.substr(i, 2) == "\xC2\xB7" ? 2 : 1;
            continue;
        }
        Word word;
        word.begin = i;
        while (i < line.size() && isWordByte(static_cast<unsigned char>(line[i])) && line.substr(i, 2) != "\xC2\xB7") {
            if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++word.letters;
            ++i;
        }
        word.end = i;
        word.text = std::string(line.substr(word.begin, word.end - word.begin));
        words.push_back(std::move(word));
    }
    return words;
}

// Lower case for ASCII and the German capitals Ä Ö Ü.
std::string lowerGerman(std::string text) {
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) text[i] = static_cast<char>(std::tolower(c));
        else if (c == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next == 0x84 || next == 0x96 || next == 0x9C) text[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return text;
}

bool isAllDigits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool isCapitalsWord(const Word& word) {
    bool letter = false;
    for (size_t i = 0; i < word.text.size(); ++i) {
        auto c = static_cast<unsigned char>(word.text[i]);
        if (c >= 'A' && c <= 'Z') letter = true;
        else if (c == 0xC3 && i + 1 < word.text.size() &&
                 (static_cast<unsigned char>(word.text[i + 1]) == 0x84 || static_cast<unsigned char>(word.text[i + 1]) == 0x96 ||
                  static_cast<unsigned char>(word.text[i + 1]) == 0x9C))
            ++i;
        else return false;
    }
    return letter;
}

bool isRomanNumeral(std::string_view text) {
    static const std::set<std::string_view> numerals = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII",
                                                        "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"};
    return numerals.count(text) > 0;
}

const std::set<std::string>& numberWords() {
    static const std::set<std::string> words = {
        "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
        "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig", "dreißig",
        "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert", "tausend"};
    return words;
}

const std::set<std::string>& konjunktivWords() {
    static const std::set<std::string> words = {
        "würde", "würden", "würdest", "würdet", "hätte", "hätten", "hättest", "hättet", "wäre", "wären",
        "wärst", "wärest", "wäret", "könnte", "könnten", "könntest", "könntet"};
    return words;
}

const std::set<std::string>& negationWords() {
    static const std::set<std::string> words = {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines",
                                                "nie", "niemals", "niemand", "nichts", "nirgends", "weder"};
    return words;
}

constexpr const char* kAbbreviations[] = {"z. B.", "z.B.", "usw.", "bzw.", "ca.", "d. h.", "d.h.", "u. a.", "u.a.",
                                          "etc.", "evtl.", "ggf.", "vgl.", "inkl.", "sog.", "o. ä."};

// What a guide line is once its Markdown marks are set aside; empty for a
// line that holds no text (a picture, a comment, a rule).
std::string_view textOfMarkdownLine(std::string_view line) {
    size_t start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos) return {};
    line.remove_prefix(start);
    if (line.starts_with("![") || line.starts_with("<!--") || line.starts_with("---") || line.starts_with("```")) return {};
    while (!line.empty() && line.front() == '#') line.remove_prefix(1);
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') line.remove_prefix(2);
    size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits > 0 && digits + 1 < line.size() && line[digits] == '.' && line[digits + 1] == ' ') line.remove_prefix(digits + 2);
    start = line.find_first_not_of(" \t");
    return start == std::string_view::npos ? std::string_view() : line.substr(start);
}

// "<!-- leichte-sprache erlaubt: abbreviation, long-word (why) -->" -> the rules.
std::set<std::string> allowedRules(std::string_view line) {
    std::set<std::string> rules;
    const std::string_view marker = "leichte-sprache erlaubt:";
    size_t at = line.find(marker);
    if (at == std::string_view::npos || line.find("<!--") == std::string_view::npos) return rules;
    std::string_view rest = line.substr(at + marker.size());
    rest = rest.substr(0, std::min(rest.find("-->"), rest.find('(')));
    std::string current;
    for (char c : rest) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
            current += c;
        } else if (!current.empty()) {
            rules.insert(current);
            current.clear();
        }
    }
    if (!current.empty()) rules.insert(current);
    return rules;
}

// Sentence ends within a line: '.', '!' or '?' followed by a space and a
// capital letter or digit (so "e.V. heißt" and "7. Mai" stay one sentence).
size_t sentenceStartsWithin(std::string_view line) {
    size_t count = 0;
    for (size_t i = 0; i + 2 < line.size(); ++i) {
        if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ') {
            auto next = static_cast<unsigned char>(line[i + 2]);
            bool capital = (next >= 'A' && next <= 'Z') || (next == 0xC3 && i + 3 < line.size() &&
                                                            (static_cast<unsigned char>(line[i + 3]) == 0x84 ||
                                                             static_cast<unsigned char>(line[i + 3]) == 0x96 ||
                                                             static_cast<unsigned char>(line[i + 3]) == 0x9C));
            if (capital) ++count;
        }
    }
    return count;
}

class LineChecker {
public:
    LineChecker(int line, const std::set<std::string>& allowed, std::vector<Finding>& out)
        : line_(line), allowed_(allowed), out_(out) {}

    void warn(const std::string& rule, CheckWords problem) {
        if (allowed_.count(rule)) return;
        if (!reported_.insert(rule + english(problem)).second) return;
        CheckWords words = say("easy.finding", {{"rule", rule}}).with("problem", std::move(problem));
        const std::string message = english(words);
        out_.push_back({line_, rule, message, std::move(words)});
    }

    void check(std::string_view text, bool markdown) {
        const std::vector<Word> words = wordsOf(text);
        checkSentences(text, words);
        checkTimes(text);
        for (const char* abbreviation : kAbbreviations) {
            size_t at = text.find(abbreviation);
            bool wordStart = at != std::string_view::npos && (at == 0 || !isWordByte(static_cast<unsigned char>(text[at - 1])));
            if (wordStart) warn("abbreviation", say("easy.abbreviation", {{"word", std::string(abbreviation)}}));
        }
        if (text.find('%') != std::string_view::npos) warn("percent", say("easy.percent"));
        if (markdown) checkEmphasis(text);
        for (size_t i = 0; i < words.size(); ++i) {
            const Word& word = words[i];
            const std::string lower = lowerGerman(word.text);
            if (numberWords().count(lower)) warn("number-word", say("easy.number_word", {{"word", word.text}}));
            if (konjunktivWords().count(lower))
                warn("konjunktiv", say("easy.konjunktiv", {{"word", word.text}}));
            if (isRomanNumeral(word.text)) warn("roman-numeral", say("easy.roman_numeral", {{"word", word.text}}));
            if (isAllDigits(word.text) && word.text.size() >= 5 && word.text[0] != '0' && !isPostcode(text, words, i))
                warn("long-number", say("easy.long_number", {{"word", word.text}}));
            if (!isAllDigits(word.text) && word.letters > 14)
                warn("long-word", say("easy.long_word", {{"word", word.text}}));
            if (word.letters >= 5 && isCapitalsWord(word))
                warn("emphasis", say("easy.capitals", {{"word", word.text}}));
        }
    }

private:
    // "Hauptstraße 1, 13597 Berlin": five digits at the start of an address
    // part (line start or after ", ") before a place name are a postcode.
    static bool isPostcode(std::string_view text, const std::vector<Word>& words, size_t i) {
        if (words[i].text.size() != 5 || i + 1 >= words.size()) return false;
        const size_t begin = words[i].begin;
        const bool partStart = begin == 0 || (begin >= 2 && text.substr(begin - 2, 2) == ", ");
        auto next = static_cast<unsigned char>(text[words[i + 1].begin]);
        return partStart && next >= 'A' && next <= 'Z' && words[i + 1].begin == words[i].end + 1;
    }

    void checkSentences(std::string_view text, const std::vector<Word>& words) {
        if (sentenceStartsWithin(text) > 0) warn("sentences-per-line", say("easy.sentences_per_line"));
        // Words per sentence; a sentence ends at '.', '!', '?' or the line end.
        size_t count = 0, negations = 0;
        for (size_t i = 0; i < words.size(); ++i) {
            ++count;
            if (negationWords().count(lowerGerman(words[i].text))) ++negations;
            size_t after = words[i].end;
            while (after < text.size() && text[after] == ' ') ++after;
            bool ends = i + 1 == words.size() || (after < text.size() && (text[after] == '.' || text[after] == '!' || text[after] == '?'));
            if (!ends) continue;
            if (count > 15)
                warn("sentence-length", say("easy.sentence_length", {{"count", std::to_string(count)}}));
            if (negations >= 2)
                warn("double-negation", say("easy.double_negation"));
            count = negations = 0;
        }
    }

    void checkTimes(std::string_view text) {
        for (size_t i = 0; i + 4 <= text.size(); ++i) {
            if (text[i] != ':' || i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) continue;
            if (i + 2 >= text.size() + 0 || !std::isdigit(static_cast<unsigned char>(text[i + 1])) ||
                !std::isdigit(static_cast<unsigned char>(text[i + 2])))
                continue;
            size_t hourStart = i - 1;
            if (hourStart > 0 && std::isdigit(static_cast<unsigned char>(text[hourStart - 1]))) --hourStart;
            const std::string time(text.substr(hourStart, i + 3 - hourStart));
            if (time.size() == 5 && time[0] == '0') {
                warn("time", say("easy.time_zero", {{"short", time.substr(1)}, {"hour", std::to_string(std::stoi(time))}, {"time", time}}));
                continue;
            }
            std::string_view after = text.substr(i + 3);
            size_t skip = after.find_first_not_of(' ');
            after = skip == std::string_view::npos ? std::string_view() : after.substr(skip);
            bool continues = after.starts_with("-") || after.starts_with("\xE2\x80\x93") || after.starts_with("bis ");
            if (!after.starts_with("Uhr") && !continues) warn("time", say("easy.time_uhr", {{"time", time}}));
        }
    }

    void checkEmphasis(std::string_view text) {
        if (text.find("<u>") != std::string_view::npos || text.find("<i>") != std::string_view::npos ||
            text.find("<em>") != std::string_view::npos)
            warn("emphasis", say("easy.underline"));
        for (size_t i = 0; i < text.size(); ++i) {
            char c = text[i];
            if (c != '*' && c != '_') continue;
            if (i + 1 < text.size() && text[i + 1] == c) {
                ++i;  // ** or __ is bold
                continue;
            }
            bool opens = i + 1 < text.size() && text[i + 1] != ' ' && (i == 0 || !isWordByte(static_cast<unsigned char>(text[i - 1])));
            if (opens && text.find(c, i + 1) != std::string_view::npos) {
                warn("emphasis", say("easy.italics"));
                return;
            }
        }
    }

    int line_;
    const std::set<std::string>& allowed_;
    std::vector<Finding>& out_;
    std::set<std::string> reported_;
};

}  // namespace

std::vector<Finding> check(std::string_view text, bool markdown) {
    std::vector<Finding> findings;
    std::vector<std::string_view> lines;
    for (size_t start = 0; start <= text.size();) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::set<std::string> allowed;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view raw = lines[i];
        if (markdown && raw.find("leichte-sprache erlaubt:") != std::string_view::npos) {
            allowed = allowedRules(raw);  // for the next line with text
            continue;
        }
        std::string_view line = markdown ? textOfMarkdownLine(raw) : raw;
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        LineChecker checker(static_cast<int>(i + 1), allowed, findings);
        checker.check(line, markdown);
        allowed.clear();
        // A word split at the line end: "Ver-" then "ein" on the next line.
        if (i + 1 < lines.size() && line.size() >= 2 && line.back() == '-' && isWordByte(static_cast<unsigned char>(line[line.size() - 2]))) {
            std::string_view next = markdown ? textOfMarkdownLine(lines[i + 1]) : lines[i + 1];
            if (!next.empty() && std::islower(static_cast<unsigned char>(next[0])))
                checker.warn("line-end-hyphen", say("easy.line_end_hyphen"));
        }
    }
    return findings;
}

}  // namespace content::easy_german
