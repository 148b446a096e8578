// The attract state's settings ([attract] in kiosk.toml): after the idle
// reset an untouched home slowly shows a welcome in every language and
// today's events; during the night hours an idle kiosk draws nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace content::station {

struct AttractConfig {
    bool enabled = true;
    // Night hours as minutes from midnight, local time of the content; the
    // span may run past midnight (22:00-06:00). Equal = no night.
    int nightFromMinute = 22 * 60, nightToMinute = 6 * 60;
    double secondsPerLanguage = 4.0;  // how long each language's welcome stays

    bool isNight(int minuteOfDay) const;
};

// "22:00-06:00" -> {1320, 360}; "" -> {0, 0} (no night); nullopt when not understood.
std::optional<std::pair<int, int>> parseHoursSpan(std::string_view text);

}  // namespace content::station
