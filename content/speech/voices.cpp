#include "content/speech/voices.h"

namespace content::speech {
namespace {

bool writtenInLatin(std::string_view language) {
    return language == "de" || language == "en" || language == "tr" || language.rfind("de-", 0) == 0;
}

// Decodes one UTF-8 code point at `i` and moves `i` past it.
char32_t nextCodePoint(std::string_view text, size_t& i) {
    unsigned char c = text[i];
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    ++i;
    for (int k = 0; k < extra && i < text.size(); ++k, ++i) cp = (cp << 6) | (text[i] & 0x3F);
    return cp;
}

enum class Script { Neutral, Latin, Other };

Script scriptOf(char32_t cp) {
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
        return Script::Latin;
    if (cp < 0x80 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0xA0)
        return Script::Neutral;  // digits, spaces, punctuation (also Arabic comma, semicolon, question mark)
    return Script::Other;
}

}  // namespace

Voice voiceFor(std::string_view language) {
    if (language == "de-x-easy") return {"de", 125};
    if (language == "en") return {"en", 160};
    if (language == "ar") return {"ar", 150};
    if (language == "fa") return {"fa", 150};
    if (language == "uk") return {"uk", 160};
    if (language == "ru") return {"ru", 160};
    if (language == "tr") return {"tr", 160};
    return {"de", 160};
}

std::vector<Segment> segmentsFor(std::string_view spoken, std::string_view language) {
    const Voice own = voiceFor(language);
    if (writtenInLatin(language)) return {{std::string(spoken), own}};
    const Voice latin = voiceFor("de");
    std::vector<Segment> segments;
    Script current = Script::Other;
    size_t start = 0, i = 0;
    while (i < spoken.size()) {
        size_t at = i;
        Script script = scriptOf(nextCodePoint(spoken, i));
        if (script == Script::Neutral || script == current) continue;
        if (at > start) segments.push_back({std::string(spoken.substr(start, at - start)), current == Script::Latin ? latin : own});
        start = at;
        current = script;
    }
    if (spoken.size() > start)
        segments.push_back({std::string(spoken.substr(start)), current == Script::Latin ? latin : own});
    return segments;
}

}  // namespace content::speech
