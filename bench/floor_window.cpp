// kiosk-floor: the floor of this stack, measured by kiosk-bench in the same
// run as the kiosk. An empty GLFW + Dear ImGui window (Mesa's llvmpipe under
// Xvfb) with the kiosk's fonts built for the same content (the same glyphs in
// the same atlas), drawing one empty frame and then idling. Whatever the
// kiosk takes above this (start-up time, resident memory) is the kiosk's own.
//
//   kiosk-floor --data DIR [--windowed WxH] [--idle-ms N] [--frame-stats FILE]
//
// --frame-stats writes {"startup_ms": ...}: top of main() to the first frame
// rendered, as the kiosk's own --frame-stats counts it.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>

#include "content/db/content_store.h"
#include "content/station/kiosk_config.h"
#include "kiosk/app/frame_stats.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/ui_metrics.h"
#include "platform/process_memory.h"
#include "platform/glfw_window.h"
#include "platform/runner.h"

namespace {

struct FloorOptions {
    std::string dataDir;
    int width = 1920, height = 1080;
    double idleMs = 3000;
    std::string statsFile;
};

bool parse(int argc, char** argv, FloorOptions& options) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
        if (!value) return false;
        ++i;
        if (arg == "--data") options.dataDir = value;
        else if (arg == "--idle-ms") options.idleMs = std::atof(value);
        else if (arg == "--frame-stats") options.statsFile = value;
        else if (arg == "--windowed") {
            if (std::sscanf(value, "%dx%d", &options.width, &options.height) != 2) return false;
        } else return false;
    }
    return !options.dataDir.empty();
}

// Draws nothing; one frame, then sleeps until --idle-ms are over.
class EmptyClient : public platform::FrameClient {
public:
    EmptyClient(double processStart, double idleSeconds) : processStart_(processStart), idleSeconds_(idleSeconds) {}

    platform::WakePlan wake(double now, std::vector<platform::PointerEvent>) override {
        platform::WakePlan plan;
        if (drawn_ == 0) {
            plan.drawNow = true;
            return plan;
        }
        if (idleFrom_ < 0) idleFrom_ = now;
        if (now - idleFrom_ >= idleSeconds_) done_ = true;
        plan.wakeAt = idleFrom_ + idleSeconds_;
        return plan;
    }
    void drawFrame(double, int, int) override {}
    void afterRender(int, int, double, double) override {
        if (drawn_++ == 0) startupMs_ = (kiosk::steadySeconds() - processStart_) * 1000.0;
    }
    bool finished() const override { return done_; }
    double startupMs() const { return startupMs_; }

private:
    double processStart_, idleSeconds_;
    int drawn_ = 0;
    double idleFrom_ = -1;
    double startupMs_ = -1;
    bool done_ = false;
};

}  // namespace

int main(int argc, char** argv) {
    const double processStart = kiosk::steadySeconds();
    platform::tuneAllocatorForKiosk();  // the kiosk's allocator settings, so the floor is the same stack
    FloorOptions options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: kiosk-floor --data DIR [--windowed WxH] [--idle-ms N] [--frame-stats FILE]\n");
        return 2;
    }
    platform::WindowOptions windowOptions;
    windowOptions.width = options.width;
    windowOptions.height = options.height;
    windowOptions.title = "Kiosk floor";
    std::string error;
    auto window = platform::GlfwWindow::open(windowOptions, &error);
    if (!window) {
        std::fprintf(stderr, "kiosk-floor: %s\n", error.c_str());
        return 3;
    }
    // The kiosk's fonts for the same content; the content store is closed
    // again, so only the fonts count towards the floor.
    kiosk::text::FontSet::Request request;
    if (auto store = content::ContentStore::open(options.dataDir, &error)) request.codepoints = store->codepoints();
    // The kiosk's screen size when no configuration names one.
    const content::station::KioskConfig config;
    request.pxPerMm = kiosk::UiMetrics::densityFor(float(window->width()), float(window->height()),
                                                   float(config.screenWidthMm), float(config.screenHeightMm));
    kiosk::text::FontSet fonts;
    if (!fonts.build(ImGui::GetIO().Fonts, request, &error)) std::fprintf(stderr, "kiosk-floor: fonts: %s\n", error.c_str());
    window->reloadFontTexture();
    ImGui::GetIO().Fonts->ClearInputData();  // as the kiosk does after its upload
    platform::returnFreedMemory();

    EmptyClient client(processStart, options.idleMs / 1000.0);
    window->run(client);
    if (!options.statsFile.empty()) std::ofstream(options.statsFile) << "{\"startup_ms\": " << client.startupMs() << "}\n";
    return 0;
}
