#include "content/core/language_tags.h"

#include "content/core/iso_639_names.h"

#include <unicode/uloc.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <cctype>
#include <optional>
#include <vector>

namespace content::language_tags {

namespace {

bool isAlpha(std::string_view s) {
    for (char c : s)
        if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    return true;
}
bool isDigits(std::string_view s) {
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}
bool isAlnum(std::string_view s) {
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    return true;
}

std::string lowerAscii(std::string_view text) {
    std::string result(text);
    for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

std::vector<std::string_view> subtags(std::string_view tag) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        size_t dash = tag.find('-', start);
        parts.push_back(tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
        if (dash == std::string_view::npos) break;
        start = dash + 1;
    }
    return parts;
}

std::string languageSubtag(std::string_view tag) { return lowerAscii(tag.substr(0, tag.find('-'))); }

std::string toUtf8(const UChar* text, int32_t length) {
    std::string out(static_cast<size_t>(length) * 3 + 1, '\0');
    int32_t written = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, text, length, &status);
    if (U_FAILURE(status)) return "";
    out.resize(static_cast<size_t>(written));
    return out;
}

// CLDR's name of a language code in a display locale; empty when CLDR has
// none (ICU then answers with the code and a "using default" warning).
std::string cldrName(const std::string& language, const std::string& displayLocale) {
    UChar buffer[256];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayLanguage(language.c_str(), displayLocale.c_str(), buffer, 256, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0) return "";
    std::string name = toUtf8(buffer, length);
    return name == language ? "" : name;
}

// Case-insensitive comparison of UTF-8 texts ("türkisch" = "Türkisch").
bool sameName(std::string_view a, std::string_view b) {
    auto toUtf16 = [](std::string_view text) {
        std::u16string out(text.size() + 1, u'\0');
        int32_t length = 0;
        UErrorCode status = U_ZERO_ERROR;
        u_strFromUTF8(reinterpret_cast<UChar*>(out.data()), static_cast<int32_t>(out.size()), &length, text.data(),
                      static_cast<int32_t>(text.size()), &status);
        out.resize(U_SUCCESS(status) ? static_cast<size_t>(length) : 0);
        return out;
    };
    std::u16string wa = toUtf16(a), wb = toUtf16(b);
    if (wa.empty() || wb.empty()) return false;
    UErrorCode status = U_ZERO_ERROR;
    return u_strCaseCompare(reinterpret_cast<const UChar*>(wa.data()), static_cast<int32_t>(wa.size()),
                            reinterpret_cast<const UChar*>(wb.data()), static_cast<int32_t>(wb.size()),
                            U_FOLD_CASE_DEFAULT, &status) == 0 && U_SUCCESS(status);
}

// The code BCP 47 prefers for a language subtag: "iw" -> "he", "deu" -> "de"
// (ICU applies the IANA registry's deprecations and CLDR's aliases).
std::string preferredLanguage(const std::string& language) {
    char tag[64];
    UErrorCode status = U_ZERO_ERROR;
    uloc_toLanguageTag(language.c_str(), tag, sizeof tag, true, &status);
    if (U_FAILURE(status)) return language;
    return lowerAscii(std::string_view(tag).substr(0, std::string_view(tag).find('-')));
}

// Codes CLDR names that say no language at all: undetermined, multiple,
// uncoded, no linguistic content.
bool isSpecialCode(const std::string& language) {
    return language == "und" || language == "mul" || language == "mis" || language == "zxx";
}

}  // namespace

bool isWellFormed(std::string_view tag) {
    if (tag.empty() || tag.size() > 64) return false;
    std::vector<std::string_view> parts = subtags(tag);
    for (std::string_view part : parts)
        if (part.empty() || part.size() > 8 || !isAlnum(part)) return false;
    size_t i = 0;
    if (lowerAscii(parts[0]) == "x") {
        return parts.size() > 1;  // a private-use tag on its own
    }
    if (parts[0].size() < 2 || parts[0].size() > 3 || !isAlpha(parts[0])) return false;
    ++i;
    for (int extlang = 0; extlang < 3 && i < parts.size() && parts[i].size() == 3 && isAlpha(parts[i]); ++extlang) ++i;
    if (i < parts.size() && parts[i].size() == 4 && isAlpha(parts[i])) ++i;  // script
    if (i < parts.size() && ((parts[i].size() == 2 && isAlpha(parts[i])) || (parts[i].size() == 3 && isDigits(parts[i])))) ++i;
    while (i < parts.size() && (parts[i].size() >= 5 || (parts[i].size() == 4 && std::isdigit(static_cast<unsigned char>(parts[i][0])))))
        ++i;  // variants
    while (i < parts.size() && parts[i].size() == 1) {
        char singleton = static_cast<char>(std::tolower(static_cast<unsigned char>(parts[i][0])));
        if (singleton == 'x') {
            return i + 1 < parts.size();  // private use runs to the end
        }
        size_t start = ++i;
        while (i < parts.size() && parts[i].size() >= 2) ++i;
        if (i == start) return false;  // an extension needs at least one subtag
    }
    return i == parts.size();
}

std::string withCanonicalCase(std::string_view tag) {
    if (!isWellFormed(tag)) return std::string(tag);
    std::string result;
    bool afterSingleton = false;
    bool first = true;
    for (std::string_view part : subtags(tag)) {
        std::string piece = lowerAscii(part);
        if (!first && !afterSingleton) {
            if (piece.size() == 4 && isAlpha(piece)) piece[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(piece[0])));
            else if (piece.size() == 2 && isAlpha(piece))
                for (char& c : piece) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        if (piece.size() == 1) afterSingleton = true;
        if (!first) result += '-';
        result += piece;
        first = false;
    }
    return result;
}

bool isKnown(std::string_view tag) {
    if (!isWellFormed(tag) || lowerAscii(tag.substr(0, 2)) == "x-") return false;
    const std::string language = languageSubtag(tag);
    if (isSpecialCode(language) || preferredLanguage(language) != language) return false;
    if (cldrName(language, "en").empty() && iso_639::englishName(language).empty()) return false;
    // A script or region must be one CLDR names too ("sr-Latn", "es-419"; not "de-XY").
    const std::string canonical = withCanonicalCase(tag);
    std::vector<std::string_view> parts = subtags(canonical);
    for (size_t i = 1; i < parts.size() && parts[i].size() > 1; ++i) {
        std::string locale = "und_" + std::string(parts[i]);
        UChar buffer[128];
        UErrorCode status = U_ZERO_ERROR;
        bool isScript = parts[i].size() == 4 && isAlpha(parts[i]);
        bool isRegion = (parts[i].size() == 2 && isAlpha(parts[i])) || (parts[i].size() == 3 && isDigits(parts[i]));
        if (!isScript && !isRegion) continue;  // extlang or variant: syntax only
        if (isScript) uloc_getDisplayScript(locale.c_str(), "en", buffer, 128, &status);
        else uloc_getDisplayCountry(locale.c_str(), "en", buffer, 128, &status);
        if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return false;
    }
    return true;
}

std::string displayName(std::string_view tag, std::string_view uiLanguage) {
    std::string ui = lowerAscii(uiLanguage.substr(0, uiLanguage.find('-')));  // de-x-easy -> de
    const std::string language = languageSubtag(tag);
    std::string name = cldrName(language, ui);
    return name.empty() ? iso_639::name(language, ui) : name;
}

std::optional<std::string> suggest(std::string_view text) {
    size_t begin = text.find_first_not_of(" \t"), end = text.find_last_not_of(" \t");
    if (begin == std::string_view::npos) return std::nullopt;
    const std::string written(text.substr(begin, end - begin + 1));
    const std::string key = lowerAscii(written);
    // Codes that are not language codes but are often written for one:
    // country codes, ISO 639-2/B codes ICU does not alias, and the two names
    // CLDR files under another: Farsi (Persian) and Dari (CLDR: fa-AF).
    static const std::pair<const char*, const char*> mistakes[] = {
        {"ua", "uk"}, {"gr", "el"}, {"cz", "cs"}, {"dk", "da"}, {"jp", "ja"}, {"cn", "zh"}, {"se", "sv"},
        {"ger", "de"}, {"per", "fa"}, {"fre", "fr"}, {"gre", "el"}, {"cze", "cs"}, {"chi", "zh"}, {"alb", "sq"},
        {"arm", "hy"}, {"geo", "ka"}, {"rum", "ro"}, {"dut", "nl"}, {"farsi", "fa"}, {"dari", "prs"},
    };
    for (const auto& [wrong, right] : mistakes)
        if (key == wrong) return std::string(right);
    if (isWellFormed(written)) {
        // Three-letter and withdrawn codes: "deu" -> "de", "iw" -> "he".
        const std::string alias = preferredLanguage(languageSubtag(written));
        if (alias != languageSubtag(written) && isKnown(alias)) return alias;
        if (isKnown(written)) return withCanonicalCase(written);
    }
    // A language's name in German, English or itself.
    for (const char* const* codes = uloc_getISOLanguages(); *codes; ++codes) {
        const std::string code = *codes;
        for (const std::string& locale : {std::string("de"), std::string("en"), code})
            if (std::string name = cldrName(code, locale); !name.empty() && sameName(name, written)) return code;
    }
    // Or its ISO 639-3 name ("Deutsche Gebärdensprache").
    std::optional<std::string> found;
    for (const char* locale : {"de", "en"})
        iso_639::forEach(locale, [&](const std::string& code, const std::string& name) {
            if (!found && sameName(name, written) && isKnown(code)) found = code;
        });
    return found;
}

}  // namespace content::language_tags
