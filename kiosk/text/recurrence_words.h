// A recurring event's rule in words, per interface language:
// "Every first Wednesday of the month, 17:00", "Jeden Mittwoch, 17:00 Uhr",
// "По средам, 17:00", "كل أربعاء، 17:00". The grammar that differs between
// languages (cases, gender of weekdays, word order) lives in the translation
// files (recurrence.* keys), not here.
#pragma once

#include <string>
#include <string_view>

#include "content/core/recurrence.h"

namespace kiosk::text {

// The rule in words in `language`, with the start time unless all-day, then
// its end ("until 30 March 2027": the year only when it is not `currentYear`,
// the year of the visitor's today) and whether single dates are skipped or added.
// Empty for a single (non-recurring) event. First letter capitalised when
// `capitalize` (Latin and Cyrillic; Arabic script has no case).
std::string describeRecurrence(const content::RecurrenceDescription& rule, std::string_view language,
                               int currentYear, bool capitalize = true);

// "17:00" wrapped the language's way ("17:00 Uhr" in German).
std::string clockTime(int hour, int minute, std::string_view language);

// Upper-cases the first letter (Latin-1, Latin Extended-A, Cyrillic incl. і ї є ґ).
std::string capitalizeFirst(std::string_view utf8);

}  // namespace kiosk::text
