#include <algorithm>
#include <cctype>

#include "content/core/language_tags.h"
#include "content/core/text_checks.h"
#include "content/parse/source_context.h"

namespace content::source {

void Context::useLanguage(const std::string& lang, const std::string& file, int line, const std::string& column) {
    bool isNew = languagesUsed.insert(lang).second;
    if (!isNew || !languagesGiven) return;
    const auto& listed = content.pack.languages;
    if (std::find(listed.begin(), listed.end(), lang) == listed.end())
        warning(file, line, column, say("language.not_listed", {{"language", lang}}));
}

int lineAt(std::string_view text, size_t offset) {
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::optional<std::string> readTextFile(Context& context, const std::string& relativePath, bool checkCharacters) {
    auto bytes = readSourceBytes(context, relativePath);
    if (!bytes) return std::nullopt;
    std::string raw = std::move(*bytes);
    if (raw.size() >= 3 && raw.compare(0, 3, "\xEF\xBB\xBF") == 0) raw.erase(0, 3);
    std::string text;
    text.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') continue;
        text += raw[i];
    }
    if (!isValidUtf8(text)) {
        size_t offset = 0;
        findForbiddenCharacter(text, &offset);
        context.error(relativePath, lineAt(text, offset), "", say("text.not_utf8"));
        return std::nullopt;
    }
    if (!checkCharacters) return text;
    // Report every line with a forbidden character (at most a few), then stop.
    bool bad = false;
    int reported = 0;
    for (size_t start = 0; start < text.size() && reported < 10;) {
        size_t offset = 0;
        const std::string_view rest = std::string_view(text).substr(start);
        if (!findForbiddenCharacter(rest, &offset)) break;
        // The forbidden character is the first one from `offset` on.
        context.error(relativePath, lineAt(text, start + offset), "", *textProblem(rest.substr(offset)));
        bad = true;
        ++reported;
        size_t nextLine = text.find('\n', start + offset);
        if (nextLine == std::string::npos) break;
        start = nextLine + 1;
    }
    if (bad) return std::nullopt;
    return text;
}

std::string trim(std::string_view text) {
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return std::string(text.substr(begin, end - begin));
}

std::string lower(std::string_view text) {
    std::string result(text);
    for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 100) return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

CheckWords invalidIdMessage(std::string_view id, std::string_view example) {
    return say("id.invalid", {{"id", std::string(id)}, {"example", std::string(example)}});
}

bool isLanguageTag(std::string_view tag) {
    // Tags name files and columns, so one spelling each: the canonical case.
    return language_tags::isKnown(tag) && language_tags::withCanonicalCase(tag) == tag;
}

std::optional<std::string> suggestLanguageCode(std::string_view text) { return language_tags::suggest(text); }

bool looksLikeEmail(std::string_view text) {
    size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
    if (std::any_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == ';' || c == '<' || c == '>'; }))
        return false;
    std::string_view domain = text.substr(at + 1);
    size_t dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
           domain.find("..") == std::string_view::npos && domain.front() != '.';
}

bool looksLikeWebsite(std::string_view text) {
    std::string_view rest;
    if (text.substr(0, 8) == "https://") rest = text.substr(8);
    else if (text.substr(0, 7) == "http://") rest = text.substr(7);
    else return false;
    if (std::any_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '<' || c == '>'; }))
        return false;
    std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
    size_t colon = host.find(':');
    if (colon != std::string_view::npos) host = host.substr(0, colon);
    size_t dot = host.rfind('.');
    return !host.empty() && dot != std::string_view::npos && dot > 0 && dot + 1 < host.size();
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> items;
    std::string current;
    auto flush = [&] {
        std::string item = trim(current);
        if (!item.empty()) items.push_back(item);
        current.clear();
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == '|' || c == '\n') flush();
        else current += c;
    }
    flush();
    return items;
}

std::optional<CheckWords> textProblem(std::string_view text) {
    auto problem = checkText(text);
    if (!problem) return std::nullopt;
    // checkText says "invalid UTF-8 (byte 0xC3)", "a control character (U+0007)" or
    // "a bidi override character (U+202E)": the kind and the code in brackets.
    const size_t open = problem->find('(');
    const std::string code = open == std::string::npos ? "" : problem->substr(open + 1, problem->size() - open - 2);
    const char* key = problem->starts_with("invalid") ? "text.invalid_utf8"
                      : problem->starts_with("a bidi") ? "text.bidi_override"
                                                       : "text.control_character";
    return say(key, {{"code", code}});
}

}  // namespace content::source
