#include "content/db/search_text.h"

#include <array>

namespace content::search_text {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// What one code point contributes to a word.
enum class Role { Separator, Ignored, Letter };

struct Folded {
    Role role = Role::Separator;
    std::string_view text;        // folded form (Letter)
    std::string_view germanText;  // the German spelling when it differs (ä -> ae), else empty
};

// U+00C0..U+00FF. nullptr marks the two symbols (× and ÷) that separate words.
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};

// U+0100..U+017F, one base letter per code point; '2' marks the ligatures
// Ĳ ĳ (ij) and Œ œ (oe). Turkish İ (U+0130) and ı (U+0131) both fold to i.
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii22jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo22rrrrrrssssss"
    "sstttttttuuuuuuu"  // 0x160: Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "uuuuwwyyyzzzzzzs";

constexpr std::string_view kAsciiLower = "abcdefghijklmnopqrstuvwxyz";
constexpr std::string_view kDigits = "0123456789";

Folded letter(std::string_view text, std::string_view german = {}) { return {Role::Letter, text, german}; }
Folded ignored() { return {Role::Ignored, {}, {}}; }
Folded separator() { return {}; }

// UTF-8 of the non-ASCII code points that a fold maps other letters to.
std::string_view utf8Of(char32_t cp) {
    switch (cp) {
        case 0x0627: return "\xD8\xA7";  // ا alef
        case 0x064A: return "\xD9\x8A";  // ي yeh
        case 0x0643: return "\xD9\x83";  // ك kaf
        case 0x0647: return "\xD9\x87";  // ه heh
        case 0x0435: return "\xD0\xB5";  // е
        case 0x0438: return "\xD0\xB8";  // и
        default: return {};
    }
}

bool isCombiningMark(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F)     // Latin combining diacritics (decomposed input)
           || (cp >= 0x0483 && cp <= 0x0489)  // Cyrillic combining marks
           || (cp >= 0x064B && cp <= 0x065F)  // Arabic harakat, shadda, sukun, ...
           || cp == 0x0670                    // superscript alef
           || (cp >= 0x06D6 && cp <= 0x06DC)  // Quranic annotation marks
           || (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8 || (cp >= 0x06EA && cp <= 0x06ED) ||
           (cp >= 0x0610 && cp <= 0x061A);  // Arabic honorific marks
}

bool isInvisible(char32_t cp) {
    // Tatweel stretches a word; ZWNJ is part of Farsi spelling ("می‌خواهم")
    // that visitors often leave out; soft hyphens and direction marks are
    // layout only. Dropping them lets both spellings meet.
    return cp == 0x0640 || cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF ||
           cp == 0x061C;
}

bool isSeparatorPunctuation(char32_t cp) {
    return (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 ||
           (cp >= 0x2000 && cp <= 0x206F)                                     // general punctuation, spaces
           || (cp >= 0x2190 && cp <= 0x2BFF)                                  // arrows, symbols
           || (cp >= 0x3000 && cp <= 0x303F)                                  // CJK punctuation, ideographic space
           || cp == 0x060C || cp == 0x060D || cp == 0x061B || cp == 0x061F    // Arabic comma, semicolon, question mark
           || (cp >= 0x066A && cp <= 0x066D) || cp == 0x06D4                  // Arabic percent, separators, full stop
           || cp == 0x1680 || cp == 0x0589 || cp == 0x05BE || cp == kReplacement;
}

// Cyrillic lower case, then ё/ѐ -> е and ѝ -> и (visitors type them plain).
char32_t cyrillicLower(char32_t cp) {
    if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;
    else if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;
    else if (cp == 0x04C0) cp = 0x04CF;
    else if ((cp >= 0x0460 && cp <= 0x0481) || (cp >= 0x048A && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x04FF)) {
        if (cp % 2 == 0) cp += 1;
    } else if (cp >= 0x04C1 && cp <= 0x04CE) {
        if (cp % 2 == 1) cp += 1;
    }
    return cp;
}

}  // namespace

namespace {

// Decodes the code point at `pos`, advancing `pos`. Overlong forms, surrogates
// and values past U+10FFFF are invalid (one byte consumed, U+FFFD returned).
char32_t decodeAt(std::string_view text, size_t& pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int length = 0;
    char32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) length = 2, cp = lead & 0x1F;
    else if ((lead & 0xF0) == 0xE0) length = 3, cp = lead & 0x0F;
    else if ((lead & 0xF8) == 0xF0) length = 4, cp = lead & 0x07;
    else {
        ++pos;
        return kReplacement;
    }
    if (pos + length > text.size()) {
        ++pos;
        return kReplacement;
    }
    for (int i = 1; i < length; ++i) {
        const unsigned char continuation = byte(pos + i);
        if ((continuation & 0xC0) != 0x80) {
            ++pos;
            return kReplacement;
        }
        cp = (cp << 6) | (continuation & 0x3F);
    }
    static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return kReplacement;
    }
    pos += length;
    return cp;
}

// The heart of the folding: what one code point becomes. `scratch` holds the
// UTF-8 of a letter passed through unchanged.
Folded foldCodepoint(char32_t cp, std::string& scratch) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') return letter(kAsciiLower.substr(cp - 'A', 1));
        if (cp >= 'a' && cp <= 'z') return letter(kAsciiLower.substr(cp - 'a', 1));
        if (cp >= '0' && cp <= '9') return letter(kDigits.substr(cp - '0', 1));
        return separator();
    }
    if (isInvisible(cp) || isCombiningMark(cp)) return ignored();
    if (isSeparatorPunctuation(cp)) return separator();
    if (cp >= 0x00C0 && cp <= 0x00FF) {
        const char* base = kLatin1[cp - 0x00C0];
        if (!base) return separator();
        // German umlauts: index both "fluchtlinge" and "fluechtlinge".
        switch (cp) {
            case 0x00C4: case 0x00E4: return letter("a", "ae");
            case 0x00D6: case 0x00F6: return letter("o", "oe");
            case 0x00DC: case 0x00FC: return letter("u", "ue");
            default: return letter(base);
        }
    }
    if (cp >= 0x0100 && cp <= 0x017F) {
        const char base = kLatinExtendedA[cp - 0x0100];
        if (base == '2') return letter(cp <= 0x0133 ? "ij" : "oe");
        return letter(kAsciiLower.substr(base - 'a', 1));
    }
    switch (cp) {
        case 0x0218: case 0x0219: return letter("s");   // Romanian Ș ș
        case 0x021A: case 0x021B: return letter("t");   // Romanian Ț ț
        case 0x1E9E: return letter("ss");               // capital ẞ
        case 0x0401: case 0x0451: case 0x0400: case 0x0450: return letter(utf8Of(0x0435));  // Ё ё Ѐ ѐ -> е
        case 0x040D: case 0x045D: return letter(utf8Of(0x0438));                            // Ѝ ѝ -> и
        // Arabic alef with hamza above/below, madda, wasla, wavy hamza -> bare alef.
        case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: return letter(utf8Of(0x0627));
        // Alef maksura and Farsi yeh -> Arabic yeh; Farsi keheh -> Arabic kaf.
        case 0x0649: case 0x06CC: case 0x06D2: return letter(utf8Of(0x064A));
        case 0x06A9: case 0x06AA: return letter(utf8Of(0x0643));
        // Teh marbuta and heh variants -> heh.
        case 0x0629: case 0x06C0: case 0x06C1: case 0x06D5: return letter(utf8Of(0x0647));
        default: break;
    }
    if (cp >= 0x0660 && cp <= 0x0669) return letter(kDigits.substr(cp - 0x0660, 1));
    if (cp >= 0x06F0 && cp <= 0x06F9) return letter(kDigits.substr(cp - 0x06F0, 1));
    if (cp >= 0x0400 && cp <= 0x04FF) cp = cyrillicLower(cp);
    scratch.clear();
    appendUtf8(scratch, cp);
    return letter(scratch);
}

}  // namespace

std::u32string decodeUtf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) out += decodeAt(text, pos);
    return out;
}

std::vector<Word> splitWords(std::string_view text) {
    std::vector<Word> words;
    Word current;
    bool inWord = false;
    bool germanDiffers = false;
    std::string scratch;
    const auto finish = [&](size_t end) {
        if (inWord && !current.folded.empty()) {
            current.end = end;
            if (!germanDiffers) current.germanForm = current.folded;
            words.push_back(std::move(current));
        }
        current = Word{};
        inWord = false;
        germanDiffers = false;
    };
    size_t pos = 0;
    size_t lastLetterEnd = 0;
    while (pos < text.size()) {
        const size_t start = pos;
        const char32_t cp = decodeAt(text, pos);
        const Folded folded = foldCodepoint(cp, scratch);
        if (folded.role == Role::Separator) {
            finish(lastLetterEnd);
            continue;
        }
        if (folded.role == Role::Ignored) {
            // Marks inside a word keep it whole; a final vowel mark belongs to it.
            if (inWord) lastLetterEnd = pos;
            continue;
        }
        if (!inWord) {
            inWord = true;
            current.begin = start;
        }
        current.folded += folded.text;
        current.germanForm += folded.germanText.empty() ? folded.text : folded.germanText;
        if (!folded.germanText.empty()) germanDiffers = true;
        lastLetterEnd = pos;
    }
    finish(lastLetterEnd);
    return words;
}

std::string foldForIndex(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (const Word& word : splitWords(text)) {
        if (!out.empty()) out += ' ';
        out += word.folded;
        if (word.germanForm != word.folded) {
            out += ' ';
            out += word.germanForm;
        }
    }
    return out;
}

std::string fold(std::string_view text) {
    std::string out;
    for (const Word& word : splitWords(text)) {
        if (!out.empty()) out += ' ';
        out += word.folded;
    }
    return out;
}

std::vector<std::string> queryTokens(std::string_view query, size_t maxTokens) {
    // Nobody types more than a few hundred letters; bounding the work keeps a
    // stuck key or a pasted essay from costing more than a normal query.
    constexpr size_t kMaxQueryBytes = 512;
    constexpr size_t kMaxTokenBytes = 64;
    if (query.size() > kMaxQueryBytes) query = query.substr(0, kMaxQueryBytes);
    std::vector<std::string> tokens;
    for (Word& word : splitWords(query)) {
        if (tokens.size() == maxTokens) break;
        std::string token = std::move(word.folded);
        if (token.size() > kMaxTokenBytes) {
            // Cut on a code point boundary.
            size_t cut = kMaxTokenBytes;
            while (cut > 0 && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80) --cut;
            token.resize(cut);
        }
        if (!token.empty()) tokens.push_back(std::move(token));
    }
    return tokens;
}

std::string matchExpression(std::string_view query) {
    std::string expression;
    for (const std::string& token : queryTokens(query)) {
        if (!expression.empty()) expression += ' ';
        expression += '"';
        // Folded tokens never hold a quote (it separates words), but doubling
        // it is FTS5's escape, so even a future table change stays safe.
        for (char c : token) {
            if (c == '"') expression += '"';
            expression += c;
        }
        expression += "\"*";
    }
    return expression;
}

bool wordMatches(const Word& word, std::string_view token) {
    return std::string_view(word.folded).starts_with(token) || std::string_view(word.germanForm).starts_with(token);
}

}  // namespace content::search_text
