// A small Content built by hand for the database and search tests: no parser
// involved, so these tests pin down the database alone. Times are fixed
// instants in Europe/Berlin (UTC+1 in November).
#pragma once

#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

#include "content/core/model.h"

namespace db_fixture {

// Local Berlin times of the fixture, as UTC seconds.
inline constexpr int64_t kNov01 = 1793487600;          // 2026-11-01 00:00
inline constexpr int64_t kNov11_1600 = 1794409200;     // Wednesday
inline constexpr int64_t kNov18_1000 = 1794992400;     // Wednesday 10:00
inline constexpr int64_t kNov18_1600 = 1795014000;
inline constexpr int64_t kNov18_1630 = 1795015800;
inline constexpr int64_t kNov18_1800 = 1795021200;
inline constexpr int64_t kNov19_0000 = 1795042800;
inline constexpr int64_t kNov20_0000 = 1795129200;
inline constexpr int64_t kNov20_0900 = 1795161600;
inline constexpr int64_t kNov21_1100 = 1795255200;     // Saturday 11:00
inline constexpr int64_t kNov25_0000 = 1795561200;
inline constexpr int64_t kNov25_1600 = 1795618800;
inline constexpr int64_t kDec02_1600 = 1796223600;
inline constexpr int64_t kJan01 = 1798758000;          // 2027-01-01 00:00
inline constexpr int64_t kHour = 3600;

inline content::LocalizedText texts(std::initializer_list<std::pair<const char*, const char*>> entries) {
    content::LocalizedText text;
    for (const auto& [lang, value] : entries) text.set(lang, value);
    return text;
}

inline content::Content sampleContent() {
    using namespace content;
    Content c;
    c.pack.id = "test-pack";
    c.pack.title = texts({{"de", "Testinhalt"}, {"en", "Test content"}});
    c.pack.defaultLanguage = "de";
    c.pack.languages = {"de", "de-x-easy", "en", "ar"};
    c.pack.sequence = 20261121053000;
    c.pack.createdAt = "2026-11-21T05:30:00Z";
    c.pack.topics["counselling"] = texts({{"de", "Beratung"}, {"en", "Counselling"}, {"ar", "استشارة"}});
    c.pack.topics["volunteering"] = texts({{"de", "Ehrenamt"}, {"en", "Volunteering"}});

    Organisation migrants;
    migrants.id = "migranten-beratung";
    migrants.name = texts({{"de", "Beratungsstelle für Flüchtlinge"},
                           {"en", "Counselling for refugees"},
                           {"ar", "مَرْكَزُ الاِسْتِشَارَة"}});
    migrants.summary = texts({{"de", "Hilfe bei Anträgen, in der Großen Straße."}, {"en", "Help with forms."}});
    migrants.description = texts({{"de", "Wir beraten auf Deutsch,\nArabisch und Farsi."}});
    migrants.categories = {"counselling"};
    migrants.languages = {"de", "ar", "fa"};
    migrants.address = "Große Straße 1";
    migrants.postcode = "04209";
    migrants.city = "Leipzig";
    migrants.district = "Grünau";
    migrants.phone = "+49 341 000000";
    migrants.email = "info@example.org";
    migrants.website = "https://example.org";
    migrants.openingHours = "Mo-Fr 09:00-17:00";
    migrants.image = "beratung.png";

    Organisation neighbours;
    neighbours.id = "nachbarschaft";
    neighbours.name = texts({{"de", "Nachbarschaftszentrum Spandau"}});
    neighbours.summary = texts({{"de-x-easy", "Hier treffen sich Nachbarn."}});
    neighbours.categories = {"volunteering"};
    neighbours.languages = {"de", "tr"};
    neighbours.district = "Spandau";
    neighbours.openingHours = "Sa 10:00-14:00";

    Organisation doctors;
    doctors.id = "aerztehaus";
    doctors.name = texts({{"de", "Ärztehaus Zentrum"}, {"ru", "Медицинский центр"}});
    doctors.summary = texts({{"de", "Ärztinnen und Ärzte"}});
    doctors.categories = {"counselling", "volunteering"};
    doctors.languages = {"uk", "ru"};
    doctors.district = "Grünau";

    c.organisations = {migrants, neighbours, doctors};

    EventSeries weekly;
    weekly.uid = "s-weekly";
    weekly.organisationId = "migranten-beratung";
    weekly.title = texts({{"de", "Offene Sprechstunde"}, {"ar", "ساعة استشارة مفتوحة"}});
    weekly.description = texts({{"de", "Jeden Mittwoch ohne Termin."}});
    weekly.location = texts({{"de", "Raum 2"}});
    weekly.start = "2026-11-11T16:00:00";
    weekly.end = "2026-11-11T18:00:00";
    weekly.rrule = "FREQ=WEEKLY;BYDAY=WE";
    weekly.exdates = {"2026-12-23T16:00:00", "2026-12-30T16:00:00"};

    EventSeries breakfast;
    breakfast.uid = "s-single";
    breakfast.organisationId = "nachbarschaft";
    breakfast.title = texts({{"en", "Neighbourhood breakfast"}});
    breakfast.start = "2026-11-20T09:00:00";
    breakfast.end = "2026-11-20T11:00:00";

    EventSeries openDay;
    openDay.uid = "s-allday";
    openDay.organisationId = "aerztehaus";
    openDay.title = texts({{"de", "Tag der offenen Tür"}});
    openDay.allDay = true;
    openDay.start = "2026-11-19";
    openDay.end = "2026-11-20";

    EventSeries orphan;
    orphan.uid = "s-orphan";
    orphan.organisationId = "missing-org";
    orphan.title = texts({{"de", "Stadtfest"}});
    orphan.start = "2026-12-24T10:00:00";
    orphan.end = "2026-12-24T12:00:00";

    c.events = {weekly, breakfast, openDay, orphan};

    Guide association;
    association.id = "verein";
    association.order = 1;
    association.picture = "verein.png";
    association.topic = "volunteering";
    association.link = "https://example.org/verein";
    GuideText associationDe;
    associationDe.title = "Was ist ein Verein?";
    GuideBlock heading;
    heading.kind = GuideBlock::Kind::Heading;
    heading.lines = {"Ein Verein"};
    GuideBlock paragraph;
    paragraph.lines = {"Ein Verein ist eine Gruppe.", "Die Gruppe hat ein Ziel."};
    GuideBlock item;
    item.kind = GuideBlock::Kind::ListItem;
    item.lines = {"Mindestens 7 Menschen"};
    GuideBlock picture;
    picture.kind = GuideBlock::Kind::Image;
    picture.image = "gruppe.png";
    picture.alt = "Eine Gruppe";
    associationDe.blocks = {heading, paragraph, item, picture};
    association.texts["de"] = associationDe;
    association.texts["en"] = GuideText{"What is an association?", {paragraph}};
    association.texts["ar"] = GuideText{"ما هي الجمعية؟", {}};

    Guide project;
    project.id = "mikroprojekt";
    project.order = 2;
    project.texts["de"] = GuideText{"Wie starte ich ein Mikroprojekt?", {}};
    project.texts["de-x-easy"] = GuideText{"Ein kleines Projekt starten", {}};

    Guide volunteering;
    volunteering.id = "ehrenamt";
    volunteering.order = 1;
    volunteering.texts["de"] = GuideText{"Ehrenamt – was ist das?", {}};

    c.guides = {association, project, volunteering};
    return c;
}

inline std::vector<content::EventOccurrence> sampleOccurrences() {
    std::vector<content::EventOccurrence> list;
    for (int64_t start : {kNov11_1600, kNov18_1600, kNov25_1600, kDec02_1600})
        list.push_back({"s-weekly", start, start + 2 * kHour, false});
    list.push_back({"s-single", kNov20_0900, kNov20_0900 + 2 * kHour, false});
    list.push_back({"s-allday", kNov19_0000, kNov20_0000, true});
    list.push_back({"s-orphan", kJan01 - 7 * 24 * kHour + 10 * kHour, kJan01 - 7 * 24 * kHour + 12 * kHour, false});
    return list;
}

// A fresh folder under the build directory, removed when the test ends.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name)
        : path_(std::filesystem::path(KIOSK_BINARY_DIR) / "test-scratch" / (name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace db_fixture
