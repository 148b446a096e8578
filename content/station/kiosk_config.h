// The kiosk's one configuration file (/etc/kiosk/kiosk.toml by default) and
// the command-line overrides tests and developers use. Reading it never fails:
// a missing file or a bad value gives a message for the log and the safe
// default, so a typo in the config can never keep a kiosk dark.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/station/attract_config.h"

namespace content::station {

inline constexpr const char* kDefaultConfigPath = "/etc/kiosk/kiosk.toml";

struct KioskConfig {
    std::string kioskId;                      // default: the host name
    std::filesystem::path dataDir = "/var/lib/kiosk";
    // Each entry as written in the file or on the command line: a path to a
    // minisign .pub file or the key itself ("RW..." base64 line).
    std::vector<std::string> trustedKeySources;
    // The key texts importPack wants (file contents or key lines), resolved
    // from trustedKeySources by loadConfig()/applyOverrides().
    std::vector<std::string> trustedPublicKeys;
    std::vector<std::filesystem::path> mediaRoots = {"/media", "/run/media"};
    std::vector<std::filesystem::path> dropFolders;
    int settleMilliseconds = 2000;            // a pack must stop changing this long before it is taken
    int idleTimeoutSeconds = 90;
    // "Sind Sie noch da?" this many seconds before the idle reset; 0 = no
    // warning. Only shown when shorter than idleTimeoutSeconds.
    int idleWarningSeconds = 20;
    // [audio]: read-aloud through the system's default sound output, and the
    // volume (percent) every visitor starts with.
    bool audioEnabled = true;
    int audioVolumePercent = 80;
    // How often the kiosk rewrites status/<kiosk-id>.json and status/index.html
    // in its drop folders (the heartbeat); the fleet page marks a kiosk red after
    // three intervals without one.
    int statusIntervalSeconds = 600;
    std::vector<std::string> languages;       // offered, in this order; default: content::supportedLanguages()
    std::string defaultLanguage = "de";
    double screenWidthMm = 531, screenHeightMm = 299;  // a 24-inch 16:9 panel
    std::string staffPinHash;                 // crypto_pwhash_str output; empty = staff screen locked
    AttractConfig attract;                    // [attract]: the welcome an idle home shows, the night hours

    std::filesystem::path sourceFile;         // where it was read from (empty = defaults only)
};

struct LoadedConfig {
    KioskConfig config;
    // Human-readable notes about what was missing or wrong and which default
    // was used instead. Empty when the file was read cleanly.
    std::vector<std::string> messages;
};

// Reads `file`. Never throws: problems become messages and defaults.
LoadedConfig loadConfig(const std::filesystem::path& file);
// Parses TOML text (tests; `origin` names it in messages).
LoadedConfig parseConfig(const std::string& tomlText, const std::string& origin);

// What the command line of build/kiosk may override. Repeatable options
// replace the file's list when given at least once.
struct ConfigOverrides {
    std::vector<std::filesystem::path> watch;       // --watch DIR
    std::vector<std::filesystem::path> mediaRoots;  // --media-root DIR
    std::vector<std::string> trust;                 // --trust PUB
    std::optional<std::string> kioskId;             // --kiosk-id ID
    std::optional<std::filesystem::path> dataDir;   // --data DIR
    std::optional<int> idleTimeoutSeconds;          // --idle-seconds N
    std::optional<int> settleMilliseconds;          // --settle-ms N (tests)
};

// Applies overrides on top of a loaded configuration; messages about keys
// that could not be read are appended to `messages` (may be null).
void applyOverrides(KioskConfig& config, const ConfigOverrides& overrides, std::vector<std::string>* messages);

// Turns a key source (path or key line) into what importPack wants. Returns
// false and sets `error` when a file cannot be read or holds no key.
bool resolveTrustedKey(const std::string& source, std::string* keyText, std::string* error);

// Rewrites `staff_pin_hash` in a config file's text, keeping every other line
// (comments included). Adds the key at the top level when it is not there.
std::string withStaffPinHash(const std::string& tomlText, const std::string& hash);

}  // namespace content::station
