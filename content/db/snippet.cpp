#include "content/db/snippet.h"

#include "content/db/search_text.h"

namespace content::db {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
constexpr size_t kWordsBefore = 3;

// Line breaks become spaces: a snippet is one line on the result list.
std::string oneLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// Cuts `words` from index `first` so the piece stays within `maxBytes`
// (always at least one word).
std::string cutFrom(std::string_view text, const std::vector<search_text::Word>& words, size_t first, size_t maxBytes) {
    const size_t begin = words[first].begin;
    size_t last = first;
    while (last + 1 < words.size() && words[last + 1].end - begin <= maxBytes) ++last;
    std::string piece;
    if (first > 0) piece += kEllipsis;
    piece += oneLine(text.substr(begin, words[last].end - begin));
    // Keep a sentence's closing punctuation when nothing follows it.
    if (last + 1 < words.size()) piece += kEllipsis;
    else piece += oneLine(text.substr(words[last].end));
    return piece;
}

}  // namespace

std::string snippetAround(std::string_view text, const std::vector<std::string>& tokens, size_t maxBytes) {
    if (tokens.empty() || text.empty()) return {};
    const std::vector<search_text::Word> words = search_text::splitWords(text);
    for (size_t i = 0; i < words.size(); ++i) {
        for (const std::string& token : tokens) {
            if (!search_text::wordMatches(words[i], token)) continue;
            if (text.size() <= maxBytes) return oneLine(text);  // short texts read best whole
            size_t first = i >= kWordsBefore ? i - kWordsBefore : 0;
            // Never start so early that the matching word falls off the end.
            while (first < i && words[i].end - words[first].begin > maxBytes) ++first;
            return cutFrom(text, words, first, maxBytes);
        }
    }
    return {};
}

std::string leadingSnippet(std::string_view text, size_t maxBytes) {
    const std::vector<search_text::Word> words = search_text::splitWords(text);
    if (words.empty()) return {};
    std::string piece = cutFrom(text, words, 0, maxBytes);
    // Anything before the first word (an opening quote) belongs to it.
    return oneLine(text.substr(0, words[0].begin)) + piece;
}

}  // namespace content::db
