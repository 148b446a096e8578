#include "content/db/schema.h"

namespace content::db {

std::string joinList(const std::vector<std::string>& items) {
    std::string joined;
    for (const std::string& item : items) {
        if (!joined.empty()) joined += kListSeparator;
        joined += item;
    }
    return joined;
}

std::vector<std::string> splitList(std::string_view joined) {
    std::vector<std::string> items;
    if (joined.empty()) return items;
    size_t start = 0;
    while (true) {
        const size_t end = joined.find(kListSeparator, start);
        items.emplace_back(joined.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return items;
}

// Why the *_display tables: the screens list organisations, events and guides
// in the visitor's language, sorted by the resolved name, with the language
// actually used. Resolving the fallback (model.h, LocalizedText::resolve) at
// build time for every language the content has turns each list into one
// indexed range scan, and the store can never disagree with the model's rule.
// Full texts in every language stay in the *_texts tables for detail pages.
const char* const kSchemaSql = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE organisations(
  number INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  categories TEXT NOT NULL, languages TEXT NOT NULL,
  address TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, district TEXT NOT NULL,
  phone TEXT NOT NULL, email TEXT NOT NULL, website TEXT NOT NULL,
  opening_hours TEXT NOT NULL, image TEXT NOT NULL);
CREATE INDEX organisations_by_district ON organisations(district);
CREATE TABLE organisation_texts(
  organisation INTEGER NOT NULL, lang TEXT NOT NULL,
  name TEXT, summary TEXT, description TEXT,
  PRIMARY KEY(organisation, lang)) WITHOUT ROWID;
CREATE TABLE organisation_display(
  lang TEXT NOT NULL, organisation INTEGER NOT NULL, sort_key TEXT NOT NULL,
  name TEXT NOT NULL, name_lang TEXT NOT NULL, summary TEXT NOT NULL, summary_lang TEXT NOT NULL,
  description_lang TEXT NOT NULL,
  PRIMARY KEY(lang, organisation)) WITHOUT ROWID;
CREATE INDEX organisation_display_by_name ON organisation_display(lang, sort_key, organisation);
CREATE TABLE organisation_topics(topic TEXT NOT NULL, organisation INTEGER NOT NULL,
  PRIMARY KEY(topic, organisation)) WITHOUT ROWID;
CREATE TABLE organisation_languages(language TEXT NOT NULL, organisation INTEGER NOT NULL,
  PRIMARY KEY(language, organisation)) WITHOUT ROWID;

CREATE TABLE event_series(
  number INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  organisation INTEGER, organisation_id TEXT NOT NULL,
  url TEXT NOT NULL, all_day INTEGER NOT NULL,
  start TEXT NOT NULL, end TEXT NOT NULL, rrule TEXT NOT NULL,
  exdates TEXT NOT NULL, rdates TEXT NOT NULL, recurrence_of TEXT NOT NULL);
CREATE TABLE event_texts(
  series INTEGER NOT NULL, lang TEXT NOT NULL, title TEXT, description TEXT, location TEXT,
  PRIMARY KEY(series, lang)) WITHOUT ROWID;
CREATE TABLE event_display(
  lang TEXT NOT NULL, series INTEGER NOT NULL, title TEXT NOT NULL, title_lang TEXT NOT NULL,
  description_lang TEXT NOT NULL, location TEXT NOT NULL, location_lang TEXT NOT NULL,
  PRIMARY KEY(lang, series)) WITHOUT ROWID;
CREATE TABLE occurrences(
  start_utc INTEGER NOT NULL, end_utc INTEGER NOT NULL, series INTEGER NOT NULL,
  organisation INTEGER, all_day INTEGER NOT NULL);
CREATE INDEX occurrences_by_start ON occurrences(start_utc);
CREATE INDEX occurrences_by_organisation ON occurrences(organisation, start_utc);
CREATE INDEX occurrences_by_series ON occurrences(series, start_utc);

CREATE TABLE guides(
  number INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
  picture TEXT NOT NULL, topic TEXT NOT NULL, link TEXT NOT NULL, languages TEXT NOT NULL);
CREATE TABLE guide_texts(
  guide INTEGER NOT NULL, lang TEXT NOT NULL, title TEXT NOT NULL, blocks TEXT NOT NULL,
  PRIMARY KEY(guide, lang)) WITHOUT ROWID;
CREATE TABLE guide_display(
  lang TEXT NOT NULL, guide INTEGER NOT NULL, position INTEGER NOT NULL, sort_key TEXT NOT NULL,
  title TEXT NOT NULL, title_lang TEXT NOT NULL,
  PRIMARY KEY(lang, guide)) WITHOUT ROWID;
CREATE INDEX guide_display_in_order ON guide_display(lang, position, sort_key);

-- Folded text (content/db/search_text.h) of every language in one row per
-- item; contentless because the screens read texts from the tables above.
CREATE VIRTUAL TABLE search USING fts5(
  title, body, content='', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
INSERT INTO search(search, rank) VALUES('rank', 'bm25(10.0, 1.0)');
)sql";

}  // namespace content::db
