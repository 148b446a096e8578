#include "kiosk/app/desktop_preview.h"

#include <algorithm>
#include <cstdio>

#include "content/core/model.h"
#include "content/core/time_zone.h"
#include "content/pack/importer.h"
#include "kiosk/app/routes.h"
#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/problem_list.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/flow_row.h"

namespace kiosk {
namespace {

// The share of the window's width the visitor area may take; the panel has the rest.
constexpr float kVisitorShare = 0.7f;
// How long the folder must be quiet after a save before it is built again.
constexpr auto kQuietAfterSave = std::chrono::milliseconds(400);

platform::Point moved(platform::Point p, ImVec2 by) { return {p.x - by.x, p.y - by.y}; }

// Draws into `area` of the window as if it were a whole screen of that size
// at (0, 0): the metrics, the input and the tap targets are the area's, and
// what was drawn is moved into place when the scope ends (ImGui 1.86 draw
// lists have no transform of their own).
class AreaScope {
public:
    AreaScope(AppState& state, const Rect& area, const platform::GestureFrame& windowInput, bool portrait)
        : state_(state), offset_(area.min), windowUi_(state.ui), windowInput_(windowInput) {
        state.ui.width = area.width();
        state.ui.height = area.height();
        state.ui.portrait = portrait;
        platform::GestureFrame& input = state.input;
        if (input.tap) input.tap = moved(*input.tap, offset_);
        if (input.press) input.press = moved(*input.press, offset_);
        input.fingerPos = moved(input.fingerPos, offset_);
        input.dragOrigin = moved(input.dragOrigin, offset_);
        state.taps.setOrigin(offset_);
        ImDrawList* list = state.drawList;
        list->PushClipRect({0, 0}, {area.width(), area.height()}, false);
        list->AddDrawCmd();
        firstCommand_ = list->CmdBuffer.Size - 1;
        firstVertex_ = list->VtxBuffer.Size;
    }
    ~AreaScope() {
        ImDrawList* list = state_.drawList;
        for (int i = firstVertex_; i < list->VtxBuffer.Size; ++i) {
            list->VtxBuffer[i].pos.x += offset_.x;
            list->VtxBuffer[i].pos.y += offset_.y;
        }
        for (int i = firstCommand_; i < list->CmdBuffer.Size; ++i) {
            ImVec4& clip = list->CmdBuffer[i].ClipRect;
            clip = {clip.x + offset_.x, clip.y + offset_.y, clip.z + offset_.x, clip.w + offset_.y};
        }
        list->PopClipRect();
        state_.taps.setOrigin({0, 0});
        state_.ui = windowUi_;
        state_.input = windowInput_;
    }
    AreaScope(const AreaScope&) = delete;
    AreaScope& operator=(const AreaScope&) = delete;

private:
    AppState& state_;
    ImVec2 offset_;
    UiMetrics windowUi_;
    platform::GestureFrame windowInput_;
    int firstCommand_ = 0, firstVertex_ = 0;
};

// "14:05:12" in the content's time zone.
std::string clockWithSeconds(int64_t utc, const std::string& timeZone) {
    const content::LocalTime local = content::toLocal(utc, timeZone);
    char seconds[4];
    std::snprintf(seconds, sizeof seconds, ":%02d", local.second);
    return formatClockAt(utc, timeZone) + seconds;
}

bool routeExists(const content::ContentStore& store, const Route& route) {
    switch (route.screen) {
        case Screen::Organisation: return store.organisation(route.id).has_value();
        case Screen::Guide: return store.guide(route.id).has_value();
        case Screen::Event: {
            const auto event = routes::parseEventId(route.id);
            return event && store.eventSeries(event->seriesUid).has_value();
        }
        case Screen::Qr: {
            const auto [kind, id] = routes::splitQrId(route.id);
            if (kind == "organisation") return routeExists(store, {Screen::Organisation, id});
            if (kind == "guide") return routeExists(store, {Screen::Guide, id});
            return routeExists(store, {Screen::Event, id});
        }
        default: return true;
    }
}

// What the last build found, as one line, and whether it is bad news.
std::pair<std::string, bool> summaryOf(const content::station::PreviewBuild& build) {
    if (build.folderMissing) return {tr("preview.desktop.folder_missing"), true};
    const size_t errors = build.check.errorCount(), warnings = build.check.warningCount();
    if (errors == 0 && !build.buildError.empty())
        return {tr("staff.source.build_failed", {{"reason", build.buildError}}), true};
    if (errors == 0 && !build.import.ok())
        return {tr("staff.source.refused", {{"reason", content::describeImport(build.import, language())}}), true};
    if (errors == 0 && warnings == 0) return {tr("staff.source.no_problems"), false};
    return {tr("staff.source.summary", {{"errors", std::to_string(errors)}, {"warnings", std::to_string(warnings)}}),
            errors > 0};
}

}  // namespace

DesktopPreview::DesktopPreview(std::filesystem::path sourceFolder, float screenWidthMm, float screenHeightMm)
    : sourceFolder_(std::filesystem::absolute(sourceFolder).lexically_normal()),
      screenWidthMm_(screenWidthMm),
      screenHeightMm_(screenHeightMm) {}

bool DesktopPreview::start(int64_t nowUtc, std::function<void()> wake, std::string* error) {
    auto news = [this, wake] {
        changes_.fetch_add(1, std::memory_order_release);
        if (wake) wake();
    };
    content::station::SourcePreviewBuilder::Settings settings;
    settings.sourceFolder = sourceFolder_;
    settings.nowUtc = nowUtc;
    settings.wake = news;
    builder_ = std::make_unique<content::station::SourcePreviewBuilder>(std::move(settings));
    if (!builder_->start(error)) return false;
    builder_->requestBuild();
    platform::FolderWatcher::Settings watch;
    watch.folder = sourceFolder_;
    watch.quiet = kQuietAfterSave;
    auto* builder = builder_.get();
    watch.onChange = [builder, news] {
        builder->requestBuild();
        news();  // "Wird gebaut …"
    };
    watcher_ = std::make_unique<platform::FolderWatcher>(std::move(watch));
    if (!watcher_->start(error)) return false;
    return true;
}

bool DesktopPreview::update(bool* newContent) {
    const uint64_t changes = changes_.load(std::memory_order_acquire);
    bool due = changes != seenChanges_;
    seenChanges_ = changes;
    const auto last = builder_->lastBuild();
    const auto good = builder_->lastGoodBuild();
    if (last && last->number != seenBuild_) {
        seenBuild_ = last->number;
        due = true;
    }
    *newContent = good && good->number != shownGoodBuild_;
    if (*newContent) shownGoodBuild_ = good->number;
    return due;
}

void DesktopPreview::keepRoutesThatExist(AppState& state) {
    if (!state.store) return;
    Navigation walk = state.session.navigation;
    std::vector<Route> stack;  // the visitor's way here, home first
    for (;;) {
        stack.insert(stack.begin(), walk.current());
        if (!walk.canGoBack()) break;
        walk.back();
    }
    size_t kept = 0;
    while (kept < stack.size() && routeExists(*state.store, stack[kept])) ++kept;
    if (kept == stack.size()) return;
    Navigation& navigation = state.session.navigation;
    navigation.home();
    for (size_t i = 1; i < kept; ++i) navigation.open(stack[i].screen, stack[i].id);
}

float DesktopPreview::visitorDensity(float windowWidth, float windowHeight) const {
    const Rect area = visitorArea(windowWidth, windowHeight, false);
    return UiMetrics::densityFor(area.width(), area.height(), screenWidthMm_, screenHeightMm_);
}

// The room the visitor area may take: the window's reading-start part, beside
// the panel - or above it in a window taller than wide, where the reading end is below.
Rect DesktopPreview::visitorRoom(float windowWidth, float windowHeight, bool rtl) {
    if (windowHeight > windowWidth) return makeRect(0, 0, windowWidth, std::floor(windowHeight * kVisitorShare));
    const float room = std::floor(windowWidth * kVisitorShare);
    return makeRect(rtl ? windowWidth - room : 0, 0, room, windowHeight);
}

Rect DesktopPreview::visitorArea(float windowWidth, float windowHeight, bool rtl) const {
    // The panel's shape (its long side across in landscape), as large as fits, centred in its room.
    const float across = portrait_ ? std::min(screenWidthMm_, screenHeightMm_) : std::max(screenWidthMm_, screenHeightMm_);
    const float down = portrait_ ? std::max(screenWidthMm_, screenHeightMm_) : std::min(screenWidthMm_, screenHeightMm_);
    const Rect room = visitorRoom(windowWidth, windowHeight, rtl);
    const float scale = std::min(room.width() / across, room.height() / down);
    const float width = std::floor(across * scale), height = std::floor(down * scale);
    return makeRect(room.min.x + std::floor((room.width() - width) / 2), room.min.y + std::floor((room.height() - height) / 2),
                    width, height);
}

Rect DesktopPreview::panelArea(float windowWidth, float windowHeight, bool rtl) const {
    const Rect room = visitorRoom(windowWidth, windowHeight, rtl);
    if (windowHeight > windowWidth) return {{0, room.max.y}, {windowWidth, windowHeight}};
    return rtl ? Rect{{0, 0}, {room.min.x, windowHeight}} : Rect{{room.max.x, 0}, {windowWidth, windowHeight}};
}

void DesktopPreview::drawFrame(AppState& state, const std::function<void(const Rect&)>& drawVisitor) {
    const float width = state.ui.width, height = state.ui.height;
    const Rect visitor = visitorArea(width, height, state.ui.rtl);
    const Rect panel = panelArea(width, height, state.ui.rtl);
    const platform::GestureFrame windowInput = state.input;
    ImDrawList* list = state.drawList;
    list->AddRectFilled({0, 0}, {width, height}, state.theme.textMuted);  // the kiosk panel's frame
    list->AddRectFilled(visitor.min, visitor.max, state.theme.background);
    list->AddRectFilled(panel.min, panel.max, state.theme.surface);
    {
        AreaScope scope(state, visitor, windowInput, portrait_);
        const Rect local{{0, 0}, {visitor.width(), visitor.height()}};
        if (hasGoodBuild())
            drawVisitor(local);
        else
            drawNoPreviewPage(state, local);
    }
    {
        AreaScope scope(state, panel, windowInput, false);
        drawPanel(state, {{0, 0}, {panel.width(), panel.height()}});
    }
    if (panel.min.y > 0)
        list->AddLine({0, panel.min.y}, {width, panel.min.y}, state.theme.border, state.ui.hairline() / 2);
    else
        list->AddLine({state.ui.rtl ? panel.max.x : panel.min.x, 0}, {state.ui.rtl ? panel.max.x : panel.min.x, height},
                      state.theme.border, state.ui.hairline() / 2);
}

void DesktopPreview::drawNoPreviewPage(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const float x = ui.wide(), width = area.width() - 2 * ui.wide();
    float y = area.min.y + ui.wide();
    const auto last = builder_->lastBuild();
    if (!last) {
        drawParagraph(state, tr("preview.desktop.building"), text::Style::Heading, x, y, width, state.theme.text);
        return;
    }
    y = drawParagraph(state, tr("preview.desktop.no_preview"), text::Style::Heading, x, y, width, state.theme.text);
    y += ui.gap();
    drawParagraph(state, tr("preview.desktop.fix_first"), text::Style::Body, x, y, width, state.theme.text);
}

void DesktopPreview::drawPanel(AppState& state, const Rect& area) {
    const Theme& theme = state.theme;
    const UiMetrics& ui = state.ui;
    const float x = ui.margin(), width = area.width() - 2 * ui.margin();
    float y = ui.gap();
    panelLines_.clear();
    auto line = [&](const std::string& text, text::Style style, ImU32 color) {
        panelLines_.push_back(text);
        y = drawParagraph(state, text, style, x, y, width, color);
    };
    line(tr("preview.desktop.title"), text::Style::Heading, theme.text);
    line(sourceFolder_.string(), text::Style::Small, theme.textMuted);
    y += ui.inset();

    // The visitor's language and the panel's shape: what a coordinator checks before a centre sees it.
    FlowRow languages(x, y, width, ui.chipHeight(), ui.inset());
    for (const std::string& tag : content::supportedLanguages()) {
        const std::string& name = i18n::nativeName(tag);
        const Rect chip = ui.place(languages.next(buttonWidth(state, name, text::Style::Button)));
        if (button(state, name, chip, tag == state.language() ? ButtonKind::ChipOn : ButtonKind::Chip))
            state.setLanguage(tag);
    }
    y += languages.height() + ui.inset();
    FlowRow shapes(x, y, width, ui.chipHeight(), ui.inset());
    for (const bool portrait : {false, true}) {
        const std::string& name = tr(portrait ? "preview.desktop.portrait" : "preview.desktop.landscape");
        const Rect chip = ui.place(shapes.next(buttonWidth(state, name, text::Style::Button)));
        if (button(state, name, chip, portrait == portrait_ ? ButtonKind::ChipOn : ButtonKind::Chip)) portrait_ = portrait;
    }
    y += shapes.height() + ui.gap();

    const auto last = builder_->lastBuild();
    const auto good = builder_->lastGoodBuild();
    const std::string& zone = state.timeZone();
    if (building())
        line(tr("preview.desktop.building"), text::Style::BodyBold, theme.text);
    else if (last)
        line(tr("preview.desktop.built", {{"time", clockWithSeconds(last->finishedUtc, zone)}}), text::Style::BodyBold,
             theme.text);
    std::vector<ProblemRow> rows;
    if (last) {
        const auto [summary, bad] = summaryOf(*last);
        line(summary, text::Style::BodyBold, bad ? theme.closed : theme.text);
        if (!last->live() && good)
            line(tr("preview.desktop.last_good", {{"time", clockWithSeconds(good->finishedUtc, zone)}}),
                 text::Style::Body, theme.closed);
        rows = problemRows(last->check.diagnostics);
    }
    line(tr("preview.desktop.how"), text::Style::Small, theme.textMuted);
    y += ui.inset();
    problemLines_.clear();
    for (const auto& row : rows) problemLines_.push_back(row.place + ": " + row.message);
    drawProblemList(state, "preview-problems", {{0, y}, {area.max.x, std::max(y, area.max.y - ui.gap())}}, x, width, rows);
}

}  // namespace kiosk
