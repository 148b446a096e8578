// An organisation's opening status in the visitor's words: "Geöffnet bis
// 16:00", "Öffnet morgen um 09:00", "Heute geschlossen (Feiertag)". The store
// computes the status with each row (content/core/opening_status.h); this
// only names it and draws its badge.
#pragma once

#include <string>

#include "content/core/opening_status.h"
#include "kiosk/app/app_state.h"

namespace kiosk {

// The status as one short phrase; empty for Unknown (no badge is shown).
std::string openingStatusWords(const content::OpeningStatus& status);

// Draws the status badge with its start edge at `start` (green while open,
// calm while it opens later); returns its width (0 for Unknown).
float drawOpeningStatus(AppState& state, const content::OpeningStatus& status, ImVec2 start);

}  // namespace kiosk
