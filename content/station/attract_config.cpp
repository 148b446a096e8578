#include "content/station/attract_config.h"

namespace content::station {

namespace {

// "06:00" or "6:00" -> 360; nullopt otherwise.
std::optional<int> clockMinutes(std::string_view text) {
    size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || text.size() != colon + 3) return std::nullopt;
    int hours = 0, minutes = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == colon) continue;
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        (i < colon ? hours : minutes) = (i < colon ? hours : minutes) * 10 + (text[i] - '0');
    }
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) return std::nullopt;
    return hours * 60 + minutes;
}

}  // namespace

bool AttractConfig::isNight(int minuteOfDay) const {
    if (nightFromMinute == nightToMinute) return false;
    if (nightFromMinute < nightToMinute) return minuteOfDay >= nightFromMinute && minuteOfDay < nightToMinute;
    return minuteOfDay >= nightFromMinute || minuteOfDay < nightToMinute;  // past midnight
}

std::optional<std::pair<int, int>> parseHoursSpan(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return std::make_pair(0, 0);
    size_t dash = text.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    std::string_view from = text.substr(0, dash), to = text.substr(dash + 1);
    while (!from.empty() && from.back() == ' ') from.remove_suffix(1);
    while (!to.empty() && to.front() == ' ') to.remove_prefix(1);
    auto start = clockMinutes(from), end = clockMinutes(to);
    if (!start || !end) return std::nullopt;
    return std::make_pair(*start % 1440, *end % 1440);
}

}  // namespace content::station
