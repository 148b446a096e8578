// The lists on a big content set (2,000 organisations, 300 guides, 1,600
// event dates), read a page at a time: the very first frame of each list
// shows its rows down to the bottom of the screen, every row can be reached
// by scrolling to the end, and a tap on a row after a fling has come to rest
// opens that row - wherever on the row it lands (rows tile the list, with no
// dead gap between two cards). The kiosk runs in-process on a null window,
// driven frame by frame, on a fixed clock.
#include <doctest/doctest.h>
#include <imgui.h>

#include <cfloat>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <map>
#include <set>

#include "content/core/time_zone.h"
#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "kiosk/app/kiosk_app.h"
#include "kiosk/app/options.h"
#include "kiosk/app/station.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/text.h"
#include "kiosk/widgets/paged_rows.h"
#include "platform/null_window.h"
#include "tests/support/db_fixture.h"

namespace fs = std::filesystem;

namespace {

constexpr const char* kNowIso = "2026-11-18T10:00:00+01:00";
constexpr int64_t kNow = db_fixture::kNov18_1000;
constexpr int kWidth = 1920, kHeight = 1080;

std::string number(int value, int digits) {
    char text[16];
    std::snprintf(text, sizeof text, "%0*d", digits, value);
    return text;
}

// Wall time in Berlin, as the calendar files write it.
std::string wallTime(int64_t utc) {
    const content::LocalTime t = content::toLocal(utc, "Europe/Berlin");
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:00", t.year, t.month, t.day, t.hour, t.minute);
    return text;
}

content::LocalizedText english(const std::string& en, const std::string& de) {
    return db_fixture::texts({{"en", en.c_str()}, {"de", de.c_str()}});
}

// A big city's content, built straight into a kiosk data directory.
fs::path bigData() {
    static const fs::path data = [] {
        const fs::path dir = fs::path(KIOSK_BINARY_DIR) / "test-scratch" / "list-pages";
        fs::remove_all(dir);
        const fs::path version = dir / "versions" / "big-1";
        fs::create_directories(version);
        content::Content c;
        c.pack.id = "big-city";
        c.pack.title = english("Big city", "Große Stadt");
        c.pack.defaultLanguage = "de";
        c.pack.languages = {"de", "en"};
        c.pack.sequence = 1;
        c.pack.createdAt = "2026-11-01T00:00:00Z";
        for (int i = 1; i <= 2000; ++i) {
            content::Organisation o;
            o.id = "org-" + number(i, 4);
            o.name = english("Organisation " + number(i, 4), "Verein " + number(i, 4));
            o.summary = i % 5 == 0 ? english("Help with forms and counselling", "Hilfe bei Anträgen und Beratung")
                                   : english("Meeting place for neighbours", "Treffpunkt für Nachbarn");
            o.languages = {"de", i % 2 ? "ar" : "uk"};
            o.district = "District " + std::to_string(i % 12);
            o.openingHours = i % 3 ? "Mo-Fr 09:00-17:00" : "Sa 10:00-14:00";
            c.organisations.push_back(std::move(o));
        }
        std::vector<content::EventOccurrence> dates;
        for (int i = 0; i < 1600; ++i) {
            content::EventSeries e;
            e.uid = "event-" + number(i, 4);
            e.organisationId = "org-" + number(1 + i % 2000, 4);
            e.title = english((i % 7 ? "Meeting " : "Counselling hour ") + number(i, 4), "Treffen " + number(i, 4));
            const int64_t start = kNow + 3600 + int64_t(i) * 6480;  // 1,600 dates over 120 days
            e.start = wallTime(start);
            e.end = wallTime(start + 7200);
            dates.push_back({e.uid, start, start + 7200, false});
            c.events.push_back(std::move(e));
        }
        for (int i = 1; i <= 300; ++i) {
            content::Guide g;
            g.id = "guide-" + number(i, 3);
            g.order = i;
            content::GuideBlock paragraph;
            paragraph.lines = {"Who helps with counselling.", "Where to go."};
            g.texts["en"] = content::GuideText{"Guide " + number(i, 3), {paragraph}};
            g.texts["de"] = content::GuideText{"Anleitung " + number(i, 3), {paragraph}};
            c.guides.push_back(std::move(g));
        }
        std::string error;
        REQUIRE_MESSAGE(content::buildDatabase(c, dates, version / "content.db", &error), error);
        fs::create_directory_symlink(fs::path("versions") / "big-1", dir / "live");
        return dir;
    }();
    return data;
}

std::unique_ptr<content::ContentStore> openBig() {
    std::string error;
    auto store = content::ContentStore::open(bigData(), &error);
    REQUIRE_MESSAGE(store, error);
    return store;
}

// The kiosk in this process, one frame at a time on a 60 Hz clock of its own.
class FrameByFrame {
public:
    FrameByFrame() : window_(kWidth, kHeight) {
        const std::string size = std::to_string(kWidth) + "x" + std::to_string(kHeight);
        const std::string data = bigData().string();
        const char* argv[] = {"kiosk", "--null-window", size.c_str(), "--data", data.c_str(), "--now", kNowIso,
                              "--lang", "en"};
        kiosk::KioskOptions options;
        std::string error;
        REQUIRE_MESSAGE(kiosk::parseCommandLine(int(std::size(argv)), argv, options, &error), error);
        options.nullWindow = true;
        app_ = std::make_unique<kiosk::KioskApp>(kiosk::resolveStationSettings(options, 0), window_, 0.0);
        REQUIRE_MESSAGE(app_->start(&error), error);
        settle();
    }

    kiosk::AppState& state() { return app_->state(); }

    void frame(std::vector<platform::PointerEvent> events = {}) {
        app_->wake(now_, std::move(events));
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(float(kWidth), float(kHeight));
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        ImGui::NewFrame();
        app_->drawFrame(now_, kWidth, kHeight);
        ImGui::Render();
        app_->afterRender(kWidth, kHeight, 0.001, 0.001);
        now_ += 1.0 / 60.0;
    }

    // Frames until nothing moves and every list is read.
    void settle() {
        for (int i = 0; i < 3000 && !app_->settled(); ++i) frame();
        REQUIRE(app_->settled());
    }

    void tap(float x, float y) {
        frame({{platform::PointerEvent::Kind::Down, x, y, now_}, {platform::PointerEvent::Kind::Up, x, y, now_}});
    }

    void tapLabel(const std::string& label) {
        const kiosk::TapTarget* target = state().taps.find(label);
        REQUIRE_MESSAGE(target, "no target labelled " << label);
        tap((target->min.x + target->max.x) / 2, (target->min.y + target->max.y) / 2);
    }

    // A fast upward swipe over the middle of the list, 120 ms, moves every 8 ms.
    void fling() {
        const float x = 960, from = 950, to = 250;
        frame({{platform::PointerEvent::Kind::Down, x, from, now_}});
        for (int step = 1; step <= 15; ++step) {
            const double t = now_ + step * 0.008;
            frame({{platform::PointerEvent::Kind::Move, x, from + (to - from) * step / 15.0f, t}});
        }
        frame({{platform::PointerEvent::Kind::Up, x, to, now_}});
    }

private:
    platform::NullWindow window_;
    std::unique_ptr<kiosk::KioskApp> app_;
    double now_ = 0;
};

// The targets of the last frame whose labels are rows of the list.
std::vector<kiosk::TapTarget> rowTargets(kiosk::AppState& state, const std::set<std::string>& rowLabels) {
    std::vector<kiosk::TapTarget> rows;
    for (const auto& target : state.taps.visible())
        if (rowLabels.count(target.label)) rows.push_back(target);
    return rows;
}

// Opens a list from home and returns the row targets of the first frame that drew any.
std::vector<kiosk::TapTarget> firstFrameOf(FrameByFrame& kiosk, const char* homeKey, kiosk::Screen screen,
                                           const std::set<std::string>& rowLabels) {
    kiosk.tapLabel(kiosk::i18n::translate("en", homeKey));
    for (int i = 0; i < 3; ++i) {
        if (kiosk.state().screen() == screen) {
            auto rows = rowTargets(kiosk.state(), rowLabels);
            if (!rows.empty()) return rows;
        }
        kiosk.frame();
    }
    FAIL("the list drew no rows in its first frames");
    return {};
}

// Rows from the top of the list down to the bottom of the screen, each
// starting where the one above ends.
void checkRowsFillTheView(const std::vector<kiosk::TapTarget>& rows, size_t atLeast) {
    REQUIRE(rows.size() >= atLeast);
    for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i].fullMin.y == doctest::Approx(rows[i - 1].fullMax.y));
    CHECK(rows.back().max.y >= kHeight - 1);
}

template <class Rows, class Label>
std::set<std::string> labelsOf(const Rows& rows, Label&& label) {
    std::set<std::string> labels;
    for (const auto& row : rows) labels.insert(label(row));
    return labels;
}

}  // namespace

TEST_CASE("the first frame of each list shows its rows down to the bottom of the screen") {
    auto store = openBig();
    const auto organisations = store->organisations("en");
    const auto guides = store->guides("en");
    const auto events = store->events("en", kNow, kNow + 120 * 86400);
    REQUIRE(organisations.size() == 2000);
    REQUIRE(guides.size() == 300);
    FrameByFrame kiosk;

    SUBCASE("organisations") {
        auto rows = firstFrameOf(kiosk, "home.organisations", kiosk::Screen::Organisations,
                                 labelsOf(organisations, [](const auto& o) { return o.name; }));
        checkRowsFillTheView(rows, 4);
        for (size_t i = 0; i < rows.size(); ++i) CHECK(rows[i].label == organisations[i].name);
    }
    SUBCASE("events") {
        auto rows = firstFrameOf(kiosk, "home.events", kiosk::Screen::Events,
                                 labelsOf(events, [](const auto& e) { return e.title; }));
        REQUIRE(rows.size() >= 3);
        CHECK(rows.front().label == events.front().title);
        CHECK(rows.back().max.y >= kHeight - 1);
    }
    SUBCASE("guides") {
        auto rows = firstFrameOf(kiosk, "home.guides", kiosk::Screen::Guides,
                                 labelsOf(guides, [](const auto& g) { return g.title; }));
        checkRowsFillTheView(rows, 4);
        for (size_t i = 0; i < rows.size(); ++i) CHECK(rows[i].label == guides[i].title);
    }
    SUBCASE("search: the visible results with their snippets") {
        const auto hits = store->search("counselling", "en", 20, kNow);
        REQUIRE(hits.size() == 60);
        REQUIRE(hits.front().kind == content::SearchHit::Kind::Organisation);
        REQUIRE_FALSE(hits.front().snippet.empty());
        kiosk.tapLabel(kiosk::i18n::translate("en", "home.search"));
        kiosk.settle();
        kiosk.state().session.searchText = "counselling";
        kiosk::text::setRecording(true);
        kiosk::text::clearRecorded();
        kiosk.frame();
        kiosk::text::setRecording(false);
        auto rows = rowTargets(kiosk.state(), labelsOf(hits, [](const auto& h) { return h.title; }));
        REQUIRE(rows.size() >= 2);
        CHECK(rows.front().label == hits.front().title);
        bool snippetDrawn = false;
        for (const auto& drawn : kiosk::text::recorded())
            snippetDrawn = snippetDrawn || drawn.text.rfind(hits.front().snippet.substr(0, 12), 0) == 0;
        CHECK_MESSAGE(snippetDrawn, "the first result's snippet '" << hits.front().snippet << "' is not drawn");
    }
}

TEST_CASE("every row of a long list can be reached by scrolling to its end") {
    auto store = openBig();
    FrameByFrame kiosk;
    struct List {
        const char* homeKey;
        kiosk::Screen screen;
        const char* scroll;
        std::string last;
        bool heightKnown;  // from the first page on (a count), so a jump to the end lands there at once
    };
    const List lists[] = {
        {"home.organisations", kiosk::Screen::Organisations, "organisations", store->organisations("en").back().name, true},
        {"home.guides", kiosk::Screen::Guides, "guides", store->guides("en").back().title, true},
        {"home.events", kiosk::Screen::Events, "events", store->events("en", kNow, kNow + 120 * 86400).back().title,
         false},
    };
    for (const List& list : lists) {
        CAPTURE(list.scroll);
        kiosk.tapLabel(kiosk::i18n::translate("en", list.homeKey));
        kiosk.frame();
        REQUIRE(kiosk.state().screen() == list.screen);
        // As far down as the list goes, again each frame (a list still being
        // read grows under the finger), until its last row is on screen.
        const kiosk::TapTarget* last = nullptr;
        int jumps = 0;
        for (; jumps < 200 && !last; ++jumps) {
            kiosk.state().scroll(list.scroll).setOffset(1e9f);
            kiosk.frame();
            last = kiosk.state().taps.find(list.last);
        }
        REQUIRE_MESSAGE(last, "the last row '" << list.last << "' never came into view");
        // The frame of the jump reads every row down to where it lands.
        if (list.heightKnown) CHECK(jumps == 1);
        CHECK(last->fullMax.y <= kHeight);  // whole, above the bottom edge
        kiosk.settle();
        kiosk.tapLabel(kiosk::i18n::translate("en", "nav.home"));
        kiosk.settle();
    }
}

TEST_CASE("a tap on a row after a fling has come to rest opens that row, wherever on the row it lands") {
    auto store = openBig();
    FrameByFrame kiosk;
    std::map<std::string, std::string> idOfName;
    for (const auto& o : store->organisations("en")) idOfName[o.name] = o.id;
    kiosk.tapLabel(kiosk::i18n::translate("en", "home.organisations"));
    kiosk.settle();
    const std::set<std::string> names = labelsOf(idOfName, [](const auto& entry) { return entry.first; });
    // Where on a row, measured from its neighbours (not from its own target):
    // right under the row above, the middle, the last pixel above the row below.
    for (int where = 0; where < 3; ++where) {
        for (int i = 0; i < 3; ++i) kiosk.fling();
        kiosk.settle();
        REQUIRE(kiosk.state().screen() == kiosk::Screen::Organisations);
        auto rows = rowTargets(kiosk.state(), names);
        REQUIRE(rows.size() >= 4);
        const kiosk::TapTarget &above = rows[1], &row = rows[2], &below = rows[3];
        const float y = where == 0 ? above.fullMax.y + 0.5f
                        : where == 1 ? (row.min.y + row.max.y) / 2
                                     : below.fullMin.y - 0.5f;
        CAPTURE(row.label);
        CAPTURE(y);
        kiosk.tap(700, y);
        kiosk.frame();
        REQUIRE(kiosk.state().screen() == kiosk::Screen::Organisation);
        CHECK(kiosk.state().route().id == idOfName[row.label]);
        kiosk.tapLabel(kiosk::i18n::translate("en", "nav.back"));
        kiosk.settle();
    }
}

TEST_CASE("a paged list reads what the view needs at once, the rest a page a frame, and swaps a refresh in whole") {
    struct Numbers {
        std::vector<int> rows;
        int until = 0;  // the list's length
    };
    const auto readPage = [](Numbers& list) {
        if (int(list.rows.size()) >= list.until) return false;
        for (int i = 0; i < 10 && int(list.rows.size()) < list.until; ++i) list.rows.push_back(int(list.rows.size()));
        return true;
    };
    const auto viewShows = [](size_t rows) { return [rows](const Numbers& list) { return list.rows.size() < rows; }; };
    const std::chrono::microseconds noBudget{0};
    kiosk::PagedRows<Numbers> list;
    list.restart(Numbers{{}, 45}, false);
    list.advance(readPage, viewShows(25), noBudget);
    CHECK(list.shown().rows.size() == 30);  // the view's 25 rows, in whole pages
    CHECK_FALSE(list.complete());
    list.advance(readPage, viewShows(25), noBudget);
    CHECK(list.shown().rows.size() == 40);  // one more page a frame
    list.advance(readPage, viewShows(25), noBudget);
    list.advance(readPage, viewShows(25), noBudget);
    CHECK(list.complete());
    CHECK(list.shown().rows.size() == 45);

    // The same list read again (a minute passed): the old rows stay on screen until the new ones are all in.
    list.restart(Numbers{{}, 12}, true);
    CHECK(list.shownComplete());
    list.advance(readPage, viewShows(100), noBudget);  // the view's need does not apply to rows not on screen
    CHECK(list.shown().rows.size() == 45);
    CHECK_FALSE(list.complete());
    list.advance(readPage, viewShows(100), noBudget);
    list.advance(readPage, viewShows(100), noBudget);
    CHECK(list.complete());
    CHECK(list.shown().rows.size() == 12);
}
