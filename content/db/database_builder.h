// Builds a kiosk's content database from a pack's content. The importer
// (content/pack/importer.h) calls it once per import, into a fresh version
// folder beside the live one; after that the file is only ever read
// (content/db/content_store.h). See content/db/schema.h for the layout.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "content/core/model.h"

namespace content {

// Writes `dbFile` (replacing any file there) in one transaction: tables, the
// per-language display texts, the FTS5 search index, meta (pack info, schema
// version, counts, code points). Every occurrence must name an event series of
// `content`; an event's organisation may be missing (then it has none).
// The file is synced before this returns true. On failure returns false with
// a reason in `error` and leaves no usable file.
bool buildDatabase(const Content& content, const std::vector<EventOccurrence>& occurrences,
                   const std::filesystem::path& dbFile, std::string* error);

// Checks a built database before it goes live: SQLite's integrity check, the
// search index's own check, the schema version, and that every table holds as
// many rows as meta says the build wrote. A truncated or damaged file fails.
bool checkDatabase(const std::filesystem::path& dbFile, std::string* error);

}  // namespace content
