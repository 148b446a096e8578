// The sentence being read aloud, marked on screen so a reader can follow
// along: a band behind its part of every line it runs over, and a line under
// it (visible in high contrast too). Screens call markSpoken() for each text
// they draw, just before drawing it; that also hands the text to read-aloud.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/speech/read_aloud.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

// `utf8` is the text laid out as `paragraph`, drawn at topLeft into a box
// boxWidth wide with `align` (as text::draw). `language`: what it is written in.
void markSpoken(UiContext& ui, ReadAloud& readAloud, std::string_view utf8, const std::string& language,
                const text::Paragraph& paragraph, ImVec2 topLeft, float boxWidth, text::Align align, bool rtlUi);

// The same for a one-line label drawn with text::drawLabel into a box
// boxHeight high (the label is vertically centred there as drawLabel does).
void markSpokenLabel(UiContext& ui, ReadAloud& readAloud, std::string_view utf8, const std::string& language,
                     text::Style style, ImVec2 topLeft, float boxWidth, float boxHeight, text::Align align, bool rtlUi);

}  // namespace kiosk
