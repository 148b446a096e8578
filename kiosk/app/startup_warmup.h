// Work of the start that needs no window, done while the window opens.
// Opening the window takes about 90 ms on the main thread, which only GLFW
// may use: about 20 ms until GLFW knows the screen's size, then about 65 ms
// while GLX and Mesa's llvmpipe make the context. Meanwhile a second core
//  1. parses the eight translation files, reads fonts.toml and the font files
//     and gathers the interface's code points (about 12 ms),
//  2. opens the live content (about 2 ms), and
//  3. as soon as the size is known, builds the visitor's font atlas for it
//     (about 30 ms, the biggest single step of the start).
// The ImGui context is made only after the thread is done (ImGui's allocation
// counter is not thread-safe), with the atlas built here as its fonts.
// Whatever the window turns out to need differently (another size after all,
// no window at all) the kiosk builds as it always did.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

#include <imgui.h>

#include "content/db/content_store.h"
#include "kiosk/text/text.h"

namespace kiosk {

// What the warm-up made ready for the kiosk's first frame.
struct PreparedStart {
    std::string dataDir;                           // `store` is this folder's live content
    std::unique_ptr<content::ContentStore> store;  // null: not asked for, or it would not open
    text::FontSet fonts;                           // built for `fontRequest`, or not built
    text::FontSet::Request fontRequest;
    bool fontsBuilt = false;
};

// The visitor's screen the warm-up prepares for (the kiosk proper; the
// desktop preview makes its own content and sizes its own fonts).
struct VisitorStartPlan {
    std::string dataDir;
    float screenWidthMm = 0, screenHeightMm = 0;  // the configured panel
    bool easyLanguage = false;                    // the start language is Easy German
};

class StartupWarmup {
public:
    StartupWarmup();  // starts step 1
    ~StartupWarmup();
    StartupWarmup(const StartupWarmup&) = delete;
    StartupWarmup& operator=(const StartupWarmup&) = delete;

    // Steps 2 and 3 for this screen (once the command line and the
    // configuration are read). Without it the thread ends after step 1.
    void prepareVisitorStart(VisitorStartPlan plan);
    // The window's size in pixels, as soon as GLFW knows it.
    void windowSizeKnown(int width, int height);

    // Waits for the thread (nothing more will come). The atlas the fonts were
    // built into, for the ImGui context, or null; it lives as long as this object.
    ImFontAtlas* finishFonts();
    // Waits for the thread; what it made ready, once.
    PreparedStart take();

private:
    void run();
    void join();

    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<VisitorStartPlan> plan_;
    std::optional<std::pair<int, int>> windowSize_;
    bool finishing_ = false;  // nothing more is coming: stop waiting
    PreparedStart prepared_;
    std::unique_ptr<ImFontAtlas> atlas_;  // IM_NEW would need ImGui's allocator: the defaults are malloc/free
    std::thread thread_;                  // last: it starts once everything above exists
};

}  // namespace kiosk
