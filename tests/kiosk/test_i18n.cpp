// Translation files: complete, consistent, and every key the screens use exists.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "kiosk/i18n/i18n.h"
#include "kiosk/screens/organisation_labels.h"
#include "tests/support/test_files.h"

using namespace kiosk;

namespace {

std::set<std::string> keysOf(const i18n::Table& table) {
    std::set<std::string> keys;
    for (const auto& [key, value] : table) keys.insert(key);
    return keys;
}

}  // namespace

TEST_CASE("the translation files parse and exist for every interface language") {
    for (const auto& error : i18n::loadErrors()) FAIL_CHECK(error);
    CHECK(i18n::languages() == std::vector<std::string>{"de", "de-x-easy", "en", "ar", "fa", "uk", "ru", "tr"});
    for (const auto& lang : i18n::languages()) CHECK_MESSAGE(i18n::table(lang) != nullptr, lang);
    // No file beyond the offered languages (a typo in a file name would hide it).
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(KIOSK_SOURCE_DIR "/kiosk/i18n"))
        if (entry.path().extension() == ".toml") ++files;
    CHECK(files == i18n::languages().size());
}

TEST_CASE("every language has exactly the German keys, with the same placeholders") {
    const i18n::Table* german = i18n::table("de");
    REQUIRE(german);
    CHECK(german->size() > 150);
    const auto reference = keysOf(*german);
    for (const auto& lang : i18n::languages()) {
        const i18n::Table* table = i18n::table(lang);
        REQUIRE(table);
        const auto keys = keysOf(*table);
        for (const auto& key : reference)
            if (!keys.count(key)) FAIL_CHECK(lang << " lacks " << key);
        for (const auto& key : keys)
            if (!reference.count(key)) FAIL_CHECK(lang << " has extra key " << key);
        for (const auto& [key, value] : *table) {
            CHECK_MESSAGE(!value.empty(), lang << " " << key << " is empty");
            auto it = german->find(key);
            if (it != german->end())
                CHECK_MESSAGE(i18n::placeholders(value) == i18n::placeholders(it->second),
                              lang << " " << key << ": placeholders differ from German");
            // Stray spaces only where they are part of the joiner.
            if (key.rfind("list.", 0) != 0 && !value.empty())
                CHECK_MESSAGE((value.front() != ' ' && value.back() != ' '), lang << " " << key << " has stray spaces");
        }
    }
}

TEST_CASE("language names are written in the language itself") {
    CHECK(i18n::nativeName("de") == "Deutsch");
    CHECK(i18n::nativeName("de-x-easy") == "Leichte Sprache");
    CHECK(i18n::nativeName("en") == "English");
    CHECK(i18n::nativeName("ar") == "العربية");
    CHECK(i18n::nativeName("fa") == "فارسی");
    CHECK(i18n::nativeName("uk") == "Українська");
    CHECK(i18n::nativeName("ru") == "Русский");
    CHECK(i18n::nativeName("tr") == "Türkçe");
}

TEST_CASE("a spoken language is named in itself when offered, else in the visitor's language") {
    setLanguage("de");
    CHECK(spokenLanguageLabel("ar") == "العربية");
    CHECK(spokenLanguageLabel("hsb") == "Obersorbisch");
    CHECK(spokenLanguageLabel("ckb") == "Zentralkurdisch");
    setLanguage("ar");
    CHECK(spokenLanguageLabel("de") == "Deutsch");
    CHECK(spokenLanguageLabel("hsb") == "الصوربية العليا");
    setLanguage("de-x-easy");
    CHECK(spokenLanguageLabel("prs") == "Dari");
    CHECK(spokenLanguageLabel("qaa") == "QAA");  // no name anywhere: the code
    setLanguage("de");
}

TEST_CASE("tr follows the language, formats placeholders and falls back") {
    setLanguage("ar");
    CHECK(language() == "ar");
    CHECK(tr("home.organisations") == "المنظمات");
    setLanguage("de-x-easy");
    CHECK(tr("home.organisations") == "Vereine und Gruppen");
    setLanguage("de");
    CHECK(tr("organisations.count", {{"count", "12"}}) == "Gefundene Organisationen: 12");
    CHECK(tr("home.as_of", {{"date", "21. November"}}) == "Stand der Informationen: 21. November");
    setLanguage("xx");  // unknown: German
    CHECK(language() == "de");
    CHECK(tr("no.such.key") == "no.such.key");
    CHECK(i18n::format("{a} und {b}, {c}", {{"a", "1"}, {"b", "2"}}) == "1 und 2, {c}");
    CHECK(i18n::placeholders("{x} {y} {x}") == std::vector<std::string>{"x", "y"});
}

TEST_CASE("every key the screens ask for with a literal exists") {
    // tr("key") / tr("key", {...}) / translate(lang, "key") with a literal key.
    const std::regex call(R"re(\btr\(\s*"([a-z0-9_.\-]+)"\s*[,)])re");
    const i18n::Table* german = i18n::table("de");
    REQUIRE(german);
    size_t checked = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(KIOSK_SOURCE_DIR "/kiosk")) {
        const auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".h") continue;
        const std::string source = test_files::readFile(entry.path());
        for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) {
            const std::string key = (*it)[1];
            ++checked;
            CHECK_MESSAGE(german->count(key), entry.path().filename().string() << " uses missing key " << key);
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("every key of the language files is asked for somewhere") {
    // A key is used when the kiosk's sources name it in quotes, or when they
    // build it from a quoted prefix ("weekday." + name). A key nobody asks
    // for is a sentence translators keep up for nothing, or a screen that
    // lost a word it should still say.
    std::string sources;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(KIOSK_SOURCE_DIR "/kiosk")) {
        const auto ext = entry.path().extension();
        if (ext == ".cpp" || ext == ".h") sources += test_files::readFile(entry.path());
    }
    const i18n::Table* german = i18n::table("de");
    REQUIRE(german);
    for (const auto& [key, text] : *german) {
        bool used = sources.find('"' + key + '"') != std::string::npos;
        for (size_t dot = key.rfind('.'); !used && dot != std::string::npos; dot = dot ? key.rfind('.', dot - 1) : std::string::npos)
            used = sources.find('"' + key.substr(0, dot + 1) + '"') != std::string::npos;
        CHECK_MESSAGE(used, "no source asks for " << key);
    }
}
