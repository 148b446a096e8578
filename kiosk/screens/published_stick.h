// Whether the source folder on the stick is exactly what this kiosk published
// from it (content/station/published_source.h): then the staff screen says
// so, with when, and offers to check it again instead of presenting it as new
// content. The station keeps the answer fresh on a thread of its own
// (content/station/published_watch.h): listing the folder is no frame's work.
#pragma once

#include <optional>
#include <string>

#include "content/station/published_source.h"
#include "kiosk/app/app_state.h"
#include "kiosk/app/station.h"

namespace kiosk {

// The publication the stick's first source folder is unchanged since; nullopt
// when it is new or changed (or there is no folder).
std::optional<content::station::PublishedSource> publishedStick(Station& station);
// "Die Inhalte von diesem Stick sind veröffentlicht (23. November, 10:05). ..."
std::string publishedStickSentence(AppState& state, const content::station::PublishedSource& published);

}  // namespace kiosk
