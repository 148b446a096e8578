// --replay FILE: a script of touches and checks, one command a line:
//   tap X Y                 press and release at a point (inside one frame)
//   drag X1 Y1 X2 Y2 MS     press, move over MS milliseconds, release
//   wait MS                 let time pass (nothing is forced to draw)
//   type TEXT               tap the on-screen keyboard's keys for TEXT (shift, space, switch too)
//   tap-label TEXT          tap the visible target whose label is TEXT
//   wait-for-label TEXT     wait (up to 30 s) until a target labelled TEXT is visible
//                           (work on another thread, such as a check or a staging, has answered)
//   assert-screen NAME      home, organisations, organisation, events, event, guides, guide, search, qr
//   assert-memory [NAME...] exactly these screens' states exist (ScreenMemory::held(), any order)
//   assert-fresh-visitor    nothing of a visitor is left in the session (language, route, filters, ...)
//   assert-attract on|off   the attract state is (not) showing
//   screenshot FILE.png     save the screen as it is now
//   read-aloud              tap the "Vorlesen" button (its word in the current language)
//   assert-speaking         read-aloud is speaking
//   assert-silent           read-aloud is silent, and fell silent in the frame of the touch that stopped it
//   assert-highlight N      wait (up to 30 s) until the drawn highlight is on sentence N of the page;
//                           fails when the speech passes N or ends first
//   assert-idle-warning     the "still there?" notice is on screen
//   assert-no-idle-warning  it is not
//   wait-rebuild N          (--preview) wait (up to 120 s) until N builds of the source folder
//                           have finished and the app has drawn the last one
//   assert-panel TEXT       (--preview) a line of the side panel contains TEXT
//   assert-problem TEXT     (--preview) a row of the problem list contains TEXT
//   assert-no-problems      (--preview) the problem list is empty
//   copy-file FROM TO       copies a file over another (a coordinator saving a file in the previewed
//                           folder); a path with spaces in "double quotes"
//   # a comment
// Touches go into the same pointer queue as real input. Before each command
// the driver waits until the app has settled (drawn every frame the last
// input caused), so a check sees the result of the touch before it.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/navigation.h"
#include "kiosk/widgets/tap_targets.h"
#include "platform/pointer_events.h"

namespace kiosk {

// What the replay needs from the running app.
class ReplayHost {
public:
    virtual ~ReplayHost() = default;
    virtual void pushPointer(const platform::PointerEvent& event) = 0;
    // All frames caused by earlier input are drawn and nothing is moving.
    virtual bool settled() const = 0;
    virtual const TapTargets& tapTargets() const = 0;
    virtual Screen currentScreen() const = 0;
    // Saves the next drawn frame to `path`; screenshotPending() is true until then.
    virtual void requestScreenshot(const std::string& path) = 0;
    virtual bool screenshotPending() const = 0;
    // Frames drawn so far (a `wait` records how many it saw: an idle screen draws none).
    virtual size_t framesDrawn() const = 0;
    // The visitor's language (which on-screen keyboard `type` uses).
    virtual std::string language() const = 0;
    // The names of the screen states that exist now, sorted.
    virtual std::vector<std::string> screenMemory() const = 0;
    // What of a visitor is left in the session, one phrase each; empty when fresh.
    virtual std::vector<std::string> visitorLeftovers() const = 0;
    // The attract state is showing (after the idle reset, outside the night hours).
    virtual bool attracting() const = 0;
    // Read-aloud: speaking (or paused) now; the sentence the last frame highlighted (-1 = none);
    // frames from the touch that stopped speech to silence (-1 = no such touch yet).
    virtual bool speaking() const = 0;
    virtual int highlightedSentence() const = 0;
    virtual int framesFromTouchToSilence() const = 0;
    virtual bool idleWarningVisible() const = 0;
    // The desktop preview (--preview): builds finished (-1 = no preview), the
    // side panel's lines and the problem list's rows as last drawn.
    virtual int previewBuilds() const { return -1; }
    virtual std::vector<std::string> previewPanelLines() const { return {}; }
    virtual std::vector<std::string> previewProblemLines() const { return {}; }
};

// What happened during one `wait` command.
struct ReplayWait {
    int line = 0;
    double milliseconds = 0;
    size_t frames = 0;  // frames drawn while waiting
    size_t firstFrame = 0;  // the index of the first of them
};

struct ReplayCommand {
    enum class Kind { Tap, Drag, Wait, Type, TapLabel, WaitForLabel, AssertScreen, AssertMemory, AssertFreshVisitor,
                      AssertAttract, Screenshot, ReadAloud, AssertSpeaking, AssertSilent, AssertHighlight,
                      AssertIdleWarning, AssertNoIdleWarning, WaitRebuild, AssertPanel, AssertProblem,
                      AssertNoProblems, CopyFile };
    Kind kind = Kind::Wait;
    int line = 0;
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double milliseconds = 0;
    std::string text;  // label, text to type, screen name or file
    std::string target;  // copy-file: where to
};

// Parses a script; false with "replay line N: reason" on a malformed line.
bool parseReplay(const std::string& script, std::vector<ReplayCommand>& commands, std::string* error);

class ReplayDriver {
public:
    static std::unique_ptr<ReplayDriver> load(const std::string& file, std::string* error);
    explicit ReplayDriver(std::vector<ReplayCommand> commands) : commands_(std::move(commands)) {}

    // Called on every wake-up of the loop. Runs commands as far as possible
    // and returns the time it wants to be woken next (1e300 = only after the
    // next frame or input).
    double tick(double now, ReplayHost& host);

    bool finished() const { return finished_; }
    int exitCode() const { return failed_ ? 1 : 0; }
    const std::string& failure() const { return failure_; }
    const std::vector<ReplayWait>& waits() const { return waits_; }

private:
    bool fail(const ReplayCommand& command, const std::string& reason);
    // Expands `type TEXT` into the keyboard's key taps (shift, switch, space
    // included); false when a character is on no key of that keyboard.
    bool expandType(const ReplayCommand& command, const std::string& language);

    std::vector<ReplayCommand> commands_;
    size_t next_ = 0;
    bool finished_ = false, failed_ = false;
    std::string failure_;

    // The command in progress.
    bool active_ = false;
    double startedAt_ = 0, waitUntil_ = 0, lastMoveAt_ = 0;
    double settleSince_ = -1;
    bool dragPressed_ = false;
    bool screenshotRequested_ = false;
    size_t framesAtStart_ = 0;
    std::optional<std::chrono::steady_clock::time_point> realStart_;  // wait-rebuild's real start
    std::vector<ReplayWait> waits_;  // when the driver began waiting for the app to settle
};

}  // namespace kiosk
