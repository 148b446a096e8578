// Names for the codes organisations carry: topics (from the pack, in the
// visitor's language) and spoken languages (named in themselves when the
// kiosk offers that language, otherwise in the visitor's language, from CLDR).
#pragma once

#include <string>

#include "kiosk/app/app_state.h"

namespace kiosk {

std::string topicLabel(const AppState& state, const std::string& topicKey);
std::string spokenLanguageLabel(const std::string& code);

}  // namespace kiosk
