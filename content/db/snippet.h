// A short piece of a text around the first word a search matched, in the
// text's own spelling (the index only holds folded text, which is no good to
// show a visitor).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace content::db {

// The words around the first word of `text` that starts with one of `tokens`
// (folded, see search_text.h), about `maxBytes` long, with "…" where it was
// cut. Empty when no word matches.
std::string snippetAround(std::string_view text, const std::vector<std::string>& tokens, size_t maxBytes = 120);

// The start of `text`, cut at a word boundary near `maxBytes`, with "…" if cut.
std::string leadingSnippet(std::string_view text, size_t maxBytes = 120);

}  // namespace content::db
