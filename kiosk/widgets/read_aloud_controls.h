// The read-aloud buttons: "Vorlesen" (a speaker and the word) while silent;
// while reading "Pause" and "one sentence back"; while paused "Weiter" and
// "one sentence back". Every button at least 12 mm, labelled for taps and the
// replay. A touch on them is the only touch that does not stop the speech.
#pragma once

#include "kiosk/speech/read_aloud.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

// Width the controls need in their widest state (so the place never jumps).
float readAloudControlsWidth(UiContext& ui, float buttonHeight);

// Draws the controls ending at `trailingX` (LTR coordinates: the controls
// grow towards the start side), top at y; handles their taps. Returns the width used.
float drawReadAloudControls(UiContext& ui, ReadAloud& readAloud, float trailingX, float y, float buttonHeight);

}  // namespace kiosk
