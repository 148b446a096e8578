// Whether the source folder on the stick is exactly what this kiosk published
// from it (content/station/published_source.h): then the staff screen says
// so, with when, and offers to check it again instead of presenting it as new
// content. Looked at when the stick or the station's news change and every
// few seconds, not every frame: it lists the folder.
#pragma once

#include <optional>

#include "content/station/published_source.h"
#include "kiosk/app/app_state.h"
#include "kiosk/app/station.h"

namespace kiosk {

struct PublishedStickMemory {
    static constexpr const char* kName = "staff-published-stick";
    std::filesystem::path folder;  // the folder last looked at
    uint64_t changeCount = 0;      // the station's news then
    double readAt = -1;
    std::optional<content::station::PublishedSource> published;

    static constexpr double kRefreshSeconds = 2.0;
};

// The publication the stick's first source folder is unchanged since; nullopt
// when it is new or changed (or there is no folder).
std::optional<content::station::PublishedSource> publishedStick(AppState& state, Station& station, double now);
// "Die Inhalte von diesem Stick sind veröffentlicht (23. November, 10:05). ..."
std::string publishedStickSentence(AppState& state, const content::station::PublishedSource& published);

}  // namespace kiosk
