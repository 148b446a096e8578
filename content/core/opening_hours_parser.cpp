// From tokens to rules, following opening_hours.js's parser (its parseGroup
// and the selector parsers it calls) so that a value means here what it means
// there. The places where that library reads a value in a surprising way are
// kept on purpose and named where they happen.
#include <algorithm>

#include "content/core/opening_hours_lexer.h"
#include "content/core/opening_hours_rules.h"
#include "content/core/time_zone.h"

namespace content::hours {

namespace {

struct ParseFailure {
    size_t firstToken, lastToken;  // inclusive token range of the part not understood
    CheckWords reason;
};

// Days since 1970 to a civil date, a weekday (0 = Monday) and the ISO 8601 week.
LocalTime dateOf(int64_t day) { return civilFromDays(day); }

int weekdayOfDay(int64_t day) { return static_cast<int>(((day % 7) + 7 + 3) % 7); }  // 1970-01-01 was a Thursday

int isoWeek(int64_t day) {
    int64_t thursday = day - weekdayOfDay(day) + 3;  // the week's Thursday decides its year
    LocalTime date = dateOf(thursday);
    return static_cast<int>((thursday - daysFromCivil(date.year, 1, 1)) / 7 + 1);
}

// The n-th (1..5, or -1..-5 from the end) `weekday` of a month, or nullopt.
std::optional<int64_t> nthWeekday(int year, int month, int weekday, int nth) {
    if (nth > 0) {
        int64_t first = daysFromCivil(year, month, 1);
        int64_t day = first + (weekday - weekdayOfDay(first) + 7) % 7 + (nth - 1) * 7;
        if (dateOf(day).month != month) return std::nullopt;
        return day;
    }
    int64_t last = daysFromCivil(year, month, daysInMonth(year, month));
    int64_t day = last - (weekdayOfDay(last) - weekday + 7) % 7 + (nth + 1) * 7;
    if (dateOf(day).month != month) return std::nullopt;
    return day;
}

class RuleParser {
public:
    explicit RuleParser(const std::vector<Token>& tokens) : t_(tokens) {}

    // Parses one rule starting at `at`; returns where an additional rule
    // (after ',') starts, or 0 when the rule ends with the tokens.
    size_t parseGroup(size_t at, Rule& rule) {
        Groups groups;
        bool modifierGiven = false;
        bool lastWasTime = false;
        bool timesSeen = false, weekdaysSeen = false;
        size_t additionalAt = 0;
        while (at < t_.size()) {
            bool timeNow = false;
            const size_t before = at;
            // opening_hours.js reads "Mo-Fr 09:00-17:00 Sa 10:00-12:00" and "Tu Th"
            // only with a warning that it probably is a mistake; so do we not.
            bool startsSelector = is(at, TokenKind::Weekday) || is(at, TokenKind::Holiday) || is(at, TokenKind::Month) ||
                                  is(at, TokenKind::Year) || is(at, TokenKind::Week) || is(at, TokenKind::Easter);
            if (startsSelector && timesSeen)
                fail(at, at, say("hours.days_first"));
            if (is(at, TokenKind::Weekday) && weekdaysSeen)
                fail(at, at, say("hours.join_days"));
            if (timesSeen && (isTime(at) || (is(at, TokenKind::Number) && isSign(at + 1, '-'))))
                fail(at, at + 2, say("hours.join_times"));
            if (is(at, TokenKind::Weekday)) {
                weekdaysSeen = true;
                at = parseWeekdays(at, groups.weekday, groups);
            } else if (is(at, TokenKind::Always)) {
                rule.times.push_back(TimeSpan{0, kMinutesPerDay, true, false});
                ++at;
            } else if (is(at, TokenKind::Holiday)) {
                // "PH,Mo-Fr": the days after a holiday list are that list's.
                weekdaysSeen = weekdaysSeen || isSign(at + 1, ',');
                groups.regular = false;
                at = parseHolidays(at, isSign(at + 1, ',') ? groups.weekday : groups.holiday, groups);
            } else if (isMonthdayStart(at)) {
                groups.regular = false;
                at = parseMonthdays(at, groups.monthday, groups);
            } else if (is(at, TokenKind::Year)) {
                groups.regular = false;
                at = parseYears(at, groups.year);
            } else if (is(at, TokenKind::Month)) {
                groups.regular = false;
                at = parseMonths(at, groups.month, groups);
            } else if (is(at, TokenKind::Week)) {
                groups.regular = false;
                at = parseWeeks(at, groups.week);
            } else if (isSign(at, ':') && at != 0 && at != t_.size() - 1 && !lastWasTime) {
                ++at;  // "Jan-Jun: Mo-Fr ..." (a colon for readability)
            } else if ((is(at, TokenKind::Number) && (isSign(at + 1, ':') || isSign(at + 1, '-'))) ||
                       is(at, TokenKind::SunTime) || (isSign(at, '(') && is(at + 1, TokenKind::SunTime))) {
                auto [next, additional] = parseTimes(at, rule);
                at = next;
                timeNow = timesSeen = true;
                if (additional) {
                    additionalAt = at;
                    break;
                }
            } else if (is(at, TokenKind::State)) {
                // After a comment the state stays unknown whatever the word says.
                bool afterComment = rule.comment.has_value();
                rule.meaning = t_[at].value == 0 ? Meaning::Open : t_[at].value == 1 ? Meaning::Closed : Meaning::Unknown;
                if (afterComment) rule.meaning = Meaning::Unknown;
                modifierGiven = true;
                ++at;
                if (isSign(at, ',')) {
                    additionalAt = at + 1;
                    break;
                }
            } else if (is(at, TokenKind::Comment)) {
                rule.comment = t_[at].text;
                // A comment alone says: it depends (state unknown).
                if (!modifierGiven) rule.meaning = Meaning::Unknown;
                modifierGiven = true;
                ++at;
                if (isSign(at, ',')) {
                    additionalAt = at + 1;
                    break;
                }
            } else if (is(at, TokenKind::Number) && is(at + 1, TokenKind::Other) && t_[at + 1].text == "." &&
                       is(at + 2, TokenKind::Number)) {
                fail(at, at + 2, t_[at + 2].digits == 2 ? say("hours.colon")
                                                        : say("hours.month_name"));
            } else {
                // Words nobody reads are named together: 'nach Vereinbarung'.
                size_t last = at;
                while (is(at, TokenKind::Word) && is(last + 1, TokenKind::Word)) ++last;
                fail(at, last, notUnderstood(at));
            }
            if (at == before) fail(at, at, notUnderstood(at));  // a selector that reads nothing must not loop
            lastWasTime = timeNow;
        }
        for (auto* group : {&groups.year, &groups.holiday, &groups.month, &groups.monthday, &groups.week, &groups.weekday})
            if (!group->empty()) rule.dateGroups.push_back(std::move(*group));
        rule.regularWeek = groups.regular;
        return additionalAt;
    }

    std::vector<TimeSpan> wrapTimes;  // parts after midnight of the last parsed rule

private:
    struct Groups {
        std::vector<DayTest> year, holiday, month, monthday, week, weekday;
        bool regular = true;
    };

    const std::vector<Token>& t_;

    bool is(size_t at, TokenKind kind) const { return at < t_.size() && t_[at].kind == kind; }
    bool isSign(size_t at, char sign) const { return is(at, TokenKind::Sign) && t_[at].sign == sign; }
    bool isTime(size_t at) const { return is(at, TokenKind::Number) && isSign(at + 1, ':') && is(at + 2, TokenKind::Number); }

    [[noreturn]] void fail(size_t first, size_t last, CheckWords reason) const {
        if (first >= t_.size()) first = last = t_.empty() ? 0 : t_.size() - 1;
        last = std::min(std::max(last, first), t_.empty() ? 0 : t_.size() - 1);
        throw ParseFailure{first, last, std::move(reason)};
    }

    CheckWords notUnderstood(size_t at) const {
        const Token& token = t_[at];
        switch (token.kind) {
            case TokenKind::Word: return say("hours.not_a_word");
            case TokenKind::Number: return say("hours.minutes_0900");
            case TokenKind::Day: return say("hours.day_word");
            case TokenKind::Other:
                if (token.text == ".") return say("hours.colon");
                if (isLongDash(token)) return say("hours.dash");
                return say("hours.sign");
            default: return say("hours.does_not_fit");
        }
    }

    // As opening_hours.js decides: "Dec 24", "Dec Su[-1]", "easter", "2027 Dec 24", "2027 easter".
    static bool isLongDash(const Token& token) {
        return token.kind == TokenKind::Other && (token.text == "\xe2\x80\x93" || token.text == "\xe2\x80\x94");
    }

    bool isMonthdayStart(size_t at) const {
        if (is(at, TokenKind::Year)) return (is(at + 1, TokenKind::Month) && is(at + 2, TokenKind::Number)) || is(at + 1, TokenKind::Easter);
        if (is(at, TokenKind::Month) && (is(at + 1, TokenKind::Number) || is(at + 1, TokenKind::Weekday))) return true;
        return is(at, TokenKind::Easter);
    }

    // "+2 days" / "-1 day" after a selector: {days, tokens used}.
    std::pair<int, size_t> moveDays(size_t at, int maxDiffer) const {
        int sign = isSign(at, '+') ? 1 : isSign(at, '-') ? -1 : 0;
        if (sign == 0 || !is(at + 1, TokenKind::Number) || !is(at + 2, TokenKind::Day)) return {0, 0};
        if (t_[at + 1].value > maxDiffer)
            fail(at, at + 2, say(maxDiffer == 1 ? "hours.move_one_day" : "hours.move_days", {{"days", std::to_string(maxDiffer)}}));
        return {sign * t_[at + 1].value, 3};
    }

    // "[1]", "[1,3]", "[-1]", "[1-2]": the numbers and the position after ']'.
    std::pair<std::vector<int>, size_t> nthList(size_t at) const {
        std::vector<int> numbers;
        for (;;) {
            int sign = 1;
            size_t p = at;
            if (isSign(p, '-')) {
                sign = -1;
                ++p;
            }
            if (!is(p, TokenKind::Number)) fail(at, at, say("hours.week_of_month_brackets"));
            int from = sign * t_[p].value;
            int to = from;
            p += 1;
            if (isSign(p, '-') && is(p + 1, TokenKind::Number)) {
                to = t_[p + 1].value;
                p += 2;
            }
            if (from == 0 || from < -5 || from > 5 || to == 0 || to < -5 || to > 5)
                fail(at, p - 1, say("hours.week_of_month_range"));
            if (to < from) fail(at, p - 1, say("hours.range_backwards"));
            for (int n = from; n <= to; ++n) numbers.push_back(n);
            at = p;
            if (isSign(at, ',')) {
                ++at;
                continue;
            }
            if (!isSign(at, ']')) fail(at, at, say("hours.bracket_open"));
            return {numbers, at + 1};
        }
    }

    size_t parseWeekdays(size_t at, std::vector<DayTest>& target, Groups& groups) {
        for (; at < t_.size(); ++at) {
            if (is(at, TokenKind::Weekday) && isSign(at + 1, '[')) {
                groups.regular = false;
                int weekday = t_[at].value;
                auto [numbers, end] = nthList(at + 2);
                auto [offset, used] = moveDays(end, 6);
                for (int nth : numbers) {
                    // "offset = offset": clang 14 (the fuzz build) cannot capture a structured binding by name.
                    target.push_back([weekday, nth, offset = offset](int64_t day, const HolidayCalendar&) {
                        LocalTime date = dateOf(day - offset);
                        auto match = nthWeekday(date.year, date.month, weekday, nth);
                        return match && *match == day - offset;
                    });
                }
                at = end + used;
            } else if (is(at, TokenKind::Weekday)) {
                bool range = isSign(at + 1, '-') && is(at + 2, TokenKind::Weekday);
                int from = t_[at].value, to = range ? t_[at + 2].value : from;
                target.push_back([from, to](int64_t day, const HolidayCalendar&) {
                    int weekday = weekdayOfDay(day);
                    return from <= to ? weekday >= from && weekday <= to : weekday >= from || weekday <= to;
                });
                at += range ? 3 : 1;
            } else if (is(at, TokenKind::Holiday)) {
                groups.regular = false;
                return parseHolidays(at, target, groups);
            } else {
                fail(at, at, say("hours.after_comma_day"));
            }
            if (!isSign(at, ',')) break;
        }
        return at;
    }

    // PH (optionally "+1 day"/"-1 day") and SH; a day list may follow.
    size_t parseHolidays(size_t at, std::vector<DayTest>& target, Groups& groups) {
        while (at < t_.size()) {
            if (is(at, TokenKind::Holiday)) {
                if (t_[at].value == 0) {
                    auto [offset, used] = moveDays(at + 1, 1);
                    target.push_back([offset = offset](int64_t day, const HolidayCalendar& calendar) {
                        return calendar.isPublicHoliday(day - offset);
                    });
                    at += 1 + used;
                } else {
                    target.push_back([](int64_t day, const HolidayCalendar& calendar) { return calendar.isSchoolHoliday(day); });
                    ++at;
                }
            } else if (is(at, TokenKind::Weekday)) {
                // opening_hours.js puts days after a holiday list among the
                // weekdays, whichever list the holidays went to.
                return parseWeekdays(at, groups.weekday, groups);
            } else {
                fail(at, at, say("hours.after_comma_holiday"));
            }
            if (!isSign(at, ',')) break;
            ++at;
        }
        return at;
    }

    size_t parseYears(size_t at, std::vector<DayTest>& target) {
        for (; at < t_.size(); ++at) {
            if (!is(at, TokenKind::Year)) fail(at, at, say("hours.year_expected"));
            int from = t_[at].value, to = from, period = 0;
            size_t used = 1;
            if (isSign(at + 1, '-') && is(at + 2, TokenKind::Year)) {
                to = t_[at + 2].value;
                used = 3;
                if (to <= from) fail(at, at + 2, to == from ? say("hours.one_year") : say("hours.years_backwards"));
            }
            if (isSign(at + used, '/') && is(at + used + 1, TokenKind::Number)) {
                period = t_[at + used + 1].value;
                if (period < 1) fail(at + used + 1, at + used + 1, say("hours.period_one"));
                if (used == 1) to = 9999;
                used += 2;
            } else if (used == 1 && isSign(at + 1, '+')) {
                to = 9999;
                used = 2;
            }
            target.push_back([from, to, period](int64_t day, const HolidayCalendar&) {
                int year = dateOf(day).year;
                if (year < from || year > to) return false;
                return period == 0 || (year - from) % period == 0;
            });
            at += used;
            if (!isSign(at, ',')) break;
        }
        return at;
    }

    size_t parseWeeks(size_t at, std::vector<DayTest>& target) {
        for (; at < t_.size(); ++at) {
            if (is(at, TokenKind::Week)) ++at;
            if (!is(at, TokenKind::Number)) fail(at, at, say("hours.week_expected"));
            int from = t_[at].value, to = from, period = 0;
            bool range = isSign(at + 1, '-') && is(at + 2, TokenKind::Number);
            if (range) to = t_[at + 2].value;
            if (from > to) fail(at, at + 2, say("hours.weeks_backwards"));
            if (from < 1) fail(at, at, say("hours.weeks_from_one"));
            if (to > 53) fail(range ? at + 2 : at, range ? at + 2 : at, say("hours.weeks_at_most"));
            if (range && isSign(at + 3, '/') && is(at + 4, TokenKind::Number)) {
                period = t_[at + 4].value;
                if (period < 2 || period > 26) fail(at + 4, at + 4, say("hours.week_period"));
            }
            target.push_back([from, to, period](int64_t day, const HolidayCalendar&) {
                int week = isoWeek(day);
                if (week < from || week > to) return false;
                return period == 0 || (week - from) % period == 0;
            });
            at += 1 + (range ? 2 : 0) + (period ? 2 : 0);
            if (!isSign(at, ',')) break;
        }
        return at;
    }

    size_t parseMonths(size_t at, std::vector<DayTest>& target, Groups& groups) {
        for (; at < t_.size(); ++at) {
            if (is(at, TokenKind::Month) && is(at + 1, TokenKind::Number) && !(isSign(at + 2, ':') && is(at + 3, TokenKind::Number)))
                return parseMonthdays(at, target, groups);
            if (!is(at, TokenKind::Month)) fail(at, at, say("hours.month_expected"));
            bool range = isSign(at + 1, '-') && is(at + 2, TokenKind::Month);
            int from = t_[at].value + 1, to = range ? t_[at + 2].value + 1 : from;
            target.push_back([from, to](int64_t day, const HolidayCalendar&) {
                int month = dateOf(day).month;
                return from <= to ? month >= from && month <= to : month >= from || month <= to;
            });
            at += range ? 3 : 1;
            if (!isSign(at, ',')) break;
        }
        return at;
    }

    // One end of a date range: a month and day, a month's n-th weekday, or
    // easter; each may be moved by days.
    struct DatePoint {
        enum Kind { None, MonthDay, Nth, Easter } kind = None;
        int year = 0;  // 0 = the year of the day asked about
        int month = 0, day = 0, weekday = 0, nth = 0, offset = 0;

        std::optional<int64_t> on(int year) const {
            int y = this->year ? this->year : year;
            switch (kind) {
                case MonthDay:
                    // 29 February in another year than a leap year is 1 March, as JavaScript's Date makes it.
                    return daysFromCivil(y, month, 1) + day - 1;
                case Nth: {
                    auto date = nthWeekday(y, month, weekday, nth);
                    if (!date) return std::nullopt;
                    return *date + offset;
                }
                case Easter: return easterSunday(y) + offset;
                default: return std::nullopt;
            }
        }
    };

    void checkDate(int month, int day, size_t at) const {
        if (day < 1 || day > daysInMonth(2024, month)) fail(at, at, say("hours.no_such_day", {{"month", kMonthNames[month - 1]}, {"day", std::to_string(day)}}));
    }

    // Reads a date point at `p`; returns the point and the position after it.
    std::pair<DatePoint, size_t> datePoint(size_t p, int maxMove) const {
        DatePoint point;
        if (is(p, TokenKind::Month) && is(p + 1, TokenKind::Number)) {
            point.kind = DatePoint::MonthDay;
            point.month = t_[p].value + 1;
            point.day = t_[p + 1].value;
            return {point, p + 2};
        }
        if (is(p, TokenKind::Month) && is(p + 1, TokenKind::Weekday) && isSign(p + 2, '[')) {
            point.kind = DatePoint::Nth;
            point.month = t_[p].value + 1;
            point.weekday = t_[p + 1].value;
            auto [numbers, end] = nthList(p + 3);
            point.nth = numbers.front();
            auto [offset, used] = moveDays(end, 6);
            point.offset = offset;
            return {point, end + used};
        }
        if (is(p, TokenKind::Easter)) {
            point.kind = DatePoint::Easter;
            auto [offset, used] = moveDays(p + 1, maxMove);
            point.offset = offset;
            return {point, p + 1 + used};
        }
        return {point, p};
    }

    size_t parseMonthdays(size_t at, std::vector<DayTest>& target, Groups& groups) {
        for (; at < t_.size(); ++at) {
            bool hasYear = is(at, TokenKind::Year);
            size_t p = at + (hasYear ? 1 : 0);
            auto [from, afterFrom] = datePoint(p, 200);
            if (hasYear) from.year = t_[at].value;
            DatePoint to;
            size_t afterTo = afterFrom;
            bool toHasYear = false;
            if (from.kind != DatePoint::None && isSign(afterFrom, '-')) {
                toHasYear = is(afterFrom + 1, TokenKind::Year);
                size_t q = afterFrom + 1 + (toHasYear ? 1 : 0);
                auto [point, after] = datePoint(q, 366);
                if (point.kind != DatePoint::None) {
                    to = point;
                    afterTo = after;
                    if (toHasYear) to.year = t_[afterFrom + 1].value;
                }
            }
            if (to.kind != DatePoint::None && hasYear == toHasYear) {
                if (from.kind == DatePoint::MonthDay) checkDate(from.month, from.day, p + 1);
                if (to.kind == DatePoint::MonthDay) checkDate(to.month, to.day, afterTo - 1);
                target.push_back([from = from, to](int64_t day, const HolidayCalendar&) {
                    int year = dateOf(day).year;
                    auto first = from.on(year);
                    auto last = to.on(year);
                    if (!first || !last) return false;
                    // The end is the day after the range, except after easter
                    // (opening_hours.js ends "Apr 05-easter" before Easter Sunday).
                    int64_t begin = *first, end = *last + (to.kind == DatePoint::Easter ? 0 : 1);
                    if (end < begin) return !(day >= end && day < begin);  // Dec 24-Jan 02 wraps the year
                    return day >= begin && day < end;
                });
                at = afterTo;
            } else if (from.kind == DatePoint::MonthDay) {
                int month = from.month;
                int year = hasYear ? t_[at].value : 0;
                size_t number = p + 1;
                bool firstRound = true;
                for (;;) {
                    int dayFrom = t_[number].value;
                    bool range = isSign(number + 1, '-') && is(number + 2, TokenKind::Number);
                    int dayTo = range ? t_[number + 2].value : dayFrom;
                    int period = 0;
                    if (range && isSign(number + 3, '/') && is(number + 4, TokenKind::Number)) {
                        period = t_[number + 4].value;
                        if (period < 1) fail(number + 4, number + 4, say("hours.period_one"));
                    }
                    size_t after = number + 1 + (range ? 2 : 0) + (period ? 2 : 0);
                    // "Jan 10:00-18:00": a month with times, not a date.
                    if (firstRound && !range && isSign(after, ':') && is(after + 1, TokenKind::Number) &&
                        (isSign(after + 2, '+') || isSign(after + 2, '-')))
                        return parseMonths(at + (hasYear ? 1 : 0), target, groups);
                    if (dayTo < dayFrom) fail(number, number + 2, say("hours.days_backwards"));
                    checkDate(month, dayFrom, number);
                    checkDate(month, dayTo, range ? number + 2 : number);
                    target.push_back([year, month, dayFrom, dayTo, period](int64_t day, const HolidayCalendar&) {
                        LocalTime date = dateOf(day);
                        int y = year ? year : date.year;
                        if (month == 2 && dayTo == 29 && daysInMonth(y, 2) < 29) return false;
                        int64_t begin = daysFromCivil(y, month, dayFrom), end = daysFromCivil(y, month, 1) + dayTo;
                        if (day < begin || day >= end) return false;
                        return period == 0 || (day - begin) % period == 0;
                    });
                    firstRound = false;
                    if (isSign(after, ',') && is(after + 1, TokenKind::Number) && !isSign(after + 2, ':')) {
                        number = after + 1;
                        continue;
                    }
                    at = after;
                    break;
                }
            } else if (from.kind == DatePoint::Easter) {
                int year = hasYear ? t_[at].value : 0;
                DatePoint event = from;
                target.push_back([event, year](int64_t day, const HolidayCalendar&) {
                    int y = year ? year : dateOf(day).year;
                    auto date = event.on(y);
                    return date && *date == day;
                });
                at = afterFrom;
            } else if (from.kind == DatePoint::Nth) {
                // "Mar Su[-1]": in March, and (read next) on the last Sunday.
                at = parseMonths(at, groups.month, groups);
            } else if (is(at, TokenKind::Month)) {
                return parseMonths(at, target, groups);
            } else if (at > 0 && isSign(at - 1, ',')) {
                fail(at - 1, at, say("hours.after_comma_date"));
            } else {
                return at;
            }
            if (!isSign(at, ',')) break;
        }
        return at;
    }

    // "09:00-17:00", "17:00+", "10:00-12:00+", lists with ','. Returns the
    // position after them and whether an additional rule starts there.
    std::pair<size_t, bool> parseTimes(size_t at, Rule& rule) {
        for (; at < t_.size(); ++at) {
            if (isTime(at)) {
                size_t start = at;
                int from = minutesOf(at, false);
                size_t endAt = at + 3;
                int to = 0;
                bool openEnd = false;
                if (isSign(endAt, '-')) {
                    if (isTime(endAt + 1)) {
                        to = minutesOf(endAt + 1, true);
                        at = endAt + 4;
                    } else if (is(endAt + 1, TokenKind::SunTime) || isSign(endAt + 1, '(')) {
                        fail(endAt + 1, endAt + 1, say("hours.sun_times"));
                    } else if (is(endAt + 1, TokenKind::Number)) {
                        fail(endAt + 1, endAt + 1, say("hours.minutes_1700"));
                    } else {
                        fail(at, endAt, say("hours.no_end"));
                    }
                } else if (isSign(endAt, '+')) {
                    openEnd = true;
                    to = openEndClose(from);
                    at = endAt + 1;
                    if (isSign(at, '+')) ++at;  // "16:00++" reads as "16:00+"
                } else if (endAt < t_.size() && isLongDash(t_[endAt])) {
                    fail(endAt, endAt, say("hours.dash"));
                } else {
                    fail(at, at + 2, say("hours.needs_end"));
                }
                if (isSign(at, '/')) fail(at, at + 1, say("hours.repeating"));
                if (from >= kMinutesPerDay) fail(start, start + 2, say("hours.start_in_day"));
                int writtenEnd = to;
                if (!openEnd && to <= from) to += kMinutesPerDay;
                if (to > 2 * kMinutesPerDay) fail(start, at - 1, say("hours.past_midnight"));
                // "10:00-12:00+": open, and after 12:00 maybe still open. The
                // open end comes first, as in opening_hours.js.
                if (!openEnd && isSign(at, '+')) {
                    int openFrom = writtenEnd < from ? writtenEnd + kMinutesPerDay : writtenEnd;
                    int openTo = openEndClose(openFrom);
                    if (openTo > 2 * kMinutesPerDay) fail(start, at, say("hours.past_midnight"));
                    addSpan(rule, openFrom, openTo, true);
                    ++at;
                }
                addSpan(rule, from, to, openEnd);
            } else if (is(at, TokenKind::Number) && isSign(at + 1, '-') && is(at + 2, TokenKind::Number)) {
                fail(at, at + 2, say("hours.minutes_span"));
            } else if (is(at, TokenKind::SunTime) || isSign(at, '(')) {
                fail(at, at, say("hours.sun_times"));
            } else {
                if (is(at, TokenKind::Number) && isSign(at + 1, ':')) fail(at, at + 1, say("hours.minutes_missing"));
                if (is(at, TokenKind::Number)) fail(at, at, say("hours.minutes_0900"));
                return {at, true};
            }
            if (!isSign(at, ',')) break;
        }
        return {at, false};
    }

    static int openEndClose(int from) {
        // opening_hours.js's guess for the closing time of "17:00+".
        if (from >= 22 * 60) return from + 8 * 60;
        if (from >= 17 * 60) return from + 10 * 60;
        return kMinutesPerDay;
    }

    int minutesOf(size_t at, bool isEnd) const {
        int hours = t_[at].value, minutes = t_[at + 2].value;
        if (minutes > 59 || t_[at + 2].digits > 2) fail(at + 2, at + 2, say("hours.minutes_range"));
        if (hours > 48 || (!isEnd && hours > 47)) fail(at, at, say("hours.no_such_hour", {{"hour", std::to_string(hours)}}));
        return hours * 60 + minutes;
    }

    void addSpan(Rule& rule, int from, int to, bool openEnd) {
        if (from == 0 && to == kMinutesPerDay) {
            rule.times.push_back(TimeSpan{0, kMinutesPerDay, true, false});
            return;
        }
        rule.times.push_back(TimeSpan{from, to, false, openEnd});
        if (to > kMinutesPerDay) wrapTimes.push_back(TimeSpan{0, to - kMinutesPerDay, false, openEnd});
    }
};

DayTest dayBefore(DayTest test) {
    return [test = std::move(test)](int64_t day, const HolidayCalendar& calendar) { return test(day - 1, calendar); };
}

}  // namespace

ParsedValue parseValue(std::string_view value) {
    ParsedValue parsed;
    std::vector<TokenRule> tokenRules = tokenize(value);
    for (const TokenRule& tokenRule : tokenRules) {
        const auto& tokens = tokenRule.tokens;
        if (tokens.empty()) continue;  // "10:00-12:00;" ends with an empty rule
        RuleParser parser(tokens);
        size_t at = 0;
        bool additional = false;
        try {
            do {
                Rule rule;
                rule.fallback = tokenRule.fallback;
                rule.additional = additional;
                parser.wrapTimes.clear();
                at = parser.parseGroup(at, rule);
                additional = true;
                Rule wrapped;
                bool wraps = !parser.wrapTimes.empty();
                if (wraps) {
                    wrapped.times = parser.wrapTimes;
                    wrapped.meaning = rule.meaning;
                    wrapped.comment = rule.comment;
                    wrapped.wrapped = true;
                    wrapped.regularWeek = rule.regularWeek;
                    for (const auto& group : rule.dateGroups) {
                        std::vector<DayTest> shifted;
                        for (const auto& test : group) shifted.push_back(dayBefore(test));
                        wrapped.dateGroups.push_back(std::move(shifted));
                    }
                }
                parsed.rules.push_back(std::move(rule));
                if (wraps) parsed.rules.push_back(std::move(wrapped));
            } while (at != 0 && at < tokens.size());
        } catch (const ParseFailure& failure) {
            parsed.problem = Problem{tokens[failure.firstToken].begin, tokens[failure.lastToken].end, failure.reason};
            parsed.rules.clear();
            return parsed;
        }
    }
    return parsed;
}

}  // namespace content::hours
