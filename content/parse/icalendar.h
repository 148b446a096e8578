// One organisation's calendar (.ics, as Nextcloud, Google or Outlook export
// it) normalised to EventSeries: times converted to the pack's zone as wall
// times, overrides split out, cancelled events dropped. See model.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/core/model.h"

namespace content::ical {

struct Problem {
    bool error = true;  // false = warning
    int line = 0;       // line in the .ics text (of the VEVENT or property), 0 = unknown
    std::string message;
};

struct CalendarResult {
    std::vector<EventSeries> events;
    std::vector<Problem> problems;
};

// `organisationId` fills EventSeries::organisationId; `packTimeZone` is the
// zone wall times are expressed in; SUMMARY and DESCRIPTION are taken as
// `defaultLanguage` text (unless they carry a LANGUAGE parameter).
// Events marked CLASS:PRIVATE or CONFIDENTIAL are left out with a warning: a
// kiosk is public.
CalendarResult parseCalendar(std::string_view icsText, const std::string& organisationId,
                             const std::string& packTimeZone, const std::string& defaultLanguage = "de");

}  // namespace content::ical
