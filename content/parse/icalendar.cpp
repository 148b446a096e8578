#include "content/parse/icalendar.h"

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "content/core/text_checks.h"
#include "content/core/time_zone.h"

namespace content::ical {

namespace {

// Logical (unfolded) lines of the .ics text with their first physical line,
// so problems found through libical can still be pointed at a line.
struct SourceLine {
    int number = 0;
    std::string text;
};

std::vector<SourceLine> unfoldLines(std::string_view text) {
    std::vector<SourceLine> lines;
    int number = 0;
    size_t position = 0;
    while (position <= text.size()) {
        size_t end = text.find('\n', position);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(position, end - position);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++number;
        if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !lines.empty())
            lines.back().text += line.substr(1);
        else if (!line.empty())
            lines.push_back({number, std::string(line)});
        if (end == text.size()) break;
        position = end + 1;
    }
    return lines;
}

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

std::string propertyNameOf(const std::string& line) {
    size_t end = line.find_first_of(";:");
    return upper(line.substr(0, end));
}

// Where each VEVENT starts and ends (in order of appearance).
struct EventLines {
    size_t firstLine = 0, lastLine = 0;  // indexes into the logical lines
};

class LineIndex {
public:
    explicit LineIndex(std::string_view text) : lines_(unfoldLines(text)) {
        for (size_t i = 0; i < lines_.size(); ++i) {
            std::string line = upper(lines_[i].text);
            if (line == "BEGIN:VEVENT") events_.push_back({i, lines_.size() - 1});
            if (line == "END:VEVENT" && !events_.empty()) events_.back().lastLine = i;
        }
    }
    // BEGIN/END must nest. libical guesses (and prints to stderr) when they
    // do not; staff get a line number instead. Returns the problem, if any.
    std::optional<Problem> structureProblem() const {
        if (lines_.empty() || upper(lines_.front().text) != "BEGIN:VCALENDAR")
            return Problem{true, lines_.empty() ? 1 : lines_.front().number,
                           "this is not an iCalendar file (it must start with BEGIN:VCALENDAR)"};
        std::vector<std::pair<std::string, int>> open;
        for (const SourceLine& line : lines_) {
            std::string text = upper(line.text);
            if (text.starts_with("BEGIN:")) {
                open.emplace_back(text.substr(6), line.number);
            } else if (text.starts_with("END:")) {
                std::string name = text.substr(4);
                if (open.empty() || open.back().first != name)
                    return Problem{true, line.number,
                                   "END:" + name + " does not match " +
                                       (open.empty() ? std::string("any BEGIN") : "BEGIN:" + open.back().first + " on line " + std::to_string(open.back().second))};
                open.pop_back();
                if (open.empty() && name == "VCALENDAR") break;
            }
        }
        if (!open.empty())
            return Problem{true, open.back().second, "BEGIN:" + open.back().first + " is never closed (END:" + open.back().first + " is missing)"};
        return std::nullopt;
    }

    int eventLine(size_t eventIndex) const {
        return eventIndex < events_.size() ? lines_[events_[eventIndex].firstLine].number : 0;
    }
    // The line of the n-th property called `name` inside the event.
    int propertyLine(size_t eventIndex, const std::string& name, int occurrence = 0) const {
        if (eventIndex >= events_.size()) return 0;
        for (size_t i = events_[eventIndex].firstLine; i <= events_[eventIndex].lastLine; ++i) {
            if (propertyNameOf(lines_[i].text) == name && occurrence-- == 0) return lines_[i].number;
        }
        return eventLine(eventIndex);
    }

private:
    std::vector<SourceLine> lines_;
    std::vector<EventLines> events_;
};

// Outlook sometimes names zones the Windows way without sending a VTIMEZONE.
const char* windowsZoneToIana(const std::string& name) {
    static const std::pair<const char*, const char*> zones[] = {
        {"W. Europe Standard Time", "Europe/Berlin"},
        {"Central Europe Standard Time", "Europe/Budapest"},
        {"Central European Standard Time", "Europe/Warsaw"},
        {"Romance Standard Time", "Europe/Paris"},
        {"GMT Standard Time", "Europe/London"},
        {"Greenwich Standard Time", "Atlantic/Reykjavik"},
        {"FLE Standard Time", "Europe/Kiev"},
        {"E. Europe Standard Time", "Europe/Chisinau"},
        {"GTB Standard Time", "Europe/Bucharest"},
        {"Russian Standard Time", "Europe/Moscow"},
        {"Turkey Standard Time", "Europe/Istanbul"},
        {"Arabic Standard Time", "Asia/Baghdad"},
        {"Arab Standard Time", "Asia/Riyadh"},
        {"Syria Standard Time", "Asia/Damascus"},
        {"Iran Standard Time", "Asia/Tehran"},
        {"Afghanistan Standard Time", "Asia/Kabul"},
        {"Eastern Standard Time", "America/New_York"},
        {"Pacific Standard Time", "America/Los_Angeles"},
        {"UTC", "UTC"},
        {"Coordinated Universal Time", "UTC"},
    };
    for (const auto& [windows, iana] : zones)
        if (name == windows) return iana;
    return nullptr;
}

// A wall time in the pack's zone, or a date.
struct WallTime {
    LocalTime local;
    bool isDate = false;
};

class Reader {
public:
    Reader(icalcomponent* calendar, std::string packTimeZone, CalendarResult& result)
        : calendar_(calendar), packTimeZone_(std::move(packTimeZone)), result_(result) {}

    void problem(bool error, int line, std::string message) { result_.problems.push_back({error, line, std::move(message)}); }

    // The zone a TZID names: the file's own VTIMEZONE first (that is how
    // Outlook's "W. Europe Standard Time" works), then the system's zones.
    icaltimezone* zoneFor(const std::string& tzid, int line, bool* known) {
        *known = true;
        if (icaltimezone* own = icalcomponent_get_timezone(calendar_, tzid.c_str())) return own;
        auto cached = systemZones_.find(tzid);
        if (cached != systemZones_.end()) return cached->second;
        icaltimezone* zone = icaltimezone_get_builtin_timezone(tzid.c_str());
        if (!zone) zone = icaltimezone_get_builtin_timezone_from_tzid(tzid.c_str());
        if (!zone) {
            if (const char* iana = windowsZoneToIana(tzid))
                zone = std::string(iana) == "UTC" ? icaltimezone_get_utc_timezone()
                                                  : icaltimezone_get_builtin_timezone(iana);
        }
        if (!zone) {
            // A path-like TZID ("/citadel.org/.../Europe/Berlin") ends in the zone name.
            for (size_t slash = tzid.find('/'); slash != std::string::npos && !zone; slash = tzid.find('/', slash + 1))
                zone = icaltimezone_get_builtin_timezone(tzid.substr(slash + 1).c_str());
        }
        icalerror_clear_errno();
        if (!zone) {
            *known = false;
            if (warnedZones_.insert(tzid).second)
                problem(false, line,
                        "the time zone '" + tzid + "' is unknown and the file does not describe it; its times are read as " +
                            packTimeZone_ + " times");
        }
        systemZones_[tzid] = zone;
        return zone;
    }

    std::optional<WallTime> wallTime(icaltimetype tt, icalproperty* property, int line) {
        if (icaltime_is_null_time(tt) || !icaltime_is_valid_time(tt) || tt.month < 1 || tt.month > 12 || tt.day < 1 ||
            tt.day > daysInMonth(tt.year, tt.month))
            return std::nullopt;
        WallTime wall;
        wall.local.year = tt.year;
        wall.local.month = tt.month;
        wall.local.day = tt.day;
        if (tt.is_date) {
            wall.isDate = true;
            wall.local.weekday = weekdayOf(tt.year, tt.month, tt.day);
            return wall;
        }
        wall.local.hour = tt.hour;
        wall.local.minute = tt.minute;
        wall.local.second = tt.second;
        icalparameter* tzidParameter = property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
        if (icaltime_is_utc(tt)) {
            wall.local = toLocal(utcSeconds(wall.local), packTimeZone_);
        } else if (tzidParameter) {
            bool known = false;
            icaltimezone* zone = zoneFor(icalparameter_get_tzid(tzidParameter), line, &known);
            if (zone) {
                // The time is a wall time in `zone`; libical converts it with the
                // zone's own rules (the file's VTIMEZONE or the system's).
                tt.zone = zone;
                icaltimetype utc = icaltime_convert_to_zone(tt, icaltimezone_get_utc_timezone());
                LocalTime utcWall;
                utcWall.year = utc.year, utcWall.month = utc.month, utcWall.day = utc.day;
                utcWall.hour = utc.hour, utcWall.minute = utc.minute, utcWall.second = utc.second;
                wall.local = toLocal(utcSeconds(utcWall), packTimeZone_);
            }
        }
        // Floating times (no zone at all) are wall times in the pack's zone already.
        wall.local.weekday = weekdayOf(wall.local.year, wall.local.month, wall.local.day);
        return wall;
    }

    static int64_t utcSeconds(const LocalTime& t) {
        return daysFromCivil(t.year, t.month, t.day) * 86400 + t.hour * 3600 + t.minute * 60 + t.second;
    }

private:
    icalcomponent* calendar_;
    std::string packTimeZone_;
    CalendarResult& result_;
    std::map<std::string, icaltimezone*> systemZones_;
    std::set<std::string> warnedZones_;
};

std::string formatWall(const WallTime& wall) { return formatWallTime(wall.local, wall.isDate); }

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

// One VEVENT read into a series plus what the grouping step needs.
struct ReadEvent {
    EventSeries series;
    std::string sourceUid;
    std::optional<WallTime> recurrenceId;
    bool cancelled = false;
    int line = 0;
};

struct CalendarDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

}  // namespace

CalendarResult parseCalendar(std::string_view icsText, const std::string& organisationId,
                             const std::string& packTimeZone, const std::string& defaultLanguage) {
    CalendarResult result;
    std::lock_guard lock(libicalMutex());
    LineIndex lines(icsText);
    if (auto problem = lines.structureProblem()) {
        result.problems.push_back(*problem);
        return result;
    }
    icalerror_clear_errno();
    std::unique_ptr<icalcomponent, CalendarDeleter> root(icalparser_parse_string(std::string(icsText).c_str()));
    icalerror_clear_errno();
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT) {
        result.problems.push_back({true, 1, "this is not an iCalendar file (it must start with BEGIN:VCALENDAR)"});
        return result;
    }
    icalcomponent* calendar = root.get();
    Reader reader(calendar, packTimeZone, result);

    std::vector<ReadEvent> events;
    size_t eventIndex = 0;
    for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT), ++eventIndex) {
        ReadEvent read;
        read.line = lines.eventLine(eventIndex);
        auto lineOf = [&](const char* name, int occurrence = 0) { return lines.propertyLine(eventIndex, name, occurrence); };

        // libical marks what it could not parse with X-LIC-ERROR properties.
        bool broken = false;
        for (icalproperty* error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); error;
             error = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
            const char* text = icalproperty_get_xlicerror(error);
            reader.problem(true, read.line, std::string("this event has a line that is not understood (") +
                                                (text ? text : "unknown problem") + ")");
            broken = true;
        }
        if (broken) continue;

        icalproperty* uid = icalcomponent_get_first_property(event, ICAL_UID_PROPERTY);
        read.sourceUid = uid && icalproperty_get_uid(uid) ? icalproperty_get_uid(uid) : "";
        if (read.sourceUid.empty()) {
            read.sourceUid = organisationId + "-event-" + std::to_string(read.line);
            reader.problem(false, read.line, "this event has no UID; give every event one so updates replace it");
        }
        read.series.organisationId = organisationId;
        read.cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;

        if (icalproperty* classProperty = icalcomponent_get_first_property(event, ICAL_CLASS_PROPERTY)) {
            icalproperty_class eventClass = icalproperty_get_class(classProperty);
            if (eventClass == ICAL_CLASS_PRIVATE || eventClass == ICAL_CLASS_CONFIDENTIAL) {
                reader.problem(false, lineOf("CLASS"), "this event is marked private, so the kiosk does not show it");
                continue;
            }
        }

        icalproperty* dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
        if (!dtstart) {
            reader.problem(true, read.line, "this event has no start (DTSTART)");
            continue;
        }
        auto start = reader.wallTime(icalproperty_get_dtstart(dtstart), dtstart, lineOf("DTSTART"));
        if (!start) {
            reader.problem(true, lineOf("DTSTART"), "the start of this event is not a valid date or time");
            continue;
        }
        read.series.allDay = start->isDate;
        read.series.start = formatWall(*start);

        std::optional<WallTime> end;
        if (icalproperty* dtend = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
            end = reader.wallTime(icalproperty_get_dtend(dtend), dtend, lineOf("DTEND"));
            if (!end) {
                reader.problem(true, lineOf("DTEND"), "the end of this event is not a valid date or time");
                continue;
            }
            if (end->isDate != start->isDate) {
                reader.problem(true, lineOf("DTEND"), "the start is a date but the end is a time (or the other way round)");
                continue;
            }
        } else if (icalproperty* duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
            icaldurationtype length = icalproperty_get_duration(duration);
            int seconds = icaldurationtype_as_int(length);
            WallTime computed = *start;
            int64_t wallEnd = Reader::utcSeconds(start->local) + seconds;
            LocalTime endLocal = civilFromDays(wallEnd >= 0 ? wallEnd / 86400 : -((-wallEnd + 86399) / 86400));
            int64_t rest = wallEnd - daysFromCivil(endLocal.year, endLocal.month, endLocal.day) * 86400;
            endLocal.hour = static_cast<int>(rest / 3600);
            endLocal.minute = static_cast<int>(rest / 60 % 60);
            endLocal.second = static_cast<int>(rest % 60);
            computed.local = endLocal;
            end = computed;
        }
        if (!end) {
            // RFC 5545: no end means a one-day event for a date, an instant for a time.
            WallTime computed = *start;
            if (start->isDate) computed.local = civilFromDays(daysFromCivil(start->local.year, start->local.month, start->local.day) + 1);
            end = computed;
        }
        if (Reader::utcSeconds(end->local) < Reader::utcSeconds(start->local)) {
            reader.problem(true, lineOf("DTEND"), "this event ends before it starts");
            continue;
        }
        read.series.end = formatWall(*end);

        // Texts: SUMMARY/DESCRIPTION in the pack's language, X-KIOSK-* translations.
        auto checkedText = [&](const char* name, std::string text, int line) -> std::optional<std::string> {
            text = normaliseNewlines(std::move(text));
            if (auto problem = findForbiddenCharacter(text)) {
                reader.problem(true, line, std::string(name) + " contains " + *problem);
                return std::nullopt;
            }
            return text;
        };
        if (icalproperty* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY)) {
            if (auto text = checkedText("the title", icalproperty_get_summary(summary), lineOf("SUMMARY")))
                if (!text->empty()) read.series.title.set(languageOf(summary, defaultLanguage), *text);
        }
        if (icalproperty* description = icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY)) {
            if (auto text = checkedText("the description", icalproperty_get_description(description), lineOf("DESCRIPTION")))
                if (!text->empty()) read.series.description.set(languageOf(description, defaultLanguage), *text);
        }
        if (icalproperty* location = icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY)) {
            if (auto text = checkedText("the location", icalproperty_get_location(location), lineOf("LOCATION")))
                read.series.location = *text;
        }
        if (icalproperty* url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY)) {
            if (auto text = checkedText("the URL", icalproperty_get_url(url), lineOf("URL"))) read.series.url = *text;
        }
        std::map<std::string, int> xOccurrences;
        for (icalproperty* x = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); x;
             x = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
            std::string name = upper(icalproperty_get_x_name(x) ? icalproperty_get_x_name(x) : "");
            if (name != "X-KIOSK-TITLE" && name != "X-KIOSK-DESCRIPTION") continue;
            int line = lineOf(name.c_str(), xOccurrences[name]++);
            icalparameter* language = icalproperty_get_first_parameter(x, ICAL_LANGUAGE_PARAMETER);
            if (!language) {
                reader.problem(true, line, name + " needs a language, like " + name + ";LANGUAGE=ar:...");
                continue;
            }
            const char* value = icalproperty_get_x(x);
            auto text = checkedText(name == "X-KIOSK-TITLE" ? "the title" : "the description",
                                    unescapeText(value ? value : ""), line);
            if (!text || text->empty()) continue;
            (name == "X-KIOSK-TITLE" ? read.series.title : read.series.description).set(languageOf(x, defaultLanguage), *text);
        }
        if (read.series.title.empty()) {
            reader.problem(true, read.line, "this event has no title (SUMMARY)");
            continue;
        }

        if (icalproperty* recurrenceId = icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            read.recurrenceId = reader.wallTime(icalproperty_get_recurrenceid(recurrenceId), recurrenceId, lineOf("RECURRENCE-ID"));
            if (!read.recurrenceId) {
                reader.problem(true, lineOf("RECURRENCE-ID"), "RECURRENCE-ID is not a valid date or time");
                continue;
            }
        }

        int rruleCount = 0;
        for (icalproperty* rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY); rrule;
             rrule = icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY), ++rruleCount) {
            if (rruleCount > 0) {
                reader.problem(false, lineOf("RRULE", rruleCount), "only the first RRULE of an event is used");
                break;
            }
            icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            if (rule.freq == ICAL_NO_RECURRENCE) {
                reader.problem(true, lineOf("RRULE"), "the repeat rule (RRULE) is not understood");
                break;
            }
            if (rule.freq < ICAL_DAILY_RECURRENCE) {
                reader.problem(true, lineOf("RRULE"), "events repeating more often than daily are not supported");
                break;
            }
            // UNTIL in UTC becomes a wall time in the pack's zone, like DTSTART.
            if (!icaltime_is_null_time(rule.until)) {
                if (icaltime_is_utc(rule.until) && !rule.until.is_date) {
                    LocalTime utcUntil;
                    utcUntil.year = rule.until.year, utcUntil.month = rule.until.month, utcUntil.day = rule.until.day;
                    utcUntil.hour = rule.until.hour, utcUntil.minute = rule.until.minute, utcUntil.second = rule.until.second;
                    LocalTime local = toLocal(Reader::utcSeconds(utcUntil), packTimeZone);
                    rule.until = icaltime_null_time();
                    rule.until.year = local.year, rule.until.month = local.month, rule.until.day = local.day;
                    rule.until.hour = local.hour, rule.until.minute = local.minute, rule.until.second = local.second;
                }
                rule.until.zone = nullptr;
                if (start->isDate) {
                    rule.until.is_date = 1;
                    rule.until.hour = rule.until.minute = rule.until.second = 0;
                }
            }
            char* text = icalrecurrencetype_as_string_r(&rule);
            if (text) {
                read.series.rrule = text;
                icalmemory_free_buffer(text);
            }
        }
        int exdateIndex = 0;
        for (icalproperty* exdate = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); exdate;
             exdate = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY), ++exdateIndex) {
            int line = lineOf("EXDATE", exdateIndex);
            auto wall = reader.wallTime(icalproperty_get_exdate(exdate), exdate, line);
            if (!wall) {
                reader.problem(true, line, "an EXDATE is not a valid date or time");
                continue;
            }
            // An all-day series skips whole days even when EXDATE names a time.
            if (start->isDate) wall->isDate = true;
            read.series.exdates.push_back(formatWall(*wall));
        }
        int rdateIndex = 0;
        for (icalproperty* rdate = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); rdate;
             rdate = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY), ++rdateIndex) {
            int line = lineOf("RDATE", rdateIndex);
            icaldatetimeperiodtype value = icalproperty_get_rdate(rdate);
            icaltimetype time = icaltime_is_null_time(value.time) ? value.period.start : value.time;
            auto wall = reader.wallTime(time, rdate, line);
            if (!wall) {
                reader.problem(true, line, "an RDATE is not a valid date or time");
                continue;
            }
            if (start->isDate) wall->isDate = true;
            read.series.rdates.push_back(formatWall(*wall));
        }
        events.push_back(std::move(read));
    }

    // Group: masters by source UID, then apply overrides to them.
    std::map<std::string, size_t> masters;
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].recurrenceId) continue;
        if (!masters.emplace(events[i].sourceUid, i).second) {
            reader.problem(false, events[i].line,
                           "another event in this file has the same UID '" + events[i].sourceUid + "'; both are shown");
            events[i].sourceUid += "-" + std::to_string(events[i].line);
            masters.emplace(events[i].sourceUid, i);
        }
        events[i].series.uid = events[i].sourceUid;
    }
    std::set<std::string> overrideUids;
    for (ReadEvent& event : events) {
        if (!event.recurrenceId) continue;
        auto master = masters.find(event.sourceUid);
        std::string instance = formatWall(*event.recurrenceId);
        if (master != masters.end()) {
            ReadEvent& parent = events[master->second];
            // The override replaces that instance of the series.
            if (parent.series.allDay) event.recurrenceId->isDate = true;
            parent.series.exdates.push_back(formatWall(*event.recurrenceId));
            if (event.cancelled || parent.cancelled) {
                event.cancelled = true;
                continue;
            }
            event.series.recurrenceOf = parent.series.uid;
        }
        event.series.uid = event.sourceUid + "#" + instance;
        if (!overrideUids.insert(event.series.uid).second) {
            reader.problem(false, event.line, "this change to one date of a series appears twice; the later one is ignored");
            event.cancelled = true;
        }
    }
    for (ReadEvent& event : events) {
        if (event.cancelled) continue;  // STATUS:CANCELLED: not shown at all
        std::sort(event.series.exdates.begin(), event.series.exdates.end());
        event.series.exdates.erase(std::unique(event.series.exdates.begin(), event.series.exdates.end()),
                                   event.series.exdates.end());
        result.events.push_back(std::move(event.series));
    }
    return result;
}

}  // namespace content::ical
