#include "content/station/report_file.h"

#include "content/pack/durable_files.h"

namespace content::station {
namespace {

struct Words {
    const char* heading;       // followed by the kiosk id and the time
    const char* packLine;      // "Pack"
    const char* version;       // "version"
    const char* accepted;
    const char* refused;
    const char* skipped;
    const char* alreadyLive;
    const char* skippedWhy;    // followed by newer file + sequence
    const char* alreadyLiveWhy;
    const char* liveNow;
    const char* nothingLive;
    const char* created;
    const char* organisations, *events, *guides;
};

constexpr Words kEnglish{
    "Report from kiosk", "Pack", "version", "Result: ACCEPTED - the new content is live.", "Result: REFUSED - nothing was changed.",
    "Result: SKIPPED - nothing was changed.", "Result: ALREADY LIVE - nothing was changed.",
    "A newer version of the same pack was offered at the same time and was taken instead:",
    "This version (or a newer one) of the pack is already live on this kiosk.", "Content live now:",
    "No content is live on this kiosk yet.", "created", "organisations", "events", "guides"};

constexpr Words kGerman{
    "Bericht von Kiosk", "Paket", "Version", "Ergebnis: ANGENOMMEN - der neue Inhalt wird jetzt angezeigt.",
    "Ergebnis: ABGELEHNT - es wurde nichts geändert.", "Ergebnis: ÜBERSPRUNGEN - es wurde nichts geändert.",
    "Ergebnis: SCHON AKTUELL - es wurde nichts geändert.",
    "Eine neuere Version desselben Pakets lag gleichzeitig bereit und wurde stattdessen genommen:",
    "Diese Version (oder eine neuere) des Pakets ist auf diesem Kiosk schon aktiv.", "Jetzt angezeigter Inhalt:",
    "Auf diesem Kiosk ist noch kein Inhalt aktiv.", "erstellt", "Organisationen", "Termine", "Anleitungen"};

const Words& wordsFor(const std::string& lang) {
    return (lang == "de" || lang == "de-x-easy") ? kGerman : kEnglish;
}

std::string packDescription(const std::string& packId, uint64_t sequence, const Words& words) {
    if (packId.empty()) return "";
    return " (" + packId + ", " + words.version + " " + std::to_string(sequence) + ")";
}

std::string liveDescription(const LiveContentInfo& live, const Words& words) {
    if (!live.present) return words.nothingLive;
    std::string text = std::string(words.liveNow) + " " + live.packId + ", " + words.version + " " +
                       std::to_string(live.sequence);
    if (!live.createdAt.empty()) text += ", " + std::string(words.created) + " " + live.createdAt;
    std::string counts;
    auto add = [&](int64_t count, const char* what) {
        if (count < 0) return;
        counts += (counts.empty() ? "" : ", ") + std::to_string(count) + " " + what;
    };
    add(live.organisations, words.organisations);
    add(live.events, words.events);
    add(live.guides, words.guides);
    if (!counts.empty()) text += " - " + counts;
    return text + ".";
}

}  // namespace

std::string reportSection(const ReportInput& input, const std::string& lang) {
    const Words& words = wordsFor(lang);
    const std::string describeLang = (&words == &kGerman) ? "de" : "en";
    std::string text = std::string(words.packLine) + ": " + input.packFile.filename().string() +
            packDescription(input.result.packId, input.result.sequence, words) + "\n";
    switch (input.kind) {
        case ReportInput::Kind::Imported:
            text += std::string(input.result.ok() ? words.accepted : words.refused) + "\n";
            text += describeImport(input.result, describeLang) + "\n";
            break;
        case ReportInput::Kind::SkippedOlder:
            text += std::string(words.skipped) + "\n" + words.skippedWhy + " " + input.newerFile.filename().string() +
                    " (" + words.version + " " + std::to_string(input.newerSequence) + ")\n";
            break;
        case ReportInput::Kind::AlreadyLive:
            text += std::string(words.alreadyLive) + "\n" + words.alreadyLiveWhy + "\n";
            break;
    }
    return text;
}

std::string reportText(const std::vector<ReportInput>& inputs) {
    if (inputs.empty()) return {};
    std::string lang = inputs.front().result.defaultLanguage;
    if (lang.empty()) lang = "de";  // our packs are written for German community centres
    std::vector<std::string> languages = {"en"};
    if (&wordsFor(lang) != &kEnglish) languages.insert(languages.begin(), lang);
    std::string text;
    for (const std::string& language : languages) {
        const Words& words = wordsFor(language);
        if (!text.empty()) text += "\n";
        text += std::string(words.heading) + " " + inputs.front().kioskId + " - " + inputs.back().at + "\n\n";
        for (const ReportInput& input : inputs) text += reportSection(input, language) + "\n";
        text += liveDescription(inputs.back().live, words) + "\n";
    }
    return text;
}

std::filesystem::path reportFilePath(const std::filesystem::path& packFile, const std::string& kioskId) {
    return packFile.parent_path() / ("kiosk-report-" + kioskId + ".txt");
}

bool writeReportFile(const std::vector<ReportInput>& inputs, std::string* error) {
    if (inputs.empty()) return true;
    const ReportInput& first = inputs.front();
    const std::filesystem::path file = reportFilePath(first.packFile, first.kioskId);
    // The stick is not ours: no link at any level of its path is followed.
    return content::pack::writeFileIntoForeignFolder(file.parent_path(), "", file.filename().string(), reportText(inputs),
                                                     error);
}

}  // namespace content::station
