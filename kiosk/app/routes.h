// The ids routes carry, in one place so screens agree on them:
//   organisation: the organisation id
//   event:        "<series uid>@<occurrence start, UTC seconds>"
//   guide:        the guide id
//   qr:           "organisation:<id>", "event:<uid>@<start>" or "guide:<id>"
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::routes {

inline std::string eventId(std::string_view seriesUid, int64_t startUtc) {
    return std::string(seriesUid) + "@" + std::to_string(startUtc);
}

struct EventRef {
    std::string seriesUid;
    int64_t startUtc = 0;
};

inline std::optional<EventRef> parseEventId(std::string_view id) {
    size_t at = id.rfind('@');
    if (at == std::string_view::npos) return std::nullopt;
    EventRef ref;
    ref.seriesUid = std::string(id.substr(0, at));
    try {
        ref.startUtc = std::stoll(std::string(id.substr(at + 1)));
    } catch (...) {
        return std::nullopt;
    }
    return ref;
}

inline std::string qrForOrganisation(std::string_view id) { return "organisation:" + std::string(id); }
inline std::string qrForEvent(std::string_view eventRouteId) { return "event:" + std::string(eventRouteId); }
inline std::string qrForGuide(std::string_view id) { return "guide:" + std::string(id); }

// Splits a qr route id into its kind ("organisation", "event", "guide") and the rest.
inline std::pair<std::string, std::string> splitQrId(std::string_view id) {
    size_t colon = id.find(':');
    if (colon == std::string_view::npos) return {{}, std::string(id)};
    return {std::string(id.substr(0, colon)), std::string(id.substr(colon + 1))};
}

}  // namespace kiosk::routes
