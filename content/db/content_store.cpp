#include "content/db/content_store.h"

#include <ctime>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "content/core/data_dir.h"
#include "content/core/opening_hours.h"
#include "content/core/time_zone.h"
#include "content/db/codepoint_set.h"
#include "content/db/json_codec.h"
#include "content/db/schema.h"
#include "content/db/search_text.h"
#include "content/db/snippet.h"
#include "content/db/sqlite_handle.h"
#include "content/db/store_queries.h"

namespace content {

namespace {

using db::Statement;
using namespace db::queries;

// bm25 has to score every match before the first row comes back: about 2 µs
// each here, so ranking 10,000 matches of a one-letter prefix would eat the
// whole per-keystroke budget. Above this many matches the query is too broad
// for ranking to mean much anyway; title matches, then the rest, come in the
// builder's static order instead (names A-Z, events soonest first).
constexpr int64_t kMostMatchesToRank = 800;

int64_t sqlLimit(size_t limit) {
    // SQLite reads a negative LIMIT as "no limit".
    return limit >= static_cast<size_t>(std::numeric_limits<int64_t>::max()) ? -1 : static_cast<int64_t>(limit);
}

int64_t realNow() { return static_cast<int64_t>(std::time(nullptr)); }

// Fills a field of a LocalizedText from a nullable column.
void setIfPresent(LocalizedText& text, const std::string& lang, const Statement& row, int column) {
    if (!row.isNull(column)) text.set(lang, row.text(column));
}

std::vector<std::string> readColumn(Statement& statement) {
    std::vector<std::string> values;
    statement.start();
    while (statement.step()) values.push_back(statement.text(0));
    return values;
}

}  // namespace

struct ContentStore::Impl {
    db::Connection db;
    std::filesystem::path folder;
    // Pictures that have a display-size copy (listed once at open: imagePath
    // runs for every visible row of every frame and must not touch the disk).
    std::unordered_set<std::string> displayCopies;
    PackInfo pack;
    HolidayCalendar holidays;  // the pack's state and school holidays, for "open now"
    std::set<std::string, std::less<>> displayLanguages;
    int64_t maxEventSeconds = 0;
    int64_t lastEventEndUtc = 0;
    // valid_until as an instant (INT64_MAX when the pack has none): no event
    // is listed after it, the pack no longer vouches for its dates.
    int64_t validUntilUtc = INT64_MAX;
    size_t organisations = 0, eventSeries = 0, guides = 0;
    std::vector<uint32_t> codepoints;

    Statement organisationList, organisationById, organisationTexts;
    Statement eventWindow, eventWindowOfOrganisation;
    Statement seriesByUid, seriesTexts, seriesOccurrences, seriesHasFuture;
    Statement guideList, guideById, guideTexts;
    Statement search, searchUnranked, organisationHit, eventHit, guideHit;
    Statement topics, districts, spokenLanguages;
    Statement organisationCount;

    // Opening hours parsed on first use, by organisation number: "open now"
    // is asked again on every filter change and must not re-parse.
    mutable std::unordered_map<int64_t, std::optional<OpeningHours>> openingHours;
    mutable std::optional<std::vector<std::string>> topicChoices, districtChoices, languageChoices;

    bool prepareAll(std::string* error) {
        // Same order as db::queries::all().
        Statement* statements[] = {&organisationList, &organisationById, &organisationTexts, &eventWindow,
                                   &eventWindowOfOrganisation, &seriesByUid, &seriesTexts, &seriesOccurrences,
                                   &seriesHasFuture, &guideList, &guideById, &guideTexts, &search,
                                   &searchUnranked, &organisationHit, &eventHit, &guideHit, &topics, &districts,
                                   &spokenLanguages, &organisationCount};
        const auto sql = db::queries::all();
        static_assert(std::size(statements) == 21);
        if (sql.size() != std::size(statements)) {
            if (error) *error = "internal: statement list and queries differ";
            return false;
        }
        for (size_t i = 0; i < sql.size(); ++i)
            if (!statements[i]->prepare(db, sql[i].second, error)) return false;
        return true;
    }

    bool readMeta(std::string* error) {
        Statement read;
        if (!read.prepare(db, "SELECT key, value FROM meta", error)) return false;
        std::map<std::string, std::string> meta;
        read.start();
        while (read.step()) meta[read.text(0)] = read.text(1);
        if (read.failed()) {
            if (error) *error = "cannot read the content database: " + db.lastError();
            return false;
        }
        if (meta[db::meta_key::kSchemaVersion] != std::to_string(db::kSchemaVersion)) {
            if (error) *error = "the content database has schema version '" + meta[db::meta_key::kSchemaVersion] +
                                "', this kiosk reads version " + std::to_string(db::kSchemaVersion);
            return false;
        }
        auto packInfo = db::packInfoFromJson(meta[db::meta_key::kPack]);
        if (!packInfo) {
            if (error) *error = "the content database has no readable pack information";
            return false;
        }
        pack = std::move(*packInfo);
        holidays = pack.holidayCalendar();
        for (std::string& lang : db::splitList(meta[db::meta_key::kDisplayLanguages]))
            displayLanguages.insert(std::move(lang));
        const auto number = [&](const char* key) -> int64_t {
            try {
                return std::stoll(meta[key]);
            } catch (...) {
                return 0;
            }
        };
        maxEventSeconds = number(db::meta_key::kMaxEventSeconds);
        lastEventEndUtc = number(db::meta_key::kLastEventEnd);
        if (!pack.validUntil.empty())
            if (auto until = validUntilInstant(pack.validUntil, pack.timeZone)) validUntilUtc = *until;
        organisations = static_cast<size_t>(number(db::meta_key::kOrganisations));
        eventSeries = static_cast<size_t>(number(db::meta_key::kEventSeries));
        guides = static_cast<size_t>(number(db::meta_key::kGuides));
        codepoints = db::CodepointSet::decode(meta[db::meta_key::kCodepoints]);
        return true;
    }

    // The display tables hold every language any text is written in. For any
    // other language the fallback lands exactly where German's does (see
    // LocalizedText::resolve), so German's rows are the right ones.
    std::string_view displayLanguage(std::string_view lang) const {
        return displayLanguages.count(lang) ? lang : kGerman;
    }

    // Parsed once per organisation; nullptr when no hours are known or they do not parse.
    const OpeningHours* hoursOf(int64_t number, const std::string& hoursText) const {
        auto it = openingHours.find(number);
        if (it == openingHours.end()) it = openingHours.emplace(number, OpeningHours::parse(hoursText, static_cast<std::string*>(nullptr))).first;
        return it->second && it->second->hasHours() ? &*it->second : nullptr;
    }

    OpeningStatus statusOf(int64_t number, const std::string& hoursText, const LocalTime& local) const {
        const OpeningHours* hours = hoursOf(number, hoursText);
        return hours ? openingStatusAt(*hours, local, holidays) : OpeningStatus{};
    }

    // The organisation's number and hours text by id.
    std::optional<std::pair<int64_t, std::string>> hoursRow(std::string_view id) {
        Statement& row = organisationById;
        row.start().bind(1, id);
        if (!row.step()) return std::nullopt;
        return std::make_pair(row.integer(0), row.text(11));
    }

    int64_t seriesNumber(std::string_view uid) {
        seriesByUid.start().bind(1, uid);
        return seriesByUid.step() ? seriesByUid.integer(0) : 0;
    }

    static std::string organisationSnippet(const std::vector<std::string>& tokens, std::string_view summary,
                                           std::string_view description) {
        std::string snippet = db::snippetAround(summary, tokens);
        if (snippet.empty()) snippet = db::snippetAround(description, tokens);
        if (snippet.empty()) snippet = db::leadingSnippet(summary);
        return snippet;
    }

    static std::string eventSnippet(const std::vector<std::string>& tokens, std::string_view location,
                                    std::string_view description) {
        std::string snippet = db::snippetAround(description, tokens);
        if (snippet.empty()) snippet = db::snippetAround(location, tokens);
        if (snippet.empty()) snippet = location.empty() ? db::leadingSnippet(description) : std::string(location);
        return snippet;
    }

    static std::string guideSnippet(std::string_view blocksJson, const std::vector<std::string>& tokens) {
        auto blocks = db::guideBlocksFromJson(blocksJson);
        if (!blocks) return {};
        std::string firstLine;
        for (const GuideBlock& block : *blocks) {
            for (const std::string& line : block.lines) {
                if (block.kind != GuideBlock::Kind::Heading && firstLine.empty()) firstLine = line;
                std::string snippet = db::snippetAround(line, tokens);
                if (!snippet.empty()) return snippet;
            }
        }
        return db::leadingSnippet(firstLine);
    }

    // One search result from its index rowid, in the visitor's language.
    // False when the row is not to be shown (an event with nothing ahead).
    // Without `tokens` the snippet is left for searchSnippet (it is most of a hit's cost).
    bool makeHit(int64_t rowid, std::string_view lang, const std::vector<std::string>* tokens, int64_t nowUtc,
                 SearchHit& hit) {
        hit.item = rowid;
        const auto kind = static_cast<db::IndexedKind>(rowid % 4);
        const int64_t number = rowid / 4;
        if (kind == db::IndexedKind::Organisation) {
            organisationHit.start().bind(1, lang).bind(2, number);
            if (!organisationHit.step()) return false;
            hit.kind = SearchHit::Kind::Organisation;
            hit.id = organisationHit.text(0);
            hit.title = organisationHit.text(1);
            if (tokens) hit.snippet = organisationSnippet(*tokens, organisationHit.textView(2), organisationHit.textView(3));
        } else if (kind == db::IndexedKind::Event) {
            if (nowUtc) {
                if (nowUtc >= validUntilUtc) return false;
                // A series whose last occurrence is over has nothing to show.
                seriesHasFuture.start().bind(1, number).bind(2, nowUtc - maxEventSeconds).bind(3, nowUtc);
                if (!seriesHasFuture.step()) return false;
            }
            eventHit.start().bind(1, lang).bind(2, number);
            if (!eventHit.step()) return false;
            hit.kind = SearchHit::Kind::Event;
            hit.id = eventHit.text(0);
            hit.title = eventHit.text(1);
            if (tokens) hit.snippet = eventSnippet(*tokens, eventHit.textView(2), eventHit.textView(3));
        } else if (kind == db::IndexedKind::Guide) {
            guideHit.start().bind(1, lang).bind(2, number);
            if (!guideHit.step()) return false;
            hit.kind = SearchHit::Kind::Guide;
            hit.id = guideHit.text(0);
            hit.title = guideHit.text(1);
            if (tokens) hit.snippet = guideSnippet(guideHit.textView(2), *tokens);
        } else {
            return false;
        }
        return true;
    }
};

ContentStore::ContentStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ContentStore::~ContentStore() = default;

std::unique_ptr<ContentStore> ContentStore::open(const std::filesystem::path& dataDir, std::string* error) {
    std::error_code ec;
    // Resolve the `live` link once: the store keeps reading this version (its
    // database and its images) even if an import switches `live` meanwhile.
    const std::filesystem::path version = std::filesystem::canonical(data_dir::live(dataDir), ec);
    if (ec) {
        if (error) *error = "no live content in " + dataDir.string();
        return nullptr;
    }
    return openFile(version / data_dir::kDatabaseFile, error);
}

std::unique_ptr<ContentStore> ContentStore::openFile(const std::filesystem::path& dbFile, std::string* error) {
    auto impl = std::make_unique<Impl>();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dbFile, ec)) {
        if (error) *error = "no content database at " + dbFile.string();
        return nullptr;
    }
    // Read-only, not immutable: the file never changes, but a switch replaces
    // the link to it, and immutable would also skip locking we want to keep.
    if (!impl->db.open(dbFile, SQLITE_OPEN_READONLY, error)) return nullptr;
    impl->folder = dbFile.parent_path();
    std::error_code listError;
    for (const auto& entry : std::filesystem::directory_iterator(
             impl->folder / data_dir::kImagesFolder / data_dir::kDisplayImagesFolder, listError))
        impl->displayCopies.insert(entry.path().filename().string());
    if (!impl->readMeta(error) || !impl->prepareAll(error)) return nullptr;
    return std::unique_ptr<ContentStore>(new ContentStore(std::move(impl)));
}

const PackInfo& ContentStore::pack() const { return impl_->pack; }

std::filesystem::path ContentStore::imagePath(std::string_view imageName) const {
    // The import keeps a display-size copy of every picture too large to show
    // as it is; the original stays beside it.
    const std::filesystem::path images = impl_->folder / data_dir::kImagesFolder;
    if (impl_->displayCopies.count(std::string(imageName)))
        return images / data_dir::kDisplayImagesFolder / std::filesystem::path(imageName);
    return images / std::filesystem::path(imageName);
}

size_t ContentStore::organisationCount() const { return impl_->organisations; }
size_t ContentStore::eventSeriesCount() const { return impl_->eventSeries; }

ContentFreshness ContentStore::freshness(int64_t nowUtc) const {
    const Impl& d = *impl_;
    return judgeFreshness(d.pack.validUntil, d.pack.timeZone, d.lastEventEndUtc, d.eventSeries, nowUtc);
}
size_t ContentStore::guideCount() const { return impl_->guides; }

std::vector<OrganisationSummary> ContentStore::organisations(std::string_view lang,
                                                             const OrganisationFilter& filter) const {
    return organisationPage(lang, filter, {}, SIZE_MAX).rows;
}

// A page starts right after the last row of the one before (by sort key and
// number, through the name index): an OFFSET would walk every row before it
// again, and reading 2,000 rows in pages cost five times reading them at once.
OrganisationPage ContentStore::organisationPage(std::string_view lang, const OrganisationFilter& filter,
                                                const OrganisationCursor& after, size_t limit) const {
    Impl& d = *impl_;
    const LocalTime now = toLocal(filter.nowUtc ? filter.nowUtc : realNow(), d.pack.timeZone);

    Statement& list = d.organisationList;
    list.start().bind(1, d.displayLanguage(lang)).bind(2, filter.topic).bind(3, filter.language).bind(4, filter.district);
    list.bind(5, after.sortKey).bind(6, after.organisation).bind(7, sqlLimit(limit));
    OrganisationPage page;
    page.next = after;
    while (list.step()) {
        ++page.examined;
        page.next = {list.text(11), list.integer(0)};
        OrganisationSummary summary;
        summary.status = d.statusOf(list.integer(0), list.text(9), now);
        if (filter.openNow && !summary.status.open()) continue;
        summary.id = list.text(1);
        summary.name = list.text(2);
        summary.nameLang = list.text(3);
        summary.summary = list.text(4);
        summary.summaryLang = list.text(5);
        summary.languages = db::splitList(list.textView(6));
        summary.categories = db::splitList(list.textView(7));
        summary.district = list.text(8);
        summary.openingHours = list.text(9);
        summary.image = list.text(10);
        page.rows.push_back(std::move(summary));
    }
    return page;
}

size_t ContentStore::organisationMatches(std::string_view lang, const OrganisationFilter& filter) const {
    Impl& d = *impl_;
    Statement& count = d.organisationCount;
    count.start().bind(1, d.displayLanguage(lang)).bind(2, filter.topic).bind(3, filter.language).bind(4, filter.district);
    return count.step() ? static_cast<size_t>(count.integer(0)) : 0;
}

std::optional<Organisation> ContentStore::organisation(std::string_view id) const {
    Impl& d = *impl_;
    Statement& row = d.organisationById;
    row.start().bind(1, id);
    if (!row.step()) return std::nullopt;
    Organisation o;
    const int64_t number = row.integer(0);
    o.id = row.text(1);
    o.categories = db::splitList(row.textView(2));
    o.languages = db::splitList(row.textView(3));
    o.address = row.text(4);
    o.postcode = row.text(5);
    o.city = row.text(6);
    o.district = row.text(7);
    o.phone = row.text(8);
    o.email = row.text(9);
    o.website = row.text(10);
    o.openingHours = row.text(11);
    o.image = row.text(12);
    Statement& texts = d.organisationTexts;
    texts.start().bind(1, number);
    while (texts.step()) {
        const std::string lang = texts.text(0);
        setIfPresent(o.name, lang, texts, 1);
        setIfPresent(o.summary, lang, texts, 2);
        setIfPresent(o.description, lang, texts, 3);
    }
    return o;
}

OpeningStatus ContentStore::openingStatus(std::string_view id, int64_t nowUtc) const {
    Impl& d = *impl_;
    auto row = d.hoursRow(id);
    if (!row) return {};
    return d.statusOf(row->first, row->second, toLocal(nowUtc, d.pack.timeZone));
}

std::vector<OpeningDay> ContentStore::openingWeek(std::string_view id, int64_t nowUtc) const {
    Impl& d = *impl_;
    auto row = d.hoursRow(id);
    const OpeningHours* hours = row ? d.hoursOf(row->first, row->second) : nullptr;
    if (!hours) return {};
    const LocalTime now = toLocal(nowUtc, d.pack.timeZone);
    const int64_t monday = daysFromCivil(now.year, now.month, now.day) - now.weekday;
    std::vector<OpeningDay> week;
    for (int day = 0; day < 7; ++day) {
        OpeningDay entry;
        entry.date = civilFromDays(monday + day);
        entry.date.weekday = day;
        entry.spans = hours->alwaysOpen() ? std::vector<std::pair<int, int>>{{0, 1440}}
                                          : hours->spansOn(entry.date.year, entry.date.month, entry.date.day, d.holidays);
        week.push_back(std::move(entry));
    }
    return week;
}

std::vector<EventSummary> ContentStore::events(std::string_view lang, int64_t fromUtc, int64_t toUtc,
                                               std::string_view organisationId, size_t limit) const {
    Impl& d = *impl_;
    Statement& rows = organisationId.empty() ? d.eventWindow : d.eventWindowOfOrganisation;
    toUtc = std::min(toUtc, d.validUntilUtc);
    if (fromUtc >= d.validUntilUtc) return {};
    rows.start().bind(1, d.displayLanguage(lang)).bind(2, fromUtc - d.maxEventSeconds).bind(3, toUtc)
        .bind(4, fromUtc).bind(5, sqlLimit(limit));
    if (!organisationId.empty()) rows.bind(6, organisationId);
    std::vector<EventSummary> result;
    while (rows.step()) {
        EventSummary event;
        event.occurrence.startUtc = rows.integer(0);
        event.occurrence.endUtc = rows.integer(1);
        event.occurrence.allDay = rows.integer(2) != 0;
        event.occurrence.seriesUid = rows.text(3);
        event.organisationId = rows.text(4);
        event.location = rows.text(5);
        event.rrule = rows.text(6);
        event.seriesStart = rows.text(7);
        event.title = rows.text(8);
        event.titleLang = rows.text(9);
        event.organisationName = rows.text(10);
        event.locationLang = rows.text(11);
        event.organisationNameLang = rows.text(12);
        result.push_back(std::move(event));
    }
    return result;
}

std::optional<EventSeries> ContentStore::eventSeries(std::string_view uid) const {
    Impl& d = *impl_;
    Statement& row = d.seriesByUid;
    row.start().bind(1, uid);
    if (!row.step()) return std::nullopt;
    EventSeries series;
    const int64_t number = row.integer(0);
    series.uid = row.text(1);
    series.organisationId = row.text(2);
    series.url = row.text(3);
    series.allDay = row.integer(4) != 0;
    series.start = row.text(5);
    series.end = row.text(6);
    series.rrule = row.text(7);
    series.exdates = db::splitList(row.textView(8));
    series.rdates = db::splitList(row.textView(9));
    series.recurrenceOf = row.text(10);
    Statement& texts = d.seriesTexts;
    texts.start().bind(1, number);
    while (texts.step()) {
        const std::string lang = texts.text(0);
        setIfPresent(series.title, lang, texts, 1);
        setIfPresent(series.description, lang, texts, 2);
        setIfPresent(series.location, lang, texts, 3);
    }
    return series;
}

std::vector<EventOccurrence> ContentStore::occurrences(std::string_view uid, int64_t fromUtc, size_t limit) const {
    Impl& d = *impl_;
    Statement& rows = d.seriesOccurrences;
    if (fromUtc >= d.validUntilUtc) return {};
    rows.start().bind(1, uid).bind(2, fromUtc - d.maxEventSeconds).bind(3, fromUtc).bind(4, sqlLimit(limit));
    std::vector<EventOccurrence> result;
    while (rows.step()) {
        EventOccurrence occurrence;
        occurrence.seriesUid = std::string(uid);
        occurrence.startUtc = rows.integer(0);
        if (occurrence.startUtc >= d.validUntilUtc) break;  // rows come by start time
        occurrence.endUtc = rows.integer(1);
        occurrence.allDay = rows.integer(2) != 0;
        result.push_back(std::move(occurrence));
    }
    return result;
}

std::vector<GuideSummary> ContentStore::guides(std::string_view lang, size_t offset, size_t limit) const {
    Impl& d = *impl_;
    Statement& rows = d.guideList;
    rows.start().bind(1, d.displayLanguage(lang)).bind(2, sqlLimit(limit)).bind(3, static_cast<int64_t>(offset));
    std::vector<GuideSummary> result;
    while (rows.step()) {
        GuideSummary guide;
        guide.id = rows.text(0);
        guide.title = rows.text(1);
        guide.titleLang = rows.text(2);
        guide.picture = rows.text(3);
        guide.topic = rows.text(4);
        guide.order = static_cast<int>(rows.integer(5));
        guide.languages = db::splitList(rows.textView(6));
        result.push_back(std::move(guide));
    }
    return result;
}

std::optional<Guide> ContentStore::guide(std::string_view id) const {
    Impl& d = *impl_;
    Statement& row = d.guideById;
    row.start().bind(1, id);
    if (!row.step()) return std::nullopt;
    Guide guide;
    const int64_t number = row.integer(0);
    guide.id = row.text(1);
    guide.order = static_cast<int>(row.integer(2));
    guide.picture = row.text(3);
    guide.topic = row.text(4);
    guide.link = row.text(5);
    Statement& texts = d.guideTexts;
    texts.start().bind(1, number);
    while (texts.step()) {
        auto blocks = db::guideBlocksFromJson(texts.textView(2));
        GuideText text;
        text.title = texts.text(1);
        if (blocks) text.blocks = std::move(*blocks);
        guide.texts[texts.text(0)] = std::move(text);
    }
    return guide;
}

std::vector<SearchHit> ContentStore::search(std::string_view query, std::string_view lang, size_t limitPerKind,
                                            int64_t nowUtc, SearchSnippets snippets) const {
    Impl& d = *impl_;
    const std::string expression = search_text::matchExpression(query);
    if (expression.empty() || limitPerKind == 0) return {};
    const std::vector<std::string> tokens = search_text::queryTokens(query);
    const std::string_view shownLang = d.displayLanguage(lang);

    // Each kind keeps its first `limitPerKind` hits; a scan stops when all are full.
    std::vector<SearchHit> byKind[3];
    size_t full = 0;
    std::unordered_set<int64_t> taken;
    const auto offer = [&](int64_t rowid, double rank) {
        const size_t slot = static_cast<size_t>(rowid % 4);
        if (slot > 2 || byKind[slot].size() >= limitPerKind || taken.count(rowid)) return;
        SearchHit hit;
        hit.rank = rank;
        if (!d.makeHit(rowid, shownLang, snippets == SearchSnippets::Included ? &tokens : nullptr, nowUtc, hit)) return;
        taken.insert(rowid);
        byKind[slot].push_back(std::move(hit));
        if (byKind[slot].size() == limitPerKind) ++full;
    };

    Statement& unranked = d.searchUnranked;
    int64_t matches = 0;
    unranked.start().bind(1, expression).bind(2, kMostMatchesToRank + 1);
    while (unranked.step()) ++matches;

    const std::string inTitles = "{title} : (" + expression + ")";
    if (matches <= kMostMatchesToRank) {
        // bm25 with the title weighted 10:1 over the body (set at build time);
        // items with every word in a title first, so a visitor typing a name
        // always sees that item above ones that merely mention it.
        Statement& ranked = d.search;
        ranked.start().bind(1, inTitles);
        while (full < 3 && ranked.step()) offer(ranked.integer(0), ranked.real(1));
        ranked.start().bind(1, expression);
        while (full < 3 && ranked.step()) offer(ranked.integer(0), ranked.real(1));
    } else {
        // Too broad to rank within budget: every word in the title first, then
        // the rest, each in static order.
        unranked.start().bind(1, inTitles).bind(2, int64_t{-1});
        while (full < 3 && unranked.step()) offer(unranked.integer(0), 0.0);
        unranked.start().bind(1, expression).bind(2, int64_t{-1});
        while (full < 3 && unranked.step()) offer(unranked.integer(0), 1.0);
    }

    std::vector<SearchHit> hits;
    for (auto& group : byKind)
        for (SearchHit& hit : group) hits.push_back(std::move(hit));
    return hits;
}

std::string ContentStore::searchSnippet(const SearchHit& hit, std::string_view query, std::string_view lang) const {
    Impl& d = *impl_;
    const std::vector<std::string> tokens = search_text::queryTokens(query);
    SearchHit full;
    if (!d.makeHit(hit.item, d.displayLanguage(lang), &tokens, 0, full)) return {};
    return full.snippet;
}

// The content never changes under a store, so each list is read once.
std::vector<std::string> ContentStore::topics() const {
    if (!impl_->topicChoices) impl_->topicChoices = readColumn(impl_->topics);
    return *impl_->topicChoices;
}
std::vector<std::string> ContentStore::districts() const {
    if (!impl_->districtChoices) impl_->districtChoices = readColumn(impl_->districts);
    return *impl_->districtChoices;
}
std::vector<std::string> ContentStore::spokenLanguages() const {
    if (!impl_->languageChoices) impl_->languageChoices = readColumn(impl_->spokenLanguages);
    return *impl_->languageChoices;
}
std::vector<uint32_t> ContentStore::codepoints() const { return impl_->codepoints; }

}  // namespace content
