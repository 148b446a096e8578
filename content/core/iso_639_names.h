// Names of the ISO 639-3 languages CLDR leaves out (German Sign Language
// "gsg", Assyrian Neo-Aramaic "aii", ...), from Debian's iso-codes package:
// English names from /usr/share/iso-codes/json/iso_639-3.json, translations
// from its gettext catalogues (/usr/share/locale/<lang>/LC_MESSAGES/iso_639-3.mo).
// Read once, on first use; without the package every answer is empty.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace content::iso_639 {

// The English name of a three-letter code ("gsg" -> "German Sign Language"), or "".
std::string englishName(std::string_view code);

// The name in an interface language ("de": "Deutsche Gebärdensprache");
// the English name where iso-codes has no translation; "" for an unknown code.
std::string name(std::string_view code, std::string_view uiLanguage);

// Calls `visit(code, name)` for every language, with its name in `uiLanguage`
// (English names for "en" and where no translation exists).
void forEach(std::string_view uiLanguage, const std::function<void(const std::string&, const std::string&)>& visit);

}  // namespace content::iso_639
