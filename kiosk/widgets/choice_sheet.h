// A modal panel with a choice of values (a filter's topics, languages,
// districts), opened by setting state.session.openSheet to its id. It is
// drawn over the screen; a tap outside closes it. Draw it last in a screen so
// its tap targets lie on top of the screen's.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

struct Choice {
    std::string value;  // what the filter stores ("" = all)
    std::string label;  // what the visitor reads
};

// Returns the chosen value when the visitor tapped one (the sheet closes).
std::optional<std::string> choiceSheet(UiContext& state, const std::string& id, const std::string& title,
                                       const std::vector<Choice>& choices, const std::string& current);

}  // namespace kiosk
