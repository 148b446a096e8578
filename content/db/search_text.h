// The text folding shared by the search index and the search query, so that
// what a visitor types matches what staff wrote however either was spelled:
//   - case-insensitive for Latin (including Turkish İ/ı), Cyrillic;
//   - diacritics-insensitive ("fur" finds "für", "Turkce" finds "Türkçe");
//   - German spellings: ä/ö/ü index both as a/o/u and as ae/oe/ue, ß is "ss";
//   - Arabic and Farsi: vowel marks (harakat), tatweel and Quranic marks are
//     dropped, alef variants become a plain alef, ى/ی become ي, ک becomes ك,
//     ة becomes ه, Arabic-Indic and Persian digits become ASCII digits;
//   - Cyrillic ё is е; zero-width joiners/non-joiners and soft hyphens vanish.
// No ICU: the tables below cover exactly the scripts the kiosk serves, and the
// FTS5 unicode61 tokenizer (remove_diacritics 2) is a safety net on top for
// any other Latin letter. Input is decoded by hand; invalid UTF-8 bytes act as
// word separators and never fail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/text_checks.h"

namespace content::search_text {

// Decodes UTF-8; each invalid or truncated sequence yields U+FFFD.
std::u32string decodeUtf8(std::string_view text);
using content::appendUtf8;  // shared with the parsers (content/core/text_checks.h)

// One word of a text: where it is (byte offsets into the original text) and
// its folded forms. `germanForm` differs from `folded` only for words with
// ä/ö/ü ("flüchtlinge": folded "fluchtlinge", germanForm "fluechtlinge").
struct Word {
    size_t begin = 0, end = 0;
    std::string folded;
    std::string germanForm;
};

std::vector<Word> splitWords(std::string_view text);

// Folded words joined by single spaces, each word's German form appended
// after it when it differs: what the FTS5 index stores.
std::string foldForIndex(std::string_view text);

// Folded words joined by single spaces: a sort key and a normal form for tests.
std::string fold(std::string_view text);

// The folded words of a visitor's query, at most `maxTokens` of them, each
// cut to a sane length (the query box accepts anything, even 1000 letters).
std::vector<std::string> queryTokens(std::string_view query, size_t maxTokens = 12);

// An FTS5 MATCH expression in which every token is a quoted prefix query
// ("bera"* "stra"*), so no character a visitor types is FTS5 syntax.
// Empty when the query has no searchable word.
std::string matchExpression(std::string_view query);

// True when a word of `text` starts with `token` (both already folded),
// considering the word's German form too. Used to place snippets.
bool wordMatches(const Word& word, std::string_view token);

}  // namespace content::search_text
