// A source folder on a stick, on the staff screen. The check's problems (problem_list.h) are
// grouped by file, each with its place as the spreadsheet program or an
// editor shows it (row and column letter, or line) and the checker's
// sentence on what to change; errors in red block the preview (and so
// publishing), warnings do not. The list scrolls under the finger; the
// buttons stay below it. The checker's sentences and the words around them
// follow the kiosk's language (problem_words.h).
#include "kiosk/screens/staff_source.h"

#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/problem_list.h"
#include "kiosk/screens/published_stick.h"
#include "kiosk/screens/staff_screen.h"
#include "kiosk/text/bidi_isolate.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"

namespace kiosk {
namespace {

using Step = content::station::SourceStatus::Step;

StaffScreenState& panelOf(AppState& state) { return state.screens.get<StaffScreenState>(); }

// What the import child is doing while it checks or stages, from the last
// step it reported (source_child.h lists them).
const char* stepKey(const std::string& lastStep) {
    if (lastStep.empty()) return "staff.source.step.reading";
    if (lastStep == "folder-read") return "staff.source.step.building";
    if (lastStep == "pack-built" || lastStep == "copied" || lastStep == "verified") return "staff.source.step.checking_pack";
    return "staff.source.step.database";
}

// A path inside a sentence keeps its left-to-right order in Arabic and Farsi
// ("/media/STICK/verein", not "media/STICK/verein/").
std::string pathPart(const std::filesystem::path& path) {
    return text::isolate(path.string(), text::PartDirection::LeftToRight);
}

// The status line above the list, and whether it is bad news.
std::pair<std::string, bool> statusLine(const content::station::SourceStatus& status,
                                        const content::station::SourceOnStick& source) {
    if (status.source != source || status.step == Step::None || status.step == Step::Checking)
        return {tr("staff.source.checking"), false};
    if (status.step == Step::Staging || status.step == Step::Staged) return {tr("staff.source.staging"), false};
    const content::station::SourceStaging& staging = status.staging;
    if (staging.folderMissing) return {tr("staff.source.stick_gone"), true};
    if (!status.keyError.empty()) return {tr("staff.source.no_key", {{"reason", status.keyError}}), true};
    // The import child ended without a result, or ran out of memory: no problem list to show.
    if (staging.import.error == content::ImportError::ImportCrashed) return {tr("staff.source.crashed"), true};
    if (staging.import.error == content::ImportError::OutOfMemory) return {tr("staff.source.out_of_memory"), true};
    const size_t errors = staging.check.errorCount(), warnings = staging.check.warningCount();
    if (errors == 0 && !staging.buildError.empty())
        return {tr("staff.source.build_failed", {{"reason", staging.buildError}}), true};
    if (errors == 0 && !staging.import.ok() && !staging.import.packId.empty())
        return {tr("staff.source.refused", {{"reason", content::describeImport(staging.import, language())}}), true};
    if (errors == 0 && warnings == 0) return {tr("staff.source.no_problems"), false};
    return {tr("staff.source.summary", {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}}),
            errors > 0};
}

}  // namespace

void openSourceCheck(AppState& state, Station& station, double now) {
    StaffScreenState& panel = panelOf(state);
    const auto folders = station.sourceFolders();
    if (folders.empty()) return;
    panel.source = folders.front();
    panel.previewRequested = false;
    panel.stage = StaffScreenState::Stage::SourceCheck;
    panel.lastInput = now;
    station.checkSource(panel.source);
}

void drawSourceCheck(AppState& state, Station& station, const Rect& area, double now) {
    StaffScreenState& panel = panelOf(state);
    const Theme& theme = state.theme;
    const UiMetrics& ui = state.ui;
    const float x = area.min.x + ui.margin(), width = area.width() - 2 * ui.margin();
    float y = area.min.y + ui.gap();
    const content::station::SourceStatus status = station.sourceStatus();
    const bool current = status.source == panel.source;

    y = drawParagraph(state, tr("staff.source.new"), text::Style::Heading, x, y, width, theme.text);
    y = drawParagraph(state, tr("staff.source.folder", {{"folder", pathPart(panel.source.folder)}}), text::Style::Small, x,
                      y, width, theme.textMuted);
    y += ui.small();
    const auto [line, bad] = statusLine(status, panel.source);
    y = drawParagraph(state, line, text::Style::BodyBold, x, y, width, bad ? theme.closed : theme.text);
    if (current && (status.step == Step::Checking || status.step == Step::Staging))
        y = drawParagraph(state, tr(stepKey(status.progressStep)), text::Style::Body, x, y, width, theme.textMuted);
    const bool checked = current && status.step == Step::Checked;
    const bool errors = checked && status.staging.check.errorCount() > 0;
    if (errors) y = drawParagraph(state, tr("staff.source.errors_block"), text::Style::Body, x, y, width, theme.text);
    y += ui.inset();

    // The buttons at the bottom; the list scrolls in the space between.
    const float buttonsTop = area.max.y - ui.buttonHeight() - ui.gap();
    const Rect listArea = {{area.min.x, y}, {area.max.x, buttonsTop - ui.inset()}};
    const std::vector<ProblemRow> rows = checked ? problemRows(status.staging.check.diagnostics) : std::vector<ProblemRow>{};
    drawProblemList(state, "staff-problems", listArea, x, width, rows);

    enum class Action { CheckAgain, Preview, Back };
    std::vector<std::pair<Action, const char*>> actions = {{Action::CheckAgain, "staff.source.check_again"}};
    const bool childFailed = status.staging.import.error == content::ImportError::ImportCrashed ||
                             status.staging.import.error == content::ImportError::OutOfMemory;
    if (checked && !errors && status.staging.buildError.empty() && !status.staging.folderMissing && status.keyError.empty() &&
        !childFailed)
        actions.push_back({Action::Preview, "staff.source.preview"});
    actions.push_back({Action::Back, "staff.source.back"});
    FlowRow flow(x, buttonsTop, width, ui.buttonHeight(), ui.inset());
    for (const auto& [action, key] : actions) {
        const std::string& label = tr(key);
        const bool tapped = button(state, label, ui.place(flow.next(buttonWidth(state, label, text::Style::Button))),
                                   action == Action::Preview ? ButtonKind::Primary : ButtonKind::Secondary);
        if (!tapped) continue;
        panel.lastInput = now;
        switch (action) {
            case Action::CheckAgain: {
                // The stick may have been put back under another name: take what is there now.
                const auto folders = station.sourceFolders();
                if (!folders.empty()) panel.source = folders.front();
                station.checkSource(panel.source);
                break;
            }
            case Action::Preview:
                panel.previewRequested = true;
                station.stageSource(panel.source);
                break;
            case Action::Back: panel.stage = StaffScreenState::Stage::Open; break;
        }
    }
    // The check runs on the import worker: look again until it has answered.
    if (!checked) state.requestFrameAt(now + 0.25);
}

float drawSourceSummary(AppState& state, Station& station, float x, float y, float width, double now) {
    StaffScreenState& panel = panelOf(state);
    const Theme& theme = state.theme;
    const float start = y;
    if (!panel.notice.empty()) {
        const content::station::SourceStatus status = station.sourceStatus();
        if (panel.notice == "staff.publish.done" && status.step == Step::Published) {
            const auto& publication = status.publication;
            const auto& result = publication.import;
            if (result.ok()) {
                y = drawParagraph(state, tr("staff.publish.done", {{"pack", result.packId}, {"sequence", std::to_string(result.sequence)}}),
                                  text::Style::BodyBold, x, y, width, theme.text);
            } else {
                y = drawParagraph(state, tr("staff.publish.failed", {{"reason", content::describeImport(result, language())}}),
                                  text::Style::BodyBold, x, y, width, theme.closed);
            }
            if (!publication.packOnStick.empty())
                y = drawParagraph(state, tr("staff.publish.on_stick", {{"pack", pathPart(publication.packOnStick.filename())},
                                                                        {"report", pathPart(publication.reportOnStick.filename())}}),
                                  text::Style::Body, x, y, width, theme.text);
            if (!publication.stickError.empty())
                y = drawParagraph(state, tr("staff.publish.stick_failed", {{"reason", publication.stickError}}),
                                  text::Style::Body, x, y, width, theme.closed);
            if (result.ok()) {
                y = drawParagraph(state, tr("staff.publish.key_file", {{"file", pathPart(station.publicKeyFile())}}),
                                  text::Style::Body, x, y, width, theme.text);
                const std::string key = publication.keyOnStick.empty() ? station.publicKeyFile().filename().string()
                                                                       : "kiosk/" + publication.keyOnStick.filename().string();
                y = drawParagraph(state, tr("staff.publish.how_to_trust", {{"key", pathPart(key)}}), text::Style::Body, x, y, width,
                                  theme.textMuted);
            }
        } else if (panel.notice == "staff.template.written") {
            if (!status.starterFolder.empty())
                y = drawParagraph(state, tr("staff.template.written", {{"folder", pathPart(status.starterFolder)}}),
                                  text::Style::BodyBold, x, y, width, theme.text);
            else if (!status.starterError.empty())
                y = drawParagraph(state, tr("staff.template.failed", {{"reason", status.starterError}}),
                                  text::Style::BodyBold, x, y, width, theme.closed);
            else
                state.requestFrameAt(now + 0.25);  // the worker writes it
        } else if (panel.notice != "staff.publish.done") {
            y = drawParagraph(state, tr(panel.notice), text::Style::BodyBold, x, y, width, theme.text);
        } else {
            y = drawParagraph(state, tr("staff.preview.publishing"), text::Style::BodyBold, x, y, width, theme.text);
            state.requestFrameAt(now + 0.25);
        }
    }
    if (y > start) y += state.ui.inset();
    const auto folders = station.sourceFolders();
    if (!folders.empty()) {
        // Published from this very folder and unchanged since: nothing new on it.
        if (const auto published = publishedStick(station))
            y = drawParagraph(state, publishedStickSentence(state, *published), text::Style::BodyBold, x, y, width, theme.text);
        else
            y = drawParagraph(state, tr("staff.source.new"), text::Style::BodyBold, x, y, width, theme.accent);
        y = drawParagraph(state, tr("staff.source.folder", {{"folder", pathPart(folders.front().folder)}}),
                          text::Style::Small, x, y, width, theme.textMuted);
    }
    return y > start ? y + state.ui.inset() : y;
}

}  // namespace kiosk
