#include "kiosk/text/recurrence_words.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"

namespace kiosk::text {
namespace {

constexpr const char* kDayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

using Kind = content::RecurrenceDescription::Kind;

std::string word(std::string_view language, const std::string& key) { return i18n::translate(language, key); }

// "a", "a and b", "a, b and c" with the language's joiners.
std::string joinList(const std::vector<std::string>& items, std::string_view language) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += word(language, i + 1 == items.size() ? "list.and" : "list.comma");
        out += items[i];
    }
    return out;
}

std::vector<int> validDays(const std::vector<int>& days) {
    std::vector<int> out;
    for (int d : days)
        if (d >= 0 && d < 7 && std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
    std::sort(out.begin(), out.end());
    return out;
}

std::string weeklyDays(const std::vector<int>& days, std::string_view language) {
    if (days == std::vector<int>{0, 1, 2, 3, 4}) return word(language, "recurrence.workdays");
    std::vector<std::string> names;
    for (int d : days) names.push_back(word(language, std::string("recurrence.day.") + kDayKeys[d]));
    return joinList(names, language);
}

// "every 3 months" / "every other month" (years the same): two has words of its own in most languages.
std::string period(std::string_view language, const char* unit, int n) {
    if (n == 2) return word(language, std::string("recurrence.period.") + unit + ".2");
    return i18n::format(word(language, std::string("recurrence.period.") + unit), {{"n", std::to_string(n)}});
}

// "first" / "last" agreeing with the (first) weekday's grammatical gender, and the weekday names.
std::pair<std::string, std::string> nthWeekday(const content::RecurrenceDescription& r, const std::vector<int>& days,
                                               std::string_view language) {
    const std::string gender = word(language, std::string("recurrence.gender.") + kDayKeys[days.front()]);
    const std::string which = r.weekOfMonth == -1 ? "last" : std::to_string(r.weekOfMonth);
    std::vector<std::string> names;
    for (int d : days) names.push_back(word(language, std::string("recurrence.month_day.") + kDayKeys[d]));
    return {word(language, "recurrence.nth." + gender + "." + which), joinList(names, language)};
}

bool knownWeekOfMonth(int week) { return (week >= 1 && week <= 5) || week == -1; }

std::string yearlyWords(const content::RecurrenceDescription& r, const std::string& date, std::string_view language) {
    if (r.interval <= 1) return i18n::format(word(language, "recurrence.yearly"), {{"date", date}});
    return i18n::format(word(language, "recurrence.years_date"),
                        {{"period", period(language, "years", r.interval)}, {"date", date}});
}

std::string ruleWords(const content::RecurrenceDescription& r, std::string_view language) {
    const std::string n = std::to_string(std::max(r.interval, 1));
    switch (r.kind) {
        case Kind::Single:
            return {};
        case Kind::Daily:
            if (r.interval <= 1) return word(language, "recurrence.daily");
            if (r.interval == 2) return word(language, "recurrence.every_two_days");
            return i18n::format(word(language, "recurrence.every_n_days"), {{"n", n}});
        case Kind::Weekly: {
            const auto days = validDays(r.weekdays);
            if (days.empty()) break;
            const std::string list = weeklyDays(days, language);
            if (r.interval <= 1) {
                // "Monday to Friday" is a rule by itself, not "every Monday to Friday".
                if (days == std::vector<int>{0, 1, 2, 3, 4}) return list;
                return i18n::format(word(language, "recurrence.weekly"), {{"days", list}});
            }
            if (r.interval == 2) return i18n::format(word(language, "recurrence.every_other_week"), {{"days", list}});
            return i18n::format(word(language, "recurrence.every_n_weeks"), {{"n", n}, {"days", list}});
        }
        case Kind::MonthlyByWeekday: {
            const auto days = validDays(r.weekdays);
            if (days.empty() || !knownWeekOfMonth(r.weekOfMonth)) break;
            const auto [nth, day] = nthWeekday(r, days, language);
            // Every few months: "every 3 months on the first Wednesday", not
            // "every 3 months: every first Wednesday of the month" (which contradicts itself).
            if (r.interval > 1)
                return i18n::format(word(language, "recurrence.months_weekday"),
                                    {{"period", period(language, "months", r.interval)}, {"nth", nth}, {"day", day}});
            return i18n::format(word(language, "recurrence.monthly_weekday"), {{"nth", nth}, {"day", day}});
        }
        case Kind::MonthlyByDay: {
            if (r.dayOfMonth < 1 || r.dayOfMonth > 31) break;
            const std::string day = std::to_string(r.dayOfMonth);
            if (r.interval > 1)
                return i18n::format(word(language, "recurrence.months_day"),
                                    {{"period", period(language, "months", r.interval)}, {"day", day}});
            return i18n::format(word(language, "recurrence.monthly_day"), {{"day", day}});
        }
        case Kind::Yearly: {
            if (r.month < 1 || r.month > 12 || r.dayOfMonth < 1 || r.dayOfMonth > 31) break;
            return yearlyWords(r,
                               i18n::format(word(language, "date.day_month"),
                                            {{"day", std::to_string(r.dayOfMonth)},
                                             {"month", word(language, "month." + std::to_string(r.month))}}),
                               language);
        }
        case Kind::YearlyByWeekday: {
            const auto days = validDays(r.weekdays);
            if (days.empty() || !knownWeekOfMonth(r.weekOfMonth) || r.month < 1 || r.month > 12) break;
            const auto [nth, day] = nthWeekday(r, days, language);
            return yearlyWords(r,
                               i18n::format(word(language, "recurrence.weekday_in_month"),
                                            {{"nth", nth},
                                             {"day", day},
                                             {"month", word(language, "month." + std::to_string(r.month))}}),
                               language);
        }
        case Kind::Other:
            break;
    }
    return word(language, "recurrence.other");
}

// "30 March" in `currentYear`, else "30 March 2027".
std::string dayInWords(const content::LocalTime& date, int currentYear, std::string_view language) {
    const std::string day = std::to_string(date.day), month = word(language, "month." + std::to_string(date.month));
    if (date.year == currentYear) return i18n::format(word(language, "date.day_month"), {{"day", day}, {"month", month}});
    return i18n::format(word(language, "date.day_month_year"),
                        {{"day", day}, {"month", month}, {"year", std::to_string(date.year)}});
}

// The rule's end and its single changes, after the rule and its time.
std::string withEndAndChanges(std::string words, const content::RecurrenceDescription& r, int currentYear,
                              std::string_view language) {
    if (r.until && r.until->month >= 1 && r.until->month <= 12)
        words = i18n::format(word(language, "recurrence.until"),
                             {{"rule", words}, {"date", dayInWords(*r.until, currentYear, language)}});
    else if (r.count > 1)
        words = i18n::format(word(language, "recurrence.count"), {{"rule", words}, {"count", std::to_string(r.count)}});
    const char* changes = r.skippedDates > 0 && r.addedDates > 0 ? "recurrence.skipped_and_added"
                          : r.skippedDates > 0                   ? "recurrence.skipped"
                          : r.addedDates > 0                     ? "recurrence.added"
                                                                 : nullptr;
    if (changes) words = i18n::format(word(language, changes), {{"rule", words}});
    return words;
}

char32_t upper(char32_t c) {
    if (c >= U'a' && c <= U'z') return c - 0x20;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
    // Latin Extended-A comes in capital/small pairs; which of the two is odd
    // flips in 0139-0148 and 0179-017E. Dotless ı (0131) and ĸ (0138) have none here.
    if (c >= 0x0100 && c <= 0x017F && c != 0x0131 && c != 0x0138) {
        const bool oddIsCapital = (c >= 0x0139 && c <= 0x0148) || (c >= 0x0179 && c <= 0x017E);
        const bool isSmall = oddIsCapital ? (c % 2 == 0) : (c % 2 == 1);
        return isSmall ? c - 1 : c;
    }
    if (c >= 0x0430 && c <= 0x044F) return c - 0x20;  // а-я
    if (c >= 0x0450 && c <= 0x045F) return c - 0x50;  // ё є і ї ...
    if (c == 0x0491) return 0x0490;                    // ґ
    return c;
}

}  // namespace

std::string capitalizeFirst(std::string_view utf8) {
    std::u32string s = toUtf32(utf8);
    if (!s.empty()) s[0] = upper(s[0]);
    return toUtf8(s);
}

std::string clockTime(int hour, int minute, std::string_view language) {
    char hhmm[8];
    std::snprintf(hhmm, sizeof hhmm, "%02d:%02d", std::clamp(hour, 0, 23), std::clamp(minute, 0, 59));
    return i18n::format(i18n::translate(language, "time.clock"), {{"time", hhmm}});
}

std::string describeRecurrence(const content::RecurrenceDescription& rule, std::string_view language,
                               int currentYear, bool capitalize) {
    // A series of one date is a single event, whatever its rule says.
    if (rule.count == 1) return {};
    std::string words = ruleWords(rule, language);
    if (words.empty()) return {};
    if (!rule.allDay)
        words = i18n::format(i18n::translate(language, "recurrence.with_time"),
                             {{"rule", words}, {"time", clockTime(rule.hour, rule.minute, language)}});
    words = withEndAndChanges(std::move(words), rule, currentYear, language);
    // A rule that ends in an ordinal's dot ("am 15.") before a sentence's full stop: one dot.
    for (size_t dots; (dots = words.find("..")) != std::string::npos;) words.erase(dots, 1);
    return capitalize ? capitalizeFirst(words) : words;
}

}  // namespace kiosk::text
