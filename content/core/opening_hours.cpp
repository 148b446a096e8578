#include "content/core/opening_hours.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace content {

namespace {

constexpr int kMinutesPerDay = 1440;

// What a parsed rule says before it is applied to the week.
struct Rule {
    bool days[7] = {};
    bool publicHoliday = false;
    bool anyDay = false;  // no selector: every day
    bool closed = false;
    std::vector<std::pair<int, int>> spans;
};

std::string trim(std::string_view text) {
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    return std::string(text.substr(begin, end - begin));
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(trim(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    return parts;
}

const char* const kDayNames[7] = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

// Day index 0..6, 7 = public holiday, -1 = unknown. Strict mode takes only the
// OpenStreetMap names; lenient mode also the English and German spellings staff
// write, so the error can suggest the right form.
int dayIndex(const std::string& name, bool lenient) {
    for (int i = 0; i < 7; ++i)
        if (name == kDayNames[i]) return i;
    if (name == "PH") return 7;
    if (!lenient) return -1;
    std::string key = lower(name);
    while (!key.empty() && key.back() == '.') key.pop_back();
    static const std::pair<const char*, int> spellings[] = {
        {"mo", 0},        {"mon", 0},       {"monday", 0},   {"montag", 0},     {"montags", 0},
        {"tu", 1},        {"tue", 1},       {"tues", 1},     {"tuesday", 1},    {"di", 1},
        {"dienstag", 1},  {"dienstags", 1}, {"we", 2},       {"wed", 2},        {"wednesday", 2},
        {"mi", 2},        {"mittwoch", 2},  {"mittwochs", 2}, {"th", 3},        {"thu", 3},
        {"thur", 3},      {"thurs", 3},     {"thursday", 3}, {"do", 3},         {"donnerstag", 3},
        {"donnerstags", 3}, {"fr", 4},      {"fri", 4},      {"friday", 4},     {"freitag", 4},
        {"freitags", 4},  {"sa", 5},        {"sat", 5},      {"saturday", 5},   {"samstag", 5},
        {"samstags", 5},  {"sonnabend", 5}, {"su", 6},       {"sun", 6},        {"sunday", 6},
        {"so", 6},        {"sonntag", 6},   {"sonntags", 6}, {"ph", 7},         {"feiertag", 7},
        {"feiertage", 7}, {"feiertags", 7},
    };
    for (const auto& [spelling, index] : spellings)
        if (key == spelling) return index;
    return -1;
}

// "Mo-Fr,Su,PH" into the rule's day set.
bool parseDaySelector(const std::string& text, bool lenient, Rule& rule) {
    for (const std::string& item : split(text, ',')) {
        if (item.empty()) return false;
        size_t dash = item.find('-');
        if (dash == std::string::npos) {
            int day = dayIndex(item, lenient);
            if (day < 0) return false;
            if (day == 7)
                rule.publicHoliday = true;
            else
                rule.days[day] = true;
            continue;
        }
        int from = dayIndex(trim(item.substr(0, dash)), lenient);
        int to = dayIndex(trim(item.substr(dash + 1)), lenient);
        if (from < 0 || to < 0 || from == 7 || to == 7) return false;
        // "Sa-Mo" wraps over the weekend.
        for (int day = from;; day = (day + 1) % 7) {
            rule.days[day] = true;
            if (day == to) break;
        }
    }
    return true;
}

// "09:00" strictly; leniently also "9", "9h", "9 Uhr", "9.30", "9:30h".
std::optional<int> parseClock(std::string text, bool lenient, bool isEnd) {
    text = trim(text);
    if (lenient) {
        std::string key = lower(text);
        for (const char* suffix : {"uhr", "h"}) {
            std::string s = suffix;
            if (key.size() > s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0) {
                key.resize(key.size() - s.size());
                break;
            }
        }
        text = trim(key);
        std::replace(text.begin(), text.end(), '.', ':');
        if (text.find(':') == std::string::npos) text += ":00";
        if (text.size() == 4) text = "0" + text;
    }
    if (text.size() != 5 || text[2] != ':' || !std::isdigit(static_cast<unsigned char>(text[0])) ||
        !std::isdigit(static_cast<unsigned char>(text[1])) || !std::isdigit(static_cast<unsigned char>(text[3])) ||
        !std::isdigit(static_cast<unsigned char>(text[4])))
        return std::nullopt;
    int hour = (text[0] - '0') * 10 + (text[1] - '0');
    int minute = (text[3] - '0') * 10 + (text[4] - '0');
    if (minute > 59) return std::nullopt;
    if (hour == 24 && minute == 0 && isEnd) return kMinutesPerDay;
    if (hour > 23) return std::nullopt;
    return hour * 60 + minute;
}

// "09:00-12:00,13:00-17:00"
bool parseSpans(const std::string& text, bool lenient, Rule& rule) {
    for (const std::string& item : split(text, ',')) {
        size_t dash = item.find('-');
        if (dash == std::string::npos) return false;
        auto start = parseClock(item.substr(0, dash), lenient, false);
        auto end = parseClock(item.substr(dash + 1), lenient, true);
        if (!start || !end || *start == *end) return false;
        int endMinutes = *end < *start ? *end + kMinutesPerDay : *end;  // past midnight
        rule.spans.emplace_back(*start, endMinutes);
    }
    return !rule.spans.empty();
}

bool isClosedWord(const std::string& word, bool lenient) {
    if (word == "off" || word == "closed") return true;
    if (!lenient) return false;
    std::string key = lower(word);
    return key == "off" || key == "closed" || key == "geschlossen" || key == "zu";
}

// One rule between ';'. The day selector is everything before the first digit
// (or before "off"/"closed").
std::optional<Rule> parseRule(const std::string& text, bool lenient) {
    Rule rule;
    size_t firstDigit = text.find_first_of("0123456789");
    std::string selector = trim(text.substr(0, firstDigit));
    std::string times = firstDigit == std::string::npos ? "" : trim(text.substr(firstDigit));
    if (times.empty()) {
        // "Su off", "PH closed", "off"
        size_t lastSpace = selector.find_last_of(" \t");
        std::string word = lastSpace == std::string::npos ? selector : selector.substr(lastSpace + 1);
        if (!isClosedWord(word, lenient)) return std::nullopt;
        rule.closed = true;
        selector = lastSpace == std::string::npos ? "" : trim(selector.substr(0, lastSpace));
    } else if (!parseSpans(times, lenient, rule)) {
        return std::nullopt;
    }
    if (selector.empty()) {
        rule.anyDay = true;
        return rule;
    }
    // Strict OSM has no space inside a selector; leniently "Mo - Fr" is fine.
    if (lenient) selector.erase(std::remove(selector.begin(), selector.end(), ' '), selector.end());
    if (!parseDaySelector(selector, lenient, rule)) return std::nullopt;
    return rule;
}

std::string formatClock(int minutes) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minutes / 60 % 24 + (minutes == kMinutesPerDay ? 24 : 0),
                  minutes % 60);
    return buffer;
}

// The rule in OpenStreetMap form, for "write it like ..." suggestions.
std::string formatRule(const Rule& rule) {
    std::string result;
    if (!rule.anyDay) {
        std::string days;
        for (int day = 0; day < 7;) {
            if (!rule.days[day]) {
                ++day;
                continue;
            }
            int last = day;
            while (last + 1 < 7 && rule.days[last + 1]) ++last;
            if (!days.empty()) days += ',';
            days += kDayNames[day];
            if (last > day) days += std::string(last == day + 1 ? "," : "-") + kDayNames[last];
            day = last + 1;
        }
        if (rule.publicHoliday) days += days.empty() ? "PH" : ",PH";
        result = days;
    }
    if (!result.empty()) result += ' ';
    if (rule.closed) return result + "off";
    for (size_t i = 0; i < rule.spans.size(); ++i) {
        if (i) result += ',';
        int end = rule.spans[i].second;
        result += formatClock(rule.spans[i].first) + "-" + formatClock(end > kMinutesPerDay ? end - kMinutesPerDay : end);
    }
    return result;
}

void normalise(std::vector<std::pair<int, int>>& spans) {
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto& span : spans) {
        if (!merged.empty() && span.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, span.second);
        else
            merged.push_back(span);
    }
    spans = std::move(merged);
}

bool within(const std::vector<std::pair<int, int>>& spans, int minute) {
    for (const auto& [start, end] : spans)
        if (minute >= start && minute < end) return true;
    return false;
}

}  // namespace

bool isPublicHoliday(int year, int month, int day) {
    if ((month == 1 && day == 1) || (month == 5 && day == 1) || (month == 10 && day == 3) ||
        (month == 12 && (day == 25 || day == 26)))
        return true;
    // The 500th anniversary of the Reformation was a one-off nationwide holiday.
    if (year == 2017 && month == 10 && day == 31) return true;
    // Easter Sunday (anonymous Gregorian algorithm), then the movable feasts.
    int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int easterMonth = (h + l - 7 * m + 114) / 31;
    int easterDay = (h + l - 7 * m + 114) % 31 + 1;
    int64_t offset = daysFromCivil(year, month, day) - daysFromCivil(year, easterMonth, easterDay);
    // Good Friday, Easter Monday, Ascension Day, Whit Monday.
    return offset == -2 || offset == 1 || offset == 39 || offset == 50;
}

std::optional<OpeningHours> OpeningHours::parse(std::string_view text, std::string* error) {
    OpeningHours hours;
    std::string whole = trim(text);
    if (whole.empty()) return hours;
    hours.hasHours_ = true;
    if (whole == "24/7") {
        hours.alwaysOpen_ = true;
        for (auto& day : hours.week_) day = {{0, kMinutesPerDay}};
        return hours;
    }
    for (const std::string& ruleText : split(whole, ';')) {
        if (ruleText.empty()) continue;  // a trailing ';' is harmless
        auto rule = parseRule(ruleText, false);
        if (!rule) {
            if (error) {
                auto lenient = parseRule(ruleText, true);
                std::string suggestion = lenient ? formatRule(*lenient) : "Mo-Fr 09:00-17:00";
                *error = "'" + ruleText + "' is not understood; write it like '" + suggestion + "'";
            }
            return std::nullopt;
        }
        std::vector<std::pair<int, int>> spans = rule->closed ? std::vector<std::pair<int, int>>{} : rule->spans;
        normalise(spans);
        for (int day = 0; day < 7; ++day)
            if (rule->anyDay || rule->days[day]) hours.week_[day] = spans;
        if (rule->publicHoliday) hours.holidaySpans_ = spans;
    }
    return hours;
}

const std::vector<std::pair<int, int>>& OpeningHours::daySpans(int weekday, bool holiday) const {
    if (holiday && holidaySpans_) return *holidaySpans_;
    return week_[weekday];
}

bool OpeningHours::openOnDay(int weekday, bool holiday, int minute) const {
    return within(daySpans(weekday, holiday), minute);
}

bool OpeningHours::spillsInto(int previousWeekday, bool previousHoliday, int minute) const {
    return within(daySpans(previousWeekday, previousHoliday), minute + kMinutesPerDay);
}

bool OpeningHours::isOpen(const LocalTime& local) const {
    if (alwaysOpen_) return true;
    if (!hasHours_) return false;
    int weekday = weekdayOf(local.year, local.month, local.day);
    int minute = local.hour * 60 + local.minute;
    if (openOnDay(weekday, isPublicHoliday(local.year, local.month, local.day), minute)) return true;
    LocalTime yesterday = civilFromDays(daysFromCivil(local.year, local.month, local.day) - 1);
    return spillsInto(yesterday.weekday, isPublicHoliday(yesterday.year, yesterday.month, yesterday.day), minute);
}

std::vector<std::pair<int, int>> OpeningHours::spansOn(int weekday) const {
    if (weekday < 0 || weekday > 6) return {};
    return week_[weekday];
}

bool OpeningHours::closedOnPublicHolidays() const { return holidaySpans_ && holidaySpans_->empty(); }

}  // namespace content
