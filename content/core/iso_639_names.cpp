#include "content/core/iso_639_names.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace content::iso_639 {

namespace {

constexpr const char* kCodesFile = "/usr/share/iso-codes/json/iso_639-3.json";

std::string readFile(const std::string& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) return "";
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

// A gettext catalogue (.mo): a header, then two tables of (length, offset)
// pairs for the original and the translated strings.
std::map<std::string, std::string> readCatalogue(const std::string& bytes) {
    std::map<std::string, std::string> translations;
    if (bytes.size() < 28) return translations;
    uint32_t magic = 0;
    std::memcpy(&magic, bytes.data(), 4);
    const bool swapped = magic == 0xde120495u;
    if (magic != 0x950412deu && !swapped) return translations;
    auto word = [&](size_t offset) -> uint32_t {
        if (offset + 4 > bytes.size()) return 0;
        uint32_t value = 0;
        std::memcpy(&value, bytes.data() + offset, 4);
        return swapped ? __builtin_bswap32(value) : value;
    };
    auto text = [&](size_t table, uint32_t index) -> std::string {
        uint32_t length = word(table + 8 * index), offset = word(table + 8 * index + 4);
        if (size_t(offset) + length > bytes.size()) return "";
        return bytes.substr(offset, length);
    };
    const uint32_t count = word(8), originals = word(12), translated = word(16);
    for (uint32_t i = 0; i < count; ++i) {
        std::string original = text(originals, i);
        if (!original.empty()) translations.emplace(std::move(original), text(translated, i));
    }
    return translations;
}

struct Names {
    std::map<std::string, std::string, std::less<>> english;  // code -> English name
    std::map<std::string, std::map<std::string, std::string>, std::less<>> catalogues;  // ui -> English -> translated
};

const Names& names() {
    static const Names loaded = [] {
        Names result;
        try {
            const auto root = nlohmann::json::parse(readFile(kCodesFile));
            for (const auto& entry : root.at("639-3"))
                result.english.emplace(entry.at("alpha_3").get<std::string>(), entry.at("name").get<std::string>());
        } catch (const std::exception&) {
            return result;  // no iso-codes: CLDR's names only
        }
        return result;
    }();
    return loaded;
}

const std::map<std::string, std::string>& catalogue(std::string_view uiLanguage) {
    static std::mutex mutex;
    static std::map<std::string, std::map<std::string, std::string>, std::less<>> loaded;
    std::lock_guard lock(mutex);
    auto it = loaded.find(uiLanguage);
    if (it == loaded.end()) {
        const std::string path = "/usr/share/locale/" + std::string(uiLanguage) + "/LC_MESSAGES/iso_639-3.mo";
        it = loaded.emplace(std::string(uiLanguage), readCatalogue(readFile(path))).first;
    }
    return it->second;
}

std::string baseLanguage(std::string_view uiLanguage) { return std::string(uiLanguage.substr(0, uiLanguage.find('-'))); }

}  // namespace

std::string englishName(std::string_view code) {
    auto it = names().english.find(code);
    return it == names().english.end() ? "" : it->second;
}

std::string name(std::string_view code, std::string_view uiLanguage) {
    std::string english = englishName(code);
    if (english.empty()) return "";
    const std::string ui = baseLanguage(uiLanguage);
    if (ui == "en") return english;
    const auto& translations = catalogue(ui);
    auto it = translations.find(english);
    return it == translations.end() || it->second.empty() ? english : it->second;
}

void forEach(std::string_view uiLanguage, const std::function<void(const std::string&, const std::string&)>& visit) {
    const std::string ui = baseLanguage(uiLanguage);
    const auto* translations = ui == "en" ? nullptr : &catalogue(ui);
    for (const auto& [code, english] : names().english) {
        std::string shown = english;
        if (translations) {
            auto it = translations->find(english);
            if (it != translations->end() && !it->second.empty()) shown = it->second;
        }
        visit(code, shown);
    }
}

}  // namespace content::iso_639
