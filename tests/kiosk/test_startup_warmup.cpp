// The start-up's second core (kiosk/app/startup_warmup.h): it opens the live
// content and builds the visitor's fonts while the window opens, and the
// kiosk uses them only when they are exactly what it would have built.
#include <doctest/doctest.h>

#include <imgui.h>

#include "kiosk/app/startup_warmup.h"
#include "kiosk/app/visitor_fonts.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/font_config.h"
#include "kiosk/widgets/ui_metrics.h"
#include "tests/support/kiosk_support.h"

using namespace kiosk_test;
using kiosk::text::Style;

namespace {

// The configured panel of a 24-inch landscape kiosk.
constexpr float kPanelWidthMm = 527, kPanelHeightMm = 296;

kiosk::VisitorStartPlan planFor(const fs::path& data, bool easy = false) {
    kiosk::VisitorStartPlan plan;
    plan.dataDir = data.string();
    plan.screenWidthMm = kPanelWidthMm;
    plan.screenHeightMm = kPanelHeightMm;
    plan.easyLanguage = easy;
    return plan;
}

// What the kiosk builds on its drawing thread for the same screen.
struct BuiltHere {
    ImFontAtlas atlas;
    kiosk::text::FontSet fonts;
};

void buildHere(BuiltHere& here, const kiosk::text::FontSet::Request& request) {
    REQUIRE(here.fonts.build(&here.atlas, request));
}

long statsNumber(const fs::path& stats, const char* key) { return readJson(stats)[key].get<long>(); }

}  // namespace

TEST_CASE("the warm-up opens the content and builds the very fonts the kiosk would build") {
    kiosk::StartupWarmup warmup;
    warmup.prepareVisitorStart(planFor(demoData()));
    warmup.windowSizeKnown(1920, 1080);
    ImFontAtlas* atlas = warmup.finishFonts();
    REQUIRE(atlas != nullptr);
    kiosk::PreparedStart prepared = warmup.take();
    REQUIRE(prepared.store != nullptr);
    CHECK(prepared.dataDir == demoData().string());
    CHECK(prepared.store->organisationCount() == 5);
    REQUIRE(prepared.fontsBuilt);
    CHECK(prepared.fonts.font(Style::Body)->ContainerAtlas == atlas);

    const float density = kiosk::UiMetrics::densityFor(1920, 1080, kPanelWidthMm, kPanelHeightMm);
    const auto request = kiosk::visitorFontRequest(density, 0, false, prepared.store->codepoints());
    CHECK(prepared.fontRequest.pxPerMm == request.pxPerMm);
    CHECK(prepared.fontRequest.textScale == request.textScale);
    CHECK_FALSE(prepared.fonts.needsRebuild(request));

    BuiltHere here;
    buildHere(here, request);
    for (int s = 0; s < kiosk::text::kStyleCount; ++s) {
        CAPTURE(s);
        CHECK(prepared.fonts.pixelSize(Style(s)) == here.fonts.pixelSize(Style(s)));
        CHECK(prepared.fonts.font(Style(s))->Glyphs.Size == here.fonts.font(Style(s))->Glyphs.Size);
    }
    CHECK(prepared.fonts.glyphCount() == here.fonts.glyphCount());
    CHECK(atlas->TexWidth == here.atlas.TexWidth);
    CHECK(atlas->TexHeight == here.atlas.TexHeight);
    // Another text size or another screen is not what it built.
    CHECK(prepared.fonts.needsRebuild(kiosk::visitorFontRequest(density, 1, false, prepared.store->codepoints())));
    CHECK(prepared.fonts.needsRebuild(kiosk::visitorFontRequest(density * 1.5f, 0, false, {})));
}

TEST_CASE("Easy German starts one size larger from the warm-up too") {
    kiosk::StartupWarmup warmup;
    warmup.prepareVisitorStart(planFor(demoData(), /*easy=*/true));
    warmup.windowSizeKnown(1080, 1920);
    kiosk::PreparedStart prepared = warmup.take();
    REQUIRE(prepared.fontsBuilt);
    CHECK(prepared.fontRequest.textScale == doctest::Approx(kiosk::text::fontConfig().easyLanguageScale));
    CHECK(prepared.fontRequest.pxPerMm ==
          doctest::Approx(kiosk::UiMetrics::densityFor(1080, 1920, kPanelWidthMm, kPanelHeightMm)));
}

TEST_CASE("what the warm-up was not told it does not make") {
    SUBCASE("no plan (the desktop preview): only the first step, no content, no fonts") {
        kiosk::StartupWarmup warmup;
        CHECK(warmup.finishFonts() == nullptr);
        kiosk::PreparedStart prepared = warmup.take();
        CHECK(prepared.store == nullptr);
        CHECK_FALSE(prepared.fontsBuilt);
    }
    SUBCASE("no window size (the window did not open): the content, no fonts") {
        kiosk::StartupWarmup warmup;
        warmup.prepareVisitorStart(planFor(demoData()));
        CHECK(warmup.finishFonts() == nullptr);
        kiosk::PreparedStart prepared = warmup.take();
        CHECK(prepared.store != nullptr);
        CHECK_FALSE(prepared.fontsBuilt);
    }
    SUBCASE("a folder without content: no store, the interface's fonts") {
        kiosk::StartupWarmup warmup;
        warmup.prepareVisitorStart(planFor(tempDir("warmup-empty")));
        warmup.windowSizeKnown(1920, 1080);
        kiosk::PreparedStart prepared = warmup.take();
        CHECK(prepared.store == nullptr);
        CHECK(prepared.fontsBuilt);
        CHECK_FALSE(prepared.fonts.needsRebuild(prepared.fontRequest));
    }
}

TEST_CASE("the kiosk starts on the warm-up's fonts and builds them itself only when the visitor asks for another size") {
    const std::string textSize = "tap-label " + kiosk::i18n::translate("de", "settings.text_size") + "\n";
    for (const char* size : {"1920x1080", "1080x1920"}) {
        CAPTURE(size);
        const fs::path stats = tempDir("stats") / (std::string("warmup-") + size + ".json");
        auto start = replayInProcess(std::string("warmup-start-") + size, "assert-screen home\n", "de", size,
                                     {"--frame-stats", stats.string()});
        REQUIRE_MESSAGE(start.status == 0, start.errors);
        CHECK(statsNumber(stats, "fonts_from_start_up") == 1);
        CHECK(statsNumber(stats, "font_builds") == 0);

        auto larger = replayInProcess(std::string("warmup-larger-") + size, "assert-screen home\n" + textSize, "de",
                                      size, {"--frame-stats", stats.string()});
        REQUIRE_MESSAGE(larger.status == 0, larger.errors);
        CHECK(statsNumber(stats, "fonts_from_start_up") == 1);
        CHECK(statsNumber(stats, "font_builds") == 1);
    }
}
