#include "content/parse/icalendar.h"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>

#include "content/core/text_checks.h"
#include "content/core/time_zone.h"
#include "content/parse/ical_events.h"
#include "content/parse/ical_zones.h"

namespace content::ical {

namespace {

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
CheckWords eventName(icalcomponent* event) {
    std::string title;
    if (icalproperty* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY))
        if (const char* text = icalproperty_get_summary(summary)) title = normaliseNewlines(text);
    title = title.substr(0, title.find('\n'));
    if (title.size() > 80) title = title.substr(0, 77) + "...";
    const bool readable = !title.empty() && !findForbiddenCharacter(title);
    const char* key = title.empty() ? "ical.event_untitled" : readable ? "ical.event_titled" : "ical.event_unreadable_title";
    const char* keyOnDate = title.empty() ? "ical.event_untitled_on"
                            : readable    ? "ical.event_titled_on"
                                          : "ical.event_unreadable_title_on";
    std::vector<std::pair<std::string, std::string>> values;
    if (readable) values.emplace_back("title", title);
    if (icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY)) {
        icaltimetype start = icalproperty_get_dtstart(dtstart);
        icalerror_clear_errno();
        if (validDate(start)) {
            LocalTime day;
            day.year = start.year, day.month = start.month, day.day = start.day;
            key = keyOnDate;
            values.emplace_back("date", formatWallTime(day, true));
        }
    }
    return say(key, std::move(values));
}

// findForbiddenCharacter's "a control character (U+0007)" as a sentence part:
// its kind, with the code in brackets.
CheckWords characterWords(const std::string& problem) {
    const size_t open = problem.find('(');
    const std::string code = open == std::string::npos ? "" : problem.substr(open + 1, problem.size() - open - 2);
    const char* key = problem.starts_with("invalid") ? "ical.character_invalid_utf8"
                      : problem.starts_with("a bidi") ? "ical.character_bidi_override"
                                                       : "ical.character_control";
    return say(key, {{"code", code}});
}

struct CalendarDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

class Reader {
public:
    Reader(icalcomponent* calendar, const LineIndex& lines, const std::string& organisationId,
           const std::string& packZone, const std::string& defaultLanguage, CalendarResult& result)
        : lines_(lines), organisationId_(organisationId), packZone_(packZone), defaultLanguage_(defaultLanguage),
          result_(result), zones_(calendar, lines, packZone, result.problems) {}

    void warn(int line, CheckWords words) { result_.problems.push_back(calendarWarning(line, std::move(words))); }

    std::optional<ReadEvent> readEvent(icalcomponent* event, size_t eventIndex);

private:
    std::optional<StatedTime> stated(icaltimetype tt, icalproperty* property, int line);
    std::string seriesZone(const StatedTime& start) const;
    WallTime inZone(const StatedTime& time, const std::string& seriesZone) const { return onClock(time, seriesZone, packZone_); }
    std::optional<std::string> ruleText(icalrecurrencetype rule, const std::string& seriesZone, bool allDay,
                                        CheckWords* problem) const;

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

std::optional<std::string> Reader::ruleText(icalrecurrencetype rule, const std::string& seriesZone, bool allDay,
                                            CheckWords* problem) const {
    if (rule.freq == ICAL_NO_RECURRENCE) {
        *problem = say("ical.rule_not_understood");
        return std::nullopt;
    }
    if (rule.freq < ICAL_DAILY_RECURRENCE) {
        *problem = say("ical.rule_too_often");
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
    const CheckWords name = eventName(event);
    auto leaveOut = [&](int line, CheckWords reason) -> std::optional<ReadEvent> {
        warn(line, say("ical.left_out").with("event", name).with("reason", std::move(reason)));
        return std::nullopt;
    };
    // "in the event ..., <problem>": a warning about one part of an event that is still shown.
    auto inEvent = [&](const char* key, std::vector<std::pair<std::string, std::string>> values = {}) {
        return say(key, std::move(values)).with("event", name);
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
            return leaveOut(lineOf(name.c_str()),
                            say("ical.property_not_understood", {{"property", name}, {"value", text.substr(colon + 2)}}));
        }
        return leaveOut(read.line, say("ical.line_not_understood", {{"reason", text}}));
    }

    icalproperty* uid = icalcomponent_get_first_property(event, ICAL_UID_PROPERTY);
    read.sourceUid = uid && icalproperty_get_uid(uid) ? icalproperty_get_uid(uid) : "";
    if (read.sourceUid.empty()) {
        read.sourceUid = organisationId_ + "-event-" + std::to_string(read.line);
        warn(read.line, inEvent("ical.no_uid"));
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
            return leaveOut(lineOf("CLASS"), say("ical.private"));
    }

    icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart) return leaveOut(read.line, say("ical.no_start"));
    auto start = stated(icalproperty_get_dtstart(dtstart), dtstart, lineOf("DTSTART"));
    if (!start) return leaveOut(lineOf("DTSTART"), say("ical.start_invalid"));
    read.start = *start;
    const std::string zone = seriesZone(*start);
    read.series.timeZone = zone;
    const WallTime startWall = inZone(*start, zone);
    read.series.allDay = startWall.isDate;
    read.series.start = formatWall(startWall);

    std::optional<WallTime> end;
    if (icalproperty* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        auto stated_end = stated(icalproperty_get_dtend(dtend), dtend, lineOf("DTEND"));
        if (!stated_end) return leaveOut(lineOf("DTEND"), say("ical.end_invalid"));
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
    if (wallSeconds(end->local) < wallSeconds(startWall.local)) return leaveOut(lineOf("DTEND"), say("ical.ends_before_start"));
    read.series.end = formatWall(*end);
    read.durationSeconds = wallSeconds(end->local) - wallSeconds(startWall.local);

    // Texts: SUMMARY/DESCRIPTION in the pack's language, X-KIOSK-* translations.
    auto checkedText = [&](const char* what, std::string text, int line) -> std::optional<std::string> {
        text = normaliseNewlines(std::move(text));
        if (auto problem = findForbiddenCharacter(text)) {
            warn(line, inEvent("ical.text_character").with("what", say(what)).with("character", characterWords(*problem)));
            return std::nullopt;
        }
        return text;
    };
    if (icalproperty* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY)) {
        std::string text = normaliseNewlines(icalproperty_get_summary(summary) ? icalproperty_get_summary(summary) : "");
        if (auto problem = findForbiddenCharacter(text))
            return leaveOut(lineOf("SUMMARY"), say("ical.title_character").with("character", characterWords(*problem)));
        if (!text.empty()) read.series.title.set(languageOf(summary, defaultLanguage_), text);
    }
    if (icalproperty* description = icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY)) {
        const char* value = icalproperty_get_description(description);
        if (auto text = checkedText("ical.the_description", value ? value : "", lineOf("DESCRIPTION")))
            if (!text->empty()) read.series.description.set(languageOf(description, defaultLanguage_), *text);
    }
    if (icalproperty* location = icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY)) {
        const char* value = icalproperty_get_location(location);
        if (auto text = checkedText("ical.the_location", value ? value : "", lineOf("LOCATION")))
            if (!text->empty()) read.series.location.set(languageOf(location, defaultLanguage_), *text);
    }
    if (icalproperty* url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY)) {
        const char* value = icalproperty_get_url(url);
        if (auto text = checkedText("ical.the_url", value ? value : "", lineOf("URL"))) read.series.url = *text;
    }
    std::map<std::string, int> xOccurrences;
    for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); x;
         x = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
        std::string xName = upper(icalproperty_get_x_name(x) ? icalproperty_get_x_name(x) : "");
        // Translations of the texts a calendar program keeps in one language only.
        static const std::map<std::string, std::pair<LocalizedText EventSeries::*, const char*>> kTranslated = {
            {"X-KIOSK-TITLE", {&EventSeries::title, "ical.the_title"}},
            {"X-KIOSK-DESCRIPTION", {&EventSeries::description, "ical.the_description"}},
            {"X-KIOSK-LOCATION", {&EventSeries::location, "ical.the_location"}}};
        const auto translated = kTranslated.find(xName);
        if (translated == kTranslated.end()) continue;
        int line = lineOf(xName.c_str(), xOccurrences[xName]++);
        if (!icalproperty_get_first_parameter(x, ICAL_LANGUAGE_PARAMETER)) {
            warn(line, inEvent("ical.translation_language", {{"property", xName}}));
            continue;
        }
        const char* value = icalproperty_get_x(x);
        auto text = checkedText(translated->second.second, unescapeText(value ? value : ""), line);
        if (!text || text->empty()) continue;
        (read.series.*translated->second.first).set(languageOf(x, defaultLanguage_), *text);
    }
    if (read.series.title.empty()) return leaveOut(read.line, say("ical.no_title"));

    if (icalproperty* recurrenceId = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
        read.recurrenceId = stated(icalproperty_get_recurrenceid(recurrenceId), recurrenceId, lineOf("RECURRENCE-ID"));
        if (!read.recurrenceId) return leaveOut(lineOf("RECURRENCE-ID"), say("ical.recurrence_id_invalid"));
        icalparameter* range = icalproperty_get_first_parameter(recurrenceId, ICAL_RANGE_PARAMETER);
        read.thisAndFuture = range && icalparameter_get_range(range) == ICAL_RANGE_THISANDFUTURE;
    }

    CheckWords problem;
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
            warn(line, inEvent("ical.exdate_invalid"));
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
            warn(line, inEvent("ical.rdate_invalid"));
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
    result.problems = lines.repairs();
    icalerror_clear_errno();
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(cleanedForLibical(lines.lines()).c_str()));
    icalerror_clear_errno();
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        result.problems.push_back(calendarError(1, say("ical.not_calendar")));
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
    groupEvents(events, packTimeZone, result);
    return result;
}

}  // namespace content::ical
