#include "content/station/pack_scanner.h"

#include <zip.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "content/core/content_limits.h"

namespace content::station {
namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::optional<std::string> readManifest(const std::filesystem::path& packFile) {
    // Only a regular file is opened: a FIFO would block, a link is not followed.
    std::error_code statusError;
    if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(packFile, statusError))) return std::nullopt;
    int error = 0;
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open(packFile.c_str(), ZIP_RDONLY, &error));
    if (!archive) return std::nullopt;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive.get(), "manifest.json", 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        stat.size > kMaxManifestBytes)
        return std::nullopt;
    std::unique_ptr<zip_file_t, EntryCloser> entry(zip_fopen(archive.get(), "manifest.json", 0));
    if (!entry) return std::nullopt;
    std::string text(stat.size, '\0');
    zip_int64_t got = zip_fread(entry.get(), text.data(), stat.size);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) return std::nullopt;
    return text;
}

}  // namespace

PackPeek peekPack(const std::filesystem::path& packFile) {
    PackPeek peek;
    peek.file = packFile;
    auto text = readManifest(packFile);
    if (!text) return peek;
    auto manifest = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
    if (!manifest.is_object()) return peek;
    auto packId = manifest.find("pack_id");
    auto sequence = manifest.find("sequence");
    if (packId == manifest.end() || !packId->is_string() || sequence == manifest.end() ||
        !sequence->is_number_unsigned())
        return peek;
    peek.packId = packId->get<std::string>();
    peek.sequence = sequence->get<uint64_t>();
    if (auto created = manifest.find("created_at"); created != manifest.end() && created->is_string())
        peek.createdAt = created->get<std::string>();
    if (auto lang = manifest.find("default_language"); lang != manifest.end() && lang->is_string())
        peek.defaultLanguage = lang->get<std::string>();
    peek.readable = true;
    return peek;
}

ScanPlan planImports(const std::vector<std::filesystem::path>& candidates) {
    ScanPlan plan;
    std::map<std::string, std::vector<PackPeek>> byPackId;
    for (const auto& file : candidates) {
        PackPeek peek = peekPack(file);
        if (!peek.readable) plan.toImport.push_back(std::move(peek));
        else byPackId[peek.packId].push_back(std::move(peek));
    }
    for (auto& [packId, packs] : byPackId) {
        // Newest first; equal sequences keep the first offered (the same pack twice).
        std::stable_sort(packs.begin(), packs.end(),
                         [](const PackPeek& a, const PackPeek& b) { return a.sequence > b.sequence; });
        for (size_t i = 1; i < packs.size(); ++i)
            plan.skipped.push_back({packs[i], packs[0].file, packs[0].sequence});
        plan.toImport.push_back(std::move(packs[0]));
    }
    return plan;
}

}  // namespace content::station
