// The frame around the visitor screens while staff preview content that is
// not live yet: a coloured border all round and a band at the bottom with
// "Preview – not yet visible to visitors" and the two buttons Publish and
// Discard. Drawn by the app after the screen and the top bar, so every
// visitor screen, in every language and orientation, is seen inside it.
#pragma once

#include "kiosk/app/app_state.h"

namespace kiosk {

// The band's height; the visitor screens draw above it.
float previewBandHeight(const AppState& state);

enum class PreviewChoice { None, Publish, Discard };
// `publishing`: Publish was tapped; the band says so and offers nothing more.
PreviewChoice drawPreviewFrame(AppState& state, bool publishing);

}  // namespace kiosk
