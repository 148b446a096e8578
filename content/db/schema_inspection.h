// Which schema a content database on disk has, read cheaply (one meta row,
// no integrity check) so the kiosk can ask at every start whether the live
// database is one this software reads, one to rebuild (older, missing,
// unreadable) or one of a newer software (never touched).
#pragma once

#include <filesystem>
#include <string>

namespace content::db {

struct SchemaInspection {
    enum class State {
        Current,     // kSchemaVersion: the store reads it
        Older,       // a lower version: rebuild it from the kept content
        Newer,       // a higher version: written by a newer software, leave it alone
        Unreadable,  // missing, empty, not SQLite, damaged, or no schema version in it
    };
    State state = State::Unreadable;
    int schemaVersion = 0;  // 0 when unknown
    std::string detail;     // English, for Unreadable
};

SchemaInspection inspectSchema(const std::filesystem::path& dbFile);

}  // namespace content::db
