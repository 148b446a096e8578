#include "tests/fuzz/fuzz_targets.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "content/core/model.h"
#include "content/core/opening_hours.h"
#include "content/core/recurrence.h"
#include "content/db/search_text.h"
#include "content/pack/content_checks.h"
#include "content/pack/content_json.h"
#include "content/pack/manifest.h"
#include "content/pack/minisign.h"
#include "content/pack/pack_limits.h"
#include "content/pack/jpeg_scaled_decoder.h"
#include "content/pack/picture_header.h"
#include "content/pack/zip_reader.h"
#include "content/pack/zip_writer.h"
#include "content/parse/csv.h"
#include "content/parse/icalendar.h"
#include "content/parse/markdown.h"
#include "content/parse/source_folder.h"
#include "content/parse/spreadsheet.h"

namespace fuzz {
namespace {

namespace fs = std::filesystem;

// A fixed instant, so a corpus file replays the same way on any day.
constexpr int64_t kNow = 1795262400;  // 2026-11-21T12:00:00Z

std::string_view text(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// A private folder for the targets that read files (ZIP, pictures, TOML).
const fs::path& scratch() {
    static const fs::path folder = [] {
        std::string pattern = (fs::temp_directory_path() / "kiosk-fuzz-XXXXXX").string();
        return fs::path(::mkdtemp(pattern.data()));
    }();
    return folder;
}

fs::path writeScratch(const std::string& name, std::string_view bytes) {
    fs::path file = scratch() / name;
    std::ofstream(file, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file;
}

void csv(const uint8_t* data, size_t size) {
    content::csv::ParseError error;
    (void)content::csv::parseTable(text(data, size), &error);
}

void openingHours(const uint8_t* data, size_t size) {
    std::string error;
    auto hours = content::OpeningHours::parse(text(data, size), &error);
    if (!hours) return;
    for (int day = 0; day < 7; ++day) (void)hours->spansOn(day);
    content::LocalTime monday{2026, 11, 23, 10, 0, 0, 0};
    (void)hours->isOpen(monday);
}

// A calendar as a source folder gives it, then every event expanded as the
// import would (the whole-import budget included).
void icalendar(const uint8_t* data, size_t size) {
    auto calendar = content::ical::parseCalendar(text(data, size), "org", "Europe/Berlin", "de");
    content::Content pack;
    pack.pack.timeZone = "Europe/Berlin";
    pack.events = std::move(calendar.events);
    content::ContentLimits limits;
    limits.maxOccurrences = 20000;  // keeps one run short; the code path is the import's
    (void)content::pack::expandWithinLimits(pack, kNow, limits);
}

void markdown(const uint8_t* data, size_t size) { (void)content::markdown::parseGuide(text(data, size)); }

// pack.toml, read by the source folder reader (toml++ and every check on it).
void toml(const uint8_t* data, size_t size) {
    static const fs::path folder = scratch() / "source";
    fs::create_directories(folder);
    writeScratch("source/pack.toml", text(data, size));
    (void)content::readSourceFolder(folder);
}

void manifest(const uint8_t* data, size_t size) {
    content::pack::ManifestProblem problem;
    std::string detail;
    if (auto parsed = content::pack::parseManifest(std::string(text(data, size)), &problem, &detail))
        (void)content::pack::manifestToJson(*parsed);
}

void contentJson(const uint8_t* data, size_t size) {
    content::pack::ContentJsonProblem problem;
    std::string detail;
    auto parsed = content::pack::parseContentJson(std::string(text(data, size)), content::ContentLimits{}, &problem, &detail);
    if (parsed) (void)content::pack::checkContent(*parsed);
}

// The signature file, a NUL, then the message it signs.
void minisign(const uint8_t* data, size_t size) {
    std::string_view input = text(data, size);
    size_t split = input.find('\0');
    std::string_view signature = input.substr(0, split);
    std::string_view message = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);
    static const std::vector<content::pack::MinisignPublicKey> keys = [] {
        auto pair = content::pack::generateMinisignKeyPair();
        return std::vector{*content::pack::parseMinisignPublicKey(pair.publicKeyFile, nullptr)};
    }();
    (void)content::pack::verifyMinisign(signature, message, keys);
    std::string error;
    (void)content::pack::parseMinisignPublicKey(signature, &error);
    (void)content::pack::parseMinisignSecretKey(signature, &error);
}

void zip(const uint8_t* data, size_t size) {
    fs::path archive = writeScratch("pack.kpack", text(data, size));
    content::pack::ZipProblem problem;
    std::string detail;
    auto reader = content::pack::ZipReader::open(archive, content::pack::ZipReadLimits{}, &problem, &detail);
    if (!reader) return;
    for (const auto& entry : reader->entries()) {
        std::string bytes;
        (void)reader->read(entry, 1u << 20, &bytes, &detail);
    }
}

// A spreadsheet as its parts, so mutations reach the XML and not only the
// ZIP's checksums: entries separated by NUL bytes, each "name\ncontent"
// (tests/fuzz/make_spreadsheet_seeds.py turns the test sheets into this).
// The parts are stored in a real archive and read as .xlsx and as .ods.
void spreadsheet(const uint8_t* data, size_t size) {
    std::vector<content::pack::ZipEntrySource> entries;
    std::string_view rest = text(data, size);
    while (!rest.empty()) {
        const size_t end = std::min(rest.find('\0'), rest.size());
        std::string_view part = rest.substr(0, end);
        rest.remove_prefix(std::min(end + 1, rest.size()));
        const size_t newline = part.find('\n');
        if (newline == 0 || newline == std::string_view::npos || newline > 200) continue;
        content::pack::ZipEntrySource entry;
        entry.name = std::string(part.substr(0, newline));
        entry.bytes = std::string(part.substr(newline + 1));
        entry.compress = false;
        entries.push_back(std::move(entry));
    }
    const fs::path archive = scratch() / "sheet.zip";
    std::string error;
    if (!content::pack::writeZip(archive, entries, &error)) return;
    content::sheet::ReadError problem;
    (void)content::sheet::readXlsx(archive, &problem);
    (void)content::sheet::readOds(archive, &problem);
}

void picture(const uint8_t* data, size_t size) {
    (void)content::pack::readPictureHeader(text(data, size));
    (void)content::pack::checkImageFile(writeScratch("picture.png", text(data, size)));
    // The import's scaled JPEG decode, whatever the picture's size.
    (void)content::pack::decodeJpegAtLeast(text(data, size), 16, 16);
}

void searchQuery(const uint8_t* data, size_t size) {
    std::string_view query = text(data, size);
    (void)content::search_text::matchExpression(query);
    for (const auto& word : content::search_text::splitWords(query)) (void)content::search_text::wordMatches(word, query.substr(0, 8));
    (void)content::search_text::foldForIndex(query);
}

}  // namespace

const std::vector<Target>& targets() {
    static const std::vector<Target> all = {
        {"csv", csv},
        {"spreadsheet", spreadsheet},
        {"opening_hours", openingHours},
        {"icalendar", icalendar},
        {"markdown", markdown},
        {"toml", toml},
        {"manifest", manifest},
        {"content_json", contentJson},
        {"minisign", minisign},
        {"zip", zip},
        {"picture", picture},
        {"search_query", searchQuery},
    };
    return all;
}

const Target* findTarget(std::string_view name) {
    for (const Target& target : targets())
        if (target.name == name) return &target;
    return nullptr;
}

}  // namespace fuzz
