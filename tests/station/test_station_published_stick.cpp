// After a publish the staff overview tells the truth about the stick: the
// folder on it is what is live now (with when it was published, and "check
// again" instead of a new check), until a file on it changes; then it is new
// content again. In-process kiosk runs on one data folder, like a kiosk
// started again.
#include <doctest/doctest.h>

#include "tests/support/publish_fixture.h"

using namespace pack_test;
using namespace publish_test;

namespace {

const std::string kPublish = kPin + "tap-label " + t("staff.ok") + "\n" + "wait-for-label " + t("staff.source.preview") +
                             "\n" + "tap-label " + t("staff.source.preview") + "\n" + "wait-for-label " +
                             t("staff.preview.publish") + "\n" + "tap-label " + t("staff.preview.publish") + "\n" +
                             "wait-for-label " + t("staff.back_to_kiosk") + "\nwait 500\n";

std::string openStaff(const std::string& lang) { return kPin + "tap-label " + t("staff.ok", lang) + "\nwait 1500\n"; }

}  // namespace

TEST_CASE("after a publish the stick's folder is shown as published until a file on it changes") {
    PublishFixture f;
    const std::string publishedDe = "Die Inhalte von diesem Stick sind veröffentlicht (23. November, 10:00). Sie können den Stick abziehen.";
    const std::string publishedAr = "محتوى ذاكرة USB هذه منشور (23 نوفمبر، 10:00). يمكنك سحب الذاكرة الآن.";

    // Publish, and back on the overview: published, with "check again".
    REQUIRE_MESSAGE(f.run(kPublish, "publish") == 0, f.log("publish"));
    CHECK(f.liveTitle() == "community-demo");
    CHECK(f.drew("publish", publishedDe));
    CHECK(f.drewLabel("publish", t("staff.source.check_again")));

    // The kiosk started again, the same stick: the overview, no check, nothing "new".
    REQUIRE_MESSAGE(f.run(openStaff("de"), "again") == 0, f.log("again"));
    CHECK(f.drew("again", publishedDe));
    CHECK(f.drewLabel("again", t("staff.source.check_again")));
    CHECK_FALSE(f.drew("again", t("staff.source.new")));
    CHECK_FALSE(f.drewLabel("again", t("staff.source.open")));
    REQUIRE_MESSAGE(f.run(openStaff("ar"), "again-ar", "ar") == 0, f.log("again-ar"));
    CHECK(f.drew("again-ar", publishedAr));
    CHECK(f.drewLabel("again-ar", t("staff.source.check_again", "ar")));
    CHECK_FALSE(f.drew("again-ar", t("staff.source.new", "ar")));

    // A file on the stick changed since: new content again, and its check opens.
    appendText(f.source / "organisations.csv", organisationRow(f.source / "organisations.csv",
                                                               {{"id", "treff-neu"}, {"name", "Treff Neu"}, {"languages", "de"}}));
    REQUIRE_MESSAGE(f.run(openStaff("de"), "changed") == 0, f.log("changed"));
    CHECK(f.drew("changed", t("staff.source.new")));
    CHECK_FALSE(f.drew("changed", publishedDe));
    CHECK(f.drewLabel("changed", t("staff.source.check_again")));  // the check's own button
}

TEST_CASE("a stick nobody published from here is new content") {
    PublishFixture f;
    REQUIRE_MESSAGE(f.run(openStaff("de") + "tap-label " + t("staff.source.back") + "\nwait 500\n", "fresh") == 0, f.log("fresh"));
    CHECK(f.drew("fresh", t("staff.source.new")));
    CHECK(f.drewLabel("fresh", t("staff.source.open")));
    CHECK_FALSE(f.drew("fresh", "veröffentlicht ("));
}
