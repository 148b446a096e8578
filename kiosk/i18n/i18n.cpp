#include "kiosk/i18n/i18n.h"

#include <algorithm>
#include <set>

#include <toml++/toml.h>

#include "kiosk/i18n/embedded_resources.h"
#include "kiosk/text/text.h"

namespace kiosk {
namespace {

// Home-screen order; the file set must match it (checked by tests/kiosk/test_i18n.cpp).
const std::vector<std::string> kLanguageOrder = {"de", "de-x-easy", "en", "ar", "fa", "uk", "ru", "tr"};
constexpr std::string_view kFallbackLanguage = "de";

struct Catalogue {
    std::map<std::string, i18n::Table, std::less<>> tables;
    std::vector<std::string> errors;
};

// Flattens nested tables too, so a translator may write [home] sections or
// dotted keys - both end up as "home.organisations".
void flatten(const toml::table& table, const std::string& prefix, i18n::Table& out, std::vector<std::string>& errors,
             std::string_view file) {
    for (const auto& [key, node] : table) {
        std::string fullKey = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
        if (const auto* sub = node.as_table()) {
            flatten(*sub, fullKey, out, errors, file);
        } else if (const auto* value = node.as_string()) {
            out[fullKey] = value->get();
        } else {
            errors.push_back(std::string(file) + ": " + fullKey + " is not a string");
        }
    }
}

const Catalogue& catalogue() {
    static const Catalogue loaded = [] {
        Catalogue c;
        for (const auto& file : resources::translationFiles()) {
            try {
                toml::table parsed = toml::parse(file.text, std::string(file.name) + ".toml");
                flatten(parsed, "", c.tables[std::string(file.name)], c.errors, file.name);
            } catch (const toml::parse_error& error) {
                c.errors.push_back(std::string(file.name) + ".toml: " + std::string(error.description()));
            }
        }
        return c;
    }();
    return loaded;
}

std::string& currentLanguage() {
    static std::string current(kFallbackLanguage);
    return current;
}

// Keys nobody translated come back as themselves, kept alive here.
const std::string& unknownKey(std::string_view key) {
    static std::set<std::string, std::less<>> keys;
    return *keys.emplace(key).first;
}

}  // namespace

void setLanguage(std::string_view languageTag) {
    const auto& tables = catalogue().tables;
    currentLanguage() = tables.count(languageTag) ? std::string(languageTag) : std::string(kFallbackLanguage);
}

const std::string& language() { return currentLanguage(); }

const std::string& tr(std::string_view key) { return i18n::translate(currentLanguage(), key); }

std::string tr(std::string_view key, std::initializer_list<TrArg> args) { return i18n::format(tr(key), args); }

namespace i18n {

const std::vector<std::string>& languages() { return kLanguageOrder; }

const Table* table(std::string_view languageTag) {
    const auto& tables = catalogue().tables;
    auto it = tables.find(languageTag);
    return it == tables.end() ? nullptr : &it->second;
}

const std::string& translate(std::string_view languageTag, std::string_view key) {
    // Easy German falls back to German, every other language to German too.
    for (std::string_view lang : {languageTag, kFallbackLanguage}) {
        if (const Table* t = table(lang)) {
            auto it = t->find(key);
            if (it != t->end()) return it->second;
        }
    }
    return unknownKey(key);
}

const std::string& nativeName(std::string_view languageTag) { return translate(languageTag, "language.self"); }

std::string format(std::string_view pattern, std::initializer_list<TrArg> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            size_t close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                std::string_view name = pattern.substr(i + 1, close - i - 1);
                auto match = std::find_if(args.begin(), args.end(), [&](const TrArg& a) { return a.first == name; });
                if (match != args.end()) {
                    out += match->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out.push_back(pattern[i]);
        ++i;
    }
    return out;
}

std::vector<std::string> placeholders(std::string_view text) {
    std::set<std::string> names;
    size_t i = 0;
    while ((i = text.find('{', i)) != std::string_view::npos) {
        size_t close = text.find('}', i + 1);
        if (close == std::string_view::npos) break;
        names.emplace(text.substr(i + 1, close - i - 1));
        i = close + 1;
    }
    return {names.begin(), names.end()};
}

const std::vector<std::string>& loadErrors() { return catalogue().errors; }

std::vector<uint32_t> codepoints() {
    // The translations never change while the kiosk runs: gathered once.
    static const std::vector<uint32_t> gathered = [] {
        std::set<uint32_t> all;
        for (const auto& [lang, t] : catalogue().tables)
            for (const auto& [key, value] : t)
                for (char32_t c : text::toUtf32(value)) all.insert(static_cast<uint32_t>(c));
        return std::vector<uint32_t>(all.begin(), all.end());
    }();
    return gathered;
}

}  // namespace i18n
}  // namespace kiosk
