#include "content/station/live_content.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"

namespace content::station {
namespace {

nlohmann::json readJsonFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    std::ostringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
}

int64_t countOf(const nlohmann::json& manifest, const char* key) {
    // Counts may sit at the top level or under "counts".
    for (const nlohmann::json* where : {&manifest, manifest.contains("counts") ? &manifest["counts"] : nullptr}) {
        if (!where || !where->is_object()) continue;
        auto found = where->find(key);
        if (found != where->end() && found->is_number_integer()) return found->get<int64_t>();
    }
    return -1;
}

}  // namespace

LiveContentInfo readLiveContent(const std::filesystem::path& dataDir) {
    LiveContentInfo info;
    nlohmann::json manifest = readJsonFile(data_dir::live(dataDir) / data_dir::kManifestFile);
    if (!manifest.is_object()) return info;
    info.packId = manifest.value("pack_id", "");
    if (auto sequence = manifest.find("sequence"); sequence != manifest.end() && sequence->is_number_unsigned())
        info.sequence = sequence->get<uint64_t>();
    info.createdAt = manifest.value("created_at", "");
    info.defaultLanguage = manifest.value("default_language", "");
    info.organisations = countOf(manifest, "organisations");
    info.events = countOf(manifest, "events");
    info.guides = countOf(manifest, "guides");
    info.present = !info.packId.empty();
    return info;
}

std::optional<ContentFreshness> liveFreshness(const std::filesystem::path& dataDir, int64_t nowUtc) {
    auto store = ContentStore::open(dataDir, nullptr);
    if (!store) return std::nullopt;
    return store->freshness(nowUtc);
}

uint64_t acceptedSequence(const std::filesystem::path& dataDir, const std::string& packId) {
    nlohmann::json sequences = readJsonFile(data_dir::sequences(dataDir));
    if (!sequences.is_object()) return 0;
    // Either {"pack-id": 123} or {"pack-id": {"sequence": 123, ...}}.
    auto found = sequences.find(packId);
    if (found == sequences.end()) return 0;
    if (found->is_number_unsigned()) return found->get<uint64_t>();
    if (found->is_object()) {
        auto sequence = found->find("sequence");
        if (sequence != found->end() && sequence->is_number_unsigned()) return sequence->get<uint64_t>();
    }
    return 0;
}

}  // namespace content::station
