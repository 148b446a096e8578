#include "content/pack/manifest.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "content/core/text_checks.h"
#include "content/core/time_zone.h"

namespace content::pack {

bool isValidPackId(std::string_view id) {
    if (id.empty() || id.size() > kMaxPackIdLength || id.front() == '-') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool isValidLanguageTag(std::string_view tag) {
    if (tag.empty() || tag.size() > kMaxLanguageTagLength) return false;
    size_t index = 0;
    for (size_t start = 0; start <= tag.size(); ++index) {
        size_t end = tag.find('-', start);
        if (end == std::string_view::npos) end = tag.size();
        std::string_view part = tag.substr(start, end - start);
        if (part.empty() || part.size() > 8) return false;
        for (char c : part) {
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(index > 0 && c >= '0' && c <= '9')) return false;
        }
        if (index == 0 && (part.size() < 2 || part.size() > 3)) return false;
        start = end + 1;
    }
    return true;
}

std::string quoteForMessage(std::string_view value) {
    constexpr size_t kShown = 60;
    std::string text;
    size_t shown = 0;
    for (size_t i = 0; i < value.size(); ++i) {
        if (shown == kShown) {
            text += "... (" + std::to_string(value.size()) + " bytes)";
            break;
        }
        unsigned char c = static_cast<unsigned char>(value[i]);
        char code[16];
        if (c < 0x20 || c == 0x7f) {
            std::snprintf(code, sizeof code, "<U+%04X>", c);
            text += code;
        } else if (c >= 0x80) {
            // Keep a whole valid UTF-8 character, spell out a broken byte.
            size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
            if (length > 1 && i + length <= value.size() && isValidUtf8(value.substr(i, length))) {
                text.append(value.substr(i, length));
                i += length - 1;
            } else {
                std::snprintf(code, sizeof code, "<byte 0x%02X>", c);
                text += code;
            }
        } else {
            text += static_cast<char>(c);
        }
        ++shown;
    }
    return "'" + text + "'";
}

using nlohmann::json;

const ManifestFile* Manifest::file(const std::string& path) const {
    for (const auto& entry : files)
        if (entry.path == path) return &entry;
    return nullptr;
}

std::string manifestToJson(const Manifest& manifest) {
    json files = json::array();
    for (const auto& file : manifest.files)
        files.push_back({{"path", file.path}, {"size", file.size}, {"sha256", file.sha256}});
    json document = {
        {"format", manifest.format},
        {"format_version", manifest.formatVersion},
        {"pack_id", manifest.packId},
        {"sequence", manifest.sequence},
        {"created_at", manifest.createdAt},
        {"languages", manifest.languages},
        {"counts",
         {{"organisations", manifest.counts.organisations},
          {"events", manifest.counts.events},
          {"guides", manifest.counts.guides},
          {"images", manifest.counts.images}}},
        {"files", files},
    };
    if (!manifest.validUntil.empty()) document["valid_until"] = manifest.validUntil;
    return document.dump(2) + "\n";
}

namespace {

struct Malformed {
    std::string why;
};

const json& field(const json& object, const char* name) {
    auto it = object.find(name);
    if (it == object.end()) throw Malformed{std::string("the manifest has no '") + name + "'"};
    return *it;
}

std::string stringField(const json& object, const char* name) {
    const json& value = field(object, name);
    if (!value.is_string()) throw Malformed{std::string("'") + name + "' in the manifest is not a text"};
    return value.get<std::string>();
}

uint64_t unsignedField(const json& object, const char* name) {
    const json& value = field(object, name);
    if (!value.is_number_unsigned()) throw Malformed{std::string("'") + name + "' in the manifest is not a whole number"};
    return value.get<uint64_t>();
}

bool isLowerHex(const std::string& text, size_t length) {
    if (text.size() != length) return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

}  // namespace

std::optional<Manifest> parseManifest(const std::string& text, ManifestProblem* problem, std::string* detail) {
    auto fail = [&](ManifestProblem what, std::string why) -> std::optional<Manifest> {
        *problem = what;
        if (detail) *detail = std::move(why);
        return std::nullopt;
    };
    json document = json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) return fail(ManifestProblem::Malformed, "manifest.json is not valid JSON");
    try {
        Manifest manifest;
        // Format first: a future format may change everything else.
        manifest.format = stringField(document, "format");
        const json& version = field(document, "format_version");
        if (manifest.format != kPackFormat)
            return fail(ManifestProblem::UnknownFormat, "the pack format is " + quoteForMessage(manifest.format));
        if (!version.is_number_integer() || version.get<int64_t>() != kPackFormatVersion)
            return fail(ManifestProblem::UnknownFormat, "the pack format version is " + version.dump() +
                                                            ", this kiosk reads version " +
                                                            std::to_string(kPackFormatVersion));
        manifest.formatVersion = kPackFormatVersion;
        manifest.packId = stringField(document, "pack_id");
        manifest.sequence = unsignedField(document, "sequence");
        manifest.createdAt = stringField(document, "created_at");
        if (document.contains("valid_until")) manifest.validUntil = stringField(document, "valid_until");
        const json& languages = field(document, "languages");
        if (!languages.is_array()) throw Malformed{"'languages' in the manifest is not a list"};
        for (const auto& language : languages) {
            if (!language.is_string()) throw Malformed{"'languages' in the manifest holds something that is not a text"};
            manifest.languages.push_back(language.get<std::string>());
        }
        const json& counts = field(document, "counts");
        if (!counts.is_object()) throw Malformed{"'counts' in the manifest is not an object"};
        manifest.counts.organisations = unsignedField(counts, "organisations");
        manifest.counts.events = unsignedField(counts, "events");
        manifest.counts.guides = unsignedField(counts, "guides");
        manifest.counts.images = unsignedField(counts, "images");
        const json& files = field(document, "files");
        if (!files.is_array()) throw Malformed{"'files' in the manifest is not a list"};
        for (const auto& entry : files) {
            if (!entry.is_object()) throw Malformed{"an entry of 'files' in the manifest is not an object"};
            ManifestFile file;
            file.path = stringField(entry, "path");
            file.size = unsignedField(entry, "size");
            file.sha256 = stringField(entry, "sha256");
            if (!isLowerHex(file.sha256, 64)) throw Malformed{"the sha256 of " + quoteForMessage(file.path) + " is not 64 hex digits"};
            if (manifest.file(file.path)) throw Malformed{quoteForMessage(file.path) + " is listed twice in the manifest"};
            manifest.files.push_back(std::move(file));
        }
        if (!isValidPackId(manifest.packId))
            throw Malformed{"the pack_id " + quoteForMessage(manifest.packId) + " is not a short name of a-z, 0-9 and '-' (at most " +
                            std::to_string(kMaxPackIdLength) + " characters)"};
        if (manifest.sequence == 0 || manifest.sequence > kMaxSequence)
            throw Malformed{"the sequence " + std::to_string(manifest.sequence) + " is outside 1 to " + std::to_string(kMaxSequence)};
        if (manifest.createdAt.size() > 40 || !parseIsoToUtc(manifest.createdAt, "UTC"))
            throw Malformed{"created_at " + quoteForMessage(manifest.createdAt) + " is not a time like 2026-11-21T05:30:00Z"};
        if (!manifest.validUntil.empty() && (manifest.validUntil.size() > 40 || !parseIsoToUtc(manifest.validUntil, "UTC")))
            throw Malformed{"valid_until " + quoteForMessage(manifest.validUntil) + " is not a date like 2027-03-31"};
        if (manifest.languages.empty() || manifest.languages.size() > kMaxLanguages)
            throw Malformed{"the manifest lists " + std::to_string(manifest.languages.size()) + " languages; 1 to " +
                            std::to_string(kMaxLanguages) + " are allowed"};
        for (const std::string& language : manifest.languages)
            if (!isValidLanguageTag(language))
                throw Malformed{"the language " + quoteForMessage(language) + " in the manifest is not a language code like de or de-x-easy"};
        *problem = ManifestProblem::None;
        return manifest;
    } catch (const Malformed& malformed) {
        return fail(ManifestProblem::Malformed, malformed.why);
    } catch (const json::exception& error) {
        return fail(ManifestProblem::Malformed, std::string("manifest.json cannot be read: ") + error.what());
    }
}

}  // namespace content::pack
