// Shared by the pack and import tests: makes real packs, good and bad, in
// code. A test takes the parts of a good pack (manifest, content.json,
// pictures), breaks exactly one thing, and writes a real ZIP signed with a
// real minisign key. Header-only; tests include it as
// "tests/data/pack/pack_factory.h".
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "content/core/model.h"
#include "tests/support/test_files.h"
#include "content/core/time_zone.h"
#include "content/pack/content_json.h"
#include "content/pack/hashing.h"
#include "content/pack/importer.h"
#include "content/pack/manifest.h"
#include "content/pack/minisign.h"
#include "content/pack/zip_writer.h"

namespace pack_test {

namespace fs = std::filesystem;
using namespace content;
using namespace content::pack;

// The one instant tests that import and then run a kiosk pass to both.
inline const char* kTestNowIso = "2026-11-23T09:00:00Z";

inline fs::path fixture(const std::string& name) { return fs::path(TEST_DATA_DIR) / "pack" / name; }

using test_files::readFile;
using test_files::TempDir;
using test_files::writeFile;

inline int64_t utc(const char* iso) { return *parseIsoToUtc(iso, "UTC"); }

struct Keys {
    MinisignSecretKey secret;
    std::string publicFile;  // text of the .pub file
    std::string secretFile;  // text of the secret key file
};

inline Keys makeKeys() {
    auto files = generateMinisignKeyPair();
    return {*parseMinisignSecretKey(files.secretKeyFile, nullptr), files.publicKeyFile, files.secretKeyFile};
}

// Import options for a test's data folder that trust `keys`, on the tests' clock.
inline ImportOptions importOptionsFor(const fs::path& data, const Keys& keys) {
    ImportOptions options;
    options.dataDir = data;
    options.trustedPublicKeys = {keys.publicFile};
    options.nowUtc = utc(kTestNowIso);
    return options;
}

// Two organisations, a weekly event, a guide and one picture. `marker` goes
// into names so a test can tell two versions of the content apart.
inline Content sampleContent(uint64_t sequence, const std::string& packId = "test-pack", const std::string& marker = "") {
    Content c;
    c.pack.id = packId;
    c.pack.title.set("de", "Testinhalte " + marker);
    c.pack.defaultLanguage = "de";
    c.pack.languages = {"de", "en"};
    c.pack.timeZone = "Europe/Berlin";
    c.pack.sequence = sequence;
    c.pack.createdAt = "2026-11-21T00:00:00Z";
    c.pack.topics["counselling"].set("de", "Beratung");

    Organisation haus;
    haus.id = "haus";
    haus.name.set("de", "Nachbarschaftshaus " + marker);
    haus.name.set("en", "Neighbourhood house " + marker);
    haus.summary.set("de", "Beratung für Vereine");
    haus.categories = {"counselling"};
    haus.languages = {"de", "ar"};
    haus.district = "Grünau";
    haus.openingHours = "Mo-Fr 09:00-17:00";
    haus.image = "logo.png";
    Organisation laden;
    laden.id = "laden";
    laden.name.set("de", "Stadtteilladen");
    laden.district = "Spandau";
    c.organisations = {haus, laden};

    EventSeries weekly;
    weekly.uid = "sprechstunde@test";
    weekly.organisationId = "haus";
    weekly.title.set("de", "Sprechstunde");
    weekly.start = "2026-01-05T10:00:00";
    weekly.end = "2026-01-05T12:00:00";
    weekly.rrule = "FREQ=WEEKLY;BYDAY=MO";
    c.events = {weekly};

    Guide guide;
    guide.id = "start";
    guide.order = 1;
    guide.picture = "logo.png";
    GuideText text;
    text.title = "Erste Schritte";
    GuideBlock paragraph;
    paragraph.lines = {"Sie haben eine Idee.", "Sie suchen Hilfe."};
    text.blocks = {paragraph};
    guide.texts["de"] = text;
    c.guides = {guide};
    c.images = {"logo.png"};
    return c;
}

// Everything that goes into a pack, editable before it is written.
struct PackParts {
    Manifest manifest;
    std::string contentJson;
    std::vector<std::pair<std::string, std::string>> files;  // "images/x.png" -> bytes
};

// Sets the manifest's file list and counts from the parts as they are now.
inline void refreshManifest(PackParts& parts, const Content& content) {
    parts.manifest.files.clear();
    parts.manifest.files.push_back({kContentName, parts.contentJson.size(), sha256Hex(parts.contentJson)});
    for (const auto& [path, bytes] : parts.files) parts.manifest.files.push_back({path, bytes.size(), sha256Hex(bytes)});
    parts.manifest.counts = {content.organisations.size(), content.events.size(), content.guides.size(), content.images.size()};
}

inline PackParts partsFor(const Content& content) {
    PackParts parts;
    parts.manifest.packId = content.pack.id;
    parts.manifest.sequence = content.pack.sequence;
    parts.manifest.createdAt = content.pack.createdAt;
    parts.manifest.validUntil = content.pack.validUntil;
    parts.manifest.languages = content.pack.languages;
    parts.contentJson = contentToJson(content);
    for (const auto& image : content.images) parts.files.emplace_back("images/" + image, readFile(fixture("logo.png")));
    refreshManifest(parts, content);
    return parts;
}

struct WriteOptions {
    bool sign = true;
    // Applied in this order, each to what the step before produced.
    std::function<void(std::string& manifestJson)> editManifestAfterSigning;
    std::function<void(std::string& signatureFile)> editSignature;
    std::function<void(std::vector<ZipEntrySource>& entries)> editEntries;
};

inline void writePack(const PackParts& parts, const fs::path& out, const Keys& keys, const WriteOptions& options = {}) {
    std::string manifestJson = manifestToJson(parts.manifest);
    std::string signature = signMinisign(keys.secret, manifestJson, "timestamp:1\tfile:manifest.json\thashed");
    if (options.editManifestAfterSigning) options.editManifestAfterSigning(manifestJson);
    if (options.editSignature) options.editSignature(signature);
    std::vector<ZipEntrySource> entries;
    entries.push_back({kManifestName, manifestJson, {}, true});
    if (options.sign) entries.push_back({kSignatureName, signature, {}, false});
    entries.push_back({kContentName, parts.contentJson, {}, true});
    for (const auto& [path, bytes] : parts.files) entries.push_back({path, bytes, {}, false});
    if (options.editEntries) options.editEntries(entries);
    std::string error;
    if (!writeZip(out, entries, &error)) throw std::runtime_error(error);
}

// A good pack in one call.
inline void writeGoodPack(const Content& content, const fs::path& out, const Keys& keys) {
    writePack(partsFor(content), out, keys);
}

}  // namespace pack_test
