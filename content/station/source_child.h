// A staff member's source folder from a stick, checked and staged in the
// import child (import_child.h: the same spawning, pipe, lower priority and
// memory cap as a pack's import). That folder is the most hostile input the
// kiosk reads - spreadsheets (zip archives of XML), calendars, markdown and
// pictures from an untrusted stick - and the build of a large one is the
// kiosk's largest working set: both stay in the child, and the kiosk gets back
// the check's whole problem list and the staging's result. A child that
// crashes, is killed or hits its cap is a refusal with nothing staged, and the
// live content is untouched (the staging never touches it).
//
// Signing: the child reads this kiosk's secret key itself, from the key folder
// it is told (DATA/signing-key: 0700, its file 0600, the kiosk's user's, as
// whom the child runs). So the key is never written anywhere new, not even
// into a pipe. Signing in the kiosk instead (the child building an unsigned
// pack) would take a second child to stage the signed pack, and would keep
// the key from nobody: a child taken over by a hostile file runs as the
// kiosk's user and could open the key file as well.
//
// The request: {"source": {"folder": F, "stick": S}, "stage": BOOL,
//               "settings": {data_dir, kiosk_id, trusted_public_keys, now_utc},
//               "signing_key_folder": P}
// Steps: "folder-read", "pack-built" (source_publishing.h), then the
// staging's ("copied", "verified", "extracted", "database-built", "version-ready").
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include "content/station/import_child.h"
#include "content/station/source_publishing.h"

namespace content::station {

struct SourceChildOutcome {
    SourceStaging staging;  // a failed child: staging.import says why (import-crashed, cancelled)
    ChildRun run;
};

// Reads and checks the folder in the child (the staff screen's "Check").
SourceChildOutcome checkSourceInChild(const SourceOnStick& source, const SourceJobSettings& settings,
                                      const ImportChildSettings& child);

// Check, build signed with the key in `signingKeyFolder`, and stage, in the
// child. Anything but a good staging leaves no staged version behind.
SourceChildOutcome stageSourceInChild(const SourceOnStick& source, const std::filesystem::path& signingKeyFolder,
                                      const SourceJobSettings& settings, const ImportChildSettings& child);

// SourceStaging as JSON, every field but the check's records (the kiosk needs
// the problems; the records are in the staged version's database).
nlohmann::json sourceStagingToJson(const SourceStaging& staging);
std::optional<SourceStaging> sourceStagingFromJson(const nlohmann::json& json);

// The child's side.
struct SourceRequest {
    SourceOnStick source;
    bool stage = false;
    SourceJobSettings settings;  // without callbacks
    std::filesystem::path signingKeyFolder;
};
std::optional<SourceRequest> sourceRequestFromJson(const nlohmann::json& request);
// Runs the request; a std::bad_alloc under the cap is an "out-of-memory" refusal.
nlohmann::json stageSourceRequest(const SourceRequest& request, const std::function<bool()>& cancelled,
                                  const std::function<void(const char*)>& progress);

}  // namespace content::station
