// What the kiosk does with a source folder on a stick once a PIN-holder asks:
// check it (the same list `kiosk-pack check` prints), build it into a pack
// signed with this kiosk's key and stage that pack (everything an import does
// up to the switch), publish the staged version, and write the pack, this
// kiosk's public key and a report back onto the stick so the same stick can
// update other kiosks. Each step is one plain function of its inputs: the
// import worker has the check and the staging run in its import child
// (source_child.h), the publish and the stick's files in the kiosk.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "content/pack/staging.h"
#include "content/parse/source_folder.h"
#include "content/station/kiosk_signing_key.h"
#include "content/station/source_stick.h"

namespace content::station {

struct SourceJobSettings {
    std::filesystem::path dataDir;
    std::string kioskId;
    std::vector<std::string> trustedPublicKeys;  // besides this kiosk's own key
    int64_t nowUtc = 0;                          // 0 = the real clock
    std::function<bool()> cancelled;
    // Optional: hears "folder-read", "pack-built" and the staging's steps (ImportOptions::progress).
    std::function<void(const char* step)> progress;
};

// Where a built preview pack waits for Publish (the kiosk's own folder).
std::filesystem::path previewPackFolder(const std::filesystem::path& dataDir);

struct SourceStaging {
    SourceReadResult check;          // every problem found; nothing built when it has errors
    bool folderMissing = false;      // the folder (or the stick) is gone
    std::string buildError;          // the pack could not be built (English)
    ImportResult import;             // the staging's result (ok: staged)
    StagedVersion staged;
    std::filesystem::path packFile;  // the built pack, in previewPackFolder()
    std::string fingerprint;         // the folder as it was before it was read (published_source.h)
    bool ok() const { return !folderMissing && check.ok() && buildError.empty() && import.ok(); }
};

// Reads and checks the folder only.
SourceReadResult checkSourceOnStick(const SourceOnStick& source, int64_t nowUtc, bool* folderMissing);

// Check, build (signed with `key`) and stage.
SourceStaging stageSourceFolder(const SourceOnStick& source, const KioskSigningKey& key,
                                const SourceJobSettings& settings);

struct SourcePublication {
    ImportResult import;                // publishStaged's result
    std::filesystem::path packOnStick;  // where the pack was written (empty when it could not be)
    std::filesystem::path reportOnStick;
    std::filesystem::path keyOnStick;   // this kiosk's public key beside the pack
    std::string stickError;             // why the stick was not written (English); the content is live anyway
};

// Publishes the staged version, notes the folder's fingerprint in the data
// folder (published_source.h), then writes the stick's kiosk/ folder: the
// pack, the report (with the check's warnings) and the public key.
SourcePublication publishStagedSource(const SourceStaging& staging, const SourceOnStick& source,
                                      const KioskSigningKey& key, const SourceJobSettings& settings);

// Discards the staged version and the preview pack.
void discardStagedSource(const std::filesystem::path& dataDir);

}  // namespace content::station
