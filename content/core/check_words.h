// The checker's sentences as a key and named values, so one sentence has one
// source: `kiosk-pack check` says it in English from the pattern in
// check_sentences.cpp, the staff screen says it in the staff member's
// language from the kiosk's translation files (key "check.<key>"), with the
// same values in it. A value is what the staff member wrote or a number and is
// said as it is; a part is a sentence inside the sentence (the reason why an
// opening-hours value is not understood) and is said in the same language.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace content {

struct CheckPart;

struct CheckWords {
    std::string key;  // "hours.not_understood"; empty: no sentence
    std::vector<std::pair<std::string, std::string>> values;
    std::vector<CheckPart> parts;

    bool empty() const { return key.empty(); }
    // Adds a sentence inside this one, for the pattern's {name}.
    CheckWords& with(std::string name, CheckWords part);
};

struct CheckPart {
    std::string name;
    CheckWords words;
};

// A sentence of the checker: say("events.no_organisation", {{"id", "cafe"}}).
CheckWords say(std::string key, std::vector<std::pair<std::string, std::string>> values = {});

struct CheckSentence {
    std::string_view key;
    std::string_view english;  // the pattern, with {name} for values and parts
};

// Every sentence the checker can say, in English.
const std::vector<CheckSentence>& checkSentences();
// The English pattern of a key; empty when the key is unknown.
std::string_view englishPattern(std::string_view key);

// Fills `pattern`'s {name} placeholders: a value through `value`, a part
// through `part`; an unknown name is left as written.
std::string fillPattern(std::string_view pattern, const CheckWords& words,
                        const std::function<std::string(const std::string&)>& value,
                        const std::function<std::string(const CheckWords&)>& part);
// The sentence in English, as `kiosk-pack check` prints it.
std::string english(const CheckWords& words);

}  // namespace content
