// A scrolling page (an organisation, an event, a guide) knows its height only
// after it is drawn. The height measured in the previous frame sets the scroll
// limits; when it changes, one more frame is drawn with the right limits.
#pragma once

#include <cmath>
#include <string>
#include <unordered_map>

#include "kiosk/app/app_state.h"

namespace kiosk {

// The remembered height of `pageId` in the current language and orientation.
struct PageHeights {
    static constexpr const char* kName = "page-heights";
    std::unordered_map<std::string, float> byPage;
};

inline float& rememberedPageHeight(AppState& state, const std::string& pageId) {
    return state.screens.get<PageHeights>().byPage[pageId + "|" + state.language() + (state.ui.portrait ? "|p" : "|l")];
}

// Stores the height just measured; asks for one more frame when it changed.
inline void updatePageHeight(AppState& state, float& remembered, float measured) {
    if (std::abs(measured - remembered) > 0.5f) {
        remembered = measured;
        state.requestAnimationFrame();
    }
}

}  // namespace kiosk
