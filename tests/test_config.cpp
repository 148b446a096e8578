// kiosk.toml: a good file is read completely; a missing, broken or wrong file
// gives clear messages and safe defaults, never a crash; command-line
// overrides win; set-pin's rewrite keeps the rest of the file.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "content/core/model.h"
#include "content/station/kiosk_config.h"
#include "tests/support/test_files.h"

using namespace content::station;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(TEST_DATA_DIR) / "station";
const std::string kKeyLine = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";

bool mentions(const std::vector<std::string>& messages, const std::string& part) {
    return std::any_of(messages.begin(), messages.end(), [&](const std::string& m) { return m.find(part) != std::string::npos; });
}

fs::path tempDir() {
    fs::path dir = fs::temp_directory_path() / ("kiosk-config-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("a good file is read completely") {
    LoadedConfig loaded = loadConfig(kData / "good.toml");
    const KioskConfig& c = loaded.config;
    CHECK(loaded.messages.empty());
    CHECK(c.kioskId == "leipzig-gruenau-1");
    CHECK(c.dataDir == "/var/lib/kiosk");
    CHECK(c.idleTimeoutSeconds == 120);
    CHECK(c.languages == std::vector<std::string>{"de", "de-x-easy", "ar", "en"});
    CHECK(c.defaultLanguage == "de-x-easy");
    CHECK(c.screenWidthMm == doctest::Approx(476));
    CHECK(c.screenHeightMm == doctest::Approx(268));
    REQUIRE(c.trustedPublicKeys.size() == 1);
    CHECK(c.trustedPublicKeys[0] == kKeyLine);
    CHECK(c.mediaRoots == std::vector<fs::path>{"/srv/sticks"});
    CHECK(c.dropFolders == std::vector<fs::path>{"/srv/sync/leipzig", "/srv/sync/all"});
    CHECK(c.settleMilliseconds == 1500);
    CHECK(c.staffPinHash.empty());
    CHECK(c.sourceFile == kData / "good.toml");
}

TEST_CASE("a missing file gives a clear message and safe defaults") {
    LoadedConfig loaded = loadConfig(kData / "does-not-exist.toml");
    const KioskConfig& c = loaded.config;
    REQUIRE(!loaded.messages.empty());
    CHECK(loaded.messages[0].find("does-not-exist.toml: cannot be read") != std::string::npos);
    CHECK(mentions(loaded.messages, "no trusted public key"));
    CHECK(c.dataDir == "/var/lib/kiosk");
    CHECK(c.idleTimeoutSeconds == 90);
    CHECK(c.mediaRoots == std::vector<fs::path>{"/media", "/run/media"});
    CHECK(c.dropFolders.empty());
    CHECK(c.languages == content::supportedLanguages());
    CHECK(c.defaultLanguage == "de");
    CHECK(!c.kioskId.empty());
    CHECK(c.staffPinHash.empty());
}

TEST_CASE("a file that is not TOML names the line and falls back to defaults") {
    LoadedConfig loaded = loadConfig(kData / "syntax_error.toml");
    REQUIRE(!loaded.messages.empty());
    CHECK(loaded.messages[0].find("syntax_error.toml: line 1") != std::string::npos);
    CHECK(loaded.messages[0].find("using the default configuration") != std::string::npos);
    CHECK(loaded.config.idleTimeoutSeconds == 90);
    CHECK(loaded.config.languages == content::supportedLanguages());
}

TEST_CASE("each bad value is reported and replaced by its default") {
    LoadedConfig loaded = loadConfig(kData / "bad_values.toml");
    const KioskConfig& c = loaded.config;
    const auto& m = loaded.messages;
    CHECK(mentions(m, "kiosk_id \"../etc/passwd\" must be 1-64 letters"));
    CHECK(c.kioskId != "../etc/passwd");
    CHECK(c.kioskId.find('/') == std::string::npos);
    CHECK(mentions(m, "data_dir must be an absolute path"));
    CHECK(c.dataDir == "/var/lib/kiosk");
    CHECK(mentions(m, "idle_timeout_seconds must be a whole number; using 90"));
    CHECK(c.idleTimeoutSeconds == 90);
    CHECK(mentions(m, "languages must be a list of texts"));
    CHECK(c.languages == content::supportedLanguages());
    CHECK(mentions(m, "default_language \"fr\" is not among the offered languages; using \"de\""));
    CHECK(c.defaultLanguage == "de");
    CHECK(mentions(m, "staff_pin_hash is not a hash written by `kiosk-pack set-pin`"));
    CHECK(c.staffPinHash.empty());
    CHECK(mentions(m, "screen.width_mm must be a size in millimetres"));
    CHECK(c.screenWidthMm == doctest::Approx(531));
    CHECK(mentions(m, "watch.media_roots must be a list of texts"));
    CHECK(c.mediaRoots == std::vector<fs::path>{"/media", "/run/media"});
    CHECK(mentions(m, "watch.settle_ms must be between 0 and 600000; using 2000"));
    CHECK(c.settleMilliseconds == 2000);
}

TEST_CASE("unknown languages are left out, known ones keep their order") {
    LoadedConfig loaded = parseConfig("languages = [\"ar\", \"xx\", \"de\", \"ar\"]\ndefault_language = \"de\"\n", "t.toml");
    CHECK(loaded.config.languages == std::vector<std::string>{"ar", "de"});
    CHECK(mentions(loaded.messages, "\"xx\" is not a language the kiosk offers"));
}

TEST_CASE("trusted keys: a key line, a .pub file, and a file that is missing") {
    fs::path dir = tempDir();
    fs::path pub = dir / "city.pub";
    std::ofstream(pub) << "untrusted comment: minisign public key 1A2B\n" << kKeyLine << "\n";
    std::string toml = "[trust]\npublic_keys = [\"" + kKeyLine + "\", \"" + pub.string() + "\", \"" +
                       (dir / "gone.pub").string() + "\"]\n";
    LoadedConfig loaded = parseConfig(toml, "t.toml");
    REQUIRE(loaded.config.trustedPublicKeys.size() == 2);
    CHECK(loaded.config.trustedPublicKeys[0] == kKeyLine);
    CHECK(loaded.config.trustedPublicKeys[1].find(kKeyLine) != std::string::npos);
    CHECK(mentions(loaded.messages, "gone.pub\" cannot be read"));
    fs::remove_all(dir);
}

TEST_CASE("command-line overrides replace what the file says") {
    fs::path dir = tempDir();
    fs::path pub = dir / "test.pub";
    std::ofstream(pub) << "untrusted comment: minisign public key\n" << kKeyLine << "\n";
    LoadedConfig loaded = loadConfig(kData / "good.toml");
    ConfigOverrides overrides;
    overrides.watch = {"/tmp/drop-a", "/tmp/drop-b"};
    overrides.mediaRoots = {"/tmp/media"};
    overrides.trust = {pub.string()};
    overrides.kioskId = "test-kiosk-2";
    overrides.dataDir = "/tmp/data";
    overrides.settleMilliseconds = 100;
    applyOverrides(loaded.config, overrides, &loaded.messages);
    const KioskConfig& c = loaded.config;
    CHECK(c.dropFolders == std::vector<fs::path>{"/tmp/drop-a", "/tmp/drop-b"});
    CHECK(c.mediaRoots == std::vector<fs::path>{"/tmp/media"});
    REQUIRE(c.trustedPublicKeys.size() == 1);
    CHECK(c.trustedPublicKeys[0].find("untrusted comment") == 0);
    CHECK(c.kioskId == "test-kiosk-2");
    CHECK(c.dataDir == "/tmp/data");
    CHECK(c.settleMilliseconds == 100);
    // What was not overridden stays as the file says.
    CHECK(c.idleTimeoutSeconds == 120);
    CHECK(c.defaultLanguage == "de-x-easy");
    CHECK(loaded.messages.empty());

    // --trust on a config without keys removes the "no key" complaint.
    LoadedConfig missing = loadConfig(kData / "does-not-exist.toml");
    CHECK(mentions(missing.messages, "no trusted public key"));
    applyOverrides(missing.config, overrides, &missing.messages);
    CHECK(!mentions(missing.messages, "no trusted public key"));

    // An unsafe --kiosk-id is refused like one in the file.
    ConfigOverrides unsafe;
    unsafe.kioskId = "a/b";
    std::vector<std::string> messages;
    applyOverrides(loaded.config, unsafe, &messages);
    CHECK(loaded.config.kioskId.find('/') == std::string::npos);
    CHECK(mentions(messages, "--kiosk-id: kiosk_id \"a/b\""));
    fs::remove_all(dir);
}

TEST_CASE("writing the PIN hash keeps every other line of the file") {
    const std::string hash = "$argon2id$v=19$m=65536,t=2,p=1$abc$def";
    std::string original = test_files::readFile(kData / "good.toml");
    REQUIRE_FALSE(original.empty());
    std::string updated = withStaffPinHash(original, hash);
    // Inserted at the top level, before the first table, comments kept.
    CHECK(updated.find("# A complete kiosk configuration") == 0);
    CHECK(updated.find("staff_pin_hash = \"" + hash + "\"") < updated.find("[screen]"));
    LoadedConfig reread = parseConfig(updated, "updated.toml");
    CHECK(reread.messages.empty());
    CHECK(reread.config.staffPinHash == hash);
    CHECK(reread.config.kioskId == "leipzig-gruenau-1");
    CHECK(reread.config.settleMilliseconds == 1500);

    // Setting it again replaces the line instead of adding a second one.
    const std::string second = "$argon2id$v=19$m=65536,t=2,p=1$xyz$uvw";
    std::string again = withStaffPinHash(updated, second);
    CHECK(again.find(hash) == std::string::npos);
    CHECK(again.find("staff_pin_hash") == again.rfind("staff_pin_hash"));
    CHECK(parseConfig(again, "again.toml").config.staffPinHash == second);

    // An empty file gets just the one line.
    CHECK(parseConfig(withStaffPinHash("", hash), "empty.toml").config.staffPinHash == hash);
}
