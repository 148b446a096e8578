// The checker's sentence of a problem in the staff member's language: the
// pattern "check.<key>" from kiosk/i18n/<lang>.toml with the problem's values
// in it. A value is what the staff member wrote (a cell, a file name) and is
// kept as written, isolated so that it reads in its own direction inside an
// Arabic or Farsi sentence. A problem the checker says only in English keeps
// its English sentence.
#pragma once

#include <string>

#include "content/parse/source_folder.h"

namespace kiosk {

std::string problemSentence(const content::Diagnostic& diagnostic);
// The same for a sentence alone; empty when the interface language has no
// words for its key (or one of its parts).
std::string checkSentence(const content::CheckWords& words);

}  // namespace kiosk
