#include "content/core/check_words.h"

#include <algorithm>

namespace content {

CheckWords& CheckWords::with(std::string name, CheckWords part) {
    parts.push_back({std::move(name), std::move(part)});
    return *this;
}

CheckWords say(std::string key, std::vector<std::pair<std::string, std::string>> values) {
    CheckWords words;
    words.key = std::move(key);
    words.values = std::move(values);
    return words;
}

std::string_view englishPattern(std::string_view key) {
    const auto& sentences = checkSentences();
    auto it = std::find_if(sentences.begin(), sentences.end(), [&](const CheckSentence& s) { return s.key == key; });
    return it == sentences.end() ? std::string_view() : it->english;
}

std::string fillPattern(std::string_view pattern, const CheckWords& words,
                        const std::function<std::string(const std::string&)>& value,
                        const std::function<std::string(const CheckWords&)>& part) {
    std::string out;
    out.reserve(pattern.size() + 32);
    size_t i = 0;
    while (i < pattern.size()) {
        const size_t close = pattern[i] == '{' ? pattern.find('}', i + 1) : std::string_view::npos;
        if (close != std::string_view::npos) {
            const std::string_view name = pattern.substr(i + 1, close - i - 1);
            auto v = std::find_if(words.values.begin(), words.values.end(), [&](const auto& p) { return p.first == name; });
            auto p = std::find_if(words.parts.begin(), words.parts.end(), [&](const CheckPart& c) { return c.name == name; });
            if (v != words.values.end() || p != words.parts.end()) {
                out += v != words.values.end() ? value(v->second) : part(p->words);
                i = close + 1;
                continue;
            }
        }
        out.push_back(pattern[i++]);
    }
    return out;
}

std::string english(const CheckWords& words) {
    return fillPattern(englishPattern(words.key), words, [](const std::string& v) { return v; },
                       [](const CheckWords& part) { return english(part); });
}

}  // namespace content
