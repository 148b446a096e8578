// hours: what an opening_hours value means, for staff checking a value and for
// the comparison with opening_hours.js: a week table, and at given times open
// or closed with the next change.
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/core/holidays.h"
#include "content/core/opening_hours.h"
#include "content/core/time_zone.h"

namespace kiosk_pack {

using json = nlohmann::ordered_json;
using content::HoursInterval;
using content::HoursState;
using content::LocalTime;

namespace {

constexpr const char* kUsage =
    "usage: kiosk-pack hours \"VALUE\" [--holidays DE-SN] [--school-holidays FIRST/LAST]... "
    "[--at ISO8601]... [--week ISO-DATE] [--time-zone ZONE] [--json]";

const char* const kWeekdays[7] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

std::string clock(int minutes) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60, minutes % 60);
    return buffer;
}

std::string wallTime(const LocalTime& local) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", local.year, local.month, local.day, local.hour,
                  local.minute);
    return buffer;
}

std::string date(const LocalTime& local) { return wallTime(local).substr(0, 10); }

struct Day {
    LocalTime date;
    std::optional<std::string> publicHoliday;
    bool schoolHoliday = false;
    std::vector<HoursInterval> intervals;
};

std::string describe(const Day& day) {
    std::string text;
    for (const HoursInterval& interval : day.intervals) {
        if (interval.state == HoursState::Closed) continue;
        if (!text.empty()) text += ", ";
        text += clock(interval.from) + "-" + clock(interval.to);
        if (interval.state == HoursState::Unknown && interval.comment == "open end") text += " open, closing time not given";
        else if (interval.state == HoursState::Unknown) text += " unknown";
        if (!interval.comment.empty() && interval.comment != "open end") text += " \"" + interval.comment + "\"";
    }
    if (text.empty()) text = "closed";
    if (day.publicHoliday) text += "  (public holiday: " + *day.publicHoliday + ")";
    if (day.schoolHoliday) text += "  (school holiday)";
    return text;
}

}  // namespace

int runHours(const Args& rawArgs) {
    Arguments args(rawArgs, {"holidays", "school-holidays", "at", "week", "time-zone"}, {"json"});
    if (!args.ok()) return complain(args.error(), 2);
    if (args.positional().size() != 1) return complain(kUsage, 2);
    const std::string& value = args.positional().front();

    std::string region = args.value("holidays").value_or("DE");
    auto calendar = content::HolidayCalendar::forRegion(region);
    if (!calendar) {
        auto meant = content::HolidayCalendar::suggestRegion(region);
        return complain("--holidays: '" + region + "' is not a German state code; " +
                            (meant ? "write " + *meant : "use one of " + content::HolidayCalendar::knownRegions()),
                        2);
    }
    std::vector<content::DayRange> schoolHolidays;
    for (const std::string& entry : args.values("school-holidays")) {
        std::string problem;
        auto range = content::parseSchoolHolidayRange(entry, &problem);
        if (!range) return complain("--school-holidays: " + problem, 2);
        schoolHolidays.push_back(*range);
    }
    calendar->setSchoolHolidays(schoolHolidays);
    std::string zone = args.value("time-zone").value_or(content::kDefaultTimeZone);
    if (!content::isKnownTimeZone(zone)) return complain("--time-zone: '" + zone + "' is not a time zone, like Europe/Berlin", 2);

    std::string error;
    auto hours = content::OpeningHours::parse(value, &error);
    if (!hours) return complain(error, 1);

    // A wall time is taken through the zone, so one inside the spring gap
    // (02:30 on the day the clocks go forward) becomes the time that exists.
    std::vector<LocalTime> instants;
    for (const std::string& at : args.values("at")) {
        auto utc = content::parseIsoToUtc(at, zone);
        if (!utc) return complain("--at must be a time like 2027-11-17T10:00, not '" + at + "'", 2);
        instants.push_back(content::toLocal(*utc, zone));
    }
    std::vector<Day> week;
    auto weekOption = args.value("week");
    if (weekOption || instants.empty()) {
        int64_t first;
        if (weekOption) {
            bool isDate = false;
            auto day = content::parseWallTime(*weekOption, &isDate);
            if (!day || !isDate) return complain("--week must be a date like 2027-11-15, not '" + *weekOption + "'", 2);
            first = content::daysFromCivil(day->year, day->month, day->day);
        } else {
            LocalTime today = content::toLocal(static_cast<int64_t>(std::time(nullptr)), zone);
            first = content::daysFromCivil(today.year, today.month, today.day);
        }
        first -= content::civilFromDays(first).weekday;  // the Monday of that week
        for (int64_t d = first; d < first + 7; ++d) {
            Day day;
            day.date = content::civilFromDays(d);
            day.publicHoliday = calendar->publicHoliday(day.date.year, day.date.month, day.date.day);
            day.schoolHoliday = calendar->isSchoolHoliday(d);
            day.intervals = hours->intervalsOn(day.date.year, day.date.month, day.date.day, *calendar);
            week.push_back(std::move(day));
        }
    }

    if (args.flag("json")) {
        json document = {{"value", value}, {"holidays", calendar->region()}};
        if (!week.empty()) {
            json days = json::array();
            for (const Day& day : week) {
                json intervals = json::array();
                for (const HoursInterval& interval : day.intervals)
                    intervals.push_back({{"from", clock(interval.from)}, {"to", clock(interval.to)},
                                         {"state", content::hoursStateName(interval.state)}, {"comment", interval.comment}});
                days.push_back({{"date", date(day.date)}, {"weekday", kWeekdays[day.date.weekday]},
                                {"public_holiday", day.publicHoliday ? json(*day.publicHoliday) : json(nullptr)},
                                {"school_holiday", day.schoolHoliday}, {"intervals", intervals}});
            }
            document["week"] = days;
        }
        if (!instants.empty()) {
            json answers = json::array();
            for (const LocalTime& at : instants) {
                auto answer = hours->stateAt(at, *calendar);
                auto change = hours->nextChange(at, *calendar);
                json entry = {{"at", wallTime(at)}, {"state", content::hoursStateName(answer.state)}, {"comment", answer.comment}};
                entry["next_change"] = change ? json(wallTime(*change)) : json(nullptr);
                entry["next_state"] = change ? json(content::hoursStateName(hours->stateAt(*change, *calendar).state)) : json(nullptr);
                answers.push_back(entry);
            }
            document["at"] = answers;
        }
        std::printf("%s\n", document.dump(2).c_str());
        return 0;
    }

    if (!week.empty()) {
        std::printf("'%s' with the holidays of %s, week of %s:\n", value.c_str(), calendar->region().c_str(),
                    date(week.front().date).c_str());
        for (const Day& day : week)
            std::printf("  %s %s  %s\n", kWeekdays[day.date.weekday], date(day.date).c_str(), describe(day).c_str());
    }
    for (const LocalTime& at : instants) {
        auto answer = hours->stateAt(at, *calendar);
        auto change = hours->nextChange(at, *calendar);
        std::string line = wallTime(at) + " " + kWeekdays[at.weekday] + "  " + content::hoursStateName(answer.state);
        if (!answer.comment.empty()) line += " \"" + answer.comment + "\"";
        if (change)
            line += std::string(", ") + content::hoursStateName(hours->stateAt(*change, *calendar).state) + " from " +
                    kWeekdays[change->weekday] + " " + wallTime(*change);
        else
            line += ", no change within 400 days";
        std::printf("%s\n", line.c_str());
    }
    return 0;
}

}  // namespace kiosk_pack
