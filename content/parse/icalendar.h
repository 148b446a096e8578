// One organisation's calendar (.ics, as Nextcloud, Google, Outlook, Apple,
// Thunderbird or a WordPress plugin export it) normalised to EventSeries: each
// series kept in its own zone, overrides split out, cancelled events dropped,
// older saved versions of an event replaced by the newest. See model.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/core/model.h"
#include "content/parse/ical_lines.h"

namespace content::ical {

struct CalendarResult {
    std::vector<EventSeries> events;
    std::vector<Problem> problems;
};

// `organisationId` fills EventSeries::organisationId; `packTimeZone` is the
// zone floating times are read in; SUMMARY and DESCRIPTION are taken as
// `defaultLanguage` text (unless they carry a LANGUAGE parameter).
// An event that cannot be read is left out with a warning that names it; only
// a file that is not a calendar at all gives an error. Events marked
// CLASS:PRIVATE or CONFIDENTIAL are left out with a warning: a kiosk is public.
CalendarResult parseCalendar(std::string_view icsText, const std::string& organisationId,
                             const std::string& packTimeZone, const std::string& defaultLanguage = "de");

}  // namespace content::ical
