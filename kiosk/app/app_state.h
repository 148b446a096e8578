// Everything the screens draw from, handed to free drawing functions
// (hello_imgui style): the options, the live content, the visitor's session
// (forgotten at the idle reset), this frame's input and metrics, and the
// shared services (fonts, pictures, tap targets).
//
// A screen is one function `void drawXxxScreen(AppState&, const Rect& area)`
// (kiosk/app/screens.h) that only draws its content into `area`; the frame
// around it (top bar with home, back, text size, contrast) is drawn by
// kiosk/app/frame_chrome.cpp. Screens navigate with state.open()/back()/home().
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "content/db/content_store.h"
#include "kiosk/app/navigation.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/app/screen_memory.h"
#include "kiosk/speech/read_aloud.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/image_cache.h"
#include "kiosk/widgets/ui_context.h"

namespace kiosk {

// What one visitor did. The idle reset replaces it with a fresh one, so
// nothing the last visitor chose (filters, search text, scroll positions,
// text size, contrast) is left for the next; it sets the language back too.
struct VisitorSession {
    Navigation navigation;
    content::OrganisationFilter organisationFilter;  // nowUtc is filled in per query
    std::string eventsFilter;                        // the events screen's choice (today/week/later...)
    std::string searchText;
    WidgetMemory widgets;  // scroll positions, the open choice sheet
    int textSizeStep = 0;   // index into text::kTextScales
    bool highContrast = false;
    bool touched = false;   // anything happened since the last reset (idle reset is then due)
};

struct AppState : UiContext {
    AppState() : UiContext(session.widgets) {}

    // ---- content
    std::unique_ptr<content::ContentStore> store;  // null when there is no live content yet
    std::string contentError;                      // why there is none (shown calmly on home)
    // The live database is being rebuilt after a software update: visitors
    // read "being updated" instead of "no content" (content/pack/rebuild.h).
    bool contentUpdating = false;
    // The sentence a screen shows where content is missing.
    const char* noContentKey() const { return contentUpdating ? "home.updating_content" : "home.no_content"; }
    // Bumped whenever what queries return may change (new content, language,
    // a filter): screens cache query results keyed by it.
    uint64_t contentGeneration = 1;

    // ---- the visitor
    VisitorSession session;
    // What each screen remembers between frames; forgotten with the session
    // and whenever new content goes live.
    ScreenMemory screens;

    // ---- this frame (metrics, theme, input, tap targets: UiContext)
    std::string context;           // "screen/lang/orientation", for text recording

    // ---- services
    text::FontSet fonts;
    ImageCache images;
    // Read-aloud: stopped by any other touch, navigation, a language change
    // and the idle reset (kiosk_app.cpp); the volume returns to the configured level.
    ReadAloud readAloud;

    // ---- time
    // Fixed by --now (tests) or the real clock. UTC seconds.
    int64_t fixedNowUtc = 0;
    bool clockFixed = false;
    // --clock-speed: a running clock `clockSpeed` times faster than the
    // runner's (real time, or a null window's own), from `fastClockStartUtc`
    // at the first wake-up.
    double clockSpeed = 1;
    int64_t fastClockStartUtc = 0;
    double fastClockStartedAt = -1, runnerNow = 0;
    // Every wake-up and frame passes the runner's time on.
    void advanceRunnerClock(double now) {
        runnerNow = now;
        if (fastClockStartedAt < 0) fastClockStartedAt = now;
    }
    int64_t nowUtc() const;
    // The content's time zone (the pack's), for wall-clock display.
    std::string timeZone() const;

    // ---- visitor's language
    // The one copy of the visitor's language is the interface's (kiosk/i18n):
    // screens, tr() and the store's queries all read it from there.
    const std::string& language() const { return kiosk::language(); }
    bool rtl() const { return ui.rtl; }
    void setLanguage(const std::string& tag);

    // ---- navigation (each bumps the session's touched flag)
    Screen screen() const { return session.navigation.screen(); }
    const Route& route() const { return session.navigation.current(); }
    void open(Screen screen, std::string id = {});
    void back();
    void home();

    // A picture of the content, by its file name under images/.
    std::filesystem::path imagePath(const std::string& name) const;

};

}  // namespace kiosk
