#include "content/speech/sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace content::speech {
namespace {

// Lower-case words that end in a full stop without ending the sentence.
constexpr std::array<std::string_view, 22> kAbbreviations = {
    "z",   "b",  "bzw", "str", "nr", "ca",  "usw", "etc", "dr", "tel", "vgl",
    "inkl", "ggf", "evtl", "u",   "d",  "mo",  "di",  "mi", "do", "fr", "e.v"};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string lowerAscii(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The word that ends right before `dot` (bytes after the last space).
std::string_view wordBefore(std::string_view line, size_t dot) {
    size_t start = dot;
    while (start > 0 && !isSpace(line[start - 1])) --start;
    return line.substr(start, dot - start);
}

bool endsSentenceAt(std::string_view line, size_t mark, size_t markLength) {
    size_t next = mark + markLength;
    if (next >= line.size() || !isSpace(line[next])) return false;
    if (line[mark] != '.') return true;  // ! ? … ؟ always end a sentence before a space
    std::string_view word = wordBefore(line, mark);
    if (word.empty()) return false;
    if (std::isdigit(static_cast<unsigned char>(word.back()))) return false;  // "8. Dezember", "1. Stock"
    if (word.size() == 1) return false;                                     // "z. B.", "A. Müller"
    std::string lower = lowerAscii(word);
    while (!lower.empty() && lower.back() == '.') lower.pop_back();
    if (lower.size() > 3 && lower.compare(lower.size() - 3, 3, "str") == 0) return false;  // "Lilienstr."
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) == kAbbreviations.end();
}

// Length of a sentence mark at `i` (0 when there is none).
size_t markAt(std::string_view line, size_t i) {
    char c = line[i];
    if (c == '.' || c == '!' || c == '?') return 1;
    if (line.substr(i, 3) == "\xE2\x80\xA6") return 3;  // …
    if (line.substr(i, 2) == "\xD8\x9F") return 2;      // ؟ Arabic question mark
    return 0;
}

void addTrimmed(std::string_view text, size_t begin, size_t end, std::vector<SentenceSpan>& out) {
    while (begin < end && isSpace(text[begin])) ++begin;
    while (end > begin && isSpace(text[end - 1])) --end;
    if (end > begin) out.push_back({begin, end});
}

}  // namespace

std::vector<SentenceSpan> splitSentences(std::string_view text) {
    std::vector<SentenceSpan> sentences;
    size_t lineStart = 0;
    while (lineStart <= text.size()) {
        size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) lineEnd = text.size();
        std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        size_t sentenceStart = 0;
        for (size_t i = 0; i < line.size(); ++i) {
            size_t length = markAt(line, i);
            if (length == 0) continue;
            // A run of marks ("?!", "...") ends together.
            while (i + length < line.size() && markAt(line, i + length) > 0) length += markAt(line, i + length);
            if (endsSentenceAt(line, i, length)) {
                addTrimmed(text, lineStart + sentenceStart, lineStart + i + length, sentences);
                sentenceStart = i + length;
            }
            i += length - 1;
        }
        addTrimmed(text, lineStart + sentenceStart, lineEnd, sentences);
        lineStart = lineEnd + 1;
    }
    return sentences;
}

}  // namespace content::speech
