// Splitting a text into the sentences read aloud one at a time (and
// highlighted one at a time on screen). Works on the text as displayed, so
// the byte ranges point straight into what the screen laid out.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace content::speech {

struct SentenceSpan {
    size_t begin = 0, end = 0;  // byte range in the text, trimmed of spaces
    bool operator==(const SentenceSpan&) const = default;
};

// Each line is at least one sentence (guides set one sentence per line);
// inside a line a sentence ends at . ! ? … ؟ followed by a space, except
// after a number ("8. Dezember"), a single letter or a known abbreviation
// ("z. B.", "Str.", "Nr.", "ca."). Empty lines give nothing.
std::vector<SentenceSpan> splitSentences(std::string_view text);

}  // namespace content::speech
