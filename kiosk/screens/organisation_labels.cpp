#include "kiosk/screens/organisation_labels.h"

#include <algorithm>

#include "content/core/language_tags.h"
#include "content/core/model.h"
#include "kiosk/i18n/i18n.h"

namespace kiosk {

std::string topicLabel(const AppState& state, const std::string& topicKey) {
    if (state.store) {
        const auto& topics = state.store->pack().topics;
        if (auto it = topics.find(topicKey); it != topics.end()) {
            const std::string& label = it->second.resolve(state.language());
            if (!label.empty()) return label;
        }
    }
    return topicKey;
}

std::string spokenLanguageLabel(const std::string& code) {
    const auto& offered = content::supportedLanguages();
    // A visitor looks for their own language written their own way.
    if (std::find(offered.begin(), offered.end(), code) != offered.end()) return i18n::nativeName(code);
    // Others in the visitor's language, as CLDR names them ("Obersorbisch").
    std::string name = content::language_tags::displayName(code, language());
    if (!name.empty()) return name;
    std::string upper = code;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return upper;
}

}  // namespace kiosk
