// The nearest understood form of a rule that is not understood, for the
// "write it like ..." part of a message: German and English words become the
// OpenStreetMap names (Montag -> Mo, Feiertag -> PH, geschlossen -> off),
// "9-17 Uhr" and "10.30" become "09:00-17:00" and "10:30", and a rule of
// words only becomes a comment in quotes. The result is offered only when it
// is understood, so a message never shows a form that would be refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace content::hours {

std::optional<std::string> repairRule(std::string_view rule);

}  // namespace content::hours
