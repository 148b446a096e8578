// The words and sentences the generator builds its content from, in the eight
// content languages. Arabic and Farsi are written WITH vowel marks (harakat)
// on purpose: the search must find them when a visitor types without them,
// and the text engine must shape and place the marks.
#pragma once

#include <string>
#include <vector>

namespace bench {

struct LanguagePhrases {
    std::string code;              // content language tag
    bool focusBeforeType = false;  // "Aileler için Mahalle Merkezi" (tr) vs "Nachbarschaftszentrum für Familien"
    std::vector<std::string> organisationTypes;
    std::vector<std::string> focusGroups;
    std::vector<std::string> summaries;
    std::vector<std::string> descriptionSentences;
    std::vector<std::string> eventKinds;
    std::vector<std::string> eventDescriptions;
    std::vector<std::string> guideStems;
    std::vector<std::string> guideHeadings;
    std::vector<std::string> guideSentences;
    std::string picture;  // alt text word for guide pictures
    std::string packTitle;
};

struct Topic {
    std::string key;
    std::vector<std::string> labels;  // in the order of contentLanguages()
};

struct Place {
    std::string district, city, postcode, street;
};

// de, de-x-easy, en, ar, fa, uk, ru, tr - German first: it is the default language.
const std::vector<LanguagePhrases>& phrasebook();
const std::vector<Topic>& topics();
const std::vector<Place>& places();
// ISO 639-1 codes of languages spoken at organisations (more than the eight UI languages).
const std::vector<std::string>& spokenLanguages();
// Valid OpenStreetMap opening_hours values of the kinds staff write.
const std::vector<std::string>& openingHoursExamples();
// Words visitors type into search, per language (de, ar, ru, tr), taken from the phrasebook.
std::vector<std::string> searchWords(const std::string& lang);

}  // namespace bench
