#include "content/core/content_freshness.h"

#include "content/core/time_zone.h"

namespace content {

std::optional<int64_t> validUntilInstant(std::string_view validUntil, const std::string& timeZone) {
    bool isDate = false;
    auto wall = parseWallTime(validUntil, &isDate);
    if (!wall || !isDate) return parseIsoToUtc(validUntil, timeZone);  // a date-time, with or without offset
    // Through that day: the start of the next local day (not +86400 s, which
    // is wrong on the days the clocks change).
    return toUtc(civilFromDays(daysFromCivil(wall->year, wall->month, wall->day) + 1), timeZone);
}

std::string ContentFreshness::reasonCode() const {
    if (expired) return "expired";
    if (noUpcomingEvents) return "no-upcoming-events";
    return "";
}

ContentFreshness judgeFreshness(std::string_view validUntil, const std::string& timeZone, int64_t lastEventEndUtc,
                                size_t eventSeries, int64_t nowUtc) {
    ContentFreshness freshness;
    freshness.lastEventEndUtc = lastEventEndUtc;
    if (!validUntil.empty())
        if (auto until = validUntilInstant(validUntil, timeZone)) freshness.expired = nowUtc >= *until;
    freshness.noUpcomingEvents = eventSeries > 0 && lastEventEndUtc <= nowUtc;
    return freshness;
}

}  // namespace content
