#include "content/pack/kept_content.h"

#include <algorithm>

#include "content/core/content_limits.h"
#include "content/core/data_dir.h"
#include "content/pack/durable_files.h"
#include "content/pack/hashing.h"
#include "content/pack/manifest.h"
#include "content/pack/zip_reader.h"
#include "content/pack/zip_writer.h"

namespace content::pack {

namespace fs = std::filesystem;

bool keepContentCopy(const fs::path& verifiedContentJson, const fs::path& versionDir, std::string* error) {
    ZipEntrySource entry;
    entry.name = kContentName;
    entry.file = verifiedContentJson;
    return writeZip(versionDir / data_dir::kKeptContentFile, {entry}, error);
}

std::optional<std::string> readKeptContent(const fs::path& versionDir, KeptContentProblem* problem,
                                           std::string* detail) {
    const auto failWith = [&](KeptContentProblem why, std::string what) -> std::optional<std::string> {
        if (problem) *problem = why;
        if (detail) *detail = std::move(what);
        return std::nullopt;
    };
    auto manifestText = readWholeFile(versionDir / data_dir::kManifestFile, kMaxManifestBytes);
    if (!manifestText) return failWith(KeptContentProblem::Missing, "the version has no readable manifest.json");
    ManifestProblem manifestProblem = ManifestProblem::None;
    std::string manifestDetail;
    auto manifest = parseManifest(*manifestText, &manifestProblem, &manifestDetail);
    const ManifestFile* listed = manifest ? manifest->file(kContentName) : nullptr;
    if (!listed) return failWith(KeptContentProblem::Missing, "the version's manifest.json does not list content.json");

    std::error_code exists;
    const fs::path archive = versionDir / data_dir::kKeptContentFile;
    if (!fs::is_regular_file(archive, exists))
        return failWith(KeptContentProblem::Missing, "the version keeps no copy of its content (" +
                                                         std::string(data_dir::kKeptContentFile) + ")");
    ZipProblem zipProblem = ZipProblem::None;
    std::string zipDetail;
    auto zip = ZipReader::open(archive, ZipReadLimits{}, &zipProblem, &zipDetail);
    const ZipEntryInfo* entry = zip ? zip->find(kContentName) : nullptr;
    if (!entry || zip->entries().size() != 1)
        return failWith(KeptContentProblem::Changed, "the content copy is damaged: " +
                                                         (zipDetail.empty() ? "not one content.json" : zipDetail));
    std::string text;
    // One byte over the manifest's size tells "larger" from "equal".
    const uint64_t limit = std::min<uint64_t>(listed->size + 1, ContentLimits{}.maxJsonBytes + 1);
    if (zip->read(*entry, limit, &text, &zipDetail) != ZipProblem::None)
        return failWith(KeptContentProblem::Changed, "the content copy is damaged: " + zipDetail);
    if (text.size() != listed->size || sha256Hex(text) != listed->sha256)
        return failWith(KeptContentProblem::Changed,
                        "the content copy differs from the signed manifest: it was changed on disk after the import");
    return text;
}

}  // namespace content::pack
