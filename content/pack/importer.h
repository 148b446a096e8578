// Importing a content pack into a kiosk's data directory: the one function
// that both `kiosk-pack import` and the running kiosk use. It keeps the
// promises of the brief: verify before parsing, build beside the live content,
// switch in one atomic step, keep the previous content, refuse with a reason a
// staff member understands. See content/core/data_dir.h for the layout.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "content/core/content_limits.h"

namespace content {

// Why a pack was refused. Stable identifiers: tests, logs, status files and
// report files use them.
enum class ImportError {
    None,
    CannotRead,          // the file vanished or could not be copied (stick pulled?)
    NotAPack,            // not a ZIP, truncated or corrupt archive
    NoSignature,         // manifest.json.minisig missing
    UnknownKey,          // signed by a key this kiosk does not trust
    BadSignature,        // signature does not match the manifest (edited after signing)
    UnknownFormat,       // format / format_version this kiosk does not read
    UnlistedFile,        // a file in the archive the manifest does not list
    MissingFile,         // a file the manifest lists is not in the archive
    FileChanged,         // size or sha256 of a file differs from the manifest
    UnsafePath,          // "..", absolute path, or a link inside the archive
    TooLarge,            // pack, file, ratio, records, event dates, picture pixels or import time over the limits
    SequenceNotNewer,    // sequence not greater than the one already accepted for this pack_id
    Expired,             // valid_until is in the past
    BadImage,            // image not decodable or over 4096x4096
    BadText,             // invalid UTF-8, control or bidi-override characters, text too long
    BadContent,          // JSON malformed or a value out of its rules
    BrokenReference,     // an event or organisation points at something missing
    DiskFull,            // could not write the new content (no space left)
    ReadOnly,            // the data folder is read-only or not writable for the kiosk
    DatabaseFailed,      // the new database did not build or did not pass its check
    Cancelled,           // ImportOptions::cancelled asked to stop (the kiosk is shutting down)
    OutOfMemory,         // the import needed more memory than the cap on the importing process allows
    ImportCrashed,       // the importing child process ended without a result (crashed or was killed)
};

// The stable identifier of an error, e.g. "bad-signature".
const char* importErrorCode(ImportError error);

// Every field that is data (not a callback) also travels to the import child
// process as JSON: keep content/pack/import_json.cpp in step with this struct.
struct ImportOptions {
    std::filesystem::path dataDir;
    std::vector<std::string> trustedPublicKeys;  // contents of minisign .pub files (or their base64 key line)
    int64_t nowUtc = 0;                          // 0 = the real clock; used for expiry and event expansion
    // Optional: called between steps; returning true abandons the import (the
    // live content stays). The kiosk uses it when shutting down.
    std::function<bool()> cancelled;
    // Optional: called as each step is reached ("copied", "verified",
    // "extracted", "database-built", "version-ready", "live-switched",
    // "sequence-saved"); the import child reports them over its pipe.
    std::function<void(const char* step)> progress;
    // The whole import is refused (too-large) when it runs longer than this:
    // checked between steps, between event series and between pictures.
    int64_t timeLimitSeconds = kMaxImportSeconds;
};

struct ImportResult {
    ImportError error = ImportError::None;
    std::string detail;     // what exactly (file name, line, value), in English
    std::string packId;     // from the manifest, when it could be read
    uint64_t sequence = 0;
    std::string createdAt;
    std::string defaultLanguage;  // the pack's default_language, for the report
    std::string signerKeyId;      // key id of the signature (as minisign prints it), when readable
    size_t organisations = 0, events = 0, guides = 0, images = 0;

    bool ok() const { return error == ImportError::None; }
};

// A sentence a staff member understands, in `lang` ("de", "en", ...; other
// languages fall back to English), including the detail.
std::string describeImport(const ImportResult& result, const std::string& lang);

// Holds an flock on DATA/.lock for its whole run, so two imports (kiosk and
// kiosk-pack) never interleave. Appends one JSON line to import-log.jsonl.
// Test hook: with KIOSK_IMPORT_KILL_AT=<step> in the environment the process
// kills itself at that step (copied, verified, extracted, database-built,
// version-ready, previous-switched, live-switched, sequence-saved).
ImportResult importPack(const std::filesystem::path& packFile, const ImportOptions& options);

// Makes the previous content live again (and the current one previous).
bool rollback(const std::filesystem::path& dataDir, std::string* error);

// Lowers the sequence floor of `packId` (sequences.json) to the sequence of
// the live content when it is that pack, else forgets it, so a later pack of
// that id is accepted again (after a pack with an absurd sequence was rolled
// back, for instance). Logged in import-log.jsonl with `who` asked for it.
// `newFloor` receives the floor now in force (0 = none); `nowUtc` is the
// caller's clock for the log line (0 = the real one).
bool resetSequenceFloor(const std::filesystem::path& dataDir, const std::string& packId, const std::string& who,
                        uint64_t* newFloor, std::string* error, int64_t nowUtc = 0);
// What a reset means, for logs: "packs of 'x' are accepted again from sequence 6 on".
std::string sequenceResetSentence(const std::string& packId, uint64_t floor);

// Removes leftovers of interrupted imports (incoming/, unreferenced versions).
// The kiosk calls it at start; importPack calls it first too.
void cleanupDataDir(const std::filesystem::path& dataDir);

namespace pack {
// One line in import-log.jsonl for an import, a publish or a refusal (also
// one the kiosk writes for an import child that ended without writing its own).
void appendImportLog(const std::filesystem::path& dataDir, const std::filesystem::path& packFile,
                     const ImportResult& result, int64_t nowUtc);
}  // namespace pack

}  // namespace content
