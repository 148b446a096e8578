// The report written back next to a pack (kiosk-report-<kiosk-id>.txt) when
// the stick or folder is writable: accepted or refused and why, in the pack's
// default language and in English, and what content is live now. Staff read
// it on any computer, so it is plain UTF-8 text.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "content/pack/importer.h"
#include "content/station/live_content.h"

namespace content::station {

struct ReportInput {
    enum class Kind {
        Imported,     // importPack ran: accepted or refused, see `result`
        SkippedOlder, // a newer pack of the same pack_id was offered at the same time
        AlreadyLive,  // this pack (or a newer one of its pack_id) is already live
    };
    Kind kind = Kind::Imported;
    std::string kioskId;
    std::filesystem::path packFile;
    ImportResult result;              // Imported; for the others packId/sequence/defaultLanguage
    std::filesystem::path newerFile;  // SkippedOlder
    uint64_t newerSequence = 0;       // SkippedOlder, AlreadyLive (the accepted sequence)
    LiveContentInfo live;             // content live after this step
    std::string at;                   // ISO 8601 UTC
};

// What happened to one pack, in one language ("de" or "en"; others get English).
std::string reportSection(const ReportInput& input, const std::string& lang);
// The whole report for the packs of one folder (one file per kiosk and
// folder): in the first pack's default language (when not English), then in
// English, each part ending with the content live now (from the last input).
std::string reportText(const std::vector<ReportInput>& inputs);

std::filesystem::path reportFilePath(const std::filesystem::path& packFile, const std::string& kioskId);
// Writes the report next to the packs (all from one folder); false + `error`
// when that place is read-only.
bool writeReportFile(const std::vector<ReportInput>& inputs, std::string* error);

}  // namespace content::station
