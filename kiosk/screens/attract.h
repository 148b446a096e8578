// The attract state: what an untouched home shows after the idle reset. A
// welcome and "touch the screen" in each language in turn, and a few of
// today's events, changing slowly. It draws a handful of frames while one
// language fades into the next and none in between: the frame loop is woken
// at the time of the next change (requestFrameAt), never kept running.
#pragma once

#include "kiosk/app/app_state.h"

namespace kiosk {

// How long one language's welcome takes to fade in, and how often it is
// drawn meanwhile: enough for the eye, far from 60 frames a second.
inline constexpr double kAttractFadeSeconds = 0.6;
inline constexpr double kAttractFadeFramesPerSecond = 8;

// Draws the attract view into `area`; `elapsed` is the runner time since the
// attract state began. Asks for the frame after this one at the right time.
void drawAttract(AppState& state, const Rect& area, double elapsed, double secondsPerLanguage);

// The language whose welcome shows `elapsed` seconds into the attract state.
const std::string& attractLanguageAt(double elapsed, double secondsPerLanguage);

}  // namespace kiosk
