// The preview of a staged version (content/pack/staging.h): while it runs
// the visitor screens draw from a ContentStore on the staged database, and
// the live store waits aside untouched. It starts only when the staff screen
// (behind the PIN) asked for it and the station has staged the folder, and
// it ends by Publish (the live store is reopened on the new content), by
// Discard, by the idle reset, or when the stick is pulled (both discard).
#pragma once

#include <memory>
#include <string>

#include "content/db/content_store.h"
#include "content/station/source_stick.h"
#include "kiosk/app/app_state.h"
#include "kiosk/app/station.h"

namespace kiosk {

class PreviewSession {
public:
    enum class Change {
        None,
        Entered,    // the staged store is in state.store
        Discarded,  // the live store is back in state.store; `notice()` says why
        Published,  // the staged version is live; the caller reopens the live store
    };

    bool active() const { return active_; }
    bool publishing() const { return publishing_; }
    // The staff.preview.* / staff.publish.* key that says how it ended.
    const std::string& notice() const { return notice_; }

    // When the station has news (Station::changeCount() moved).
    Change update(AppState& state, Station& station, bool staffWantsPreview);
    void publish(Station& station);
    // Back to the live content; the station removes the staged version.
    void discard(AppState& state, Station& station, const char* noticeKey);

private:
    std::unique_ptr<content::ContentStore> liveStore_;
    content::station::SourceOnStick source_;
    uint64_t handledGeneration_ = 0;
    bool active_ = false, publishing_ = false;
    std::string notice_;
};

}  // namespace kiosk
