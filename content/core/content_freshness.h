// Whether the content a kiosk shows is still current. A kiosk left on one pack
// for a long time runs out of events in two ways: the pack's valid_until passes,
// or the importer's expansion window (occurrences up to two years after the
// import) is used up. Either way the visitor is told plainly that no dates are
// listed, and the staff screen and the status file say the content is out of
// date, instead of a silently empty list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace content {

// The instant a pack stops being valid: a date ("2027-12-31") means "through
// that day" in `timeZone`; a date-time is that instant. nullopt when the text
// is not a date.
std::optional<int64_t> validUntilInstant(std::string_view validUntil, const std::string& timeZone);

struct ContentFreshness {
    bool expired = false;           // valid_until has passed
    bool noUpcomingEvents = false;  // no occurrence ends after now (and the pack had events)
    int64_t lastEventEndUtc = 0;    // end of the last occurrence the content holds, 0 if none

    bool outOfDate() const { return expired || noUpcomingEvents; }
    // "expired", "no-upcoming-events" or "" (current): stable, for status files.
    std::string reasonCode() const;
};

// `validUntil` as in the pack (may be empty); `lastEventEndUtc` 0 when the
// content has no occurrences at all; `eventSeries` how many series it has
// (a pack without any events is not "out of date" for lack of them).
ContentFreshness judgeFreshness(std::string_view validUntil, const std::string& timeZone, int64_t lastEventEndUtc,
                                size_t eventSeries, int64_t nowUtc);

}  // namespace content
