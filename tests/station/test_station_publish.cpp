// Staff update their kiosk at the kiosk, end to end with the whole kiosk
// (in-process on a null window: the tests read drawn text and files, never
// pixels): a USB stick (a folder under a fake media root) with a source
// folder, the staff PIN, the check's problem list, the preview of the staged
// version, Publish; what lands on the stick; what a folder with errors, a
// link to /etc/passwd, the idle reset and an empty stick do. The stick
// pulled during a preview: test_station_publish_pull.cpp.
#include <doctest/doctest.h>

#include <cstdlib>

#include "content/pack/importer.h"
#include "content/station/kiosk_signing_key.h"
#include "tests/support/publish_fixture.h"

using namespace pack_test;

using namespace publish_test;

TEST_CASE("a good folder on a stick: PIN, no problems, preview in Arabic, Publish; the stick holds a pack other kiosks take") {
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
    CHECK(f.drew("errors", "so: „\u2068Mo-Fr 09:00-17:00\u2069“."));
    CHECK(f.drew("errors", t("staff.source.error") + " · Zeile 8, Spalte B (name)"));
    CHECK(f.drew("errors", "events/niemand.ics"));
    CHECK(f.drew("errors", "Es gibt keine Organisation mit der Kennung „\u2068niemand\u2069“."));
    CHECK_FALSE(f.drewLabel("errors", t("staff.source.preview")));
    CHECK_FALSE(f.drewLabel("errors", t("staff.preview.publish")));
    CHECK(f.liveTitle() == "test-pack");
}

TEST_CASE("a link to /etc/passwd in images/ is refused and never read") {
    PublishFixture f;
    fs::create_symlink("/etc/passwd", f.source / "images" / "passwd.png");
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\nwait-for-label " + t("staff.source.check_again") +
                               "\nwait 4000\n";
    REQUIRE_MESSAGE(f.run(script, "link") == 0, f.log("link"));
    CHECK(f.drew("link", "images/passwd.png"));
    CHECK(f.drew("link", "Das ist eine Verknüpfung (zu \u2068/etc/passwd\u2069)."));
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
    PublishFixture f;
    const std::string script = "wait 2500\ntap-label " + t("home.organisations") + "\nwait 300\nassert-screen organisations\n";
    REQUIRE_MESSAGE(f.run(script, "visitor") == 0, f.log("visitor"));
    CHECK_FALSE(f.drew("visitor", t("staff.source.new")));
    CHECK_FALSE(f.drew("visitor", t("staff.preview.banner")));
    CHECK(f.drew("visitor", "Nachbarschaftshaus v1", "organisations/"));  // the live content
    CHECK(f.log("visitor").find("errors,") == std::string::npos);        // the folder was never checked
}

TEST_CASE("an empty stick: the staff screen writes the template onto it, and the template then checks without a problem") {
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
    // The sentence wraps after the folder's name: its first line names the
    // folder (isolated, so it reads left to right in Arabic too).
    const std::string written = kiosk::i18n::format(
        t("staff.template.written"), {{"folder", "\u2066" + (f.stick / "kiosk-vorlage").string() + "\u2069"}});
    CHECK(f.drew("template", written.substr(0, written.find("kiosk-vorlage") + std::string("kiosk-vorlage").size())));
    CHECK(f.drew("template", t("staff.source.no_problems")));
}

TEST_CASE("the import child killed while it builds the preview: a sentence that says so, no preview, the live content stays") {
    PublishFixture f;
    KillChildAt kill("pack-built");
    const std::string script = kPin + "tap-label " + t("staff.ok") + "\n" +
                               "wait-for-label " + t("staff.source.preview") + "\n" +
                               "tap-label " + t("staff.source.preview") + "\nwait 4000\n";
    REQUIRE_MESSAGE(f.run(script, "killed") == 0, f.log("killed"));
    // The sentence wraps: its first sentence is on the first line.
    const std::string crashed = t("staff.source.crashed");
    CHECK(f.drew("killed", crashed.substr(0, crashed.find('.') + 1)));
    CHECK_FALSE(f.drewLabel("killed", t("staff.preview.publish")));
    CHECK(f.liveTitle() == "test-pack");
    CHECK_FALSE(fs::exists(fs::symlink_status(f.data / "staging")));
    CHECK(f.versionCount() == 1);
}
