// Words the event screens share: when an occurrence takes place ("Today,
// 17:00 Uhr", "Monday, 30 November, 17:00 – 19:00"), a recurring series' rule
// in words ("Every first Wednesday of the month, 17:00"), and the languages
// spoken by an event's organiser (the best the content says about the
// language an event is held in).
#pragma once

#include <string>
#include <vector>

#include "kiosk/app/app_state.h"

namespace kiosk {

// "Today, 17:00 Uhr" / "Monday, 30 November, all day".
std::string occurrenceWhen(const AppState& state, const content::EventOccurrence& occurrence);
// The same with the end time: "Monday, 30 November, 17:00 – 19:00".
std::string occurrenceWhenWithEnd(const AppState& state, const content::EventOccurrence& occurrence);
// Just the day, "30. November" ("2. Januar 2027" in another year), for lists of next dates.
std::string occurrenceShortDay(const AppState& state, const content::EventOccurrence& occurrence);

// The rule of a recurring series in the visitor's language, with its end and
// whether single dates are skipped or added from now on; empty for a single event.
std::string ruleInWords(const AppState& state, const content::EventSeries& series);
// The same from the rule and start alone (the events list has no more).
std::string ruleInWords(const AppState& state, const std::string& rrule, const std::string& seriesStart, bool allDay);

// Spoken languages (BCP 47 tags) of an organisation, cached per content.
const std::vector<std::string>& organiserLanguages(AppState& state, const std::string& organisationId);

}  // namespace kiosk
