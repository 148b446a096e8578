// Staff update their kiosk at the kiosk, end to end with the real build/kiosk:
// a USB stick (a folder under a fake media root) with a source folder, the
// staff PIN, the check's problem list, the preview of the staged version,
// Publish; what lands on the stick; and what a folder with errors, a stick
// pulled during the preview and a link to /etc/passwd do.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include <nlohmann/json.hpp>

#include "content/db/content_store.h"
#include "content/pack/importer.h"
#include "content/station/kiosk_signing_key.h"
#include "content/station/live_content.h"
#include "content/station/staff_pin.h"
#include "kiosk/i18n/i18n.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
using namespace std::chrono_literals;

namespace {

std::string t(const char* key, const std::string& lang = "de") { return kiosk::i18n::translate(lang, key); }

// One organisation more than the demo content, with an Arabic name.
constexpr const char* kNewOrganisationArabic = "ملتقى الجيران صن هوف";

std::string quote(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A CSV row for the demo's organisations.csv with only the given columns filled.
std::string organisationRow(const fs::path& csv, const std::map<std::string, std::string>& values) {
    std::istringstream in(readFile(csv));
    std::string header;
    std::getline(in, header);
    std::string row;
    std::istringstream columns(header);
    bool first = true;
    for (std::string column; std::getline(columns, column, ',');) {
        if (!first) row += ",";
        first = false;
        if (auto it = values.find(column); it != values.end()) row += it->second;
    }
    return row + "\n";
}

void appendText(const fs::path& file, const std::string& text) { writeFile(file, readFile(file) + text); }

struct PublishFixture {
    TempDir temp;
    Keys cityKeys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path media = temp.path / "media";
    fs::path stick = media / "STICK";
    fs::path source = stick / "verein";
    fs::path config = temp.path / "kiosk.toml";
    std::string now = kTestNowIso;
    pid_t pid = -1;

    PublishFixture() {
        // What visitors see before: the city's test pack.
        writeGoodPack(sampleContent(1, "test-pack", "v1"), temp.path / "v1.kpack", cityKeys);
        content::ImportOptions options;
        options.dataDir = data;
        options.trustedPublicKeys = {cityKeys.publicFile};
        options.nowUtc = utc(kTestNowIso);
        REQUIRE(content::importPack(temp.path / "v1.kpack", options).ok());
        writeFile(temp.path / "city.pub", cityKeys.publicFile);
        writeFile(config, "kiosk_id = \"publish-test\"\nstaff_pin_hash = \"" + content::station::hashStaffPin("2468") +
                              "\"\n[trust]\npublic_keys = [\"" + (temp.path / "city.pub").string() + "\"]\n[watch]\nmedia_roots = [\"" +
                              media.string() + "\"]\nsettle_ms = 200\n");
        fs::create_directories(stick);
        fs::copy(fs::path(KIOSK_SOURCE_DIR) / "content/demo", source, fs::copy_options::recursive);
    }
    ~PublishFixture() { stop(); }

    void start(const std::string& script, const std::string& name, const std::string& lang = "de",
               const std::string& size = "1024x768") {
        const fs::path replay = temp.path / (name + ".replay");
        writeFile(replay, script);
        const std::vector<std::string> args = {"--windowed", size, "--lang", lang, "--now", now, "--config",
                                               config.string(), "--data", data.string(), "--replay", replay.string(),
                                               "--dump-text", dump(name).string()};
        pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            if (!std::freopen((temp.path / (name + ".log")).c_str(), "w", stderr)) _exit(126);
            std::vector<char*> argv{const_cast<char*>(KIOSK_BIN)};
            for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
            argv.push_back(nullptr);
            ::execv(KIOSK_BIN, argv.data());
            _exit(127);
        }
    }
    // Waits for the kiosk to end its replay; its exit code (-1: killed after the timeout).
    int wait() {
        for (int i = 0; i < 6000 && pid > 0; ++i) {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == pid) {
                pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            std::this_thread::sleep_for(20ms);
        }
        stop();
        return -1;
    }
    void stop() {
        if (pid <= 0) return;
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        pid = -1;
    }
    int run(const std::string& script, const std::string& name, const std::string& lang = "de") {
        start(script, name, lang);
        return wait();
    }
    // Blocks until the kiosk's log holds `text` (30 s at most).
    bool waitForLog(const std::string& name, const std::string& text) {
        for (int i = 0; i < 1500; ++i) {
            if (log(name).find(text) != std::string::npos) return true;
            std::this_thread::sleep_for(20ms);
        }
        return false;
    }

    fs::path dump(const std::string& name) { return temp.path / (name + ".json"); }
    std::string log(const std::string& name) {
        std::error_code error;
        return fs::exists(temp.path / (name + ".log"), error) ? readFile(temp.path / (name + ".log")) : std::string();
    }
    bool drew(const std::string& name, const std::string& part, const std::string& contextPrefix = "") {
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            if (item.value("text", "").find(part) != std::string::npos &&
                item.value("context", "").rfind(contextPrefix, 0) == 0)
                return true;
        return false;
    }
    // A whole label (a button) drawn, not a word inside a sentence.
    bool drewLabel(const std::string& name, const std::string& label) {
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            if (item.value("text", "") == label) return true;
        return false;
    }
    std::string liveTitle() {
        auto store = content::ContentStore::open(data, nullptr);
        return store ? store->pack().id : "";
    }
    // The data folder holds live and previous only: no staged version left.
    size_t versionCount() {
        size_t count = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(data / "versions")) ++count;
        return count;
    }
};

const std::string kPin = "drag 1018 6 1018 6 3400\nwait 200\ntap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\n";

}  // namespace

TEST_CASE("a good folder on a stick: PIN, no problems, preview in Arabic, Publish; the stick holds a pack other kiosks take") {
    if (!std::getenv("DISPLAY")) {
        MESSAGE("no DISPLAY: run through platform/dev.sh test");
        return;
    }
    PublishFixture f;
    const fs::path csv = f.source / "organisations.csv";
    appendText(csv, organisationRow(csv, {{"id", "sonnenhof"}, {"name", "Nachbarschaftstreff Sonnenhof"},
                                          {"categories", "counselling"}, {"languages", "de;ar"}, {"city", "Leipzig"},
                                          {"opening_hours", "Mo-Fr 10:00-16:00"}, {"name@ar", kNewOrganisationArabic}}));
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\n" +
                               "wait-for-label " + t("staff.source.preview") + "\n" +
                               "tap-label " + t("staff.source.preview") + "\n" +
                               "wait-for-label " + t("staff.preview.publish") + "\n" +
                               "tap-label العربية\nwait 200\n" +
                               "tap-label " + t("home.organisations", "ar") + "\nwait 500\nassert-screen organisations\n" +
                               "tap-label " + t("staff.preview.publish", "ar") + "\n" +
                               "wait-for-label " + t("staff.back_to_kiosk", "ar") + "\nwait 300\n" +
                               "tap-label " + t("staff.back_to_kiosk", "ar") + "\nwait 300\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "good", "de") == 0, f.log("good"));
    CHECK(f.drew("good", t("staff.source.new")));
    CHECK(f.drew("good", t("staff.source.no_problems")));
    CHECK(f.drew("good", t("staff.preview.banner", "ar")));
    // The new organisation, in Arabic, on the visitor screen of the preview.
    CHECK(f.drew("good", kNewOrganisationArabic, "organisations/ar"));
    CHECK(f.drew("good", "community-demo"));  // staff.publish.done names the pack
    CHECK(f.drew("good", "kiosk-report-publish-test.txt"));
    CHECK(f.liveTitle() == "community-demo");
    CHECK(f.versionCount() == 2);  // live and previous

    // The visitor screens show it (a fresh start on the same data folder).
    const std::string visit = "tap-label " + t("home.organisations", "ar") + "\nwait 500\nassert-screen organisations\n";
    REQUIRE_MESSAGE(f.run(visit, "visit", "ar") == 0, f.log("visit"));
    CHECK(f.drew("visit", kNewOrganisationArabic, "organisations/ar"));

    // On the stick: the pack, the report and this kiosk's public key.
    std::vector<fs::path> packs;
    for (const auto& entry : fs::directory_iterator(f.stick / "kiosk"))
        if (entry.path().extension() == ".kpack") packs.push_back(entry.path());
    REQUIRE(packs.size() == 1);
    CHECK(readFile(f.stick / "kiosk" / "kiosk-report-publish-test.txt").find("community-demo") != std::string::npos);
    const fs::path publicKey = content::station::signingKeyFolder(f.data) / "kiosk.pub";
    CHECK(readFile(f.stick / "kiosk" / "publish-test.pub") == readFile(publicKey));
    // minisign itself verifies the manifest's signature with the kiosk's public key.
    const fs::path unpacked = f.temp.path / "unpacked";
    fs::create_directories(unpacked);
    REQUIRE(std::system(("unzip -q -o " + quote(packs[0].string()) + " manifest.json manifest.json.minisig -d " +
                         quote(unpacked.string()))
                            .c_str()) == 0);
    CHECK(std::system(("minisign -V -q -p " + quote(publicKey.string()) + " -m " +
                       quote((unpacked / "manifest.json").string()))
                          .c_str()) == 0);
    // A second kiosk that trusts that key imports the pack from the stick.
    content::ImportOptions second;
    second.dataDir = f.temp.path / "second-kiosk";
    second.trustedPublicKeys = {readFile(f.stick / "kiosk" / "publish-test.pub")};
    second.nowUtc = utc(kTestNowIso);
    const content::ImportResult imported = content::importPack(packs[0], second);
    CHECK_MESSAGE(imported.ok(), imported.detail);
    CHECK(imported.organisations == 6);
}

TEST_CASE("a folder with three errors: each shown with its place, no preview and so no Publish") {
    if (!std::getenv("DISPLAY")) return;
    PublishFixture f;
    const fs::path csv = f.source / "organisations.csv";
    appendText(csv, organisationRow(csv, {{"id", "treff-a"}, {"name", "Treff A"}, {"categories", "counselling"},
                                          {"languages", "de"}, {"opening_hours", "Mo-Fr 9-17h"}}));
    appendText(csv, organisationRow(csv, {{"id", "treff-b"}, {"categories", "counselling"}, {"languages", "de"}}));
    fs::copy_file(f.source / "events" / fs::directory_iterator(f.source / "events")->path().filename(),
                  f.source / "events" / "niemand.ics");
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\nwait-for-label " + t("staff.source.check_again") +
                               "\nwait 4000\n";
    REQUIRE_MESSAGE(f.run(script, "errors") == 0, f.log("errors"));
    CHECK(f.drew("errors", kiosk::i18n::format(t("staff.source.summary"), {{"errors", "3"}, {"warnings", "0"}})));
    CHECK(f.drew("errors", "organisations.csv"));
    CHECK(f.drew("errors", t("staff.source.error") + " · Zeile 7, Spalte N (opening_hours)"));
    CHECK(f.drew("errors", "write it like 'Mo-Fr 09:00-17:00'"));
    CHECK(f.drew("errors", t("staff.source.error") + " · Zeile 8, Spalte B (name)"));
    CHECK(f.drew("errors", "events/niemand.ics"));
    CHECK(f.drew("errors", "there is no organisation with id 'niemand'"));
    CHECK_FALSE(f.drewLabel("errors", t("staff.source.preview")));
    CHECK_FALSE(f.drewLabel("errors", t("staff.preview.publish")));
    CHECK(f.liveTitle() == "test-pack");
}

TEST_CASE("the stick pulled during the preview: the preview ends, nothing staged is left, the live content is unchanged") {
    if (!std::getenv("DISPLAY")) return;
    PublishFixture f;
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\n" +
                               "wait-for-label " + t("staff.source.preview") + "\n" +
                               "tap-label " + t("staff.source.preview") + "\n" +
                               "wait-for-label " + t("staff.preview.publish") + "\n" +
                               "wait-for-label " + t("staff.back_to_kiosk") + "\nwait 300\n";
    f.start(script, "pulled");
    REQUIRE_MESSAGE(f.waitForLog("pulled", "preview ready"), f.log("pulled"));
    std::this_thread::sleep_for(1000ms);  // the preview is on screen
    fs::remove_all(f.stick);
    REQUIRE_MESSAGE(f.wait() == 0, f.log("pulled"));
    CHECK(f.drew("pulled", t("staff.preview.banner")));
    CHECK(f.drew("pulled", t("staff.preview.stick_pulled")));
    CHECK(f.liveTitle() == "test-pack");
    CHECK_FALSE(fs::exists(fs::symlink_status(f.data / "staging")));
    CHECK(f.versionCount() == 1);  // the live version only: the staged one is gone
}

TEST_CASE("a link to /etc/passwd in images/ is refused and never read") {
    if (!std::getenv("DISPLAY")) return;
    PublishFixture f;
    fs::create_symlink("/etc/passwd", f.source / "images" / "passwd.png");
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\nwait-for-label " + t("staff.source.check_again") +
                               "\nwait 4000\n";
    REQUIRE_MESSAGE(f.run(script, "link") == 0, f.log("link"));
    CHECK(f.drew("link", "images/passwd.png"));
    CHECK(f.drew("link", "this is a link"));
    CHECK_FALSE(f.drewLabel("link", t("staff.source.preview")));
    // The file's content is nowhere: not on screen, not in the log, not in the data folder, not on the stick.
    const std::string passwd = readFile("/etc/passwd");
    const std::string firstLine = passwd.substr(0, passwd.find('\n'));
    REQUIRE(!firstLine.empty());
    CHECK(readFile(f.dump("link")).find(firstLine) == std::string::npos);
    CHECK(f.log("link").find(firstLine) == std::string::npos);
    for (const fs::path& root : {f.data, f.stick})
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (fs::is_regular_file(fs::symlink_status(entry.path())))
                CHECK_MESSAGE(readFile(entry.path()).find(firstLine) == std::string::npos, entry.path());
}

TEST_CASE("the idle reset ends a preview: visitors are back on the live content and nothing staged is left") {
    if (!std::getenv("DISPLAY")) return;
    PublishFixture f;
    writeFile(f.config, "idle_timeout_seconds = 10\n" + readFile(f.config));
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\n" +
                               "wait-for-label " + t("staff.source.preview") + "\n" +
                               "tap-label " + t("staff.source.preview") + "\n" +
                               "wait-for-label " + t("staff.preview.publish") + "\n" +
                               "tap-label " + t("home.organisations") + "\nwait 300\nassert-screen organisations\n" +
                               "wait 14000\nassert-screen home\n";
    REQUIRE_MESSAGE(f.run(script, "idle") == 0, f.log("idle"));
    CHECK(f.drew("idle", "Für mich, uns und alle!", "organisations/"));  // the demo, in the preview
    CHECK(f.liveTitle() == "test-pack");
    CHECK_FALSE(fs::exists(fs::symlink_status(f.data / "staging")));
    CHECK(f.versionCount() == 1);
    // The reset brings the visitor home, not back to the staff screen.
    CHECK_FALSE(f.drew("idle", t("staff.preview.discarded")));
}

TEST_CASE("without the PIN a stick with a source folder offers visitors nothing: no check, no preview") {
    if (!std::getenv("DISPLAY")) return;
    PublishFixture f;
    const std::string script = "wait 2500\ntap-label " + t("home.organisations") + "\nwait 300\nassert-screen organisations\n";
    REQUIRE_MESSAGE(f.run(script, "visitor") == 0, f.log("visitor"));
    CHECK_FALSE(f.drew("visitor", t("staff.source.new")));
    CHECK_FALSE(f.drew("visitor", t("staff.preview.banner")));
    CHECK(f.drew("visitor", "Nachbarschaftshaus v1", "organisations/"));  // the live content
    CHECK(f.log("visitor").find("errors,") == std::string::npos);        // the folder was never checked
}

TEST_CASE("an empty stick: the staff screen writes the template onto it, and the template then checks without a problem") {
    if (!std::getenv("DISPLAY")) return;
    PublishFixture f;
    fs::remove_all(f.source);  // the stick holds nothing yet
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\n" +
                               "wait-for-label " + t("staff.template.write") + "\n" +
                               "tap-label " + t("staff.template.write") + "\n" +
                               "wait-for-label " + t("staff.source.open") + "\n" +
                               "tap-label " + t("staff.source.open") + "\n" +
                               "wait-for-label " + t("staff.source.preview") + "\n";
    REQUIRE_MESSAGE(f.run(script, "template") == 0, f.log("template"));
    CHECK(fs::is_regular_file(f.stick / "kiosk-vorlage" / "LIESMICH.txt"));
    CHECK(f.drew("template", kiosk::i18n::format(t("staff.template.written"),
                                                 {{"folder", (f.stick / "kiosk-vorlage").string()}})));
    CHECK(f.drew("template", t("staff.source.no_problems")));
}
