// What the upgrade tests do to a data folder (content/pack/rebuild.h): make a
// live or previous database look as the previous software left it, replace a
// version's content copy, read which version a link names.
#pragma once

#include <filesystem>
#include <string>

#include <doctest/doctest.h>

#include "content/db/sqlite_handle.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/zip_writer.h"

namespace upgrade_test {

inline std::string linked(const std::filesystem::path& link) { return content::pack::linkedVersion(link).value_or(""); }

inline void runSql(const std::filesystem::path& dbFile, const std::string& sql) {
    content::db::Connection db;
    std::string error;
    REQUIRE_MESSAGE(db.open(dbFile, SQLITE_OPEN_READWRITE, &error), error);
    REQUIRE_MESSAGE(db.exec(sql, &error), error);
}

// Schema 1: without the per-language places of events that version 2 added.
inline void makeSchemaOne(const std::filesystem::path& dbFile) {
    runSql(dbFile,
           "ALTER TABLE event_display DROP COLUMN location_lang; ALTER TABLE event_display DROP COLUMN location;"
           "ALTER TABLE event_texts DROP COLUMN location;"
           "UPDATE meta SET value = '1' WHERE key = 'schema_version';");
}

// Replaces a version's content copy with `text` as its content.json.
inline void writeContentCopy(const std::filesystem::path& copy, const std::string& text) {
    content::pack::ZipEntrySource entry;
    entry.name = "content.json";
    entry.bytes = text;
    std::string error;
    REQUIRE_MESSAGE(content::pack::writeZip(copy, {entry}, &error), error);
}

}  // namespace upgrade_test
