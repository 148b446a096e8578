#include "content/pack/manifest.h"

#include <nlohmann/json.hpp>

namespace content::pack {

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
            return fail(ManifestProblem::UnknownFormat, "the pack format is '" + manifest.format + "'");
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
            if (!isLowerHex(file.sha256, 64)) throw Malformed{"the sha256 of '" + file.path + "' is not 64 hex digits"};
            if (manifest.file(file.path)) throw Malformed{"'" + file.path + "' is listed twice in the manifest"};
            manifest.files.push_back(std::move(file));
        }
        if (manifest.packId.empty()) throw Malformed{"the manifest has an empty pack_id"};
        *problem = ManifestProblem::None;
        return manifest;
    } catch (const Malformed& malformed) {
        return fail(ManifestProblem::Malformed, malformed.why);
    } catch (const json::exception& error) {
        return fail(ManifestProblem::Malformed, std::string("manifest.json cannot be read: ") + error.what());
    }
}

}  // namespace content::pack
