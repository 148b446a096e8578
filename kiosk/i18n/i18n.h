// Interface strings in the visitor's language. One TOML file per language
// (kiosk/i18n/<tag>.toml, flat keys such as `home.organisations`), built into
// the binary. Placeholders are written {name}; phrasing avoids plurals so no
// plural rules are needed.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk {

// A value for a {name} placeholder.
using TrArg = std::pair<std::string_view, std::string>;

// Switches the interface language (an unknown tag selects German).
void setLanguage(std::string_view languageTag);
// The current interface language tag ("de", "de-x-easy", "ar", ...).
const std::string& language();

// The string for `key` in the current language; German when the language file
// lacks it (the tests make sure none does); the key itself if unknown.
const std::string& tr(std::string_view key);
// The same with {name} placeholders replaced.
std::string tr(std::string_view key, std::initializer_list<TrArg> args);

namespace i18n {

using Table = std::map<std::string, std::string, std::less<>>;

// Interface languages in the order the home screen offers them.
const std::vector<std::string>& languages();
// Every key/value of one language (nullptr for an unknown language).
const Table* table(std::string_view languageTag);
// The string in a given language, with the same fallback as tr().
const std::string& translate(std::string_view languageTag, std::string_view key);
// The language's name written in itself ("Deutsch", "العربية", ...).
const std::string& nativeName(std::string_view languageTag);
// Replaces {name} placeholders; unknown placeholders are left as written.
std::string format(std::string_view pattern, std::initializer_list<TrArg> args);
// The placeholder names used in a string, sorted.
std::vector<std::string> placeholders(std::string_view text);
// Problems found while reading the translation files (empty when all is well).
const std::vector<std::string>& loadErrors();
// Every code point in any translation (for the font atlas).
std::vector<uint32_t> codepoints();

}  // namespace i18n
}  // namespace kiosk
