// Turning an EventSeries (model.h) into concrete occurrences, and describing
// its rule so the UI can say "every first Wednesday, 17:00". Recurrences are
// expanded on wall times in the series' zone (libical's icalrecur_iterator), so
// a 17:00 meeting stays at 17:00 across daylight-saving changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/model.h"
#include "content/core/time_zone.h"

namespace content {

// Occurrences that overlap [fromUtc, toUtc) (an occurrence still running at
// fromUtc is included), sorted by start, at most maxCount. The series is
// expanded on its own zone's clock (EventSeries::timeZone, else `timeZone`,
// the pack's). Every RRULE adds instances; EXRULE and EXDATE instances are
// removed; RDATEs are added (with their own end, else the series' duration).
// All-day occurrences run from local midnight of the first day to local
// midnight after the last day on the pack's clock.
// A malformed series yields no occurrences rather than throwing.
std::vector<EventOccurrence> expandOccurrences(const EventSeries& series, const std::string& timeZone,
                                               int64_t fromUtc, int64_t toUtc, size_t maxCount);

// The same, always through libical's icalrecur_iterator. expandOccurrences
// generates the common rules itself for speed; tests compare the two.
std::vector<EventOccurrence> expandOccurrencesWithLibical(const EventSeries& series, const std::string& timeZone,
                                                          int64_t fromUtc, int64_t toUtc, size_t maxCount);

// An entry of EventSeries::rdates: a start, or "START/END" for an RDATE that
// keeps its own end (PERIOD). nullopt when it is neither.
struct RecurrenceDate {
    LocalTime start;
    std::optional<LocalTime> end;
};
std::optional<RecurrenceDate> parseRecurrenceDate(const std::string& text);

// True when the RRULE text is one libical accepts.
bool isValidRecurrenceRule(const std::string& rrule);

struct RecurrenceDescription {
    enum class Kind { Single, Daily, Weekly, MonthlyByWeekday, MonthlyByDay, Yearly, YearlyByWeekday, Other };
    Kind kind = Kind::Single;
    int interval = 1;            // every `interval` days/weeks/months/years
    std::vector<int> weekdays;   // 0 = Monday (Weekly, MonthlyByWeekday, YearlyByWeekday)
    int weekOfMonth = 0;         // 1..5, -1 = last (MonthlyByWeekday, YearlyByWeekday)
    int dayOfMonth = 0;          // MonthlyByDay, Yearly
    int month = 0;               // Yearly, YearlyByWeekday: 1..12
    int hour = 0, minute = 0;    // local start time
    bool allDay = false;
    // How the series ends: on a date (UNTIL, its calendar day) or after a number of dates (COUNT).
    std::optional<LocalTime> until;
    int count = 0;
    // Single dates taken out (EXDATE) or added (RDATE) from `from` on.
    int skippedDates = 0, addedDates = 0;
};

// Reads the series' RRULE and start. Rules with parts the kiosk cannot say in
// words (BYSETPOS, several BYMONTHDAYs, BYHOUR, several RRULEs, EXRULEs, ...)
// come back as Other. Skipped and added dates are counted from the wall time
// `fromWallTime` on ("YYYY-MM-DDTHH:MM:SS"; empty counts all), so dates long
// past do not make today's rule read "with exceptions".
RecurrenceDescription describeRecurrence(const EventSeries& series, std::string_view fromWallTime = {});

}  // namespace content
