// Open or closed right now, for the organisations list and detail. Opening
// hours are parsed once per content (not per frame) and evaluated in the
// content's time zone.
#pragma once

#include <string>

#include "content/core/opening_hours.h"
#include "kiosk/app/app_state.h"

namespace kiosk {

enum class OpenState { Unknown, Open, Closed };

// The parsed hours of an organisation (nullptr when none are known or they
// do not parse); cached by id and text.
const content::OpeningHours* openingHoursFor(AppState& state, const std::string& organisationId,
                                             const std::string& openingHours);

// The pack's state and school holidays, which decide what PH and SH mean.
const content::HolidayCalendar& packHolidays(AppState& state);

OpenState openStateNow(AppState& state, const std::string& organisationId, const std::string& openingHours);

// Draws the open/closed badge with its start edge at `start`; returns its width (0 for Unknown).
float drawOpenBadge(AppState& state, OpenState open, ImVec2 start);

}  // namespace kiosk
