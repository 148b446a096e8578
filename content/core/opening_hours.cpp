#include "content/core/opening_hours.h"

#include <algorithm>
#include <set>

#include "content/core/opening_hours_lexer.h"
#include "content/core/opening_hours_repair.h"
#include "content/core/opening_hours_rules.h"

namespace content {

using hours::kMinutesPerDay;
using hours::Meaning;
using hours::Rule;

namespace {

HoursState stateOf(Meaning meaning) {
    switch (meaning) {
        case Meaning::Open: return HoursState::Open;
        case Meaning::Closed: return HoursState::Closed;
        case Meaning::Unknown: return HoursState::Unknown;
    }
    return HoursState::Closed;
}

// opening_hours.js's getStatePair for one minute of one day.
HoursAnswer evaluate(const std::vector<Rule>& rules, const std::vector<bool>* use, int64_t day, int minute,
                     const HolidayCalendar& holidays) {
    std::vector<size_t> matching;
    for (size_t i = 0; i < rules.size(); ++i) {
        if (use && !(*use)[i]) continue;
        const Rule& rule = rules[i];
        if (!rule.takesDay(day, holidays)) continue;
        // A rule naming days replaces what earlier rules said about them;
        // 'off' rules, additional (',') and fallback ('||') rules and the part
        // of a span after midnight do not. A rule without days replaces the
        // rule before it only when that one had no days either.
        bool namesDays = !rule.dateGroups.empty() ||
                         (i > 0 && rule.meaning == Meaning::Open && rules[i - 1].dateGroups.empty());
        if (namesDays && rule.meaning != Meaning::Closed && !rule.wrapped && !rule.additional && !rule.fallback)
            matching.clear();
        matching.push_back(i);
    }
    HoursState state = HoursState::Closed;
    bool openEndComment = false;
    std::optional<size_t> matchRule;
    for (size_t index : matching) {
        const Rule& rule = rules[index];
        auto applies = [&] { return !rule.fallback || state == HoursState::Closed; };
        if (rule.times.empty() && applies()) {
            state = stateOf(rule.meaning);
            matchRule = index;
        }
        for (size_t k = 0; k < rule.times.size(); ++k) {
            const hours::TimeSpan& span = rule.times[k];
            if (!span.matches(minute) || !applies()) continue;
            state = stateOf(rule.meaning);
            matchRule = index;
            openEndComment = false;
            if (span.openEnd && state != HoursState::Closed) {
                openEndComment = true;
                state = HoursState::Unknown;
                // "07:00+,12:00-16:00": after the span that follows an open
                // end, closed (opening_hours.js's rule, kept for agreement).
                int previousMinute = minute == 0 ? kMinutesPerDay - 1 : minute - 1;
                if (k + 1 < rule.times.size() && !rule.wrapped && !rule.times[k + 1].matches(minute) &&
                    span.matches(previousMinute)) {
                    state = HoursState::Closed;
                    openEndComment = false;
                }
            }
        }
    }
    HoursAnswer answer;
    answer.state = state;
    if (matchRule && rules[*matchRule].comment) answer.comment = *rules[*matchRule].comment;
    else if (openEndComment) answer.comment = "open end";
    return answer;
}

std::vector<HoursInterval> intervalsOf(const std::vector<Rule>& rules, const std::vector<bool>* use, int64_t day,
                                       const HolidayCalendar& holidays) {
    // The answer can only change where a span starts or ends (and a minute
    // later, for the open-end rule that looks one minute back).
    std::set<int> cuts{0};
    for (const Rule& rule : rules)
        for (const auto& span : rule.times)
            for (int edge : {span.from, span.to, span.from + 1, span.to + 1})
                if (edge > 0 && edge < kMinutesPerDay) cuts.insert(edge);
    std::vector<HoursInterval> result;
    std::vector<int> points(cuts.begin(), cuts.end());
    for (size_t i = 0; i < points.size(); ++i) {
        int from = points[i], to = i + 1 < points.size() ? points[i + 1] : kMinutesPerDay;
        HoursAnswer answer = evaluate(rules, use, day, from, holidays);
        if (!result.empty() && result.back().state == answer.state && result.back().comment == answer.comment)
            result.back().to = to;
        else
            result.push_back(HoursInterval{from, to, answer.state, answer.comment});
    }
    return result;
}

// The sentence for a value that is not understood.
CheckWords problemWords(std::string_view text, const hours::Problem& problem) {
    std::vector<hours::TokenRule> tokenRules = hours::tokenize(text);
    std::string_view ruleText = text;
    for (const auto& tokenRule : tokenRules)
        if (problem.begin >= tokenRule.begin && problem.begin <= tokenRule.end) ruleText = text.substr(tokenRule.begin, tokenRule.end - tokenRule.begin);
    auto trim = [](std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return std::string(s);
    };
    std::string rule = trim(ruleText);
    std::string part = trim(text.substr(problem.begin, problem.end - problem.begin));
    const auto repaired = hours::repairRule(rule);
    CheckWords words = part == rule ? say(repaired ? "hours.rule_not_understood_fix" : "hours.rule_not_understood", {{"rule", rule}})
                                    : say(repaired ? "hours.part_not_understood_fix" : "hours.part_not_understood",
                                          {{"part", part}, {"rule", rule}});
    if (repaired) words.values.push_back({"fix", *repaired});
    return words.with("reason", problem.reason);
}

}  // namespace

const char* hoursStateName(HoursState state) {
    switch (state) {
        case HoursState::Open: return "open";
        case HoursState::Closed: return "closed";
        case HoursState::Unknown: return "unknown";
    }
    return "closed";
}

std::optional<OpeningHours> OpeningHours::parse(std::string_view text, std::string* error) {
    CheckWords problem;
    auto hours = parse(text, &problem);
    if (!hours && error) *error = english(problem);
    return hours;
}

std::optional<OpeningHours> OpeningHours::parse(std::string_view text, CheckWords* problem) {
    OpeningHours hours;
    bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    if (blank) return hours;
    hours::ParsedValue parsed = hours::parseValue(text);
    if (parsed.problem) {
        if (problem) *problem = problemWords(text, *parsed.problem);
        return std::nullopt;
    }
    if (parsed.rules.empty()) {
        if (problem) *problem = say("hours.says_nothing", {{"value", std::string(text)}});
        return std::nullopt;
    }
    hours.hasHours_ = true;
    hours.rules_ = std::make_shared<const std::vector<Rule>>(std::move(parsed.rules));
    return hours;
}

HoursAnswer OpeningHours::stateAt(const LocalTime& local, const HolidayCalendar& holidays) const {
    if (!rules_) return {};
    return evaluate(*rules_, nullptr, daysFromCivil(local.year, local.month, local.day), local.hour * 60 + local.minute,
                    holidays);
}

std::vector<HoursInterval> OpeningHours::intervalsOn(int year, int month, int day, const HolidayCalendar& holidays) const {
    if (!rules_) return {HoursInterval{0, kMinutesPerDay, HoursState::Closed, ""}};
    return intervalsOf(*rules_, nullptr, daysFromCivil(year, month, day), holidays);
}

std::optional<LocalTime> OpeningHours::nextChange(const LocalTime& local, const HolidayCalendar& holidays, int days) const {
    if (!rules_) return std::nullopt;
    int64_t today = daysFromCivil(local.year, local.month, local.day);
    int minute = local.hour * 60 + local.minute;
    HoursAnswer now = stateAt(local, holidays);
    for (int64_t day = today; day <= today + days; ++day) {
        for (const HoursInterval& interval : intervalsOf(*rules_, nullptr, day, holidays)) {
            if (day == today && interval.from <= minute) continue;
            if (interval.state != now.state) {
                LocalTime change = civilFromDays(day);
                change.hour = interval.from / 60;
                change.minute = interval.from % 60;
                change.weekday = weekdayOf(change.year, change.month, change.day);
                return change;
            }
        }
    }
    return std::nullopt;
}

namespace {

// Open spans of `day`; a span running into the next morning is listed with
// the day it starts on.
std::vector<std::pair<int, int>> openSpansOf(const std::vector<Rule>& rules, const std::vector<bool>* use, int64_t day,
                                             const HolidayCalendar& calendar) {
    auto openSpans = [&](int64_t date) {
        std::vector<std::pair<int, int>> spans;
        for (const HoursInterval& interval : intervalsOf(rules, use, date, calendar))
            if (interval.state == HoursState::Open) spans.emplace_back(interval.from, interval.to);
        return spans;
    };
    std::vector<std::pair<int, int>> spans = openSpans(day);
    std::vector<std::pair<int, int>> next = openSpans(day + 1);
    if (!spans.empty() && spans.back().second == kMinutesPerDay && !next.empty() && next.front().first == 0 &&
        next.front().second < kMinutesPerDay && spans.back().first > 0)
        spans.back().second += next.front().second;
    std::vector<std::pair<int, int>> previous = openSpans(day - 1);
    if (!spans.empty() && spans.front().first == 0 && spans.front().second < kMinutesPerDay && !previous.empty() &&
        previous.back().second == kMinutesPerDay && previous.back().first > 0)
        spans.erase(spans.begin());
    return spans;
}

}  // namespace

std::vector<std::pair<int, int>> OpeningHours::spansOn(int weekday) const {
    if (!rules_ || weekday < 0 || weekday > 6) return {};
    std::vector<bool> use;
    for (const Rule& rule : *rules_) use.push_back(rule.regularWeek);
    // 2024-01-01 was a Monday; regular-week rules do not look at the date.
    return openSpansOf(*rules_, &use, daysFromCivil(2024, 1, 1) + weekday, HolidayCalendar());
}

std::vector<std::pair<int, int>> OpeningHours::spansOn(int year, int month, int day, const HolidayCalendar& holidays) const {
    if (!rules_) return {};
    return openSpansOf(*rules_, nullptr, daysFromCivil(year, month, day), holidays);
}

bool OpeningHours::alwaysOpen() const {
    if (!rules_ || rules_->size() != 1) return false;
    const Rule& rule = rules_->front();
    return rule.dateGroups.empty() && rule.meaning == Meaning::Open && rule.times.size() == 1 && rule.times[0].always;
}

}  // namespace content
