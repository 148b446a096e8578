// `kiosk --preview SRC`: a city coordinator at a desktop sees the real
// visitor screens on a staff source folder, in a normal window, beside the
// checker's problem list. The folder is built into a private throw-away data
// folder (content/station/source_preview_builder.h) and built again whenever
// a file in it is saved (platform/folder_watcher.h); a good build swaps in
// like a live import, the visitor's screen kept where it still exists. A
// build with errors leaves the last good one on the screens and says so.
//
// The window is split: the visitor screens in an area of the kiosk panel's
// shape (landscape or portrait, as the coordinator chooses), drawn as on a
// kiosk of that size, and a side panel at the reading-end side (below, in a
// window taller than wide) with the
// language and orientation switches, when the last build was and what it
// found. There is no idle reset, no attract state and no staff screen.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "content/station/source_preview_builder.h"
#include "kiosk/app/app_state.h"
#include "platform/folder_watcher.h"

namespace kiosk {

class DesktopPreview {
public:
    // `screenWidthMm` x `screenHeightMm`: the kiosk panel the visitor area has the shape and density of.
    DesktopPreview(std::filesystem::path sourceFolder, float screenWidthMm, float screenHeightMm);

    // Makes the private data folder, builds the folder once and watches it.
    // `wake` asks the frame loop for a frame (any thread).
    bool start(int64_t nowUtc, std::function<void()> wake, std::string* error);
    // Where the last good build is live (the app opens its ContentStore there).
    std::filesystem::path dataDir() const { return builder_ ? builder_->dataDir() : std::filesystem::path(); }
    bool hasGoodBuild() const { return builder_ && builder_->lastGoodBuild().has_value(); }

    // Cheap, every wake-up: takes in what the builder did since the last
    // call. True when a frame is due (a build started or ended);
    // `newContent` is set once for each newer good build (the app reopens its store).
    bool update(bool* newContent);
    // A build runs or is due (a save was seen and the folder is not quiet yet).
    bool building() const { return (builder_ && builder_->building()) || (watcher_ && watcher_->changePending()); }
    // Builds finished and taken in by update() so far, good or not.
    uint64_t buildsFinished() const { return seenBuild_; }

    // After a swap: the visitor stays where they were, as far as that still exists.
    static void keepRoutesThatExist(AppState& state);

    // The window split for this frame (pixels): where the visitor screens go.
    Rect visitorArea(float windowWidth, float windowHeight, bool rtl) const;
    Rect panelArea(float windowWidth, float windowHeight, bool rtl) const;
    // The density the visitor area has as a kiosk panel (px per mm).
    float visitorDensity(float windowWidth, float windowHeight) const;
    bool portrait() const { return portrait_; }

    // Draws the whole window: `drawVisitor` draws the visitor screens into
    // an area of the given size at (0, 0) (the preview moves it into place).
    void drawFrame(AppState& state, const std::function<void(const Rect&)>& drawVisitor);
    // What the panel said in its last frame, a line each, and the problem
    // list's rows ("Fehler · Zeile 2, Spalte E (opening_hours): ...") (replay checks).
    const std::vector<std::string>& panelLines() const { return panelLines_; }
    const std::vector<std::string>& problemLines() const { return problemLines_; }

private:
    void drawPanel(AppState& state, const Rect& area);
    void drawNoPreviewPage(AppState& state, const Rect& area);
    static Rect visitorRoom(float windowWidth, float windowHeight, bool rtl);

    std::filesystem::path sourceFolder_;
    float screenWidthMm_, screenHeightMm_;
    std::unique_ptr<content::station::SourcePreviewBuilder> builder_;
    std::unique_ptr<platform::FolderWatcher> watcher_;
    std::atomic<uint64_t> changes_{0};
    uint64_t seenChanges_ = 0, seenBuild_ = 0, shownGoodBuild_ = 0;
    bool portrait_ = false;
    std::vector<std::string> panelLines_, problemLines_;
};

}  // namespace kiosk
