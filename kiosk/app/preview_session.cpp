#include "kiosk/app/preview_session.h"

#include <algorithm>
#include <cstdio>

namespace kiosk {

using Step = content::station::SourceStatus::Step;

PreviewSession::Change PreviewSession::update(AppState& state, Station& station, bool staffWantsPreview) {
    if (active_ && !publishing_) {
        // A pulled stick ends the preview: nothing of it may go live without the stick's owner.
        const auto folders = station.sourceFolders();
        if (std::find(folders.begin(), folders.end(), source_) == folders.end()) {
            discard(state, station, "staff.preview.stick_pulled");
            return Change::Discarded;
        }
    }
    const content::station::SourceStatus status = station.sourceStatus();
    if (status.generation == handledGeneration_) return Change::None;
    if (active_ && publishing_ && status.step == Step::Published) {
        handledGeneration_ = status.generation;
        active_ = publishing_ = false;
        liveStore_.reset();
        notice_ = "staff.publish.done";
        return Change::Published;
    }
    if (active_ || status.step != Step::Staged) return Change::None;
    handledGeneration_ = status.generation;
    if (!staffWantsPreview) {
        // Staged after the staff screen closed (idle): no one is there to look at it.
        station.discardStaged();
        return Change::None;
    }
    std::string error;
    auto staged = content::ContentStore::openFile(status.staging.staged.databaseFile(station.config().dataDir), &error);
    if (!staged) {
        std::fprintf(stderr, "kiosk: the preview cannot be opened: %s\n", error.c_str());
        station.discardStaged();
        return Change::None;
    }
    liveStore_ = std::move(state.store);
    state.store = std::move(staged);
    source_ = status.source;
    active_ = true;
    publishing_ = false;
    notice_.clear();
    return Change::Entered;
}

void PreviewSession::publish(Station& station) {
    if (!active_ || publishing_) return;
    publishing_ = true;
    station.publishStaged();
}

void PreviewSession::discard(AppState& state, Station& station, const char* noticeKey) {
    if (!active_) return;
    state.store = std::move(liveStore_);
    active_ = publishing_ = false;
    notice_ = noticeKey;
    station.discardStaged();
}

}  // namespace kiosk
