#include "content/station/kiosk_config.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "content/core/model.h"

namespace content::station {
namespace {

std::string hostName() {
    char name[256] = {};
    if (gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "kiosk";
    return name;
}

// A kiosk id becomes part of file names (status/<id>.json), so it is kept to
// characters that are safe in every file system a stick or a sync tool uses.
bool isSafeKioskId(const std::string& id) {
    if (id.empty() || id.size() > 64 || id.front() == '.' || id.front() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

class Reader {
public:
    Reader(const toml::table& table, std::string origin, std::vector<std::string>& messages)
        : table_(table), origin_(std::move(origin)), messages_(messages) {}

    const toml::node* at(std::string_view dottedKey) const { return table_.at_path(dottedKey).node(); }

    void note(std::string_view key, const std::string& problem) {
        messages_.push_back(origin_ + ": " + std::string(key) + " " + problem);
    }

    void readString(std::string_view key, std::string& target) {
        const toml::node* node = at(key);
        if (!node) return;
        if (auto value = node->value<std::string>()) target = *value;
        else note(key, "must be a text in quotes; using \"" + target + "\"");
    }

    void readInt(std::string_view key, int& target, int minimum, int maximum) {
        const toml::node* node = at(key);
        if (!node) return;
        auto value = node->value<int64_t>();
        if (!value) {
            note(key, "must be a whole number; using " + std::to_string(target));
        } else if (*value < minimum || *value > maximum) {
            note(key, "must be between " + std::to_string(minimum) + " and " + std::to_string(maximum) +
                          "; using " + std::to_string(target));
        } else {
            target = static_cast<int>(*value);
        }
    }

    void readBool(std::string_view key, bool& target) {
        const toml::node* node = at(key);
        if (!node) return;
        if (auto value = node->value<bool>()) target = *value;
        else note(key, std::string("must be true or false; using ") + (target ? "true" : "false"));
    }

    void readMillimetres(std::string_view key, double& target) {
        const toml::node* node = at(key);
        if (!node) return;
        auto value = node->value<double>();  // toml++ converts integers too
        if (!value || *value < 50 || *value > 5000) {
            std::ostringstream fallback;
            fallback << target;
            note(key, "must be a size in millimetres between 50 and 5000; using " + fallback.str());
        } else {
            target = *value;
        }
    }

    // Returns false (and notes it) when the key is present but not a list of texts.
    bool readStrings(std::string_view key, std::vector<std::string>& target) {
        const toml::node* node = at(key);
        if (!node) return false;
        const toml::array* array = node->as_array();
        std::vector<std::string> values;
        bool ok = array != nullptr;
        if (array) {
            for (const toml::node& element : *array) {
                if (auto text = element.value<std::string>()) values.push_back(*text);
                else ok = false;
            }
        }
        if (!ok) {
            note(key, "must be a list of texts in quotes, like [\"a\", \"b\"]; using the default");
            return false;
        }
        target = std::move(values);
        return true;
    }

    void readPaths(std::string_view key, std::vector<std::filesystem::path>& target) {
        std::vector<std::string> values;
        if (!readStrings(key, values)) return;
        target.assign(values.begin(), values.end());
    }

private:
    const toml::table& table_;
    std::string origin_;
    std::vector<std::string>& messages_;
};

// [attract]: enabled, night = "22:00-06:00", seconds_per_language = 4.
void readAttract(Reader& read, AttractConfig& attract) {
    if (const toml::node* node = read.at("attract.enabled")) {
        if (auto value = node->value<bool>()) attract.enabled = *value;
        else read.note("attract.enabled", "must be true or false; using true");
    }
    std::string night;
    const bool nightGiven = read.at("attract.night") != nullptr;
    read.readString("attract.night", night);
    if (nightGiven) {
        if (auto span = parseHoursSpan(night)) {
            attract.nightFromMinute = span->first;
            attract.nightToMinute = span->second;
        } else {
            read.note("attract.night", "must be two times like \"22:00-06:00\" (or \"\" for no night); using 22:00-06:00");
        }
    }
    if (const toml::node* node = read.at("attract.seconds_per_language")) {
        auto value = node->value<double>();
        if (value && *value >= 0.2 && *value <= 120) attract.secondsPerLanguage = *value;
        else read.note("attract.seconds_per_language", "must be a number of seconds between 0.2 and 120; using 4");
    }
}

void resolveKeys(KioskConfig& config, std::vector<std::string>* messages) {
    config.trustedPublicKeys.clear();
    for (const std::string& source : config.trustedKeySources) {
        std::string key, error;
        if (resolveTrustedKey(source, &key, &error)) config.trustedPublicKeys.push_back(std::move(key));
        else if (messages) messages->push_back(error);
    }
    if (config.trustedPublicKeys.empty() && messages)
        messages->push_back("no trusted public key is configured: every pack will be refused");
}

void checkLanguages(KioskConfig& config, std::vector<std::string>& messages, const std::string& origin) {
    const auto& supported = content::supportedLanguages();
    std::vector<std::string> kept;
    for (const std::string& lang : config.languages) {
        if (std::find(supported.begin(), supported.end(), lang) == supported.end())
            messages.push_back(origin + ": languages: \"" + lang + "\" is not a language the kiosk offers; left out");
        else if (std::find(kept.begin(), kept.end(), lang) == kept.end())
            kept.push_back(lang);
    }
    if (kept.empty()) {
        if (!config.languages.empty())
            messages.push_back(origin + ": languages: none usable; offering all languages");
        kept = supported;
    }
    config.languages = std::move(kept);
    if (std::find(config.languages.begin(), config.languages.end(), config.defaultLanguage) == config.languages.end()) {
        messages.push_back(origin + ": default_language \"" + config.defaultLanguage +
                           "\" is not among the offered languages; using \"" + config.languages.front() + "\"");
        config.defaultLanguage = config.languages.front();
    }
}

void checkKioskId(KioskConfig& config, std::vector<std::string>& messages, const std::string& origin) {
    if (isSafeKioskId(config.kioskId)) return;
    std::string fallback = hostName();
    if (!isSafeKioskId(fallback)) fallback = "kiosk";
    messages.push_back(origin + ": kiosk_id \"" + config.kioskId +
                       "\" must be 1-64 letters, digits, '-', '_' or '.'; using \"" + fallback + "\"");
    config.kioskId = fallback;
}

KioskConfig defaults() {
    KioskConfig config;
    config.kioskId = hostName();
    config.languages = content::supportedLanguages();
    return config;
}

}  // namespace

LoadedConfig parseConfig(const std::string& tomlText, const std::string& origin) {
    LoadedConfig loaded;
    loaded.config = defaults();
    KioskConfig& config = loaded.config;
    auto& messages = loaded.messages;

    toml::table table;
    try {
        table = toml::parse(tomlText, origin);
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        messages.push_back(origin + ": line " + std::to_string(where.line) + ", column " +
                           std::to_string(where.column) + ": " + std::string(error.description()) +
                           "; using the default configuration");
        checkLanguages(config, messages, origin);
        resolveKeys(config, &messages);
        return loaded;
    }

    Reader read(table, origin, messages);
    read.readString("kiosk_id", config.kioskId);
    std::string dataDir = config.dataDir.string();
    read.readString("data_dir", dataDir);
    if (dataDir.empty() || dataDir.front() != '/') {
        read.note("data_dir", "must be an absolute path; using /var/lib/kiosk");
        dataDir = "/var/lib/kiosk";
    }
    config.dataDir = dataDir;
    read.readInt("idle_timeout_seconds", config.idleTimeoutSeconds, 10, 3600);
    read.readInt("idle_warning_seconds", config.idleWarningSeconds, 0, 600);
    if (config.idleWarningSeconds >= config.idleTimeoutSeconds) {
        read.note("idle_warning_seconds", "must be shorter than idle_timeout_seconds (" +
                                              std::to_string(config.idleTimeoutSeconds) +
                                              "); the kiosk resets without a warning");
        config.idleWarningSeconds = 0;
    }
    read.readBool("audio.enabled", config.audioEnabled);
    read.readInt("audio.volume", config.audioVolumePercent, 0, 100);
    read.readInt("status_interval_seconds", config.statusIntervalSeconds, 5, 86400);
    read.readStrings("languages", config.languages);
    read.readString("default_language", config.defaultLanguage);
    read.readString("staff_pin_hash", config.staffPinHash);
    if (!config.staffPinHash.empty() && config.staffPinHash.rfind("$argon2", 0) != 0) {
        read.note("staff_pin_hash", "is not a hash written by `kiosk-pack set-pin`; the staff screen stays locked");
        config.staffPinHash.clear();
    }
    read.readMillimetres("screen.width_mm", config.screenWidthMm);
    read.readMillimetres("screen.height_mm", config.screenHeightMm);
    read.readStrings("trust.public_keys", config.trustedKeySources);
    read.readPaths("watch.media_roots", config.mediaRoots);
    read.readPaths("watch.drop_folders", config.dropFolders);
    read.readInt("watch.settle_ms", config.settleMilliseconds, 0, 600000);
    readAttract(read, config.attract);

    checkKioskId(config, messages, origin);
    checkLanguages(config, messages, origin);
    resolveKeys(config, &messages);
    return loaded;
}

LoadedConfig loadConfig(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        LoadedConfig loaded = parseConfig("", file.string());
        loaded.messages.insert(loaded.messages.begin(),
                               file.string() + ": cannot be read (missing?); using the default configuration");
        return loaded;
    }
    std::ostringstream text;
    text << in.rdbuf();
    LoadedConfig loaded = parseConfig(text.str(), file.string());
    loaded.config.sourceFile = file;
    return loaded;
}

void applyOverrides(KioskConfig& config, const ConfigOverrides& overrides, std::vector<std::string>* messages) {
    std::vector<std::string> local;
    std::vector<std::string>& notes = messages ? *messages : local;
    if (!overrides.watch.empty()) config.dropFolders = overrides.watch;
    if (!overrides.mediaRoots.empty()) config.mediaRoots = overrides.mediaRoots;
    if (overrides.kioskId) {
        config.kioskId = *overrides.kioskId;
        checkKioskId(config, notes, "--kiosk-id");
    }
    if (overrides.dataDir) config.dataDir = *overrides.dataDir;
    if (overrides.idleTimeoutSeconds && *overrides.idleTimeoutSeconds > 0)
        config.idleTimeoutSeconds = *overrides.idleTimeoutSeconds;
    if (overrides.settleMilliseconds && *overrides.settleMilliseconds >= 0)
        config.settleMilliseconds = *overrides.settleMilliseconds;
    if (!overrides.trust.empty()) {
        // Drop the file's complaint about missing keys: the command line supplies them.
        std::erase_if(notes, [](const std::string& m) { return m.rfind("no trusted public key", 0) == 0; });
        config.trustedKeySources = overrides.trust;
        resolveKeys(config, &notes);
    }
}

bool resolveTrustedKey(const std::string& source, std::string* keyText, std::string* error) {
    // A minisign public key line is base64 of 42 bytes: 56 characters starting "RW".
    const bool looksLikeKey = source.size() == 56 && source.rfind("RW", 0) == 0 &&
                              source.find('/') == std::string::npos;
    if (looksLikeKey || source.find("untrusted comment:") != std::string::npos) {
        *keyText = source;
        return true;
    }
    std::ifstream in(source, std::ios::binary);
    if (!in) {
        *error = "trusted key \"" + source + "\" cannot be read (not a file, and not a minisign key line); left out";
        return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (text.str().find("RW") == std::string::npos) {
        *error = "trusted key file \"" + source + "\" holds no minisign public key; left out";
        return false;
    }
    *keyText = text.str();
    return true;
}

std::string withStaffPinHash(const std::string& tomlText, const std::string& hash) {
    const std::string line = "staff_pin_hash = \"" + hash + "\"";
    std::istringstream in(tomlText);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) lines.push_back(l);

    auto trimmedStart = [](const std::string& l) { return l.find_first_not_of(" \t"); };
    size_t firstTable = lines.size();
    for (size_t i = 0; i < lines.size(); ++i) {
        size_t start = trimmedStart(lines[i]);
        if (start == std::string::npos) continue;
        if (lines[i][start] == '[') {
            firstTable = i;
            break;
        }
        // Only top-level keys count: a table's own staff_pin_hash would be a different key.
        if (lines[i].compare(start, 14, "staff_pin_hash") == 0) {
            size_t after = lines[i].find_first_not_of(" \t", start + 14);
            if (after != std::string::npos && lines[i][after] == '=') {
                lines[i] = line;
                firstTable = SIZE_MAX;
                break;
            }
        }
    }
    if (firstTable != SIZE_MAX) {
        // Insert before the first table header, after any blank lines that end the top section.
        size_t at = firstTable;
        while (at > 0 && trimmedStart(lines[at - 1]) == std::string::npos) --at;
        lines.insert(lines.begin() + static_cast<long>(at), line);
    }
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

}  // namespace content::station
