#include "content/station/published_source.h"

#include <algorithm>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/pack/durable_files.h"
#include "content/pack/hashing.h"

namespace content::station {

namespace fs = std::filesystem;

namespace {

// A source folder holds the list, a calendar per organisation, a folder per
// guide and the pictures: a few hundred entries, four levels at most. The
// staff screen lists it while it is drawn, so a stick with more is simply
// shown as new rather than listed for long.
constexpr size_t kMaxEntries = 5000;
constexpr int kMaxDepth = 4;
constexpr size_t kMaxRecordBytes = 4096;

// Left out: what the kiosk writes onto the stick, and what computers add by themselves.
bool leftOut(const std::string& name, int depth) {
    return name.starts_with(".") || (depth == 0 && (name == "kiosk" || name == "System Volume Information"));
}

// Appends "path type size mtime" lines for `dir`; false when over the bounds or unreadable.
bool listFolder(const fs::path& dir, const std::string& prefix, int depth, std::vector<std::string>& lines) {
    std::error_code error;
    fs::directory_iterator it(dir, error), end;
    if (error) return false;
    for (; it != end; it.increment(error)) {
        if (error) return false;
        const std::string name = it->path().filename().string();
        if (leftOut(name, depth)) continue;
        if (lines.size() >= kMaxEntries) return false;
        const fs::file_status status = fs::symlink_status(it->path(), error);
        if (error) return false;
        const std::string path = prefix + name;
        if (fs::is_directory(status)) {
            lines.push_back(path + "/");
            if (depth + 1 >= kMaxDepth) return false;
            if (!listFolder(it->path(), path + "/", depth + 1, lines)) return false;
            continue;
        }
        std::string line = path + " " + std::to_string(static_cast<int>(status.type()));
        if (fs::is_regular_file(status)) {
            const auto size = fs::file_size(it->path(), error);
            const auto written = fs::last_write_time(it->path(), error);
            if (error) return false;
            line += " " + std::to_string(size) + " " + std::to_string(written.time_since_epoch().count());
        }
        lines.push_back(std::move(line));
    }
    return true;
}

}  // namespace

std::optional<std::string> sourceFingerprint(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(fs::symlink_status(folder, error))) return std::nullopt;
    std::vector<std::string> lines;
    if (!listFolder(folder, "", 0, lines)) return std::nullopt;
    std::sort(lines.begin(), lines.end());
    std::string listing;
    for (const std::string& line : lines) listing += line + "\n";
    return pack::sha256Hex(listing);
}

fs::path publishedSourceFile(const fs::path& dataDir) { return dataDir / "published-source.json"; }

bool notePublishedSource(const fs::path& dataDir, const PublishedSource& published, std::string* error) {
    const nlohmann::json record = {
        {"fingerprint", published.fingerprint}, {"published_utc", published.publishedUtc}, {"pack_id", published.packId}};
    return pack::writeFileAtomically(publishedSourceFile(dataDir), record.dump() + "\n", error);
}

std::optional<PublishedSource> readPublishedSource(const fs::path& dataDir) {
    auto bytes = pack::readWholeFile(publishedSourceFile(dataDir), kMaxRecordBytes);
    if (!bytes) return std::nullopt;
    const nlohmann::json record = nlohmann::json::parse(*bytes, nullptr, /*allow_exceptions=*/false);
    if (!record.is_object() || !record.contains("fingerprint") || !record["fingerprint"].is_string() ||
        !record.contains("published_utc") || !record["published_utc"].is_number_integer())
        return std::nullopt;
    PublishedSource published;
    published.fingerprint = record["fingerprint"].get<std::string>();
    published.publishedUtc = record["published_utc"].get<int64_t>();
    if (record.contains("pack_id") && record["pack_id"].is_string()) published.packId = record["pack_id"].get<std::string>();
    return published;
}

std::optional<PublishedSource> publishedFromFolder(const fs::path& dataDir, const fs::path& folder) {
    auto published = readPublishedSource(dataDir);
    if (!published) return std::nullopt;
    auto now = sourceFingerprint(folder);
    if (!now || *now != published->fingerprint) return std::nullopt;
    return published;
}

}  // namespace content::station
