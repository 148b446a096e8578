// Whether the source folder on a stick is exactly what this kiosk published
// from it, so the staff screen can say "published, you can pull the stick"
// instead of presenting it as new. At publish the kiosk notes the folder's
// fingerprint in its data folder; the staff screen compares the folder's
// fingerprint now. A fingerprint lists names, sizes and modification times
// (nothing is read from the files), without following links, bounded in
// entries and depth like the source reader; what the kiosk itself writes onto
// the stick (kiosk/) and hidden files that computers drop there (.DS_Store)
// are left out, the source reader ignores them too.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace content::station {

// The fingerprint of a source folder; nullopt when it cannot be listed or
// holds more than a source folder may.
std::optional<std::string> sourceFingerprint(const std::filesystem::path& folder);

struct PublishedSource {
    std::string fingerprint;
    int64_t publishedUtc = 0;
    std::string packId;
};

// DATA/published-source.json: the last folder published at this kiosk.
std::filesystem::path publishedSourceFile(const std::filesystem::path& dataDir);
bool notePublishedSource(const std::filesystem::path& dataDir, const PublishedSource& published, std::string* error);
std::optional<PublishedSource> readPublishedSource(const std::filesystem::path& dataDir);

// When `folder` is unchanged since it was published here: that publication.
std::optional<PublishedSource> publishedFromFolder(const std::filesystem::path& dataDir, const std::filesystem::path& folder);

}  // namespace content::station
