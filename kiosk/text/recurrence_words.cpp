#include "kiosk/text/recurrence_words.h"

#include <algorithm>
#include <cstdio>
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

std::string ruleWords(const content::RecurrenceDescription& r, std::string_view language) {
    const std::string n = std::to_string(std::max(r.interval, 1));
    switch (r.kind) {
        case Kind::Single:
            return {};
        case Kind::Daily:
            return r.interval <= 1 ? word(language, "recurrence.daily")
                                   : i18n::format(word(language, "recurrence.every_n_days"), {{"n", n}});
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
            const bool knownWeek = (r.weekOfMonth >= 1 && r.weekOfMonth <= 5) || r.weekOfMonth == -1;
            if (days.empty() || !knownWeek) break;
            // The ordinal agrees with the (first) weekday's grammatical gender.
            const std::string gender = word(language, std::string("recurrence.gender.") + kDayKeys[days.front()]);
            const std::string which = r.weekOfMonth == -1 ? "last" : std::to_string(r.weekOfMonth);
            std::vector<std::string> names;
            for (int d : days) names.push_back(word(language, std::string("recurrence.month_day.") + kDayKeys[d]));
            std::string rule = i18n::format(word(language, "recurrence.monthly_weekday"),
                                            {{"nth", word(language, "recurrence.nth." + gender + "." + which)},
                                             {"day", joinList(names, language)}});
            if (r.interval > 1)
                rule = i18n::format(word(language, "recurrence.every_n_months"), {{"n", n}, {"rule", rule}});
            return rule;
        }
        case Kind::MonthlyByDay: {
            if (r.dayOfMonth < 1 || r.dayOfMonth > 31) break;
            std::string rule =
                i18n::format(word(language, "recurrence.monthly_day"), {{"day", std::to_string(r.dayOfMonth)}});
            if (r.interval > 1)
                rule = i18n::format(word(language, "recurrence.every_n_months"), {{"n", n}, {"rule", rule}});
            return rule;
        }
        case Kind::Yearly: {
            if (r.month < 1 || r.month > 12 || r.dayOfMonth < 1 || r.dayOfMonth > 31) break;
            const std::string date = i18n::format(word(language, "date.day_month"),
                                                  {{"day", std::to_string(r.dayOfMonth)},
                                                   {"month", word(language, "month." + std::to_string(r.month))}});
            return i18n::format(word(language, "recurrence.yearly"), {{"date", date}});
        }
        case Kind::Other:
            break;
    }
    return word(language, "recurrence.other");
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
                               bool capitalize) {
    std::string words = ruleWords(rule, language);
    if (words.empty()) return {};
    if (!rule.allDay)
        words = i18n::format(i18n::translate(language, "recurrence.with_time"),
                             {{"rule", words}, {"time", clockTime(rule.hour, rule.minute, language)}});
    return capitalize ? capitalizeFirst(words) : words;
}

}  // namespace kiosk::text
