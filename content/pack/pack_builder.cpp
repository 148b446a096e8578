#include "content/pack/pack_builder.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <stdexcept>
#include <system_error>

#include "content/core/clock.h"
#include "content/core/time_zone.h"
#include "content/pack/content_checks.h"
#include "content/pack/content_json.h"
#include "content/pack/hashing.h"
#include "content/pack/pack_limits.h"
#include "content/pack/zip_writer.h"

namespace content::pack {

namespace fs = std::filesystem;

static std::tm utcTime(int64_t utc) {
    std::time_t seconds = static_cast<std::time_t>(utc);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    return parts;
}

uint64_t sequenceForTime(int64_t utc) {
    std::tm t = utcTime(utc);
    return static_cast<uint64_t>(t.tm_year + 1900) * 10000000000ull + static_cast<uint64_t>(t.tm_mon + 1) * 100000000ull +
           static_cast<uint64_t>(t.tm_mday) * 1000000ull + static_cast<uint64_t>(t.tm_hour) * 10000ull +
           static_cast<uint64_t>(t.tm_min) * 100ull + static_cast<uint64_t>(t.tm_sec);
}

BuildResult buildPack(Content content, const fs::path& imagesDir, const MinisignSecretKey& key, const fs::path& output,
                      const BuildOptions& options) {
    BuildResult result;
    auto fail = [&](std::string why) {
        result.ok = false;
        result.error = std::move(why);
        return result;
    };
    const int64_t now = nowUtcOr(options.nowUtc);
    content.pack.sequence = options.sequence.value_or(sequenceForTime(now));
    content.pack.createdAt = formatUtcIso(now);

    ContentCheck check = checkContent(content);
    if (!check.ok()) return fail(check.detail);
    // The import's size limits: a pack a kiosk would refuse is never signed.
    if (std::string limit = checkImportLimits(content, now); !limit.empty()) return fail(limit);
    if (std::string pixels = checkPicturePixels(imagesDir, content.images); !pixels.empty()) return fail(pixels);

    Manifest& manifest = result.manifest;
    manifest.packId = content.pack.id;
    manifest.sequence = content.pack.sequence;
    manifest.createdAt = content.pack.createdAt;
    manifest.validUntil = content.pack.validUntil;
    manifest.languages = content.pack.languages;
    manifest.counts = {content.organisations.size(), content.events.size(), content.guides.size(), content.images.size()};

    std::vector<ZipEntrySource> entries;
    std::string contentJson;
    try {
        contentJson = contentToJson(content);
    } catch (const std::exception&) {
        // The source folder reader checks every text; this is a last guard.
        return fail("a text of the content is not valid UTF-8");
    }
    manifest.files.push_back({kContentName, contentJson.size(), sha256Hex(contentJson)});
    entries.push_back({kContentName, contentJson, {}, true});
    for (const auto& image : content.images) {
        fs::path file = imagesDir / image;
        std::string problem = checkImageFile(file);
        if (!problem.empty()) return fail("images/" + image + ": " + problem);
        std::error_code error;
        uint64_t size = fs::file_size(file, error);
        auto hash = sha256HexOfFile(file);
        if (error || !hash) return fail("images/" + image + " cannot be read");
        manifest.files.push_back({"images/" + image, size, *hash});
        entries.push_back({"images/" + image, {}, file, false});
    }
    std::string manifestJson = manifestToJson(manifest);
    std::string trustedComment = "timestamp:" + std::to_string(now) + "\tfile:" + kManifestName + "\thashed";
    std::string signature = signMinisign(key, manifestJson, trustedComment);
    // Manifest and signature first: the import reads them before anything else.
    entries.insert(entries.begin(), {kSignatureName, signature, {}, false});
    entries.insert(entries.begin(), {kManifestName, manifestJson, {}, true});

    fs::path temporary = output;
    temporary += ".part-" + std::to_string(::getpid());
    std::string zipError;
    if (!writeZip(temporary, entries, &zipError)) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        return fail(zipError);
    }
    std::error_code error;
    fs::rename(temporary, output, error);
    if (error) {
        fs::remove(temporary, error);
        return fail("cannot write " + output.string());
    }
    result.ok = true;
    return result;
}

}  // namespace content::pack
