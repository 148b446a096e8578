// Numbers as words, for the spoken forms of times and dates (spoken_form.h).
// Only the ranges a clock and a calendar need: hours, minutes, days.
#pragma once

#include <string>

namespace content::speech {

// German cardinal 0-59 ("eins", "einundzwanzig"); "ein" as in "ein Uhr" when `beforeNoun`.
std::string germanCardinal(int n, bool beforeNoun = false);
// German ordinal 1-31: "achte" (nominative) or, after "am"/"vom", "achten".
std::string germanOrdinal(int n, bool dative);

// English cardinal 0-59 and ordinal 1-31 ("eighth", "twenty-first").
std::string englishCardinal(int n);
std::string englishOrdinal(int n);

// Arabic: the hour of the clock 1-12 as a feminine ordinal ("التاسعة"), and the
// day of the month 1-31 as a masculine ordinal ("الثامن").
std::string arabicHour(int hour12);
std::string arabicDayOrdinal(int n);

}  // namespace content::speech
