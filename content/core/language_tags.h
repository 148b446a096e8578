// Language tags (BCP 47: "de", "hsb", "ckb", "prs", "pt-BR", "sr-Latn",
// "de-x-easy") and their names, from ICU's copy of the Unicode CLDR data as
// Debian ships it (libicu), not from a list of our own: the kiosk names
// Upper Sorbian "Obersorbisch", "Upper Sorbian", "الصوربية العليا", ... in
// each interface language.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace content::language_tags {

// RFC 5646 syntax: language (2-3 letters, with up to three extlang subtags),
// then optional script (4 letters), region (2 letters or 3 digits), variants,
// extensions and private use ("x-easy"). Case-insensitive. Grandfathered
// tags ("i-klingon") and 4-8 letter language subtags are not accepted.
bool isWellFormed(std::string_view tag);

// The tag in its canonical case: language lower, script title, region upper
// ("PT-br" -> "pt-BR", "sr-latn" -> "sr-Latn"); the tag itself when not well-formed.
std::string withCanonicalCase(std::string_view tag);

// Well-formed, its language is one CLDR or ISO 639-3 names (so every
// interface can show it) in its preferred form, and its script and region
// are ones CLDR names: "hsb", "ckb", "gsg", "de-x-easy" yes; "xx", "qaa",
// "ua", "iw" (now "he"), "deu" (now "de"), "de-XY" no.
bool isKnown(std::string_view tag);

// The language's name in an interface language ("hsb" in "de": "Obersorbisch";
// Easy German interfaces use the German names): CLDR's, else iso-codes'
// (in English where it has no translation). Empty when neither knows it.
// Only the language subtag is named: "fa-AF" is "Persisch".
std::string displayName(std::string_view tag, std::string_view uiLanguage);

// The tag meant by a common mistake: a language's name in German, English or
// itself ("Arabisch", "Ukrainian", "Русский", "Dari"), an old or three-letter
// code ("deu", "ger", "iw"), a country code taken for a language ("ua", "gr").
std::optional<std::string> suggest(std::string_view text);

}  // namespace content::language_tags
