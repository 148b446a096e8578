// The staff screen (staff_screen.cpp): opened by a long press in the top-right
// corner and the staff PIN. It draws and keeps its own state; what it shows
// and does comes from the Station.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/app/app_state.h"
#include "kiosk/app/station.h"
#include "content/station/source_stick.h"

namespace kiosk {

// Where the staff screen is and what it shows; lives in the app's screen
// memory, so the idle reset closes it like any other screen.
struct StaffScreenState {
    static constexpr const char* kName = "staff";
    enum class Stage { Closed, Pin, Open, TestPattern, SourceCheck };
    Stage stage = Stage::Closed;
    std::string typed;             // digits typed on the keypad (shown as dots)
    std::string message;           // the keypad's last answer (wrong PIN, locked ...)
    double lastInput = 0;          // runner clock; the panel closes after kIdleSeconds without a touch
    double cornerPressSince = -1;  // a press in the corner started then (long-press detection)
    std::vector<ImVec2> touches;   // the touch test's points
    StationOverview overview;      // read when the panel opens and every few seconds, not per frame
    bool confirmingSequenceReset = false;  // "reset the version counter" asks once more before it acts
    bool waitingForStation = false;        // an action runs on the import worker; read the overview when it is done
    double overviewReadAt = 0;
    content::station::SourceOnStick source;  // the folder being checked or previewed (staff_source.cpp)
    bool previewRequested = false;           // "Show the preview" was tapped: the staged version opens
    std::string notice;                      // i18n key of how the last preview ended, shown on the overview

    static constexpr double kLongPressSeconds = 3.0;
    static constexpr double kIdleSeconds = 60.0;
};

// True while the staff screen is shown (it watches for the corner's long
// press); the app then draws it instead of the visitor screens.
bool updateStaffGesture(AppState& state, double now);
void drawStaffScreen(AppState& state, Station& station, double now);
bool staffScreenOpen(AppState& state);
// Shows the overview again after a preview, with `noticeKey` (staff.preview.*) on top.
void reopenStaffScreen(AppState& state, const std::string& noticeKey, double now);
// The staff screen asked for the preview and waits for the staged version.
bool staffScreenWantsPreview(AppState& state);

}  // namespace kiosk
