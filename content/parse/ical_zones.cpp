#include "content/parse/ical_zones.h"

#include <unicode/ucal.h>

#include <algorithm>

#include "content/core/time_zone.h"

namespace content::ical {

namespace {

// Parts a VTIMEZONE may have before libical is asked to expand it. Real zones
// change their offset at most twice a year; the history of the oldest zones
// has a few hundred observances.
constexpr int kMaxObservances = 1000;
constexpr int kMaxRdatesPerObservance = 1000;
// Offsets are compared up to here: libical's own zone expansion stops there too.
constexpr int kLastComparedYear = 2037;
// Looking through every system zone takes about half a second; a file gets it
// for this many of its own zones (real exports have one or two).
constexpr int kMaxFullSearches = 3;

int countOf(const short* values, int size) {
    int n = 0;
    while (n < size && values[n] != ICAL_RECURRENCE_ARRAY_MAX) ++n;
    return n;
}

icaltimezone* systemZone(const std::string& name) {
    if (name == "UTC" || name == "Etc/UTC" || name == "GMT" || name == "Etc/GMT" || name == "Z")
        return icaltimezone_get_utc_timezone();
    icaltimezone* zone = icaltimezone_get_builtin_timezone(name.c_str());
    icalerror_clear_errno();
    return zone;
}

std::string systemZoneName(const std::string& name) {
    if (!systemZone(name)) return "";
    return systemZone(name) == icaltimezone_get_utc_timezone() ? "UTC" : name;
}

int offsetAt(icaltimezone* zone, int64_t utc) {
    LocalTime civil = civilFromDays(utc / 86400);
    icaltimetype tt = icaltime_null_time();
    tt.year = civil.year, tt.month = civil.month, tt.day = civil.day;
    tt.hour = static_cast<int>(utc % 86400 / 3600);
    tt.zone = icaltimezone_get_utc_timezone();
    int isDaylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &tt, &isDaylight);
}

// Same offset at noon UTC of every `stepDays`-th day of the years compared.
bool sameOffsets(icaltimezone* a, icaltimezone* b, int firstYear, int stepDays) {
    const int64_t first = daysFromCivil(firstYear, 1, 1), last = daysFromCivil(kLastComparedYear, 12, 31);
    for (int64_t day = first; day <= last; day += stepDays)
        if (offsetAt(a, day * 86400 + 43200) != offsetAt(b, day * 86400 + 43200)) return false;
    return true;
}

std::string propertyText(icalcomponent* component, icalproperty_kind kind) {
    icalproperty* property = icalcomponent_get_first_property(component, kind);
    const char* value = property ? icalproperty_get_value_as_string(property) : nullptr;
    return value ? value : "";
}

std::string xPropertyText(icalcomponent* component, const char* name) {
    for (icalproperty* x = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); x;
         x = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        const char* xName = icalproperty_get_x_name(x);
        if (xName && upper(xName) == name && icalproperty_get_x(x)) return icalproperty_get_x(x);
    }
    return "";
}

}  // namespace

std::string ianaForWindowsZone(const std::string& windowsName) {
    if (windowsName.empty() || windowsName.size() > 100) return "";
    std::vector<UChar> windows(windowsName.begin(), windowsName.end());
    UChar iana[128];
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = ucal_getTimeZoneIDForWindowsID(windows.data(), static_cast<int32_t>(windows.size()), nullptr, iana,
                                                    128, &status);
    if (U_FAILURE(status) || length <= 0 || length >= 128) return "";
    std::string result;
    for (int32_t i = 0; i < length; ++i) result += static_cast<char>(iana[i]);
    return result;
}

CheckWords unsafeTimeZoneReason(icalcomponent* vtimezone) {
    int observances = 0;
    for (icalcomponent* part = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT); part;
         part = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)) {
        icalcomponent_kind kind = icalcomponent_isa(part);
        if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT) continue;
        if (++observances > kMaxObservances)
            return say("ical.zone_too_many_parts", {{"count", std::to_string(kMaxObservances)}});
        if (icalcomponent_count_properties(part, ICAL_RDATE_PROPERTY) > kMaxRdatesPerObservance)
            return say("ical.zone_too_many_rdates", {{"count", std::to_string(kMaxRdatesPerObservance)}});
        if (icalcomponent_count_properties(part, ICAL_RRULE_PROPERTY) > 1)
            return say("ical.zone_two_rrules");
        icalproperty* rrule = icalcomponent_get_first_property(part, ICAL_RRULE_PROPERTY);
        if (!rrule) continue;
        icalrecurrencetype rule = icalproperty_get_rrule(rrule);
        if (rule.freq != ICAL_YEARLY_RECURRENCE)
            return say("ical.zone_not_yearly", {{"rule", propertyText(part, ICAL_RRULE_PROPERTY)}});
        if (countOf(rule.by_second, ICAL_BY_SECOND_SIZE) || countOf(rule.by_minute, ICAL_BY_MINUTE_SIZE) ||
            countOf(rule.by_hour, ICAL_BY_HOUR_SIZE) || countOf(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) ||
            countOf(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) || countOf(rule.by_set_pos, ICAL_BY_SETPOS_SIZE) ||
            countOf(rule.by_month, ICAL_BY_MONTH_SIZE) > 1 || rule.interval != 1)
            return say("ical.zone_rule_parts", {{"rule", propertyText(part, ICAL_RRULE_PROPERTY)}});
    }
    return {};
}

ZoneResolver::ZoneResolver(icalcomponent* calendar, const LineIndex& lines, std::string packZone,
                           std::vector<Problem>& problems)
    : calendar_(calendar), lines_(lines), packZone_(std::move(packZone)), problems_(problems) {
    calendarZone_ = systemZoneName(xPropertyText(calendar, "X-WR-TIMEZONE"));
}

ZoneResolver::~ZoneResolver() {
    for (icaltimezone* zone : ownZones_) icaltimezone_free(zone, 1);
}

icalcomponent* ZoneResolver::ownVtimezone(const std::string& tzid) const {
    for (icalcomponent* vtimezone = icalcomponent_get_first_component(calendar_, ICAL_VTIMEZONE_COMPONENT); vtimezone;
         vtimezone = icalcomponent_get_next_component(calendar_, ICAL_VTIMEZONE_COMPONENT))
        if (propertyText(vtimezone, ICAL_TZID_PROPERTY) == tzid) return vtimezone;
    return nullptr;
}

int ZoneResolver::vtimezoneLine(const std::string& tzid) const {
    const auto& lines = lines_.lines();
    for (size_t i = 0; i + 1 < lines.size(); ++i)
        if (upper(lines[i].text) == "BEGIN:VTIMEZONE")
            for (size_t j = i + 1; j < lines.size() && upper(lines[j].text) != "END:VTIMEZONE"; ++j)
                if (propertyNameOf(lines[j].text) == "TZID" && lines[j].text.substr(lines[j].text.find(':') + 1) == tzid)
                    return lines[i].number;
    return 0;
}

std::optional<ResolvedZone> ZoneResolver::resolve(const std::string& tzid, int line, int firstYear) {
    auto cached = cache_.find(tzid);
    if (cached != cache_.end()) return cached->second;
    auto resolved = resolveUncached(tzid, line, firstYear);
    cache_.emplace(tzid, resolved);
    return resolved;
}

std::optional<ResolvedZone> ZoneResolver::resolveUncached(const std::string& tzid, int line, int firstYear) {
    if (std::string name = systemZoneName(tzid); !name.empty()) return ResolvedZone{name, nullptr};
    if (icalcomponent* vtimezone = ownVtimezone(tzid)) {
        CheckWords unsafe = unsafeTimeZoneReason(vtimezone);
        if (unsafe.empty()) {
            icaltimezone* zone = icaltimezone_new();
            icaltimezone_set_component(zone, icalcomponent_new_clone(vtimezone));
            ownZones_.push_back(zone);
            std::string equivalent = equivalentSystemZone(vtimezone, zone, tzid, firstYear);
            icalerror_clear_errno();
            if (!equivalent.empty()) return ResolvedZone{equivalent, nullptr};
            return ResolvedZone{"", zone};
        }
        if (std::string windows = ianaForWindowsZone(tzid); !windows.empty() && systemZone(windows))
            return ResolvedZone{systemZoneName(windows), nullptr};
        problems_.push_back(calendarWarning(
            vtimezoneLine(tzid),
            say("ical.zone_not_used", {{"zone", tzid}, {"pack_zone", packZone_}}).with("reason", std::move(unsafe))));
        return std::nullopt;
    }
    if (std::string windows = ianaForWindowsZone(tzid); !windows.empty() && systemZone(windows))
        return ResolvedZone{systemZoneName(windows), nullptr};
    // A path-like TZID ("/citadel.org/.../Europe/Berlin") ends in the zone name.
    for (size_t slash = tzid.find('/'); slash != std::string::npos; slash = tzid.find('/', slash + 1))
        if (std::string name = systemZoneName(tzid.substr(slash + 1)); !name.empty() && name.find('/') != std::string::npos)
            return ResolvedZone{name, nullptr};
    problems_.push_back(calendarWarning(line, say("ical.zone_unknown", {{"zone", tzid}, {"pack_zone", packZone_}})));
    return std::nullopt;
}

// A system zone with the same offsets as the file's VTIMEZONE over the years
// the calendar needs, so the series can be expanded by that zone's name. The
// likely names come first; the whole list only when none of them fits.
std::string ZoneResolver::equivalentSystemZone(icalcomponent* vtimezone, icaltimezone* zone, const std::string& tzid,
                                               int firstYear) {
    firstYear = std::max(1970, std::min(firstYear, kLastComparedYear));
    std::vector<std::string> likely = {ianaForWindowsZone(tzid), xPropertyText(vtimezone, "X-LIC-LOCATION"),
                                       calendarZone_, packZone_};
    for (const std::string& name : likely)
        if (icaltimezone* candidate = name.empty() ? nullptr : systemZone(name))
            if (sameOffsets(zone, candidate, firstYear, 1)) return systemZoneName(name);
    if (++fullSearches_ > kMaxFullSearches) return "";
    icalarray* builtin = icaltimezone_get_builtin_timezones();
    for (size_t i = 0; builtin && i < builtin->num_elements; ++i) {
        auto* candidate = static_cast<icaltimezone*>(icalarray_element_at(builtin, i));
        if (sameOffsets(zone, candidate, firstYear, 29) && sameOffsets(zone, candidate, firstYear, 1))
            return icaltimezone_get_location(candidate) ? icaltimezone_get_location(candidate) : "";
    }
    return "";
}

}  // namespace content::ical
