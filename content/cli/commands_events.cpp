// events: what one calendar file means, as the kiosk reads it: the problems
// found and every occurrence in a time window. Staff use it to see why an event
// is missing; the comparison with other calendar libraries runs on it.
#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/core/recurrence.h"
#include "content/core/time_zone.h"
#include "content/parse/icalendar.h"

namespace kiosk_pack {

using json = nlohmann::ordered_json;

namespace {

// Far above any real calendar, low enough that a "every day since 1970" rule
// still answers in a moment.
constexpr size_t kMaxOccurrencesPerSeries = 100000;

constexpr const char* kUsage =
    "usage: kiosk-pack events FILE.ics --from ISO8601 --to ISO8601 [--time-zone ZONE] [--json]";

}  // namespace

int runEvents(const Args& rawArgs) {
    Arguments args(rawArgs, {"from", "to", "time-zone"}, {"json"});
    if (!args.ok()) return complain(args.error(), 2);
    auto from = args.value("from"), to = args.value("to");
    if (args.positional().size() != 1 || !from || !to) return complain(kUsage, 2);
    const std::string zone = args.value("time-zone").value_or(content::kDefaultTimeZone);
    if (!content::isKnownTimeZone(zone)) return complain("--time-zone '" + zone + "' is not a time zone this system knows", 2);
    auto fromUtc = content::parseIsoToUtc(*from, zone), toUtc = content::parseIsoToUtc(*to, zone);
    if (!fromUtc || !toUtc) return complain("--from and --to must be ISO 8601 times like 2026-11-21T10:00:00+01:00", 2);
    const std::string& file = args.positional()[0];
    auto text = readTextFile(file);
    if (!text) return complain("cannot read " + file);

    content::ical::CalendarResult calendar = content::ical::parseCalendar(*text, "calendar", zone);
    struct Row {
        content::EventOccurrence occurrence;
        const content::EventSeries* series;
    };
    std::vector<Row> rows;
    for (const content::EventSeries& series : calendar.events)
        for (const auto& occurrence : content::expandOccurrences(series, zone, *fromUtc, *toUtc, kMaxOccurrencesPerSeries))
            rows.push_back({occurrence, &series});
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.occurrence.startUtc < b.occurrence.startUtc;
    });
    const bool refused = std::any_of(calendar.problems.begin(), calendar.problems.end(),
                                     [](const content::ical::Problem& p) { return p.error; });

    auto when = [&](int64_t utc, bool allDay) {
        return allDay ? content::formatLocalIso(utc, zone).substr(0, 10) : content::formatLocalIso(utc, zone);
    };
    if (args.flag("json")) {
        json problems = json::array();
        for (const auto& problem : calendar.problems)
            problems.push_back({{"error", problem.error}, {"line", problem.line}, {"message", problem.message}});
        json occurrences = json::array();
        for (const Row& row : rows)
            occurrences.push_back({{"uid", row.series->uid},
                                   {"title", row.series->title.resolve("de")},
                                   {"start", when(row.occurrence.startUtc, row.occurrence.allDay)},
                                   {"end", when(row.occurrence.endUtc, row.occurrence.allDay)},
                                   {"all_day", row.occurrence.allDay}});
        json document = {{"file", file}, {"time_zone", zone}, {"refused", refused},
                         {"problems", problems}, {"occurrences", occurrences}};
        std::printf("%s\n", document.dump(1, ' ', false, json::error_handler_t::replace).c_str());
    } else {
        for (const auto& problem : calendar.problems)
            std::printf("%s:%d: %s: %s\n", file.c_str(), problem.line, problem.error ? "error" : "warning",
                        problem.message.c_str());
        for (const Row& row : rows)
            std::printf("%s  %s  %s\n", when(row.occurrence.startUtc, row.occurrence.allDay).c_str(),
                        when(row.occurrence.endUtc, row.occurrence.allDay).c_str(),
                        row.series->title.resolve("de").c_str());
    }
    return refused ? 1 : 0;
}

}  // namespace kiosk_pack
