// The staff screen: opened by a 3-second press in the top-right corner (a
// visitor does not rest a finger there that long by chance) and a PIN typed
// on an on-screen keypad. It shows what is live and how the last imports
// went, and offers roll back, import from a stick now, a test pattern with a
// touch test, and leaving kiosk mode. It speaks the language the kiosk is
// showing (staff keys in kiosk/i18n) and mirrors in Arabic and Farsi like the
// visitor screens; pack ids, file names and paths stay as they are.
// After a minute without a touch it closes and the visitor home screen returns.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "content/core/language_tags.h"
#include "kiosk/app/app_state.h"
#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/staff_screen.h"
#include "kiosk/text/bidi_isolate.h"
#include "kiosk/screens/published_stick.h"
#include "kiosk/screens/staff_source.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"

namespace kiosk {
namespace {

using Stage = StaffScreenState::Stage;

StaffScreenState& panelOf(AppState& state) { return state.screens.get<StaffScreenState>(); }

void readOverview(StaffScreenState& panel, const Station& station, double now) {
    panel.overview = station.overview();
    panel.overviewReadAt = now;
}

// The corner that opens the staff screen: the physical top-right, 15 mm square.
Rect staffCorner(const AppState& state) {
    const float size = state.ui.chipHeight();
    return {{state.ui.width - size, 0}, {state.ui.width, size}};
}

void closePanel(AppState& state, StaffScreenState& panel) {
    panel = StaffScreenState{};
    state.home();
}

// One line at the reading-start side of [x, x + width) (mirrored in RTL languages).
float drawLine(AppState& state, std::string_view text, text::Style style, float x, float y, float width,
               ImU32 color) {
    const float height = text::lineBoxHeight(style);
    const Rect box = state.ui.place(makeRect(x, y, width, height));
    text::drawLabel(state.drawList, text, style, box.min, width, height, color, text::Align::Start, state.ui.rtl);
    return y + height;
}

// A sentence that may take several lines (wrapped to `width`); returns the y below it.
float drawWrapped(AppState& state, const std::string& text, text::Style style, float x, float y, float width,
                  ImU32 color) {
    const auto& lines = text::layout(text, style, width);
    text::draw(state.drawList, lines, state.ui.place(makeRect(x, y, width, lines.height)).min, width, color,
               text::Align::Start, state.ui.rtl);
    return y + lines.height;
}

void drawKeypad(AppState& state, Station& station, const Rect& area, double now) {
    StaffScreenState& panel = panelOf(state);
    auto& gate = station.pinGate();
    const float key = state.ui.pinKey(), gap = state.ui.inset();
    const float padWidth = 3 * key + 2 * gap;
    float x = area.min.x + (area.width() - padWidth) / 2;
    float y = area.min.y + state.ui.section();
    const float full = area.width() - 2 * state.ui.margin();
    text::drawLabel(state.drawList, tr("staff.enter_pin"), text::Style::Heading, {area.min.x + state.ui.margin(), y},
                    full, text::lineBoxHeight(text::Style::Heading), state.theme.text, text::Align::Center);
    y += text::lineBoxHeight(text::Style::Heading);
    y += state.ui.small();
    std::string dots(panel.typed.size(), '*');
    text::drawLabel(state.drawList, dots.empty() ? " " : dots, text::Style::Title, {x, y}, padWidth,
                    text::lineBoxHeight(text::Style::Title), state.theme.text, text::Align::Center);
    y += text::lineBoxHeight(text::Style::Title);

    const int locked = gate.secondsLocked();
    if (locked > 0) {
        panel.message = tr("staff.locked", {{"seconds", std::to_string(locked)}});
        state.requestFrameAt(now + 1.0);  // the countdown
    }
    text::drawLabel(state.drawList, panel.message.empty() ? " " : panel.message, text::Style::Body,
                    {area.min.x + state.ui.margin(), y}, full, text::lineBoxHeight(text::Style::Body), state.theme.closed,
                    text::Align::Center);
    y += text::lineBoxHeight(text::Style::Body);
    y += state.ui.inset();

    // Digits stay in telephone order in every language (a PIN is typed the same everywhere).
    const std::string keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", tr("staff.clear"), "0", tr("staff.ok")};
    for (int i = 0; i < 12; ++i) {
        const Rect rect = makeRect(x + (i % 3) * (key + gap), y + (i / 3) * (key + gap), key, key);
        const bool ok = i == 11, clear = i == 9;
        // Digits large; the two word keys in the button style, or smaller where the word is long.
        text::Style style = ok || clear ? text::Style::Button : text::Style::Title;
        if (buttonWidth(state, keys[i], style) > key) style = text::Style::Small;
        if (!button(state, keys[i], rect, ok ? ButtonKind::Primary : ButtonKind::Secondary, style)) continue;
        panel.lastInput = now;
        if (clear) {
            panel.typed.clear();
        } else if (!ok) {
            if (panel.typed.size() < 12) panel.typed += keys[i];
        } else {
            using Outcome = content::station::StaffPinGate::Outcome;
            // Argon2id takes a moment; it runs only on OK, never while typing.
            switch (gate.attempt(panel.typed)) {
                case Outcome::Accepted:
                    panel.stage = Stage::Open;
                    panel.message.clear();
                    readOverview(panel, station, now);
                    // A stick with a source folder is why staff came: its check first,
                    // unless it holds just what was published from it.
                    if (!publishedStick(station)) openSourceCheck(state, station, now);
                    break;
                case Outcome::Wrong: panel.message = tr("staff.wrong_pin"); break;
                case Outcome::LockedOut: break;
                case Outcome::NoPinConfigured:
                    panel.message =
                        tr("staff.no_pin", {{"command", "kiosk-pack set-pin --config /etc/kiosk/kiosk.toml"}});
                    break;
            }
            panel.typed.clear();
        }
    }
    const float below = y + 4 * (key + gap) + state.ui.gap();
    if (button(state, tr("staff.back_to_kiosk"), makeRect(x, below, padWidth, state.ui.buttonHeight())))
        closePanel(state, panel);
}

// An instant of the station's log ("2026-12-01T06:55:44Z") as staff read it,
// on the kiosk's clock: "1. Dezember, 07:55 Uhr" (with the year when it is
// not this year's). The text itself when it is no such time.
std::string readableTime(const AppState& state, const std::string& iso, bool withClockWord) {
    const auto utc = content::parseIsoToUtc(iso, "UTC");
    if (!utc) return iso;
    const std::string clock = formatClockAt(*utc, state.timeZone());
    return formatShortDay(*utc, state.nowUtc(), state.timeZone()) + tr("list.comma") +
           (withClockWord ? tr("time.clock", {{"time", clock}}) : clock);
}

// A sequence the pack tool made from its build time (YYYYMMDDhhmmss) reads as
// that day, "2026-12-01"; any other sequence is its number.
std::string readableVersion(uint64_t sequence) {
    const std::string digits = std::to_string(sequence);
    if (digits.size() != 14 || digits.substr(0, 2) != "20") return digits;
    return digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
}

// What is live, in two lines: when the content was made and its version, then the counts.
// Kept apart so the Latin pack id never sits next to a count in RTL text.
std::pair<std::string, std::string> liveSummary(const AppState& state) {
    if (!state.store) return {tr("staff.no_content"), ""};
    const auto& pack = state.store->pack();
    return {tr("staff.live_pack", {{"created", readableTime(state, pack.createdAt, true)},
                                   {"pack", text::isolate(pack.id)},
                                   // Left to right as a whole: "2026-12-01" inside Arabic would otherwise read 01-12-2026.
                                   {"version", text::isolate(readableVersion(pack.sequence), text::PartDirection::LeftToRight)}}),
            tr("staff.live_counts", {{"organisations", std::to_string(state.store->organisationCount())},
                                     {"events", std::to_string(state.store->eventSeriesCount())},
                                     {"guides", std::to_string(state.store->guideCount())}})};
}

// One import as a sentence: "1. Dezember, 07:55: demo.kpack übernommen".
std::string importSentence(const AppState& state, const content::station::ImportLogEntry& entry) {
    const std::string when = readableTime(state, entry.time, false);
    if (entry.result == "ok") return tr("staff.history_imported", {{"when", when}, {"file", text::isolate(entry.packFile)}});
    if (entry.result == "sequence-reset")
        return tr("staff.history_sequence_reset", {{"when", when}, {"pack", text::isolate(entry.packId)}});
    if (entry.result == "rebuilt" || entry.result == "rebuild-refused")
        return tr(entry.result == "rebuilt" ? "staff.history_rebuilt" : "staff.history_rebuild_refused",
                  {{"when", when}, {"pack", text::isolate(entry.packId)}});
    return tr("staff.history_refused", {{"when", when},
                                        {"file", text::isolate(entry.packFile)},
                                        {"detail", entry.detail.empty() ? entry.result : entry.detail}});
}

// Why there is no content after a software update, and what to do (empty
// when the worker's rebuild at start had nothing to say).
std::string rebuildSentence(const content::station::ContentRebuildStatus& rebuild) {
    using State = content::station::ContentRebuildStatus::State;
    switch (rebuild.state) {
        case State::None:
        case State::Rebuilt: return {};
        case State::Running: return tr("staff.rebuild.running");
        case State::NeedsNewPack: return tr("staff.rebuild.needs_new_pack");
        case State::NewerSchema: return tr("staff.rebuild.newer_schema", {{"schema", std::to_string(rebuild.fromSchema)}});
        case State::Failed: return tr("staff.rebuild.failed");
    }
    return {};
}

// "Deutsch 120, English 80": the languages named in the interface language.
std::string textsPerLanguage(const AppState& state, const StaffScreenState& panel) {
    std::string languages;
    for (const auto& [lang, count] : panel.overview.textsPerLanguage) {
        // Easy German is a language of its own here, not a second "German".
        std::string name = lang == "de-x-easy" ? i18n::nativeName(lang)
                                               : content::language_tags::displayName(lang, state.language());
        languages += (languages.empty() ? "" : tr("list.comma")) + (name.empty() ? lang : name) + " " +
                     std::to_string(count);
    }
    return tr("staff.texts_per_language") + " " + languages;
}

// The second step of "reset the version counter": what it will do for the
// live pack, and Yes / Cancel.
void drawSequenceResetConfirm(AppState& state, Station& station, float x, float y, float width, double now) {
    StaffScreenState& panel = panelOf(state);
    const auto& pack = state.store->pack();
    y = drawLine(state,
                 tr("staff.reset_sequence_question",
                    {{"pack", pack.id}, {"next", std::to_string(pack.sequence + 1)}}),
                 text::Style::BodyBold, x, y, width, state.theme.text);
    y += state.ui.inset();
    FlowRow flow(x, y, width, state.ui.buttonHeight(), state.ui.inset());
    const std::string& yes = tr("staff.reset_sequence_yes");
    const std::string& cancel = tr("staff.cancel");
    if (button(state, yes, state.ui.place(flow.next(buttonWidth(state, yes, text::Style::Button))), ButtonKind::Primary)) {
        station.resetSequence(pack.id);
        panel.confirmingSequenceReset = false;
        panel.waitingForStation = true;
        panel.lastInput = now;
        state.requestFrameAt(now + 0.2);
    }
    if (button(state, cancel, state.ui.place(flow.next(buttonWidth(state, cancel, text::Style::Button))))) {
        panel.confirmingSequenceReset = false;
        panel.lastInput = now;
    }
}

void drawOverview(AppState& state, Station& station, const Rect& area, double now) {
    StaffScreenState& panel = panelOf(state);
    const auto& theme = state.theme;
    const float x = area.min.x + state.ui.margin();
    const float width = area.width() - 2 * state.ui.margin();
    float y = area.min.y + state.ui.gap();
    const float sectionGap = state.ui.inset();
    // The reset runs on the import worker: the import list shows it as soon as it is done.
    if (panel.waitingForStation) {
        if (station.importRunning()) {
            state.requestFrameAt(now + 0.2);
        } else {
            readOverview(panel, station, now);
            panel.waitingForStation = false;
        }
    }

    y = drawLine(state, tr("staff.title", {{"kiosk", station.config().kioskId}}), text::Style::Heading, x, y, width,
                 theme.text);
    y += sectionGap;
    y = drawSourceSummary(state, station, x, y, width, now);
    y = drawLine(state, tr("staff.content_now"), text::Style::BodyBold, x, y, width, theme.text);
    const auto [packLine, countsLine] = liveSummary(state);
    y = drawLine(state, packLine, text::Style::Body, x, y, width, theme.text);
    if (!state.store)
        if (const std::string why = rebuildSentence(station.contentRebuild()); !why.empty())
            y = drawWrapped(state, why, text::Style::BodyBold, x, y, width, theme.closed);
    if (!countsLine.empty()) y = drawLine(state, countsLine, text::Style::Body, x, y, width, theme.text);
    if (state.store) {
        // A kiosk left on one pack too long: say so before anything else.
        const content::ContentFreshness freshness = state.store->freshness(state.nowUtc());
        if (freshness.expired) y = drawLine(state, tr("staff.out_of_date_expired"), text::Style::BodyBold, x, y, width, theme.closed);
        else if (freshness.noUpcomingEvents)
            y = drawLine(state, tr("staff.out_of_date_no_events"), text::Style::BodyBold, x, y, width, theme.closed);
    }
    // Eight language names do not fit one line on a portrait screen: this line wraps.
    y = drawWrapped(state, textsPerLanguage(state, panel), text::Style::Body, x, y, width, theme.textMuted);
    y += sectionGap;

    y = drawLine(state, station.importRunning() ? tr("staff.imports_running") : tr("staff.imports"),
                 text::Style::BodyBold, x, y, width, theme.text);
    if (panel.overview.recentImports.empty()) y = drawLine(state, tr("staff.no_imports"), text::Style::Body, x, y, width, theme.textMuted);
    for (const auto& entry : panel.overview.recentImports) {
        // A version counter reset by staff is no failure: not in the warning colour.
        const bool fine = entry.result == "ok" || entry.result == "sequence-reset" || entry.result == "rebuilt";
        y = drawLine(state, importSentence(state, entry), text::Style::Small, x, y, width, fine ? theme.text : theme.closed);
    }
    y += sectionGap;
    y = drawLine(state, tr("staff.places"), text::Style::BodyBold, x, y, width, theme.text);
    std::string places;
    for (const auto& place : panel.overview.watchedPlaces) places += (places.empty() ? "" : ",  ") + place.string();
    y = drawLine(state, places.empty() ? tr("staff.no_places") : places, text::Style::Small, x, y, width, theme.textMuted);
    y += sectionGap * 2;

    // The actions, in one row (two rows when the screen is narrow).
    enum class Action { CheckSource, WriteTemplate, Rollback, ImportStick, ResetSequence, TestPattern, LeaveKiosk, BackToKiosk };
    std::vector<std::pair<Action, const char*>> actions = {{Action::Rollback, "staff.rollback"},
                                                      {Action::ImportStick, "staff.import_stick"},
                                                      {Action::ResetSequence, "staff.reset_sequence"},
                                                      {Action::TestPattern, "staff.test_pattern"},
                                                      {Action::LeaveKiosk, "staff.leave_kiosk"},
                                                      {Action::BackToKiosk, "staff.back_to_kiosk"}};
    const auto sticks = station.sticks();
    if (!sticks.empty()) actions.insert(actions.begin(), std::pair<Action, const char*>{Action::WriteTemplate, "staff.template.write"});
    if (!station.sourceFolders().empty()) {
        const char* check = publishedStick(station) ? "staff.source.check_again" : "staff.source.open";
        actions.insert(actions.begin(), std::pair<Action, const char*>{Action::CheckSource, check});
    }
    FlowRow flow(x, y, width, state.ui.buttonHeight(), state.ui.inset());
    for (const auto& [action, key] : actions) {
        if (action == Action::ResetSequence && !state.store) continue;  // no pack id to reset
        const std::string& label = tr(key);
        const bool tapped = button(state, label, state.ui.place(flow.next(buttonWidth(state, label, text::Style::Button))),
                                   action == Action::BackToKiosk ? ButtonKind::Primary : ButtonKind::Secondary);
        if (!tapped) continue;
        panel.lastInput = now;
        switch (action) {
            case Action::CheckSource: openSourceCheck(state, station, now); return;
            case Action::WriteTemplate:
                station.writeStarterOntoStick(sticks.front());
                panel.notice = "staff.template.written";
                break;
            case Action::Rollback: station.rollback(); break;
            case Action::ImportStick: station.rescanSticks(); break;
            case Action::ResetSequence: panel.confirmingSequenceReset = true; break;
            case Action::TestPattern:
                panel.stage = Stage::TestPattern;
                panel.touches.clear();
                break;
            case Action::LeaveKiosk: station.leaveKioskMode(); break;
            case Action::BackToKiosk: closePanel(state, panel); return;
        }
    }
    if (panel.confirmingSequenceReset && state.store)
        drawSequenceResetConfirm(state, station, x, y + flow.height() + sectionGap, width, now);
    // Imports and rollbacks finish on another thread: look again now and then while open.
    if (station.importRunning()) state.requestFrameAt(now + 0.5);
    if (now - panel.overviewReadAt > 2.0) readOverview(panel, station, now);
}

// Colour bars, a 10 mm grid and corner marks show a badly set screen size or
// a cut-off edge; every touch leaves a dot, so a dead zone of the touch panel shows.
void drawTestPattern(AppState& state, Station& station, StaffScreenState& panel, double now) {
    ImDrawList* draw = state.drawList;
    const float w = state.ui.width, h = state.ui.height;
    const ImU32 bars[8] = {IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 0, 255), IM_COL32(0, 255, 255, 255),
                           IM_COL32(0, 255, 0, 255),     IM_COL32(255, 0, 255, 255), IM_COL32(255, 0, 0, 255),
                           IM_COL32(0, 0, 255, 255),     IM_COL32(0, 0, 0, 255)};
    for (int i = 0; i < 8; ++i) draw->AddRectFilled({w * i / 8, 0}, {w * (i + 1) / 8, h / 3}, bars[i]);
    draw->AddRectFilled({0, h / 3}, {w, h}, IM_COL32(40, 40, 40, 255));
    const float step = state.ui.touchTestStep();
    for (float x = 0; x < w; x += step) draw->AddLine({x, h / 3}, {x, h}, IM_COL32(90, 90, 90, 255));
    for (float y = h / 3; y < h; y += step) draw->AddLine({0, y}, {w, y}, IM_COL32(90, 90, 90, 255));
    draw->AddRect({0, 0}, {w, h}, IM_COL32(255, 0, 0, 255), 0, 0, 3);
    if (state.input.press) panel.touches.push_back({state.input.press->x, state.input.press->y});
    if (state.input.fingerDown) panel.touches.push_back({state.input.fingerPos.x, state.input.fingerPos.y});
    if (panel.touches.size() > 4000) panel.touches.erase(panel.touches.begin(), panel.touches.begin() + 1000);
    for (const ImVec2& touch : panel.touches) draw->AddCircleFilled(touch, state.ui.small(), IM_COL32(255, 200, 0, 255));
    const std::string& endLabel = tr("staff.end_test_pattern");
    const float bw = std::max(state.ui.minButtonWidth(), buttonWidth(state, endLabel, text::Style::Button)), bh = state.ui.buttonHeight();
    if (button(state, endLabel, makeRect((w - bw) / 2, h - bh - state.ui.wide(), bw, bh),
               ButtonKind::Primary)) {
        panel.stage = Stage::Open;
        // The fleet page shows the last test's result (which screen areas answered).
        std::vector<std::pair<float, float>> points;
        for (const ImVec2& touch : panel.touches) points.emplace_back(touch.x, touch.y);
        station.recordTouchTest(points, w, h, state.nowUtc());
    }
    if (state.input.press || state.input.tap) panel.lastInput = now;
}

}  // namespace

bool updateStaffGesture(AppState& state, double now) {
    StaffScreenState& panel = panelOf(state);
    if (panel.stage != Stage::Closed) {
        if (state.input.press || state.input.tap || state.input.fingerDown) panel.lastInput = now;
        if (now - panel.lastInput > StaffScreenState::kIdleSeconds) {
            closePanel(state, panel);
            return false;
        }
        state.requestFrameAt(panel.lastInput + StaffScreenState::kIdleSeconds + 0.1);
        return true;
    }
    const Rect corner = staffCorner(state);
    const auto& input = state.input;
    const bool inCorner = input.fingerDown && !input.dragging &&
                          corner.contains({input.fingerPos.x, input.fingerPos.y});
    if (!inCorner) {
        panel.cornerPressSince = -1;
        return false;
    }
    if (panel.cornerPressSince < 0) panel.cornerPressSince = input.fingerDownSince;
    if (now - panel.cornerPressSince < StaffScreenState::kLongPressSeconds) {
        // No events arrive while a finger rests: wake up when the press is long enough.
        state.requestFrameAt(panel.cornerPressSince + StaffScreenState::kLongPressSeconds + 0.01);
        return false;
    }
    state.swallowTouch();  // this press opened the staff screen; it taps nothing below
    panel.stage = Stage::Pin;
    panel.typed.clear();
    panel.message.clear();
    panel.lastInput = now;
    panel.cornerPressSince = -1;
    return true;
}

void drawStaffScreen(AppState& state, Station& station, double now) {
    StaffScreenState& panel = panelOf(state);
    state.drawList->AddRectFilled({0, 0}, {state.ui.width, state.ui.height}, state.theme.background);
    const Rect area = {{0, 0}, {state.ui.width, state.ui.height}};
    switch (panel.stage) {
        case Stage::Pin: drawKeypad(state, station, area, now); break;
        case Stage::Open: drawOverview(state, station, area, now); break;
        case Stage::TestPattern: drawTestPattern(state, station, panel, now); break;
        case Stage::SourceCheck: drawSourceCheck(state, station, area, now); break;
        case Stage::Closed: break;
    }
}

bool staffScreenOpen(AppState& state) { return panelOf(state).stage != Stage::Closed; }

void reopenStaffScreen(AppState& state, const std::string& noticeKey, double now) {
    StaffScreenState& panel = panelOf(state);
    panel = StaffScreenState{};
    panel.stage = Stage::Open;
    panel.notice = noticeKey;
    panel.lastInput = now;
}

bool staffScreenWantsPreview(AppState& state) {
    const StaffScreenState& panel = panelOf(state);
    return panel.stage == Stage::SourceCheck && panel.previewRequested;
}

}  // namespace kiosk
