#include "kiosk/screens/published_stick.h"

#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"

namespace kiosk {

std::optional<content::station::PublishedSource> publishedStick(Station& station) {
    const auto folders = station.sourceFolders();
    if (folders.empty()) return std::nullopt;
    return station.publishedStick(folders.front().folder);
}

std::string publishedStickSentence(AppState& state, const content::station::PublishedSource& published) {
    const std::string tz = state.timeZone();
    return tr("staff.source.published", {{"date", formatShortDay(published.publishedUtc, state.nowUtc(), tz)},
                                         {"time", formatClockAt(published.publishedUtc, tz)}});
}

}  // namespace kiosk
