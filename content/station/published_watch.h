// Keeps "is the stick's folder what this kiosk published?" (published_source.h)
// fresh off the drawing thread. The staff screen asks with the folder it
// shows; a thread of its own lists that folder every `period` until stop()
// (the staff screen closed: nobody without the PIN makes the kiosk look into
// a stick's files). Not "while the screen asks": an untouched screen draws no
// frames, so it asks nothing. The answer for a folder asked for the first
// time is looked up at once, so the overview never shows a wrong state
// first; a change found later calls `changed` (the loop draws it).
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "content/station/published_source.h"
#include "content/station/ticker.h"

namespace content::station {

class PublishedWatch {
public:
    PublishedWatch(std::filesystem::path dataDir, std::chrono::milliseconds period, std::function<void()> changed);
    ~PublishedWatch();
    PublishedWatch(const PublishedWatch&) = delete;
    PublishedWatch& operator=(const PublishedWatch&) = delete;

    // The publication `folder` is unchanged since, nullopt when it is new or
    // changed; the folder is watched from now until stop().
    std::optional<PublishedSource> lookAt(const std::filesystem::path& folder);
    // Leaves the stick alone; the next lookAt() starts afresh.
    void stop();
    // Looks again now at the folder being watched (after a publish, a check).
    void refresh();

private:
    void lookAgain();

    const std::filesystem::path dataDir_;
    const std::chrono::milliseconds period_;
    std::function<void()> changed_;
    std::mutex mutex_;
    std::filesystem::path folder_;  // empty: nothing watched
    std::optional<PublishedSource> published_;
    std::unique_ptr<Ticker> ticker_;
};

}  // namespace content::station
