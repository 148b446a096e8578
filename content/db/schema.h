// The layout of a kiosk content database, shared by the builder (which writes
// it once per import) and the store (which only reads it). Bump
// kSchemaVersion whenever a table or a meta key changes meaning: the store
// refuses a file of another version instead of misreading it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace content::db {

// 2: an event's place is a text per language (event_texts, event_display).
inline constexpr int kSchemaVersion = 2;

// Keys of the `meta` table.
namespace meta_key {
inline constexpr const char* kSchemaVersion = "schema_version";
inline constexpr const char* kPack = "pack";                    // PackInfo as JSON
inline constexpr const char* kCodepoints = "codepoints";        // ranges "32-126,196,..."
inline constexpr const char* kDisplayLanguages = "display_languages";  // languages with precomputed texts
inline constexpr const char* kMaxEventSeconds = "max_event_seconds";   // longest occurrence
inline constexpr const char* kLastEventEnd = "last_event_end_utc";     // end of the last occurrence (0: none)
inline constexpr const char* kOrganisations = "count_organisations";
inline constexpr const char* kEventSeries = "count_event_series";
inline constexpr const char* kOccurrences = "count_occurrences";
inline constexpr const char* kGuides = "count_guides";
}  // namespace meta_key

// Kinds in the search index; a search row's rowid is `number * 4 + kind`.
enum class IndexedKind : int64_t { Organisation = 0, Event = 1, Guide = 2 };
inline int64_t searchRowid(IndexedKind kind, int64_t number) { return number * 4 + static_cast<int64_t>(kind); }

// Lists (languages, categories, dates) are stored joined with the ASCII unit
// separator, which import's text checks never let into content.
inline constexpr char kListSeparator = '\x1f';
std::string joinList(const std::vector<std::string>& items);
std::vector<std::string> splitList(std::string_view joined);

// Every table and index; run inside the builder's transaction.
extern const char* const kSchemaSql;

}  // namespace content::db
