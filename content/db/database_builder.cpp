#include "content/db/database_builder.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "content/core/language_tags.h"
#include "content/core/time_zone.h"
#include "content/db/codepoint_set.h"
#include "content/db/json_codec.h"
#include "content/db/schema.h"
#include "content/db/search_text.h"
#include "content/db/sqlite_handle.h"

namespace content {

namespace {

using db::Connection;
using db::Statement;

void removeDatabaseFiles(const std::filesystem::path& dbFile) {
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        std::filesystem::remove(dbFile.string() + suffix, ignored);
}

// Every language some text is written in, plus the kiosk's own languages:
// the display tables hold one resolved row per item for each of them.
std::vector<std::string> displayLanguages(const Content& content) {
    std::set<std::string> langs(supportedLanguages().begin(), supportedLanguages().end());
    langs.insert(content.pack.languages.begin(), content.pack.languages.end());
    langs.insert(content.pack.defaultLanguage);
    const auto addKeys = [&](const LocalizedText& text) {
        for (const auto& entry : text.values) langs.insert(entry.first);
    };
    for (const Organisation& organisation : content.organisations) {
        addKeys(organisation.name);
        addKeys(organisation.summary);
        addKeys(organisation.description);
    }
    for (const EventSeries& series : content.events) {
        addKeys(series.title);
        addKeys(series.description);
    }
    for (const Guide& guide : content.guides)
        for (const auto& entry : guide.texts) langs.insert(entry.first);
    langs.erase("");
    return {langs.begin(), langs.end()};
}

// Texts of several languages for one search column: each distinct text once,
// so a name that is the same in every language does not count eight times.
class SearchColumn {
public:
    void add(std::string_view text) {
        if (text.empty() || !seen_.insert(std::string(text)).second) return;
        const std::string folded = search_text::foldForIndex(text);
        if (folded.empty()) return;
        if (!value_.empty()) value_ += ' ';
        value_ += folded;
    }
    void add(const LocalizedText& text) {
        for (const auto& entry : text.values) add(entry.second);
    }
    const std::string& value() const { return value_; }

private:
    std::set<std::string> seen_;
    std::string value_;
};

void collectCodepoints(const Content& content, db::CodepointSet& codepoints) {
    const auto addLocalized = [&](const LocalizedText& text) {
        for (const auto& entry : text.values) codepoints.addText(entry.second);
    };
    addLocalized(content.pack.title);
    for (const auto& entry : content.pack.topics) addLocalized(entry.second);
    for (const Organisation& o : content.organisations) {
        addLocalized(o.name);
        addLocalized(o.summary);
        addLocalized(o.description);
        for (const std::string* field : {&o.address, &o.postcode, &o.city, &o.district, &o.phone, &o.email,
                                         &o.website, &o.openingHours})
            codepoints.addText(*field);
        // The kiosk names each spoken language in every interface language.
        for (const std::string& tag : o.languages)
            for (const std::string& ui : supportedLanguages()) codepoints.addText(language_tags::displayName(tag, ui));
    }
    for (const EventSeries& series : content.events) {
        addLocalized(series.title);
        addLocalized(series.description);
        addLocalized(series.location);
        codepoints.addText(series.url);
    }
    for (const Guide& guide : content.guides) {
        codepoints.addText(guide.link);
        for (const auto& [lang, text] : guide.texts) {
            codepoints.addText(text.title);
            for (const GuideBlock& block : text.blocks) {
                for (const std::string& line : block.lines) codepoints.addText(line);
                codepoints.addText(block.alt);
            }
        }
    }
}

// A name is never shown as an empty space: with no text at all, the id.
std::string displayName(const LocalizedText& text, std::string_view lang, const std::string& id, std::string* used) {
    const std::string& resolved = text.resolve(lang, used);
    if (!resolved.empty()) return resolved;
    used->clear();
    return id;
}

// Items are numbered in the order a visitor would want them when a search is
// too broad to rank (one or two letters typed, see ContentStore::search):
// organisations by German name, events soonest first, guides in guide order.
template <typename Item, typename KeyOf>
std::vector<const Item*> inSearchOrder(const std::vector<Item>& items, KeyOf keyOf) {
    using Key = decltype(keyOf(items.front()));
    std::vector<std::pair<Key, const Item*>> keyed;
    keyed.reserve(items.size());
    for (const Item& item : items) keyed.emplace_back(keyOf(item), &item);  // each key computed once
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Item*> ordered;
    ordered.reserve(items.size());
    for (const auto& entry : keyed) ordered.push_back(entry.second);
    return ordered;
}

std::string organisationOrder(const Organisation& o) { return search_text::fold(o.name.resolve(kGerman)); }

std::pair<int, std::string> guideOrder(const Guide& guide) {
    const GuideText* text = guide.resolve(kGerman);
    return {guide.order, search_text::fold(text ? text->title : guide.id)};
}

class Builder {
public:
    Builder(Connection& connection, const Content& content, const std::vector<EventOccurrence>& occurrences)
        : db_(connection), content_(content), occurrences_(occurrences), langs_(displayLanguages(content)) {}

    bool build(std::string* error) {
        for (const EventOccurrence& occurrence : occurrences_) {
            auto [it, added] = firstStarts_.emplace(occurrence.seriesUid, occurrence.startUtc);
            if (!added) it->second = std::min(it->second, occurrence.startUtc);
        }
        return prepare(error) && writeOrganisations(error) && writeEvents(error) && writeOccurrences(error) &&
               writeGuides(error) && writeMeta(error);
    }

private:
    bool prepare(std::string* error) {
        return insertMeta_.prepare(db_, "INSERT INTO meta(key, value) VALUES(?1, ?2)", error) &&
               insertSearch_.prepare(db_, "INSERT INTO search(rowid, title, body) VALUES(?1, ?2, ?3)", error);
    }

    bool fail(std::string* error, const std::string& what) {
        if (error) *error = what + ": " + db_.lastError();
        return false;
    }

    // Topic labels in every language, so "Beratung" also finds what is filed under it.
    void addTopicLabels(const std::vector<std::string>& keys, SearchColumn& column) const {
        for (const std::string& key : keys) {
            auto it = content_.pack.topics.find(key);
            if (it != content_.pack.topics.end()) column.add(it->second);
        }
    }

    bool writeOrganisations(std::string* error) {
        Statement insert, insertText, insertDisplay, insertTopic, insertLanguage;
        if (!insert.prepare(db_,
                            "INSERT INTO organisations(number, id, categories, languages, address, postcode, city, "
                            "district, phone, email, website, opening_hours, image) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                            error) ||
            !insertText.prepare(db_,
                                "INSERT INTO organisation_texts(organisation, lang, name, summary, description) "
                                "VALUES(?1, ?2, ?3, ?4, ?5)",
                                error) ||
            !insertDisplay.prepare(db_,
                                   "INSERT INTO organisation_display(lang, organisation, sort_key, name, name_lang, "
                                   "summary, summary_lang, description_lang) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                   error) ||
            !insertTopic.prepare(db_, "INSERT OR IGNORE INTO organisation_topics(topic, organisation) VALUES(?1, ?2)",
                                 error) ||
            !insertLanguage.prepare(
                db_, "INSERT OR IGNORE INTO organisation_languages(language, organisation) VALUES(?1, ?2)", error))
            return false;

        int64_t number = 0;
        for (const Organisation* organisation : inSearchOrder(content_.organisations, organisationOrder)) {
            const Organisation& o = *organisation;
            ++number;
            organisationNumbers_[o.id] = number;
            insert.start().bind(1, number).bind(2, o.id).bind(3, db::joinList(o.categories))
                .bind(4, db::joinList(o.languages)).bind(5, o.address).bind(6, o.postcode).bind(7, o.city)
                .bind(8, o.district).bind(9, o.phone).bind(10, o.email).bind(11, o.website)
                .bind(12, o.openingHours).bind(13, o.image);
            if (!insert.run()) return fail(error, "organisation '" + o.id + "'");

            if (!writeOrganisationTexts(insertText, number, o)) return fail(error, "texts of organisation '" + o.id + "'");
            for (const std::string& lang : langs_) {
                std::string nameLang, summaryLang, descriptionLang;
                const std::string name = displayName(o.name, lang, o.id, &nameLang);
                const std::string& summary = o.summary.resolve(lang, &summaryLang);
                o.description.resolve(lang, &descriptionLang);
                insertDisplay.start().bind(1, lang).bind(2, number).bind(3, search_text::fold(name)).bind(4, name)
                    .bind(5, nameLang).bind(6, summary).bind(7, summaryLang).bind(8, descriptionLang);
                if (!insertDisplay.run()) return fail(error, "display texts of organisation '" + o.id + "'");
            }
            for (const std::string& topic : o.categories)
                if (!insertTopic.start().bind(1, topic).bind(2, number).run()) return fail(error, "topics");
            for (const std::string& language : o.languages)
                if (!insertLanguage.start().bind(1, language).bind(2, number).run()) return fail(error, "languages");

            SearchColumn title, body;
            title.add(o.name);
            body.add(o.summary);
            body.add(o.description);
            for (const std::string* field : {&o.address, &o.city, &o.district}) body.add(*field);
            addTopicLabels(o.categories, body);
            if (!index(db::IndexedKind::Organisation, number, title, body))
                return fail(error, "search index of organisation '" + o.id + "'");
        }
        return true;
    }

    static bool writeOrganisationTexts(Statement& insertText, int64_t number, const Organisation& o) {
        std::set<std::string> langs;
        for (const LocalizedText* text : {&o.name, &o.summary, &o.description})
            for (const auto& entry : text->values) langs.insert(entry.first);
        for (const std::string& lang : langs) {
            insertText.start().bind(1, number).bind(2, lang);
            int column = 3;
            for (const LocalizedText* text : {&o.name, &o.summary, &o.description}) {
                auto it = text->values.find(lang);
                if (it == text->values.end()) insertText.bindNull(column);
                else insertText.bind(column, it->second);
                ++column;
            }
            if (!insertText.run()) return false;
        }
        return true;
    }

    // The screens describe a series ("every Wednesday, 17:00") from its start
    // on the kiosk's clock; a series kept in another zone is shown there.
    std::string onPackClock(const EventSeries& series, const std::string& wallTime) const {
        if (series.timeZone.empty() || series.allDay) return wallTime;
        auto local = parseWallTime(wallTime);
        if (!local) return wallTime;
        return formatWallTime(toLocal(toUtc(*local, series.timeZone), content_.pack.timeZone));
    }

    bool writeEvents(std::string* error) {
        Statement insert, insertText, insertDisplay;
        if (!insert.prepare(db_,
                            "INSERT INTO event_series(number, uid, organisation, organisation_id, url, "
                            "all_day, start, end, rrule, exdates, rdates, recurrence_of) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                            error) ||
            !insertText.prepare(db_,
                                "INSERT INTO event_texts(series, lang, title, description, location) VALUES(?1, ?2, ?3, ?4, ?5)",
                                error) ||
            !insertDisplay.prepare(
                db_, "INSERT INTO event_display(lang, series, title, title_lang, description_lang, location, location_lang) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)", error))
            return false;

        int64_t number = 0;
        for (const EventSeries* next : inSearchOrder(content_.events, [this](const EventSeries& e) { return firstStart(e); })) {
            const EventSeries& series = *next;
            ++number;
            seriesNumbers_[series.uid] = number;
            insert.start().bind(1, number).bind(2, series.uid);
            auto organisation = organisationNumbers_.find(series.organisationId);
            if (organisation != organisationNumbers_.end()) insert.bind(3, organisation->second);
            else insert.bindNull(3);
            seriesOrganisations_.push_back(organisation == organisationNumbers_.end() ? 0 : organisation->second);
            insert.bind(4, series.organisationId).bind(5, series.url)
                .bindInt(6, series.allDay ? 1 : 0).bind(7, onPackClock(series, series.start))
                .bind(8, onPackClock(series, series.end)).bind(9, series.rrule)
                .bind(10, db::joinList(series.exdates)).bind(11, db::joinList(series.rdates))
                .bind(12, series.recurrenceOf);
            if (!insert.run()) return fail(error, "event '" + series.uid + "'");

            std::set<std::string> langs;
            const LocalizedText* texts[] = {&series.title, &series.description, &series.location};
            for (const LocalizedText* text : texts)
                for (const auto& entry : text->values) langs.insert(entry.first);
            for (const std::string& lang : langs) {
                insertText.start().bind(1, number).bind(2, lang);
                int column = 3;
                for (const LocalizedText* text : texts) {
                    auto it = text->values.find(lang);
                    if (it == text->values.end()) insertText.bindNull(column);
                    else insertText.bind(column, it->second);
                    ++column;
                }
                if (!insertText.run()) return fail(error, "texts of event '" + series.uid + "'");
            }
            for (const std::string& lang : langs_) {
                std::string titleLang, descriptionLang, locationLang;
                const std::string title = displayName(series.title, lang, series.uid, &titleLang);
                series.description.resolve(lang, &descriptionLang);
                const std::string& location = series.location.resolve(lang, &locationLang);
                if (!insertDisplay.start().bind(1, lang).bind(2, number).bind(3, title).bind(4, titleLang)
                         .bind(5, descriptionLang).bind(6, location).bind(7, locationLang).run())
                    return fail(error, "display texts of event '" + series.uid + "'");
            }

            SearchColumn title, body;
            title.add(series.title);
            body.add(series.description);
            body.add(series.location);
            if (!index(db::IndexedKind::Event, number, title, body))
                return fail(error, "search index of event '" + series.uid + "'");
        }
        return true;
    }

    bool writeOccurrences(std::string* error) {
        // Inserted in start order so equal starts keep a stable order and the
        // table's pages follow the index the screens read it through.
        std::vector<const EventOccurrence*> sorted;
        sorted.reserve(occurrences_.size());
        for (const EventOccurrence& occurrence : occurrences_) sorted.push_back(&occurrence);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto* a, const auto* b) { return a->startUtc < b->startUtc; });

        Statement insert;
        if (!insert.prepare(db_,
                            "INSERT INTO occurrences(start_utc, end_utc, series, organisation, all_day) "
                            "VALUES(?1, ?2, ?3, ?4, ?5)",
                            error))
            return false;
        for (const EventOccurrence* occurrence : sorted) {
            auto series = seriesNumbers_.find(occurrence->seriesUid);
            if (series == seriesNumbers_.end()) {
                if (error) *error = "an occurrence names event '" + occurrence->seriesUid + "', which the content does not have";
                return false;
            }
            const int64_t endUtc = std::max(occurrence->endUtc, occurrence->startUtc);
            maxEventSeconds_ = std::max(maxEventSeconds_, endUtc - occurrence->startUtc);
            lastEventEndUtc_ = std::max(lastEventEndUtc_, endUtc);
            insert.start().bind(1, occurrence->startUtc).bind(2, endUtc).bind(3, series->second);
            const int64_t organisation = seriesOrganisations_[static_cast<size_t>(series->second - 1)];
            if (organisation) insert.bind(4, organisation);
            else insert.bindNull(4);
            insert.bindInt(5, occurrence->allDay ? 1 : 0);
            if (!insert.run()) return fail(error, "occurrence of event '" + occurrence->seriesUid + "'");
        }
        return true;
    }

    bool writeGuides(std::string* error) {
        Statement insert, insertText, insertDisplay;
        if (!insert.prepare(db_,
                            "INSERT INTO guides(number, id, position, picture, topic, link, languages) "
                            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            error) ||
            !insertText.prepare(db_, "INSERT INTO guide_texts(guide, lang, title, blocks) VALUES(?1, ?2, ?3, ?4)",
                                error) ||
            !insertDisplay.prepare(db_,
                                   "INSERT INTO guide_display(lang, guide, position, sort_key, title, title_lang) "
                                   "VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
                                   error))
            return false;
        int64_t number = 0;
        for (const Guide* next : inSearchOrder(content_.guides, guideOrder)) {
            const Guide& guide = *next;
            ++number;
            std::vector<std::string> languages;
            for (const auto& entry : guide.texts) languages.push_back(entry.first);
            insert.start().bind(1, number).bind(2, guide.id).bindInt(3, guide.order).bind(4, guide.picture)
                .bind(5, guide.topic).bind(6, guide.link).bind(7, db::joinList(languages));
            if (!insert.run()) return fail(error, "guide '" + guide.id + "'");

            SearchColumn title, body;
            for (const auto& [lang, text] : guide.texts) {
                if (!insertText.start().bind(1, number).bind(2, lang).bind(3, text.title)
                         .bind(4, db::guideBlocksToJson(text.blocks)).run())
                    return fail(error, "texts of guide '" + guide.id + "'");
                title.add(text.title);
                for (const GuideBlock& block : text.blocks) {
                    for (const std::string& line : block.lines) body.add(line);
                    body.add(block.alt);
                }
            }
            for (const std::string& lang : langs_) {
                std::string titleLang;
                const GuideText* text = guide.resolve(lang, &titleLang);
                const std::string shown = text && !text->title.empty() ? text->title : guide.id;
                if (!insertDisplay.start().bind(1, lang).bind(2, number).bindInt(3, guide.order)
                         .bind(4, search_text::fold(shown)).bind(5, shown).bind(6, titleLang).run())
                    return fail(error, "display texts of guide '" + guide.id + "'");
            }
            if (!index(db::IndexedKind::Guide, number, title, body))
                return fail(error, "search index of guide '" + guide.id + "'");
        }
        return true;
    }

    bool index(db::IndexedKind kind, int64_t number, const SearchColumn& title, const SearchColumn& body) {
        return insertSearch_.start().bind(1, db::searchRowid(kind, number)).bind(2, title.value())
            .bind(3, body.value()).run();
    }

    bool putMeta(const char* key, const std::string& value, std::string* error) {
        if (insertMeta_.start().bind(1, key).bind(2, value).run()) return true;
        return fail(error, std::string("meta ") + key);
    }

    bool writeMeta(std::string* error) {
        db::CodepointSet codepoints;
        collectCodepoints(content_, codepoints);
        return putMeta(db::meta_key::kSchemaVersion, std::to_string(db::kSchemaVersion), error) &&
               putMeta(db::meta_key::kPack, db::packInfoToJson(content_.pack), error) &&
               putMeta(db::meta_key::kCodepoints, codepoints.encode(), error) &&
               putMeta(db::meta_key::kDisplayLanguages, db::joinList(langs_), error) &&
               putMeta(db::meta_key::kMaxEventSeconds, std::to_string(maxEventSeconds_), error) &&
               putMeta(db::meta_key::kLastEventEnd, std::to_string(lastEventEndUtc_), error) &&
               putMeta(db::meta_key::kOrganisations, std::to_string(content_.organisations.size()), error) &&
               putMeta(db::meta_key::kEventSeries, std::to_string(content_.events.size()), error) &&
               putMeta(db::meta_key::kOccurrences, std::to_string(occurrences_.size()), error) &&
               putMeta(db::meta_key::kGuides, std::to_string(content_.guides.size()), error);
    }

    Connection& db_;
    const Content& content_;
    const std::vector<EventOccurrence>& occurrences_;
    const std::vector<std::string> langs_;
    Statement insertMeta_, insertSearch_;
    std::unordered_map<std::string, int64_t> organisationNumbers_, seriesNumbers_;
    std::vector<int64_t> seriesOrganisations_;  // by series number - 1; 0 = none
    int64_t maxEventSeconds_ = 0;
    int64_t lastEventEndUtc_ = 0;  // UTC end of the last occurrence, 0 when none
    std::unordered_map<std::string, int64_t> firstStarts_;  // series uid -> earliest occurrence

    int64_t firstStart(const EventSeries& series) const {
        auto it = firstStarts_.find(series.uid);
        return it == firstStarts_.end() ? std::numeric_limits<int64_t>::max() : it->second;
    }
};

}  // namespace

bool buildDatabase(const Content& content, const std::vector<EventOccurrence>& occurrences,
                   const std::filesystem::path& dbFile, std::string* error) {
    removeDatabaseFiles(dbFile);
    bool ok = false;
    {
        Connection db;
        if (!db.open(dbFile, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)) return false;
        // A rollback journal (not WAL): readers open the finished file
        // read-only and need no -wal/-shm files beside it. synchronous=FULL
        // makes the one commit durable before the importer switches to it.
        // The large cache keeps the single build transaction in memory.
        ok = db.exec("PRAGMA page_size=4096; PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL;"
                     "PRAGMA cache_size=-16384; PRAGMA foreign_keys=OFF; BEGIN;",
                     error) &&
             db.exec(db::kSchemaSql, error);
        if (ok) {
            Builder builder(db, content, occurrences);
            ok = builder.build(error);
        }
        // Merging the index's segments into one b-tree makes every query read fewer pages.
        ok = ok && db.exec("INSERT INTO search(search) VALUES('optimize'); COMMIT;", error);
        // Statistics for the planner, then SQLite's own tidy-up.
        ok = ok && db.exec("ANALYZE; PRAGMA optimize;", error);
        if (!ok) db.exec("ROLLBACK", nullptr);
    }
    if (!ok) removeDatabaseFiles(dbFile);
    return ok;
}

}  // namespace content
