#include "kiosk/screens/problem_words.h"

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/bidi_isolate.h"

namespace kiosk {

std::string checkSentence(const content::CheckWords& words) {
    if (words.empty()) return {};
    const i18n::Table* table = i18n::table(language());
    if (!table) return {};
    const auto pattern = table->find("check." + words.key);
    if (pattern == table->end()) return {};
    bool complete = true;
    std::string sentence = content::fillPattern(
        pattern->second, words, [](const std::string& value) { return text::isolate(value); },
        [&](const content::CheckWords& part) {
            std::string said = checkSentence(part);
            if (said.empty()) complete = false;
            return said;
        });
    return complete ? sentence : std::string();
}

std::string problemSentence(const content::Diagnostic& diagnostic) {
    std::string sentence = checkSentence(diagnostic.words);
    return sentence.empty() ? diagnostic.message : sentence;
}

}  // namespace kiosk
