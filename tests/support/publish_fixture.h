// What the tests of publishing at the kiosk share (test_station_publish.cpp,
// test_station_publish_pull.cpp): a kiosk whose live content is the city's
// test pack, a fake media root with a stick holding a copy of the demo source
// folder, the staff PIN, and readers for what the kiosk drew.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/db/content_store.h"
#include "content/pack/importer.h"
#include "content/station/staff_pin.h"
#include "kiosk/i18n/i18n.h"
#include "tests/data/pack/pack_factory.h"
#include "tests/support/import_child_support.h"
#include "tests/support/kiosk_in_process.h"

namespace publish_test {

using namespace pack_test;


inline std::string t(const char* key, const std::string& lang = "de") { return kiosk::i18n::translate(lang, key); }

// One organisation more than the demo content, with an Arabic name.
inline constexpr const char* kNewOrganisationArabic = "ملتقى الجيران صن هوف";

inline std::string quote(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A CSV row for the demo's organisations.csv with only the given columns filled.
inline std::string organisationRow(const fs::path& csv, const std::map<std::string, std::string>& values) {
    std::istringstream in(readFile(csv));
    std::string header;
    std::getline(in, header);
    std::string row;
    std::istringstream columns(header);
    bool first = true;
    for (std::string column; std::getline(columns, column, ',');) {
        if (!first) row += ",";
        first = false;
        if (auto it = values.find(column); it != values.end()) row += it->second;
    }
    return row + "\n";
}

inline void appendText(const fs::path& file, const std::string& text) { writeFile(file, readFile(file) + text); }

struct PublishFixture {
    TempDir temp;
    Keys cityKeys = makeKeys();
    fs::path data = temp.path / "data";
    fs::path media = temp.path / "media";
    fs::path stick = media / "STICK";
    fs::path source = stick / "verein";
    fs::path config = temp.path / "kiosk.toml";
    std::string now = kTestNowIso;

    PublishFixture() {
        // What visitors see before: the city's test pack.
        importCityTestPack(data, cityKeys, temp.path / "v1.kpack");
        writeFile(temp.path / "city.pub", cityKeys.publicFile);
        writeFile(config, "kiosk_id = \"publish-test\"\nstaff_pin_hash = \"" + content::station::hashStaffPin("2468") +
                              "\"\n[trust]\npublic_keys = [\"" + (temp.path / "city.pub").string() + "\"]\n[watch]\nmedia_roots = [\"" +
                              media.string() + "\"]\nsettle_ms = 200\n");
        fs::create_directories(stick);
        fs::copy(fs::path(KIOSK_SOURCE_DIR) / "content/demo", source, fs::copy_options::recursive);
    }

    // The kiosk's command line for a replay `name`.
    std::vector<std::string> arguments(const std::string& name, const std::string& lang,
                                       const std::string& size = "1024x768") {
        return {"--windowed", size, "--lang", lang, "--now", now, "--config", config.string(), "--data", data.string(),
                "--replay", (temp.path / (name + ".replay")).string(), "--dump-text", dump(name).string()};
    }
    // Runs the kiosk to the end of the replay, in-process on a null window; its exit code.
    int run(const std::string& script, const std::string& name, const std::string& lang = "de") {
        writeFile(temp.path / (name + ".replay"), script);
        return kiosk_test::runInProcess(arguments(name, lang), temp.path / (name + ".log")).status;
    }
    fs::path dump(const std::string& name) { return temp.path / (name + ".json"); }
    std::string log(const std::string& name) {
        std::error_code error;
        return fs::exists(temp.path / (name + ".log"), error) ? readFile(temp.path / (name + ".log")) : std::string();
    }
    bool drew(const std::string& name, const std::string& part, const std::string& contextPrefix = "") {
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            if (item.value("text", "").find(part) != std::string::npos &&
                item.value("context", "").rfind(contextPrefix, 0) == 0)
                return true;
        return false;
    }
    // A whole label (a button) drawn, not a word inside a sentence.
    bool drewLabel(const std::string& name, const std::string& label) {
        for (const auto& item : nlohmann::json::parse(readFile(dump(name))))
            if (item.value("text", "") == label) return true;
        return false;
    }
    std::string liveTitle() {
        auto store = content::ContentStore::open(data, nullptr);
        return store ? store->pack().id : "";
    }
    // The data folder holds live and previous only: no staged version left.
    size_t versionCount() {
        size_t count = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(data / "versions")) ++count;
        return count;
    }
};

inline const std::string kPin = "drag 1018 6 1018 6 3400\nwait 200\ntap-label 2\ntap-label 4\ntap-label 6\ntap-label 8\n";

}  // namespace publish_test
