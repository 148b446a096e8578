#include "content/parse/icalendar.h"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "content/core/recurrence.h"
#include "content/core/text_checks.h"
#include "content/core/time_zone.h"
#include "content/parse/ical_zones.h"

namespace content::ical {

namespace {

// A wall time, or a date.
struct WallTime {
    LocalTime local;
    bool isDate = false;
};

// A time as the file states it: the wall time as written and, when the time
// has a zone (UTC or a TZID that is understood), the instant it means.
struct StatedTime {
    WallTime wall;
    std::optional<int64_t> utc;
    std::string zone;  // the system zone `wall` is in; empty when floating or in a custom VTIMEZONE
};

std::string formatWall(const WallTime& wall) { return formatWallTime(wall.local, wall.isDate); }

WallTime shifted(WallTime wall, int64_t seconds) {
    wall.local = fromWallSeconds(wallSeconds(wall.local) + seconds);
    return wall;
}

// libical unescapes TEXT values but leaves X- properties as written.
std::string unescapeText(const std::string& text) {
    std::string result;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            char next = text[++i];
            result += (next == 'n' || next == 'N') ? '\n' : next;
        } else {
            result += text[i];
        }
    }
    return result;
}

std::string normaliseNewlines(std::string text) {
    std::string result;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            result += '\n';
        } else {
            result += text[i];
        }
    }
    // Calendar apps often leave trailing blank lines in descriptions.
    while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
    return result;
}

std::string languageOf(icalproperty* property, const std::string& fallback) {
    icalparameter* parameter = icalproperty_get_first_parameter(property, ICAL_LANGUAGE_PARAMETER);
    if (!parameter) return fallback;
    std::string lang = icalparameter_get_language(parameter);
    for (char& c : lang) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // The kiosk speaks bare languages: Outlook's "de-DE" is German, "ar-SY"
    // Arabic. Only Easy German keeps its private-use subtag.
    if (lang == "de-x-easy") return lang;
    return lang.substr(0, lang.find('-'));
}

bool validDate(const icaltimetype& tt) {
    return !icaltime_is_null_time(tt) && icaltime_is_valid_time(tt) && tt.month >= 1 && tt.month <= 12 && tt.day >= 1 &&
           tt.day <= daysInMonth(tt.year, tt.month) && tt.hour >= 0 && tt.hour < 24 && tt.minute >= 0 &&
           tt.minute < 60 && tt.second >= 0 && tt.second < 61;
}

// "the event 'Sprachcafé' on 2026-03-18": how a warning names the event it
// leaves out, so staff can find it in their calendar program.
std::string eventName(icalcomponent* event) {
    std::string title;
    if (icalproperty* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY))
        if (const char* text = icalproperty_get_summary(summary)) title = normaliseNewlines(text);
    title = title.substr(0, title.find('\n'));
    if (title.size() > 80) title = title.substr(0, 77) + "...";
    std::string name;
    if (title.empty()) name = "an event without a title";
    else if (findForbiddenCharacter(title)) name = "an event with an unreadable title";
    else name = "the event '" + title + "'";
    if (icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) {
        icaltimetype start = icalproperty_get_dtstart(dtstart);
        icalerror_clear_errno();
        if (validDate(start)) {
            LocalTime day;
            day.year = start.year, day.month = start.month, day.day = start.day;
            name += " on " + formatWallTime(day, true);
        }
    }
    return name;
}

// A rule text with UNTIL moved to `until` (nullopt: no UNTIL) and COUNT set
// to `count` (0: none).
std::string ruleWith(const std::string& text, std::optional<WallTime> until, int count) {
    icalerror_clear_errno();
    icalrecurrencetype rule = icalrecurrencetype_from_string(text.c_str());
    icalerror_clear_errno();
    rule.until = icaltime_null_time();
    if (until) {
        rule.until.year = until->local.year, rule.until.month = until->local.month, rule.until.day = until->local.day;
        rule.until.hour = until->local.hour, rule.until.minute = until->local.minute, rule.until.second = until->local.second;
        rule.until.is_date = until->isDate;
    }
    rule.count = count;
    std::string result;
    if (char* written = icalrecurrencetype_as_string_r(&rule)) {
        result = written;
        icalmemory_free_buffer(written);
    }
    if (rule.rscale) icalmemory_free_buffer(rule.rscale);
    return result;
}

int ruleCount(const std::string& text) {
    icalerror_clear_errno();
    icalrecurrencetype rule = icalrecurrencetype_from_string(text.c_str());
    icalerror_clear_errno();
    if (rule.rscale) icalmemory_free_buffer(rule.rscale);
    return rule.count;
}

// A change of one date is that one date, whatever rules it repeats.
void onlyItsOwnDate(EventSeries& series) {
    series.rrule.clear();
    series.extraRrules.clear();
    series.exrules.clear();
    series.rdates.clear();
    series.exdates.clear();
}

// One VEVENT read into a series plus what the grouping step needs.
struct ReadEvent {
    EventSeries series;
    std::string sourceUid;
    StatedTime start;
    int64_t durationSeconds = 0;  // on the wall clock
    std::optional<StatedTime> recurrenceId;
    bool thisAndFuture = false;   // RECURRENCE-ID;RANGE=THISANDFUTURE
    bool cancelled = false;
    bool superseded = false;      // an older saved version of another event here
    int sequence = 0;
    int64_t stamp = 0;            // DTSTAMP, UTC seconds
    int line = 0;
};

struct CalendarDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

class Reader {
public:
    Reader(icalcomponent* calendar, const LineIndex& lines, const std::string& organisationId,
           const std::string& packZone, const std::string& defaultLanguage, CalendarResult& result)
        : lines_(lines), organisationId_(organisationId), packZone_(packZone), defaultLanguage_(defaultLanguage),
          result_(result), zones_(calendar, lines, packZone, result.problems) {}

    void warn(int line, std::string message) { result_.problems.push_back({false, line, std::move(message)}); }

    std::optional<ReadEvent> readEvent(icalcomponent* event, size_t eventIndex);
    void group(std::vector<ReadEvent>& events);

private:
    std::optional<StatedTime> stated(icaltimetype tt, icalproperty* property, int line);
    std::string seriesZone(const StatedTime& start) const;
    WallTime inZone(const StatedTime& time, const std::string& seriesZone) const;
    std::optional<std::string> ruleText(icalrecurrencetype rule, const std::string& seriesZone, bool allDay,
                                        std::string* problem) const;
    void chooseVersions(std::vector<ReadEvent>& events);
    void splitForFuture(ReadEvent& master, ReadEvent& change);

    const LineIndex& lines_;
    const std::string& organisationId_;
    const std::string& packZone_;
    const std::string& defaultLanguage_;
    CalendarResult& result_;
    ZoneResolver zones_;
};

std::optional<StatedTime> Reader::stated(icaltimetype tt, icalproperty* property, int line) {
    if (!validDate(tt)) return std::nullopt;
    StatedTime time;
    time.wall.local.year = tt.year, time.wall.local.month = tt.month, time.wall.local.day = tt.day;
    if (tt.is_date) {
        time.wall.isDate = true;
        time.wall.local.weekday = weekdayOf(tt.year, tt.month, tt.day);
        return time;
    }
    time.wall.local.hour = tt.hour, time.wall.local.minute = tt.minute;
    time.wall.local.second = std::min(tt.second, 59);  // a leap second is read as :59
    time.wall.local.weekday = weekdayOf(tt.year, tt.month, tt.day);
    if (icaltime_is_utc(tt)) {
        time.utc = wallSeconds(time.wall.local);
        time.zone = "UTC";
        return time;
    }
    icalparameter* tzid = property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    if (!tzid || !icalparameter_get_tzid(tzid)) return time;  // floating
    auto zone = zones_.resolve(icalparameter_get_tzid(tzid), line, tt.year);
    if (!zone) return time;  // unknown zone: read as floating, with a warning given
    if (!zone->name.empty()) {
        time.zone = zone->name;
        time.utc = toUtc(time.wall.local, zone->name);
    } else {
        tt.zone = zone->custom;
        icaltimetype utc = icaltime_convert_to_zone(tt, icaltimezone_get_utc_timezone());
        icalerror_clear_errno();
        LocalTime utcWall;
        utcWall.year = utc.year, utcWall.month = utc.month, utcWall.day = utc.day;
        utcWall.hour = utc.hour, utcWall.minute = utc.minute, utcWall.second = utc.second;
        time.utc = wallSeconds(utcWall);
    }
    return time;
}

// The zone a series is expanded in, from its start: empty for the pack's.
std::string Reader::seriesZone(const StatedTime& start) const {
    if (start.wall.isDate || !start.utc) return "";  // dates and floating times: the pack's clock
    std::string zone = start.zone;
    // Google writes series in UTC but means them on the calendar's clock.
    if (zone == "UTC" && !zones_.calendarZone().empty()) zone = zones_.calendarZone();
    // A custom VTIMEZONE no system zone matches: its instants on the pack's clock.
    if (zone.empty() || zone == packZone_) return "";
    return zone;
}

WallTime Reader::inZone(const StatedTime& time, const std::string& seriesZone) const {
    const std::string& zone = seriesZone.empty() ? packZone_ : seriesZone;
    if (time.wall.isDate || !time.utc || time.zone == zone) return time.wall;
    WallTime wall;
    wall.local = toLocal(*time.utc, zone);
    return wall;
}

std::optional<std::string> Reader::ruleText(icalrecurrencetype rule, const std::string& seriesZone, bool allDay,
                                            std::string* problem) const {
    if (rule.freq == ICAL_NO_RECURRENCE) {
        *problem = "its repeat rule is not understood";
        return std::nullopt;
    }
    if (rule.freq < ICAL_DAILY_RECURRENCE) {
        *problem = "it repeats more often than daily, which the kiosk does not show";
        return std::nullopt;
    }
    // UNTIL in UTC becomes a wall time on the series' clock, like DTSTART.
    if (!icaltime_is_null_time(rule.until)) {
        if (icaltime_is_utc(rule.until) && !rule.until.is_date) {
            StatedTime until;
            until.wall.local.year = rule.until.year, until.wall.local.month = rule.until.month;
            until.wall.local.day = rule.until.day, until.wall.local.hour = rule.until.hour;
            until.wall.local.minute = rule.until.minute, until.wall.local.second = rule.until.second;
            until.utc = wallSeconds(until.wall.local);
            until.zone = "UTC";
            LocalTime local = inZone(until, seriesZone).local;
            rule.until = icaltime_null_time();
            rule.until.year = local.year, rule.until.month = local.month, rule.until.day = local.day;
            rule.until.hour = local.hour, rule.until.minute = local.minute, rule.until.second = local.second;
        }
        rule.until.zone = nullptr;
        if (allDay) {
            rule.until.is_date = 1;
            rule.until.hour = rule.until.minute = rule.until.second = 0;
        }
    }
    std::string result;
    if (char* text = icalrecurrencetype_as_string_r(&rule)) {
        result = text;
        icalmemory_free_buffer(text);
    }
    return result;
}

std::optional<ReadEvent> Reader::readEvent(icalcomponent* event, size_t eventIndex) {
    ReadEvent read;
    read.line = lines_.eventLine(eventIndex);
    auto lineOf = [&](const char* name, int occurrence = 0) { return lines_.propertyLine(eventIndex, name, occurrence); };
    const std::string name = eventName(event);
    auto leaveOut = [&](int line, const std::string& reason) -> std::optional<ReadEvent> {
        warn(line, name + " is left out: " + reason);
        return std::nullopt;
    };

    // What libical still could not parse (empty values and vendor names are
    // taken out before): a broken time or rule makes the event unreadable.
    if (icalproperty* error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY)) {
        const std::string text = icalproperty_get_xlicerror(error) ? icalproperty_get_xlicerror(error) : "";
        // libical says "Can't parse as RECUR value in RRULE property. Removing
        // entire property: FREQ=WEEKLY;UNTL=..."; staff get the line and the value.
        const size_t in = text.find(" in "), property = text.find(" property. "), colon = text.find(": ");
        if (in != std::string::npos && property != std::string::npos && colon != std::string::npos && in < property) {
            const std::string name = text.substr(in + 4, property - in - 4);
            return leaveOut(lineOf(name.c_str()), "its " + name + " is not understood (" + text.substr(colon + 2) + ")");
        }
        return leaveOut(read.line, "a line is not understood (" + text + ")");
    }

    icalproperty* uid = icalcomponent_get_first_property(event, ICAL_UID_PROPERTY);
    read.sourceUid = uid && icalproperty_get_uid(uid) ? icalproperty_get_uid(uid) : "";
    if (read.sourceUid.empty()) {
        read.sourceUid = organisationId_ + "-event-" + std::to_string(read.line);
        warn(read.line, name + " has no UID; give every event one so updates replace it");
    }
    read.series.organisationId = organisationId_;
    read.cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
    if (icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY)) read.sequence = icalcomponent_get_sequence(event);
    if (icalproperty* stamp = icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY)) {
        icaltimetype tt = icalproperty_get_dtstamp(stamp);
        if (auto time = stated(tt, stamp, lineOf("DTSTAMP")); time && time->utc) read.stamp = *time->utc;
    }

    if (icalproperty* classProperty = icalcomponent_get_first_property(event, ICAL_CLASS_PROPERTY)) {
        icalproperty_class eventClass = icalproperty_get_class(classProperty);
        if (eventClass == ICAL_CLASS_PRIVATE || eventClass == ICAL_CLASS_CONFIDENTIAL)
            return leaveOut(lineOf("CLASS"), "it is marked private, and a kiosk is public");
    }

    icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart) return leaveOut(read.line, "it has no start (DTSTART)");
    auto start = stated(icalproperty_get_dtstart(dtstart), dtstart, lineOf("DTSTART"));
    if (!start) return leaveOut(lineOf("DTSTART"), "its start is not a valid date or time");
    read.start = *start;
    const std::string zone = seriesZone(*start);
    read.series.timeZone = zone;
    const WallTime startWall = inZone(*start, zone);
    read.series.allDay = startWall.isDate;
    read.series.start = formatWall(startWall);

    std::optional<WallTime> end;
    if (icalproperty* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        auto stated_end = stated(icalproperty_get_dtend(dtend), dtend, lineOf("DTEND"));
        if (!stated_end) return leaveOut(lineOf("DTEND"), "its end is not a valid date or time");
        end = inZone(*stated_end, zone);
        // A date where a time is expected (or the other way round) is read as
        // that day's midnight, or as the day of the time.
        if (end->isDate != startWall.isDate) {
            end->local.hour = end->local.minute = end->local.second = 0;
            end->isDate = startWall.isDate;
            if (end->isDate && wallSeconds(end->local) <= wallSeconds(startWall.local)) end = shifted(startWall, 86400);
        }
    } else if (icalproperty* duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        end = shifted(startWall, icaldurationtype_as_int(icalproperty_get_duration(duration)));
    }
    // RFC 5545: no end means a one-day event for a date, an instant for a time.
    if (!end) end = startWall.isDate ? shifted(startWall, 86400) : startWall;
    if (wallSeconds(end->local) < wallSeconds(startWall.local)) return leaveOut(lineOf("DTEND"), "it ends before it starts");
    read.series.end = formatWall(*end);
    read.durationSeconds = wallSeconds(end->local) - wallSeconds(startWall.local);

    // Texts: SUMMARY/DESCRIPTION in the pack's language, X-KIOSK-* translations.
    auto checkedText = [&](const char* what, std::string text, int line) -> std::optional<std::string> {
        text = normaliseNewlines(std::move(text));
        if (auto problem = findForbiddenCharacter(text)) {
            warn(line, "in " + name + ", " + what + " contains " + *problem + "; it is left out");
            return std::nullopt;
        }
        return text;
    };
    if (icalproperty* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY)) {
        std::string text = normaliseNewlines(icalproperty_get_summary(summary) ? icalproperty_get_summary(summary) : "");
        if (auto problem = findForbiddenCharacter(text))
            return leaveOut(lineOf("SUMMARY"), "its title contains " + *problem);
        if (!text.empty()) read.series.title.set(languageOf(summary, defaultLanguage_), text);
    }
    if (icalproperty* description = icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY)) {
        const char* value = icalproperty_get_description(description);
        if (auto text = checkedText("the description", value ? value : "", lineOf("DESCRIPTION")))
            if (!text->empty()) read.series.description.set(languageOf(description, defaultLanguage_), *text);
    }
    if (icalproperty* location = icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY)) {
        const char* value = icalproperty_get_location(location);
        if (auto text = checkedText("the location", value ? value : "", lineOf("LOCATION"))) read.series.location = *text;
    }
    if (icalproperty* url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY)) {
        const char* value = icalproperty_get_url(url);
        if (auto text = checkedText("the URL", value ? value : "", lineOf("URL"))) read.series.url = *text;
    }
    std::map<std::string, int> xOccurrences;
    for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); x;
         x = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        std::string xName = upper(icalproperty_get_x_name(x) ? icalproperty_get_x_name(x) : "");
        if (xName != "X-KIOSK-TITLE" && xName != "X-KIOSK-DESCRIPTION") continue;
        int line = lineOf(xName.c_str(), xOccurrences[xName]++);
        if (!icalproperty_get_first_parameter(x, ICAL_LANGUAGE_PARAMETER)) {
            warn(line, "in " + name + ", " + xName + " needs a language, like " + xName +
                           ";LANGUAGE=ar:...; this translation is left out");
            continue;
        }
        const char* value = icalproperty_get_x(x);
        auto text = checkedText(xName == "X-KIOSK-TITLE" ? "the title" : "the description",
                                unescapeText(value ? value : ""), line);
        if (!text || text->empty()) continue;
        (xName == "X-KIOSK-TITLE" ? read.series.title : read.series.description).set(languageOf(x, defaultLanguage_), *text);
    }
    if (read.series.title.empty()) return leaveOut(read.line, "it has no title (SUMMARY)");

    if (icalproperty* recurrenceId = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
        read.recurrenceId = stated(icalproperty_get_recurrenceid(recurrenceId), recurrenceId, lineOf("RECURRENCE-ID"));
        if (!read.recurrenceId) return leaveOut(lineOf("RECURRENCE-ID"), "its RECURRENCE-ID is not a valid date or time");
        icalparameter* range = icalproperty_get_first_parameter(recurrenceId, ICAL_RANGE_PARAMETER);
        read.thisAndFuture = range && icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE;
    }

    std::string problem;
    int ruleIndex = 0;
    for (icalproperty* rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); rrule;
         rrule = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY), ++ruleIndex) {
        auto text = ruleText(icalproperty_get_rrule(rrule), zone, read.series.allDay, &problem);
        if (!text) return leaveOut(lineOf("RRULE", ruleIndex), problem);
        if (read.series.rrule.empty()) read.series.rrule = *text;
        else if (*text != read.series.rrule) read.series.extraRrules.push_back(*text);
    }
    ruleIndex = 0;
    for (icalproperty* exrule = icalcomponent_get_first_property(event, ICAL_EXRULE_PROPERTY); exrule;
         exrule = icalcomponent_get_next_property(event, ICAL_EXRULE_PROPERTY), ++ruleIndex) {
        auto text = ruleText(icalproperty_get_exrule(exrule), zone, read.series.allDay, &problem);
        if (!text) return leaveOut(lineOf("EXRULE", ruleIndex), problem);
        read.series.exrules.push_back(*text);
    }
    int index = 0;
    for (icalproperty* exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
         exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY), ++index) {
        int line = lineOf("EXDATE", index);
        auto time = stated(icalproperty_get_exdate(exdate), exdate, line);
        if (!time) {
            warn(line, "in " + name + ", an EXDATE is not a valid date or time; it is left out");
            continue;
        }
        WallTime wall = inZone(*time, zone);
        // An all-day series skips whole days even when EXDATE names a time.
        if (read.series.allDay) wall.isDate = true;
        read.series.exdates.push_back(formatWall(wall));
    }
    index = 0;
    for (icalproperty* rdate = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); rdate;
         rdate = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY), ++index) {
        int line = lineOf("RDATE", index);
        icaldatetimeperiodtype value = icalproperty_get_rdate(rdate);
        const bool period = icaltime_is_null_time(value.time);
        auto time = stated(period ? value.period.start : value.time, rdate, line);
        if (!time) {
            warn(line, "in " + name + ", an RDATE is not a valid date or time; it is left out");
            continue;
        }
        WallTime wall = inZone(*time, zone);
        if (read.series.allDay) wall.isDate = true;
        std::string text = formatWall(wall);
        // A PERIOD keeps its own length (an end or a duration).
        if (period && !read.series.allDay) {
            std::optional<WallTime> periodEnd;
            if (!icaltime_is_null_time(value.period.end)) {
                if (auto endTime = stated(value.period.end, rdate, line)) periodEnd = inZone(*endTime, zone);
            } else {
                periodEnd = shifted(wall, icaldurationtype_as_int(value.period.duration));
            }
            if (periodEnd && wallSeconds(periodEnd->local) >= wallSeconds(wall.local)) text += "/" + formatWall(*periodEnd);
        }
        read.series.rdates.push_back(text);
    }
    icalerror_clear_errno();
    return read;
}

// Programs save several versions of one event (or of one changed date) under
// the same UID: the highest SEQUENCE wins, then the latest DTSTAMP. Events
// that share a UID without being versions of each other are all shown.
void Reader::chooseVersions(std::vector<ReadEvent>& events) {
    std::map<std::string, std::vector<size_t>> byKey;
    for (size_t i = 0; i < events.size(); ++i) {
        const ReadEvent& event = events[i];
        std::string key = event.sourceUid + "\n";
        if (event.recurrenceId)
            key += event.recurrenceId->utc ? std::to_string(*event.recurrenceId->utc) : formatWall(event.recurrenceId->wall);
        byKey[key].push_back(i);
    }
    for (auto& [key, indexes] : byKey) {
        if (indexes.size() < 2) continue;
        auto newer = [&](size_t a, size_t b) {
            return std::tie(events[a].sequence, events[a].stamp) > std::tie(events[b].sequence, events[b].stamp);
        };
        size_t best = indexes.front();
        for (size_t i : indexes)
            if (newer(i, best)) best = i;
        for (size_t i : indexes) {
            if (i == best) continue;
            if (newer(best, i)) {
                events[i].superseded = true;
            } else if (events[i].recurrenceId) {
                warn(events[i].line, "this change to one date of a series appears twice; the later one is ignored");
                events[i].superseded = true;
            }
        }
    }
}

// A change "for this and every later date": the master keeps the dates before
// it, and `change` becomes the series for the rest, on the master's rules
// (moved by as much as the changed date moved).
void Reader::splitForFuture(ReadEvent& master, ReadEvent& change) {
    EventSeries& rest = change.series;
    const std::string& zone = master.series.timeZone;
    const bool allDay = master.series.allDay;
    WallTime from = inZone(*change.recurrenceId, zone);
    if (allDay) from.isDate = true;
    WallTime newStart = inZone(change.start, zone);
    newStart.isDate = allDay;
    const int64_t fromWall = wallSeconds(from.local), delta = wallSeconds(newStart.local) - fromWall;
    rest.timeZone = zone;
    rest.allDay = allDay;
    rest.start = formatWall(newStart);
    rest.end = formatWall(shifted(newStart, change.durationSeconds));

    auto atOrAfter = [&](const std::string& text) {
        auto local = parseWallTime(text.substr(0, text.find('/')));
        return local && wallSeconds(*local) >= fromWall;
    };
    auto moved = [&](const std::string& text) {
        std::string result;
        for (size_t begin = 0; begin <= text.size();) {
            size_t slash = text.find('/', begin);
            std::string part = text.substr(begin, slash == std::string::npos ? std::string::npos : slash - begin);
            bool isDate = false;
            if (auto local = parseWallTime(part, &isDate)) part = formatWallTime(fromWallSeconds(wallSeconds(*local) + delta), isDate);
            result += (result.empty() ? "" : "/") + part;
            if (slash == std::string::npos) break;
            begin = slash + 1;
        }
        return result;
    };
    auto split = [&](std::vector<std::string>& earlier, std::vector<std::string>& later) {
        std::vector<std::string> keep;
        for (const std::string& text : earlier) (atOrAfter(text) ? later : keep).push_back(atOrAfter(text) ? moved(text) : text);
        earlier = keep;
    };
    rest.exdates.clear();
    rest.rdates.clear();
    split(master.series.exdates, rest.exdates);
    split(master.series.rdates, rest.rdates);

    // The rules: the master's stop just before the change; the rest's start
    // at the change and keep what is left of a COUNT.
    std::vector<std::string> masterRules = {master.series.rrule};
    masterRules.insert(masterRules.end(), master.series.extraRrules.begin(), master.series.extraRrules.end());
    rest.rrule.clear();
    rest.extraRrules.clear();
    rest.exrules = master.series.exrules;
    WallTime untilBefore = shifted(from, allDay ? -86400 : -1);
    std::vector<std::string> earlierRules;
    for (const std::string& rule : masterRules) {
        if (rule.empty()) continue;
        int count = ruleCount(rule);
        int left = 0;
        if (count > 0) {
            EventSeries counted = master.series;
            counted.rrule = rule;
            counted.extraRrules.clear();
            counted.exrules.clear();
            counted.exdates.clear();
            counted.rdates.clear();
            int64_t fromUtc = toUtc(from.local, zone.empty() ? packZone_ : zone);
            size_t before = expandOccurrences(counted, packZone_, INT64_MIN / 4, fromUtc, static_cast<size_t>(count)).size();
            left = count - static_cast<int>(before);
            if (left <= 0) {
                earlierRules.push_back(rule);
                continue;
            }
        }
        earlierRules.push_back(ruleWith(rule, untilBefore, 0));
        std::string later = ruleWith(rule, std::nullopt, left);
        // UNTIL of the original rule still ends the later part, moved along.
        icalrecurrencetype parsed = icalrecurrencetype_from_string(rule.c_str());
        icalerror_clear_errno();
        if (!icaltime_is_null_time(parsed.until)) {
            WallTime until;
            until.local.year = parsed.until.year, until.local.month = parsed.until.month, until.local.day = parsed.until.day;
            until.local.hour = parsed.until.hour, until.local.minute = parsed.until.minute, until.local.second = parsed.until.second;
            until.isDate = parsed.until.is_date;
            later = ruleWith(rule, shifted(until, delta), 0);
        }
        if (parsed.rscale) icalmemory_free_buffer(parsed.rscale);
        (rest.rrule.empty() ? rest.rrule : rest.extraRrules.emplace_back()) = later;
    }
    master.series.rrule = earlierRules.empty() ? "" : earlierRules.front();
    master.series.extraRrules.assign(earlierRules.size() > 1 ? earlierRules.begin() + 1 : earlierRules.end(), earlierRules.end());
}

void Reader::group(std::vector<ReadEvent>& events) {
    chooseVersions(events);
    std::map<std::string, size_t> masters;
    for (size_t i = 0; i < events.size(); ++i) {
        ReadEvent& event = events[i];
        if (event.recurrenceId || event.superseded) continue;
        if (!masters.emplace(event.sourceUid, i).second) {
            warn(event.line, "another event in this file has the same UID '" + event.sourceUid + "'; both are shown");
            event.sourceUid += "-" + std::to_string(event.line);
            masters.emplace(event.sourceUid, i);
        }
        event.series.uid = event.sourceUid;
    }

    // Changes, earliest date first, so that a later "and every later date"
    // change splits what an earlier one left.
    std::vector<size_t> changes;
    for (size_t i = 0; i < events.size(); ++i)
        if (events[i].recurrenceId && !events[i].superseded) changes.push_back(i);
    auto instant = [&](const ReadEvent& event) {
        return event.recurrenceId->utc ? *event.recurrenceId->utc : wallSeconds(event.recurrenceId->wall.local);
    };
    std::stable_sort(changes.begin(), changes.end(), [&](size_t a, size_t b) { return instant(events[a]) < instant(events[b]); });

    // The parts a series is split into: (first wall second, moved by, index).
    struct Part {
        int64_t fromWall;
        int64_t delta;
        size_t index;
    };
    std::map<std::string, std::vector<Part>> parts;
    std::set<std::string> overrideUids;
    for (size_t i : changes) {
        ReadEvent& change = events[i];
        auto master = masters.find(change.sourceUid);
        if (master == masters.end()) {
            onlyItsOwnDate(change.series);
            WallTime instance = inZone(*change.recurrenceId, change.series.timeZone);
            change.series.uid = change.sourceUid + "#" + formatWall(instance);
            if (!overrideUids.insert(change.series.uid).second) change.superseded = true;
            continue;
        }
        ReadEvent& parent = events[master->second];
        std::vector<Part>& split = parts[change.sourceUid];
        if (split.empty()) split.push_back({INT64_MIN, 0, master->second});
        WallTime instance = inZone(*change.recurrenceId, parent.series.timeZone);
        if (parent.series.allDay) instance.isDate = true;
        const int64_t instanceWall = wallSeconds(instance.local);
        const Part* covering = &split.front();
        for (const Part& part : split)
            if (part.fromWall <= instanceWall) covering = &part;
        ReadEvent& owner = events[covering->index];
        change.series.recurrenceOf = parent.series.uid;
        change.series.uid = change.sourceUid + "#" + formatWall(instance);
        if (!overrideUids.insert(change.series.uid).second) {
            change.superseded = true;
            continue;
        }
        if (parent.cancelled) change.cancelled = true;
        if (change.thisAndFuture) {
            const int64_t delta = wallSeconds(inZone(change.start, parent.series.timeZone).local) - instanceWall;
            splitForFuture(owner, change);
            if (change.cancelled) {
                onlyItsOwnDate(change.series);
            } else {
                split.push_back({instanceWall, covering->delta + delta, i});
            }
            continue;
        }
        onlyItsOwnDate(change.series);
        owner.series.exdates.push_back(formatWall(shifted(instance, covering->delta)));
    }
    for (ReadEvent& event : events) {
        if (event.cancelled || event.superseded) continue;  // STATUS:CANCELLED: not shown at all
        std::sort(event.series.exdates.begin(), event.series.exdates.end());
        event.series.exdates.erase(std::unique(event.series.exdates.begin(), event.series.exdates.end()),
                                   event.series.exdates.end());
        result_.events.push_back(std::move(event.series));
    }
}

}  // namespace

CalendarResult parseCalendar(std::string_view icsText, const std::string& organisationId,
                             const std::string& packTimeZone, const std::string& defaultLanguage) {
    CalendarResult result;
    std::lock_guard lock(libicalMutex());
    LineIndex lines(unfoldLines(icsText));
    if (auto problem = lines.structureProblem()) {
        result.problems.push_back(*problem);
        return result;
    }
    icalerror_clear_errno();
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(cleanedForLibical(lines.lines()).c_str()));
    icalerror_clear_errno();
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        result.problems.push_back({true, 1, "this is not an iCalendar file (it must start with BEGIN:VCALENDAR)"});
        return result;
    }
    icalcomponent* calendar = root.get();
    Reader reader(calendar, lines, organisationId, packTimeZone, defaultLanguage, result);
    // Collected first: libical has one component iterator per calendar, and
    // reading an event looks up the calendar's VTIMEZONEs with it.
    std::vector<icalcomponent*> vevents;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        vevents.push_back(event);
    std::vector<ReadEvent> events;
    for (size_t eventIndex = 0; eventIndex < vevents.size(); ++eventIndex)
        if (auto read = reader.readEvent(vevents[eventIndex], eventIndex)) events.push_back(std::move(*read));
    reader.group(events);
    return result;
}

}  // namespace content::ical
