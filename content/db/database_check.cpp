// checkDatabase (declared in database_builder.h): the gate a freshly built
// database passes before the importer makes it live.
#include <map>

#include "content/db/database_builder.h"
#include "content/db/json_codec.h"
#include "content/db/schema.h"
#include "content/db/sqlite_handle.h"

namespace content {

namespace {

using db::Connection;
using db::Statement;

bool fail(std::string* error, const std::string& what) {
    if (error) *error = "content database check failed: " + what;
    return false;
}

bool countRows(const Connection& db, const std::string& sql, int64_t* count, std::string* error) {
    Statement statement;
    if (!statement.prepare(db, sql, error)) return false;
    if (!statement.start().step()) {
        if (error) *error = db.lastError();
        return false;
    }
    *count = statement.integer(0);
    return true;
}

}  // namespace

bool checkDatabase(const std::filesystem::path& dbFile, std::string* error) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dbFile, ec) || std::filesystem::file_size(dbFile, ec) == 0)
        return fail(error, dbFile.string() + " is missing or empty");

    // Read-write (never create) only because FTS5's integrity-check command is
    // an INSERT; it changes nothing. The file is not live yet.
    Connection db;
    std::string detail;
    if (!db.open(dbFile, SQLITE_OPEN_READWRITE, &detail)) return fail(error, detail);

    Statement integrity;
    if (!integrity.prepare(db, "PRAGMA integrity_check", &detail)) return fail(error, detail);
    integrity.start();
    if (!integrity.step()) return fail(error, "integrity check did not run: " + db.lastError());
    if (integrity.textView(0) != "ok") return fail(error, "damaged file: " + integrity.text(0));

    std::map<std::string, std::string> meta;
    Statement readMeta;
    if (!readMeta.prepare(db, "SELECT key, value FROM meta", &detail)) return fail(error, detail);
    readMeta.start();
    while (readMeta.step()) meta[readMeta.text(0)] = readMeta.text(1);
    if (readMeta.failed()) return fail(error, db.lastError());

    if (meta[db::meta_key::kSchemaVersion] != std::to_string(db::kSchemaVersion))
        return fail(error, "schema version '" + meta[db::meta_key::kSchemaVersion] + "', expected " +
                               std::to_string(db::kSchemaVersion));
    if (!db::packInfoFromJson(meta[db::meta_key::kPack])) return fail(error, "pack information unreadable");

    const auto metaNumber = [&](const char* key) -> int64_t {
        try {
            return std::stoll(meta.at(key));
        } catch (...) {
            return -1;
        }
    };
    const int64_t organisations = metaNumber(db::meta_key::kOrganisations);
    const int64_t series = metaNumber(db::meta_key::kEventSeries);
    const int64_t occurrences = metaNumber(db::meta_key::kOccurrences);
    const int64_t guides = metaNumber(db::meta_key::kGuides);
    const int64_t languages = static_cast<int64_t>(db::splitList(meta[db::meta_key::kDisplayLanguages]).size());
    if (organisations < 0 || series < 0 || occurrences < 0 || guides < 0 || languages == 0)
        return fail(error, "counts missing from meta");

    const struct {
        const char* sql;
        int64_t expected;
    } counts[] = {
        {"SELECT count(*) FROM organisations", organisations},
        {"SELECT count(*) FROM organisation_display", organisations * languages},
        {"SELECT count(*) FROM event_series", series},
        {"SELECT count(*) FROM event_display", series * languages},
        {"SELECT count(*) FROM occurrences", occurrences},
        {"SELECT count(*) FROM guides", guides},
        {"SELECT count(*) FROM guide_display", guides * languages},
        {"SELECT count(*) FROM search_docsize", organisations + series + guides},
    };
    for (const auto& count : counts) {
        int64_t actual = 0;
        if (!countRows(db, count.sql, &actual, &detail)) return fail(error, detail);
        if (actual != count.expected)
            return fail(error, std::string(count.sql) + " gave " + std::to_string(actual) + ", expected " +
                                   std::to_string(count.expected));
    }

    if (!db.exec("INSERT INTO search(search) VALUES('integrity-check')", &detail))
        return fail(error, "search index damaged: " + detail);
    return true;
}

}  // namespace content
