#include "kiosk/app/startup_warmup.h"

#include "kiosk/app/visitor_fonts.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/font_config.h"
#include "kiosk/text/font_files.h"
#include "kiosk/widgets/ui_metrics.h"

namespace kiosk {

StartupWarmup::StartupWarmup() : thread_([this] { run(); }) {}

StartupWarmup::~StartupWarmup() {
    join();
    // A shared atlas stays locked if the context went in the middle of a frame.
    if (atlas_) atlas_->Locked = false;
}

void StartupWarmup::prepareVisitorStart(VisitorStartPlan plan) {
    {
        std::lock_guard lock(mutex_);
        plan_ = std::move(plan);
    }
    changed_.notify_all();
}

void StartupWarmup::windowSizeKnown(int width, int height) {
    {
        std::lock_guard lock(mutex_);
        windowSize_ = {width, height};
    }
    changed_.notify_all();
}

void StartupWarmup::join() {
    {
        std::lock_guard lock(mutex_);
        finishing_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
}

ImFontAtlas* StartupWarmup::finishFonts() {
    join();
    return prepared_.fontsBuilt ? atlas_.get() : nullptr;
}

PreparedStart StartupWarmup::take() {
    join();
    return std::move(prepared_);
}

void StartupWarmup::run() {
    // 1. What every start needs, whatever the window.
    i18n::codepoints();           // parses every translation file once
    text::interfaceCodepoints();  // and what the atlas needs of them
    for (const text::FontFile& font : text::fontConfig().fonts) {
        text::loadFont(font.regular);
        text::loadFont(font.bold);
    }

    // 2. The live content, once the command line says where it is.
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return plan_ || finishing_; });
    if (!plan_) return;
    const VisitorStartPlan plan = *plan_;
    lock.unlock();
    prepared_.dataDir = plan.dataDir;
    std::string error;  // the kiosk opens it again and says why, when it would not open
    if (!plan.dataDir.empty()) prepared_.store = content::ContentStore::open(plan.dataDir, &error);

    // 3. The fonts, once GLFW says how big the screen is.
    lock.lock();
    changed_.wait(lock, [this] { return windowSize_ || finishing_; });
    if (!windowSize_) return;
    const auto [width, height] = *windowSize_;
    lock.unlock();
    const float pxPerMm = UiMetrics::densityFor(float(width), float(height), plan.screenWidthMm, plan.screenHeightMm);
    prepared_.fontRequest = visitorFontRequest(pxPerMm, 0, plan.easyLanguage,
                                               prepared_.store ? prepared_.store->codepoints() : std::vector<uint32_t>{});
    atlas_ = std::make_unique<ImFontAtlas>();
    prepared_.fontsBuilt = prepared_.fonts.build(atlas_.get(), prepared_.fontRequest);
}

}  // namespace kiosk
