// Which zone a TZID means. A name the system knows (Europe/Berlin) is read with
// the system's zone data, whatever the file's VTIMEZONE says (exporters such as
// WordPress plugins write incomplete ones). Otherwise the file's own VTIMEZONE
// is used as written (Outlook's "W. Europe Standard Time"), after checking that
// its rules are ones a time zone can have; a system zone with exactly the same
// offsets stands in for it so series can be expanded by name. A Windows zone
// name without VTIMEZONE goes through ICU's copy of CLDR's windowsZones table.
#pragma once

#include <libical/ical.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/parse/ical_lines.h"

namespace content::ical {

struct ResolvedZone {
    std::string name;                // a zone the system knows ("UTC" included), empty when only `custom`
    icaltimezone* custom = nullptr;  // the file's VTIMEZONE when no system zone has its offsets
};

// The IANA name ICU maps a Windows zone name to ("Central Standard Time" ->
// "America/Chicago"), or empty.
std::string ianaForWindowsZone(const std::string& windowsName);

// The reason a VTIMEZONE may not be expanded (a repeat rule other than
// yearly, too many parts), or empty when it is safe. libical expands such
// rules without bound.
CheckWords unsafeTimeZoneReason(icalcomponent* vtimezone);

class ZoneResolver {
public:
    // Caller holds libicalMutex() for the resolver's lifetime.
    ZoneResolver(icalcomponent* calendar, const LineIndex& lines, std::string packZone, std::vector<Problem>& problems);
    ~ZoneResolver();
    ZoneResolver(const ZoneResolver&) = delete;
    ZoneResolver& operator=(const ZoneResolver&) = delete;

    // nullopt: unknown (a warning was given, once per name). `firstYear` is
    // the first year the caller needs, for comparing a VTIMEZONE's offsets.
    std::optional<ResolvedZone> resolve(const std::string& tzid, int line, int firstYear);

    // X-WR-TIMEZONE, when it names a known zone: Google writes series in UTC
    // and means them on this zone's clock.
    const std::string& calendarZone() const { return calendarZone_; }

private:
    std::optional<ResolvedZone> resolveUncached(const std::string& tzid, int line, int firstYear);
    std::string equivalentSystemZone(icalcomponent* vtimezone, icaltimezone* zone, const std::string& tzid, int firstYear);
    icalcomponent* ownVtimezone(const std::string& tzid) const;
    int vtimezoneLine(const std::string& tzid) const;

    icalcomponent* calendar_;
    const LineIndex& lines_;
    std::string packZone_;
    std::vector<Problem>& problems_;
    std::string calendarZone_;
    std::map<std::string, std::optional<ResolvedZone>> cache_;
    int fullSearches_ = 0;
    std::vector<icaltimezone*> ownZones_;  // the file's zones in use, freed with the resolver
};

}  // namespace content::ical
