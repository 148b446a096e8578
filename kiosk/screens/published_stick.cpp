#include "kiosk/screens/published_stick.h"

#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"

namespace kiosk {

std::optional<content::station::PublishedSource> publishedStick(AppState& state, Station& station, double now) {
    PublishedStickMemory& memory = state.screens.get<PublishedStickMemory>();
    const auto folders = station.sourceFolders();
    if (folders.empty()) return std::nullopt;
    const std::filesystem::path& folder = folders.front().folder;
    if (folder != memory.folder || station.changeCount() != memory.changeCount || memory.readAt < 0 ||
        now - memory.readAt >= PublishedStickMemory::kRefreshSeconds) {
        memory.folder = folder;
        memory.changeCount = station.changeCount();
        memory.readAt = now;
        memory.published = content::station::publishedFromFolder(station.config().dataDir, folder);
    }
    return memory.published;
}

std::string publishedStickSentence(AppState& state, const content::station::PublishedSource& published) {
    const std::string tz = state.timeZone();
    return tr("staff.source.published", {{"date", formatShortDay(published.publishedUtc, state.nowUtc(), tz)},
                                         {"time", formatClockAt(published.publishedUtc, tz)}});
}

}  // namespace kiosk
