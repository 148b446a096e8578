// Read-only access to the live content database, shaped for the screens and
// for `kiosk-pack show/search`. Texts come back already resolved for the
// visitor's language, with the language actually used so a screen can note a
// fallback. All queries use prepared statements; nothing here is per-frame.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/content_freshness.h"
#include "content/core/model.h"
#include "content/core/opening_status.h"

struct sqlite3;

namespace content {

struct OrganisationFilter {
    std::string topic;     // topic key; empty = any
    std::string language;  // spoken language (BCP 47 tag); empty = any
    std::string district;  // empty = any
    bool openNow = false;  // evaluated at nowUtc with the pack's time zone
    int64_t nowUtc = 0;    // also the instant of each row's opening status (0 = the real clock)
};

struct OrganisationSummary {
    std::string id;
    std::string name, nameLang;        // text and the language it is in
    std::string summary, summaryLang;
    std::vector<std::string> languages, categories;
    std::string district, openingHours, image;
    OpeningStatus status;  // at the filter's nowUtc, in the pack's time zone
};

// Where a page of the organisations list ends: the next page starts after it.
// The default starts at the beginning.
struct OrganisationCursor {
    std::string sortKey;
    int64_t organisation = -1;
};

// A page of the organisations list (ContentStore::organisationPage).
struct OrganisationPage {
    std::vector<OrganisationSummary> rows;  // those that pass every filter
    size_t examined = 0;                    // list positions read; fewer than asked = the list's end
    OrganisationCursor next;                // pass it for the page after this one
};

// One day of an organisation's week, as its hours apply on that date.
struct OpeningDay {
    LocalTime date;                          // weekday filled in
    std::vector<std::pair<int, int>> spans;  // open spans, minutes from midnight (past 1440 after midnight)
};

struct EventSummary {
    EventOccurrence occurrence;
    std::string title, titleLang;
    std::string organisationId, organisationName, organisationNameLang;
    std::string location, locationLang;  // the place in the visitor's language (with fallback)
    std::string rrule;        // non-empty for a recurring series
    std::string seriesStart;  // the series' first local start, for describing the rule
};

struct GuideSummary {
    std::string id;
    std::string title, titleLang;
    std::string picture, topic;
    int order = 0;
    std::vector<std::string> languages;
};

struct SearchHit {
    enum class Kind { Organisation, Event, Guide };
    Kind kind = Kind::Organisation;
    std::string id;       // organisation id, event series uid or guide id
    std::string title;    // in the visitor's language (with fallback)
    std::string snippet;  // a short piece of matching text, may be empty
    int64_t item = 0;     // the search index's row (for searchSnippet)
    double rank = 0;      // FTS5 bm25, lower is better; for a query too broad to rank
                          // (hundreds of matches) 0 for a title hit, 1 for a body hit.
                          // Informational: search() already returns hits in the order to show.
};

enum class SearchSnippets { Included, Later };

// One store is used from one thread at a time: it keeps its prepared
// statements and small caches (parsed opening hours, filter choices) to
// itself. A thread that needs its own reads (the import) opens its own store.
class ContentStore {
public:
    // Opens the live content of a data directory (see content/core/data_dir.h)
    // read-only. Returns nullptr and sets `error` when there is no live content.
    static std::unique_ptr<ContentStore> open(const std::filesystem::path& dataDir, std::string* error);
    // Opens one content database file directly (tests, tools).
    static std::unique_ptr<ContentStore> openFile(const std::filesystem::path& dbFile, std::string* error);
    ~ContentStore();
    ContentStore(const ContentStore&) = delete;
    ContentStore& operator=(const ContentStore&) = delete;

    const PackInfo& pack() const;
    // The file to show for a picture, next to the database: its display-size
    // copy when the import made one (pictures over 1280 px), else the original.
    std::filesystem::path imagePath(std::string_view imageName) const;

    size_t organisationCount() const;
    size_t eventSeriesCount() const;
    // Whether the content is still current at `nowUtc` (valid_until, and
    // whether any occurrence lies ahead): see content/core/content_freshness.h.
    ContentFreshness freshness(int64_t nowUtc) const;
    size_t guideCount() const;

    // Sorted by name in the visitor's language.
    std::vector<OrganisationSummary> organisations(std::string_view lang, const OrganisationFilter& filter = {}) const;
    // The same list a page at a time: the next `limit` positions after
    // `after` of the sorted list before "open now" is applied (examined says
    // how many there were: fewer than `limit` means the list ends there), and
    // of those the rows that pass every filter.
    OrganisationPage organisationPage(std::string_view lang, const OrganisationFilter& filter,
                                      const OrganisationCursor& after, size_t limit) const;
    // How many organisations topic, language and district leave (open now not applied).
    size_t organisationMatches(std::string_view lang, const OrganisationFilter& filter) const;
    std::optional<Organisation> organisation(std::string_view id) const;
    // An organisation's opening status at nowUtc (Unknown for an unknown id).
    OpeningStatus openingStatus(std::string_view id, int64_t nowUtc) const;
    // The seven days of the week (Monday first) that holds nowUtc, with
    // holidays and dated rules applied; empty when no hours are known.
    std::vector<OpeningDay> openingWeek(std::string_view id, int64_t nowUtc) const;

    // Occurrences starting in [fromUtc, toUtc), sorted by start; optionally of
    // one organisation only. An occurrence still running at fromUtc is included.
    std::vector<EventSummary> events(std::string_view lang, int64_t fromUtc, int64_t toUtc,
                                     std::string_view organisationId = {}, size_t limit = SIZE_MAX) const;
    std::optional<EventSeries> eventSeries(std::string_view uid) const;
    // The next occurrences of one series from fromUtc on.
    std::vector<EventOccurrence> occurrences(std::string_view uid, int64_t fromUtc, size_t limit) const;

    // Sorted by guide order, then title; optionally only positions [offset, offset + limit).
    std::vector<GuideSummary> guides(std::string_view lang, size_t offset = 0, size_t limit = SIZE_MAX) const;
    std::optional<Guide> guide(std::string_view id) const;

    // Full-text search over every language (see content/db/search_text.h for the
    // folding rules). Any input is safe. At most `limitPerKind` hits per kind,
    // titles ranked above body text: within each kind, items with every query
    // word in a title (any language) come before items that only mention them.
    // Hits come grouped: organisations, then events, then guides, each best first. With `nowUtc` set, events whose
    // every occurrence ended before it are left out (past events disappear).
    // With SearchSnippets::Later the hits come without their snippet, which is
    // most of a hit's cost: a list shows the titles at once and asks
    // searchSnippet for each row as it comes into view.
    std::vector<SearchHit> search(std::string_view query, std::string_view lang, size_t limitPerKind = 20,
                                  int64_t nowUtc = 0, SearchSnippets snippets = SearchSnippets::Included) const;
    // The snippet search() would have given `hit` for `query`.
    std::string searchSnippet(const SearchHit& hit, std::string_view query, std::string_view lang) const;

    // Values present in the content, for the filter choices.
    std::vector<std::string> topics() const;           // topic keys in use
    std::vector<std::string> districts() const;        // sorted
    std::vector<std::string> spokenLanguages() const;  // BCP 47 tags in use

    // Every Unicode code point that occurs in any text of the content, computed
    // at import; the kiosk builds its font atlas from these.
    std::vector<uint32_t> codepoints() const;

private:
    struct Impl;
    explicit ContentStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace content
