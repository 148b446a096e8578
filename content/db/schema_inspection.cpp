#include "content/db/schema_inspection.h"

#include <charconv>

#include "content/db/schema.h"
#include "content/db/sqlite_handle.h"

namespace content::db {

SchemaInspection inspectSchema(const std::filesystem::path& dbFile) {
    SchemaInspection inspection;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dbFile, ec) || std::filesystem::file_size(dbFile, ec) == 0) {
        inspection.detail = "the content database " + dbFile.string() + " is missing or empty";
        return inspection;
    }
    Connection db;
    Statement read;
    std::string error;
    if (!db.open(dbFile, SQLITE_OPEN_READONLY, &error) ||
        !read.prepare(db, "SELECT value FROM meta WHERE key = ?1", &error)) {
        inspection.detail = "the content database cannot be read: " + error;
        return inspection;
    }
    read.start().bind(1, std::string_view(meta_key::kSchemaVersion));
    if (!read.step()) {
        inspection.detail = "the content database names no schema version";
        return inspection;
    }
    const std::string text = read.text(0);
    int version = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (problem != std::errc() || end != text.data() + text.size() || version <= 0) {
        inspection.detail = "the content database's schema version '" + text + "' is not a number";
        return inspection;
    }
    inspection.schemaVersion = version;
    inspection.state = version == kSchemaVersion ? SchemaInspection::State::Current
                       : version < kSchemaVersion ? SchemaInspection::State::Older
                                                  : SchemaInspection::State::Newer;
    return inspection;
}

}  // namespace content::db
