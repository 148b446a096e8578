#include "content/db/json_codec.h"

#include <nlohmann/json.hpp>

namespace content::db {

namespace {

using nlohmann::json;

json localizedToJson(const LocalizedText& text) {
    json object = json::object();
    for (const auto& [lang, value] : text.values) object[lang] = value;
    return object;
}

LocalizedText localizedFromJson(const json& object) {
    LocalizedText text;
    if (object.is_object())
        for (const auto& [lang, value] : object.items())
            if (value.is_string()) text.set(lang, value.get<std::string>());
    return text;
}

}  // namespace

std::string packInfoToJson(const PackInfo& pack) {
    json topics = json::object();
    for (const auto& [key, label] : pack.topics) topics[key] = localizedToJson(label);
    const json object = {
        {"id", pack.id},
        {"title", localizedToJson(pack.title)},
        {"default_language", pack.defaultLanguage},
        {"languages", pack.languages},
        {"time_zone", pack.timeZone},
        {"valid_until", pack.validUntil},
        {"sequence", pack.sequence},
        {"created_at", pack.createdAt},
        {"topics", topics},
        {"holidays", pack.holidays},
        {"school_holidays", pack.schoolHolidays},
    };
    return object.dump();
}

std::optional<PackInfo> packInfoFromJson(std::string_view text) {
    const json object = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!object.is_object()) return std::nullopt;
    try {
        PackInfo pack;
        pack.id = object.value("id", "");
        pack.title = localizedFromJson(object.value("title", json::object()));
        pack.defaultLanguage = object.value("default_language", "de");
        pack.languages = object.value("languages", std::vector<std::string>{});
        pack.timeZone = object.value("time_zone", "Europe/Berlin");
        pack.validUntil = object.value("valid_until", "");
        pack.sequence = object.value("sequence", uint64_t{0});
        pack.createdAt = object.value("created_at", "");
        pack.holidays = object.value("holidays", PackInfo().holidays);
        pack.schoolHolidays = object.value("school_holidays", std::vector<std::string>{});
        const json topics = object.value("topics", json::object());
        if (topics.is_object())
            for (const auto& [key, label] : topics.items()) pack.topics[key] = localizedFromJson(label);
        return pack;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

std::string guideBlocksToJson(const std::vector<GuideBlock>& blocks) {
    json array = json::array();
    for (const GuideBlock& block : blocks) {
        json entry = {{"kind", guideBlockKindName(block.kind)}};
        if (block.kind == GuideBlock::Kind::Image) {
            entry["image"] = block.image;
            entry["alt"] = block.alt;
        } else {
            entry["lines"] = block.lines;
        }
        array.push_back(std::move(entry));
    }
    return array.dump();
}

std::optional<std::vector<GuideBlock>> guideBlocksFromJson(std::string_view text) {
    const json array = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!array.is_array()) return std::nullopt;
    try {
        std::vector<GuideBlock> blocks;
        for (const json& entry : array) {
            const auto kind = guideBlockKindFromName(entry.value("kind", ""));
            if (!kind) return std::nullopt;
            GuideBlock block;
            block.kind = *kind;
            block.lines = entry.value("lines", std::vector<std::string>{});
            block.image = entry.value("image", "");
            block.alt = entry.value("alt", "");
            blocks.push_back(std::move(block));
        }
        return blocks;
    } catch (const json::exception&) {
        return std::nullopt;
    }
}

}  // namespace content::db
