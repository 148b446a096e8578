// Checks every text from a source folder or a pack must pass: valid UTF-8 and
// no characters that could hide or reorder what a visitor or staff member sees.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace content {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view text);

// The first forbidden character in (valid UTF-8) text, described for staff:
// "a control character (U+0007)" for C0/C1 controls other than \n and \t (so a
// stray \r counts: parsers turn CRLF into \n before checking),
// "a bidi override character (U+202E)" for U+202A..U+202E and U+2066..U+2069.
// Invalid UTF-8 is described as "invalid UTF-8 (byte 0xFF)".
// `offset` (optional) receives the byte offset of the character.
std::optional<std::string> findForbiddenCharacter(std::string_view text, size_t* offset = nullptr);

// Appends one code point (at most U+10FFFF) as UTF-8.
void appendUtf8(std::string& out, char32_t codePoint);

// Both checks at once: nullopt when the text is fine, else the problem.
std::optional<std::string> checkText(std::string_view text);

}  // namespace content
