// Every SQL statement ContentStore runs, prepared once when a store opens.
// Kept apart so a test can ask SQLite for each one's query plan and prove that
// every query the screens run is answered through an index.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace content::db::queries {

// The organisations the filters leave (topic, spoken language, district;
// "open now" is evaluated per row in C++), for the list and its count.
inline constexpr const char* kOrganisationsMatching = R"sql(
FROM organisation_display d JOIN organisations o ON o.number = d.organisation
WHERE d.lang = ?1
  AND (?2 = '' OR EXISTS (SELECT 1 FROM organisation_topics t WHERE t.topic = ?2 AND t.organisation = o.number))
  AND (?3 = '' OR EXISTS (SELECT 1 FROM organisation_languages l WHERE l.language = ?3 AND l.organisation = o.number))
  AND (?4 = '' OR o.district = ?4)
)sql";
// A page: the rows after (?5, ?6) in name order.
inline constexpr const char* kOrganisationListColumns = R"sql(
SELECT o.number, o.id, d.name, d.name_lang, d.summary, d.summary_lang, o.languages, o.categories,
       o.district, o.opening_hours, o.image, d.sort_key)sql";
inline constexpr const char* kOrganisationListPage = R"sql(
  AND (d.sort_key, d.organisation) > (?5, ?6)
ORDER BY d.sort_key, d.organisation
LIMIT ?7)sql";
// How many rows the list has before "open now": the height of a list that is read a page at a time.
inline constexpr const char* kOrganisationCount = "SELECT count(*)";

inline constexpr const char* kOrganisationById = R"sql(
SELECT number, id, categories, languages, address, postcode, city, district, phone, email, website,
       opening_hours, image
FROM organisations WHERE id = ?1)sql";

inline constexpr const char* kOrganisationTexts =
    "SELECT lang, name, summary, description FROM organisation_texts WHERE organisation = ?1";

// ?2 is fromUtc minus the longest occurrence: with it the start index bounds
// the scan even though a running occurrence (end > fromUtc) is included.
inline constexpr const char* kEventColumns = R"sql(
SELECT o.start_utc, o.end_utc, o.all_day, s.uid, s.organisation_id, d.location, s.rrule, s.start,
       d.title, d.title_lang, od.name, d.location_lang, od.name_lang
FROM occurrences o
JOIN event_series s ON s.number = o.series
JOIN event_display d ON d.lang = ?1 AND d.series = o.series
LEFT JOIN organisation_display od ON od.lang = ?1 AND od.organisation = o.organisation
)sql";
inline constexpr const char* kEventWindow = R"sql(
WHERE o.start_utc >= ?2 AND o.start_utc < ?3 AND o.end_utc > ?4
ORDER BY o.start_utc LIMIT ?5)sql";
inline constexpr const char* kEventWindowOfOrganisation = R"sql(
WHERE o.organisation = (SELECT number FROM organisations WHERE id = ?6)
  AND o.start_utc >= ?2 AND o.start_utc < ?3 AND o.end_utc > ?4
ORDER BY o.start_utc LIMIT ?5)sql";

inline constexpr const char* kSeriesByUid = R"sql(
SELECT number, uid, organisation_id, url, all_day, start, end, rrule, exdates, rdates, recurrence_of
FROM event_series WHERE uid = ?1)sql";
inline constexpr const char* kSeriesTexts = "SELECT lang, title, description, location FROM event_texts WHERE series = ?1";
inline constexpr const char* kSeriesOccurrences = R"sql(
SELECT o.start_utc, o.end_utc, o.all_day FROM occurrences o
WHERE o.series = (SELECT number FROM event_series WHERE uid = ?1)
  AND o.start_utc >= ?2 AND o.end_utc > ?3
ORDER BY o.start_utc LIMIT ?4)sql";
inline constexpr const char* kSeriesHasFuture = R"sql(
SELECT 1 FROM occurrences WHERE series = ?1 AND start_utc >= ?2 AND end_utc > ?3 LIMIT 1)sql";

inline constexpr const char* kGuideList = R"sql(
SELECT g.id, d.title, d.title_lang, g.picture, g.topic, g.position, g.languages
FROM guide_display d JOIN guides g ON g.number = d.guide
WHERE d.lang = ?1
ORDER BY d.position, d.sort_key, d.guide
LIMIT ?2 OFFSET ?3)sql";
inline constexpr const char* kGuideById = "SELECT number, id, position, picture, topic, link FROM guides WHERE id = ?1";
inline constexpr const char* kGuideTexts = "SELECT lang, title, blocks FROM guide_texts WHERE guide = ?1";

inline constexpr const char* kSearch = "SELECT rowid, rank FROM search WHERE search MATCH ?1 ORDER BY rank";
// Unranked matches come in rowid order, i.e. the builder's static order.
inline constexpr const char* kSearchUnranked = "SELECT rowid FROM search WHERE search MATCH ?1 LIMIT ?2";


// A hit reads the one description the visitor would see (the language the
// fallback chose at build time), not every language's.
inline constexpr const char* kOrganisationHit = R"sql(
SELECT o.id, d.name, d.summary, t.description
FROM organisation_display d JOIN organisations o ON o.number = d.organisation
LEFT JOIN organisation_texts t ON t.organisation = d.organisation AND t.lang = d.description_lang
WHERE d.lang = ?1 AND d.organisation = ?2)sql";
inline constexpr const char* kEventHit = R"sql(
SELECT s.uid, d.title, d.location, t.description
FROM event_display d JOIN event_series s ON s.number = d.series
LEFT JOIN event_texts t ON t.series = d.series AND t.lang = d.description_lang
WHERE d.lang = ?1 AND d.series = ?2)sql";
inline constexpr const char* kGuideHit = R"sql(
SELECT g.id, d.title, t.blocks FROM guide_display d JOIN guides g ON g.number = d.guide
LEFT JOIN guide_texts t ON t.guide = d.guide AND t.lang = d.title_lang
WHERE d.lang = ?1 AND d.guide = ?2)sql";

inline constexpr const char* kTopics = "SELECT DISTINCT topic FROM organisation_topics ORDER BY topic";
inline constexpr const char* kDistricts =
    "SELECT DISTINCT district FROM organisations WHERE district <> '' ORDER BY district";
inline constexpr const char* kSpokenLanguages = "SELECT DISTINCT language FROM organisation_languages ORDER BY language";

// Name and full SQL of every statement above, as prepared.
inline std::vector<std::pair<std::string, std::string>> all() {
    const std::string events = kEventColumns;
    const std::string organisations = kOrganisationsMatching;
    return {
        {"organisation list", kOrganisationListColumns + organisations + kOrganisationListPage},
        {"organisation by id", kOrganisationById},
        {"organisation texts", kOrganisationTexts},
        {"events in a window", events + kEventWindow},
        {"events of an organisation", events + kEventWindowOfOrganisation},
        {"series by uid", kSeriesByUid},
        {"series texts", kSeriesTexts},
        {"series occurrences", kSeriesOccurrences},
        {"series has a future", kSeriesHasFuture},
        {"guide list", kGuideList},
        {"guide by id", kGuideById},
        {"guide texts", kGuideTexts},
        {"search ranked", kSearch},
        {"search unranked", kSearchUnranked},
        {"organisation hit", kOrganisationHit},
        {"event hit", kEventHit},
        {"guide hit", kGuideHit},
        {"topics", kTopics},
        {"districts", kDistricts},
        {"spoken languages", kSpokenLanguages},
        {"organisation count", kOrganisationCount + organisations},
    };
}

}  // namespace content::db::queries
