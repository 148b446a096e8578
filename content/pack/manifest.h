// manifest.json: the one file of a pack that is signed. It names the pack,
// its sequence and every other file with size and SHA-256, so checking the
// signature over it covers the whole pack.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace content::pack {

inline constexpr const char* kPackFormat = "community-kiosk-pack";
inline constexpr int kPackFormatVersion = 1;
inline constexpr const char* kManifestName = "manifest.json";
inline constexpr const char* kSignatureName = "manifest.json.minisig";
inline constexpr const char* kContentName = "content.json";

// What a manifest value may be; parseManifest refuses anything else before
// any value is used (the pack id becomes part of a folder name).
inline constexpr size_t kMaxPackIdLength = 64;
// Sequences run from 1 to 2^53 - 1: the largest whole number every JSON
// reader keeps exact, and far above the YYYYMMDDHHMMSS default of any year.
inline constexpr uint64_t kMaxSequence = (uint64_t{1} << 53) - 1;
inline constexpr size_t kMaxLanguages = 50;
inline constexpr size_t kMaxLanguageTagLength = 35;

// "[a-z0-9][a-z0-9-]*", at most kMaxPackIdLength characters.
bool isValidPackId(std::string_view id);
// A BCP 47 tag's shape: a language of 2 or 3 letters, then subtags of 1 to 8
// letters or digits separated by '-' ("de", "de-x-easy", "pt-BR", "sr-Latn").
bool isValidLanguageTag(std::string_view tag);
// A value from a pack, quoted for a message: control characters and invalid
// UTF-8 spelled out, cut after a few dozen characters.
std::string quoteForMessage(std::string_view value);

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
// `format_version` must be ones this kiosk reads; pack_id, sequence,
// created_at, valid_until and languages must follow the rules above.
std::optional<Manifest> parseManifest(const std::string& json, ManifestProblem* problem, std::string* detail);

}  // namespace content::pack
