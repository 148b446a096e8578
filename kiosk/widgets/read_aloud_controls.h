// The read-aloud buttons: "Vorlesen" (a speaker and the word) while silent;
// while reading "Pause", "one sentence back" and "louder"; while paused
// "Weiter", "one sentence back" and "louder" (the idle reset brings the
// configured volume back). Every button at least 12 mm, labelled for taps and the
// replay. A touch on them is the only touch that does not stop the speech.
#pragma once

#include "kiosk/speech/read_aloud.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

// Draws the controls ending at `trailingX` (LTR coordinates: the controls
// grow towards the start side), top at y; handles their taps. Returns the width used.
float drawReadAloudControls(UiContext& ui, ReadAloud& readAloud, float trailingX, float y, float buttonHeight);
// The width drawReadAloudControls() will use now (0 when read-aloud is off),
// so a bar can leave room for it before it lays out its other buttons.
float readAloudControlsWidth(UiContext& ui, const ReadAloud& readAloud, float buttonHeight);

}  // namespace kiosk
