// manifest.json: the one file of a pack that is signed. It names the pack,
// its sequence and every other file with size and SHA-256, so checking the
// signature over it covers the whole pack.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace content::pack {

inline constexpr const char* kPackFormat = "community-kiosk-pack";
inline constexpr int kPackFormatVersion = 1;
inline constexpr const char* kManifestName = "manifest.json";
inline constexpr const char* kSignatureName = "manifest.json.minisig";
inline constexpr const char* kContentName = "content.json";

struct ManifestFile {
    std::string path;
    uint64_t size = 0;
    std::string sha256;  // lower-case hex
};

struct ManifestCounts {
    uint64_t organisations = 0, events = 0, guides = 0, images = 0;
};

struct Manifest {
    std::string format = kPackFormat;
    int formatVersion = kPackFormatVersion;
    std::string packId;
    uint64_t sequence = 0;
    std::string createdAt;   // "2026-11-21T05:30:00Z"
    std::string validUntil;  // empty when the pack does not expire
    std::vector<std::string> languages;
    ManifestCounts counts;
    std::vector<ManifestFile> files;

    const ManifestFile* file(const std::string& path) const;
};

std::string manifestToJson(const Manifest& manifest);

enum class ManifestProblem { None, Malformed, UnknownFormat };

// Strict: every field must be present with the right type; `format` and
// `format_version` must be ones this kiosk reads.
std::optional<Manifest> parseManifest(const std::string& json, ManifestProblem* problem, std::string* detail);

}  // namespace content::pack
