#include "content/parse/ical_events.h"

#include <libical/ical.h>

#include <algorithm>
#include <climits>
#include <map>
#include <set>
#include <tuple>

#include "content/core/recurrence.h"

namespace content::ical {

WallTime onClock(const StatedTime& time, const std::string& seriesZone, const std::string& packZone) {
    const std::string& zone = seriesZone.empty() ? packZone : seriesZone;
    if (time.wall.isDate || !time.utc || time.zone == zone) return time.wall;
    WallTime wall;
    wall.local = toLocal(*time.utc, zone);
    return wall;
}

namespace {

void warn(CalendarResult& result, int line, CheckWords words) { result.problems.push_back(calendarWarning(line, std::move(words))); }

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

// Programs save several versions of one event (or of one changed date) under
// the same UID: the highest SEQUENCE wins, then the latest DTSTAMP. Events
// that share a UID without being versions of each other are all shown.
void chooseVersions(std::vector<ReadEvent>& events, CalendarResult& result) {
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
                warn(result, events[i].line, say("ical.change_twice"));
                events[i].superseded = true;
            }
        }
    }
}

// A change "for this and every later date": the master keeps the dates before
// it, and `change` becomes the series for the rest, on the master's rules
// (moved by as much as the changed date moved).
void splitForFuture(ReadEvent& master, ReadEvent& change, const std::string& packZone) {
    EventSeries& rest = change.series;
    const std::string& zone = master.series.timeZone;
    const bool allDay = master.series.allDay;
    WallTime from = onClock(*change.recurrenceId, zone, packZone);
    if (allDay) from.isDate = true;
    WallTime newStart = onClock(change.start, zone, packZone);
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
            int64_t fromUtc = toUtc(from.local, zone.empty() ? packZone : zone);
            size_t before = expandOccurrences(counted, packZone, INT64_MIN / 4, fromUtc, static_cast<size_t>(count)).size();
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

}  // namespace

void groupEvents(std::vector<ReadEvent>& events, const std::string& packZone, CalendarResult& result) {
    chooseVersions(events, result);
    std::map<std::string, size_t> masters;
    for (size_t i = 0; i < events.size(); ++i) {
        ReadEvent& event = events[i];
        if (event.recurrenceId || event.superseded) continue;
        if (!masters.emplace(event.sourceUid, i).second) {
            warn(result, event.line, say("ical.uid_twice", {{"uid", event.sourceUid}}));
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
            WallTime instance = onClock(*change.recurrenceId, change.series.timeZone, packZone);
            change.series.uid = change.sourceUid + "#" + formatWall(instance);
            if (!overrideUids.insert(change.series.uid).second) change.superseded = true;
            continue;
        }
        ReadEvent& parent = events[master->second];
        std::vector<Part>& split = parts[change.sourceUid];
        if (split.empty()) split.push_back({INT64_MIN, 0, master->second});
        WallTime instance = onClock(*change.recurrenceId, parent.series.timeZone, packZone);
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
            const int64_t delta = wallSeconds(onClock(change.start, parent.series.timeZone, packZone).local) - instanceWall;
            splitForFuture(owner, change, packZone);
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
        result.events.push_back(std::move(event.series));
    }
}


}  // namespace content::ical
