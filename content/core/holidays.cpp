#include "content/core/holidays.h"

#include <algorithm>
#include <cctype>

#include "content/core/time_zone.h"

namespace content {

namespace {

const char* const kStates[] = {"BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV",
                               "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH"};

enum class DateRule { Fixed, Easter, BussUndBettag };

struct Holiday {
    const char* name;
    DateRule rule;
    int month, day;      // Fixed
    int easterOffset;    // Easter
    const char* states;  // "*" for every state, else codes separated by spaces
    int fromYear, toYear;
};

constexpr int kAlways = 0, kOpen = 9999;

// Where a holiday was introduced or abolished the years say so: Berlin's
// Frauentag since 2019, Mecklenburg-Vorpommern's since 2023, Reformationstag in
// the four northern states since 2018, Thuringia's Weltkindertag since 2019,
// Buß- und Bettag nationwide until 1994.
const Holiday kHolidays[] = {
    {"Neujahr", DateRule::Fixed, 1, 1, 0, "*", kAlways, kOpen},
    {"Heilige Drei Könige", DateRule::Fixed, 1, 6, 0, "BW BY ST", kAlways, kOpen},
    {"Internationaler Frauentag", DateRule::Fixed, 3, 8, 0, "BE", 2019, kOpen},
    {"Internationaler Frauentag", DateRule::Fixed, 3, 8, 0, "MV", 2023, kOpen},
    {"Karfreitag", DateRule::Easter, 0, 0, -2, "*", kAlways, kOpen},
    {"Ostersonntag", DateRule::Easter, 0, 0, 0, "BB", kAlways, kOpen},
    {"Ostermontag", DateRule::Easter, 0, 0, 1, "*", kAlways, kOpen},
    {"Tag der Arbeit", DateRule::Fixed, 5, 1, 0, "*", kAlways, kOpen},
    {"Tag der Befreiung", DateRule::Fixed, 5, 8, 0, "BE", 2020, 2020},
    {"Tag der Befreiung", DateRule::Fixed, 5, 8, 0, "BE", 2025, 2025},
    {"Christi Himmelfahrt", DateRule::Easter, 0, 0, 39, "*", kAlways, kOpen},
    {"Pfingstsonntag", DateRule::Easter, 0, 0, 49, "BB", kAlways, kOpen},
    {"Pfingstmontag", DateRule::Easter, 0, 0, 50, "*", kAlways, kOpen},
    {"Fronleichnam", DateRule::Easter, 0, 0, 60, "BW BY HE NW RP SL", kAlways, kOpen},
    {"75. Jahrestag des Volksaufstandes vom 17. Juni 1953", DateRule::Fixed, 6, 17, 0, "BE", 2028, 2028},
    {"Mariä Himmelfahrt", DateRule::Fixed, 8, 15, 0, "BY SL", kAlways, kOpen},
    {"Weltkindertag", DateRule::Fixed, 9, 20, 0, "TH", 2019, kOpen},
    {"Tag der Deutschen Einheit", DateRule::Fixed, 10, 3, 0, "*", 1990, kOpen},
    {"Reformationstag", DateRule::Fixed, 10, 31, 0, "BB MV SN ST TH", kAlways, kOpen},
    {"Reformationstag", DateRule::Fixed, 10, 31, 0, "HB HH NI SH", 2018, kOpen},
    {"Reformationstag", DateRule::Fixed, 10, 31, 0, "*", 2017, 2017},  // the 500th anniversary
    {"Allerheiligen", DateRule::Fixed, 11, 1, 0, "BW BY NW RP SL", kAlways, kOpen},
    {"Buß- und Bettag", DateRule::BussUndBettag, 0, 0, 0, "SN", kAlways, kOpen},
    {"Buß- und Bettag", DateRule::BussUndBettag, 0, 0, 0, "*", kAlways, 1994},
    {"1. Weihnachtstag", DateRule::Fixed, 12, 25, 0, "*", kAlways, kOpen},
    {"2. Weihnachtstag", DateRule::Fixed, 12, 26, 0, "*", kAlways, kOpen},
};

bool appliesIn(const Holiday& holiday, const std::string& state) {
    std::string_view states = holiday.states;
    if (states == "*") return true;
    if (state.empty()) return false;
    for (size_t at = 0; at + 2 <= states.size(); at += 3)
        if (states.substr(at, 2) == state) return true;
    return false;
}

// The Wednesday before 23 November.
int64_t bussUndBettag(int year) {
    int daysAfterWednesday = (weekdayOf(year, 11, 22) - 2 + 7) % 7;
    return daysFromCivil(year, 11, 22) - daysAfterWednesday;
}

int64_t dateOf(const Holiday& holiday, int year) {
    switch (holiday.rule) {
        case DateRule::Fixed: return daysFromCivil(year, holiday.month, holiday.day);
        case DateRule::Easter: return easterSunday(year) + holiday.easterOffset;
        case DateRule::BussUndBettag: return bussUndBettag(year);
    }
    return 0;
}

std::optional<LocalTime> parseDate(std::string_view text) {
    bool isDate = false;
    auto date = parseWallTime(text, &isDate);
    if (!date || !isDate) return std::nullopt;
    return date;
}

}  // namespace

int64_t easterSunday(int year) {
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return daysFromCivil(year, month, day);
}

std::optional<HolidayCalendar> HolidayCalendar::forRegion(std::string_view code) {
    std::string upper;
    for (char c : code)
        if (!std::isspace(static_cast<unsigned char>(c))) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    HolidayCalendar calendar;
    if (upper == "DE") return calendar;
    if (upper.size() != 5 || upper.compare(0, 3, "DE-") != 0) return std::nullopt;
    std::string state = upper.substr(3);
    if (std::find(std::begin(kStates), std::end(kStates), state) == std::end(kStates)) return std::nullopt;
    calendar.region_ = upper;
    return calendar;
}

std::string HolidayCalendar::knownRegions() {
    std::string list = "DE";
    for (const char* state : kStates) list += std::string(", DE-") + state;
    return list;
}

std::optional<std::string> HolidayCalendar::suggestRegion(std::string_view text) {
    static const std::pair<const char*, const char*> names[] = {
        {"baden-w\xc3\xbcrttemberg", "BW"}, {"baden-wuerttemberg", "BW"}, {"bayern", "BY"}, {"bavaria", "BY"},
        {"berlin", "BE"}, {"brandenburg", "BB"}, {"bremen", "HB"}, {"hamburg", "HH"}, {"hessen", "HE"},
        {"mecklenburg-vorpommern", "MV"}, {"niedersachsen", "NI"}, {"nordrhein-westfalen", "NW"},
        {"rheinland-pfalz", "RP"}, {"saarland", "SL"}, {"sachsen", "SN"}, {"saxony", "SN"},
        {"sachsen-anhalt", "ST"}, {"schleswig-holstein", "SH"}, {"th\xc3\xbcringen", "TH"}, {"thueringen", "TH"},
        {"deutschland", ""}, {"germany", ""},
    };
    std::string key;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) key += static_cast<char>(c == '_' ? '-' : std::tolower(static_cast<unsigned char>(c)));
    if (key.size() == 5 && key.compare(0, 3, "de-") == 0) key = key.substr(3);
    for (const auto& [name, state] : names)
        if (key == name) return std::string(*state ? "DE-" : "DE") + state;
    std::string upper;
    for (char c : key) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::find(std::begin(kStates), std::end(kStates), upper) != std::end(kStates)) return "DE-" + upper;
    return std::nullopt;
}

std::optional<std::string> HolidayCalendar::publicHoliday(int year, int month, int day) const {
    std::string state = region_.size() == 5 ? region_.substr(3) : "";
    int64_t date = daysFromCivil(year, month, day);
    for (const Holiday& holiday : kHolidays) {
        if (year < holiday.fromYear || year > holiday.toYear || !appliesIn(holiday, state)) continue;
        if (dateOf(holiday, year) == date) return std::string(holiday.name);
    }
    return std::nullopt;
}

bool HolidayCalendar::isPublicHoliday(int64_t day) const {
    LocalTime date = civilFromDays(day);
    return isPublicHoliday(date.year, date.month, date.day);
}

bool HolidayCalendar::isSchoolHoliday(int64_t day) const {
    return std::any_of(schoolHolidays_.begin(), schoolHolidays_.end(),
                       [&](const DayRange& range) { return range.contains(day); });
}

std::optional<DayRange> schoolHolidayRange(std::string_view text, CheckWords* problem) {
    size_t slash = text.find('/');
    auto first = parseDate(text.substr(0, slash));
    auto last = slash == std::string_view::npos ? first : parseDate(text.substr(slash + 1));
    if (!first || !last) {
        if (problem) *problem = say("holidays.not_school_holiday", {{"value", std::string(text)}});
        return std::nullopt;
    }
    DayRange range{daysFromCivil(first->year, first->month, first->day), daysFromCivil(last->year, last->month, last->day)};
    if (range.last < range.first) {
        if (problem) *problem = say("holidays.school_backwards", {{"value", std::string(text)}});
        return std::nullopt;
    }
    return range;
}

std::optional<DayRange> parseSchoolHolidayRange(std::string_view text, std::string* error) {
    CheckWords problem;
    auto range = schoolHolidayRange(text, &problem);
    if (!range && error) *error = english(problem);
    return range;
}

}  // namespace content
