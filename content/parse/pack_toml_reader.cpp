// pack.toml: [pack] id, title, default_language, languages, time_zone,
// valid_until, holidays, school_holidays, and [topics.<key>] labels.
#include <toml++/toml.h>

#include <algorithm>

#include "content/core/holidays.h"
#include "content/core/time_zone.h"
#include "content/parse/easy_german_checks.h"
#include "content/parse/source_context.h"

namespace content::source {

namespace {

constexpr const char* kFile = "pack.toml";

int lineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

// A string value, reporting a wrong type.
std::optional<std::string> stringValue(Context& context, const toml::node& node, const std::string& key) {
    if (auto value = node.value<std::string>()) {
        if (auto problem = textProblem(*value)) {
            context.error(kFile, lineOf(node), "", say("key_problem", {{"key", key}}).with("problem", *problem));
            return std::nullopt;
        }
        return *value;
    }
    context.error(kFile, lineOf(node), "", say("toml.not_text", {{"key", key}}));
    return std::nullopt;
}

// `title = "..."` or `[pack.title] de = "..." en = "..."`.
void readLocalized(Context& context, const toml::node& node, const std::string& key, const std::string& defaultLanguage,
                   LocalizedText& target) {
    if (node.is_string()) {
        if (auto text = stringValue(context, node, key); text && !trim(*text).empty()) target.set(defaultLanguage, trim(*text));
        return;
    }
    const toml::table* table = node.as_table();
    if (!table) {
        context.error(kFile, lineOf(node), "", say("toml.not_localized", {{"key", key}}));
        return;
    }
    for (const auto& [lang, value] : *table) {
        std::string tag(lang.str());
        if (!isLanguageTag(tag)) {
            context.error(kFile, lineOf(value), "", say("toml.language_key", {{"key", key}, {"language", tag}}));
            continue;
        }
        if (auto text = stringValue(context, value, key + "." + tag); text && !trim(*text).empty()) {
            target.set(tag, trim(*text));
            context.useLanguage(tag, kFile, lineOf(value), "");
            if (tag == kEasyGerman)
                for (const easy_german::Finding& finding : easy_german::check(trim(*text), /*markdown=*/false))
                    context.warning(kFile, lineOf(value), "", say("key_problem", {{"key", key + "." + tag}}).with("problem", finding.words));
        }
    }
}

}  // namespace

void readPackToml(Context& context) {
    PackInfo& pack = context.content.pack;
    if (!std::filesystem::exists(context.dir / kFile)) {
        context.error(kFile, 0, "", say("toml.missing"));
        return;
    }
    auto text = readTextFile(context, kFile);
    if (!text) return;
    toml::table root;
    try {
        root = toml::parse(*text, std::string_view(kFile));
    } catch (const toml::parse_error& error) {
        context.error(kFile, static_cast<int>(error.source().begin.line), "",
                      say("toml.syntax", {{"reason", std::string(error.description())}}));
        return;
    }
    for (const auto& [key, value] : root) {
        if (key.str() != "pack" && key.str() != "topics")
            context.warning(kFile, lineOf(value), "", say("toml.unknown_section", {{"section", std::string(key.str())}}));
    }
    const toml::table* section = root["pack"].as_table();
    if (!section) {
        context.error(kFile, 0, "", say("toml.no_pack"));
        return;
    }
    static const char* const known[] = {"id",        "title",       "default_language", "languages",
                                          "time_zone", "valid_until", "holidays",         "school_holidays"};
    for (const auto& [key, value] : *section) {
        if (std::find(std::begin(known), std::end(known), key.str()) == std::end(known))
            context.warning(kFile, lineOf(value), "", say("toml.unknown_key", {{"key", std::string(key.str())}}));
    }

    if (const toml::node* node = section->get("id")) {
        if (auto id = stringValue(context, *node, "id")) {
            if (isValidId(*id)) pack.id = *id;
            else context.error(kFile, lineOf(*node), "", say("key_problem", {{"key", "id"}}).with("problem", invalidIdMessage(*id, "leipzig-gruenau")));
        }
    } else {
        context.error(kFile, 0, "", say("toml.no_id"));
    }

    if (const toml::node* node = section->get("default_language")) {
        if (auto lang = stringValue(context, *node, "default_language")) {
            if (isLanguageTag(*lang)) pack.defaultLanguage = *lang;
            else context.error(kFile, lineOf(*node), "", say("toml.default_language", {{"language", *lang}}));
        }
    } else {
        context.warning(kFile, 0, "", say("toml.no_default_language"));
    }

    if (const toml::node* node = section->get("languages")) {
        const toml::array* array = node->as_array();
        if (!array) {
            context.error(kFile, lineOf(*node), "", say("toml.languages_list"));
        } else {
            context.content.pack.languages.clear();
            for (const toml::node& item : *array) {
                auto lang = stringValue(context, item, "languages");
                if (!lang) continue;
                if (!isLanguageTag(*lang)) {
                    if (auto code = suggestLanguageCode(*lang))
                        context.error(kFile, lineOf(item), "", say("toml.languages_item_hint", {{"language", *lang}, {"code", *code}}));
                    else
                        context.error(kFile, lineOf(item), "", say("toml.languages_item", {{"language", *lang}}));
                } else if (std::find(pack.languages.begin(), pack.languages.end(), *lang) == pack.languages.end()) {
                    pack.languages.push_back(*lang);
                }
            }
            context.languagesGiven = true;
            if (std::find(pack.languages.begin(), pack.languages.end(), pack.defaultLanguage) == pack.languages.end())
                pack.languages.insert(pack.languages.begin(), pack.defaultLanguage);
        }
    }

    if (const toml::node* node = section->get("title")) {
        readLocalized(context, *node, "title", pack.defaultLanguage, pack.title);
        if (pack.title.empty()) context.error(kFile, lineOf(*node), "", say("toml.title_empty"));
    } else {
        context.error(kFile, 0, "", say("toml.no_title"));
    }

    if (const toml::node* node = section->get("time_zone")) {
        if (auto zone = stringValue(context, *node, "time_zone")) {
            if (isKnownTimeZone(*zone)) pack.timeZone = *zone;
            else context.error(kFile, lineOf(*node), "", say("toml.time_zone", {{"zone", *zone}}));
        }
    }

    if (const toml::node* node = section->get("valid_until")) {
        // TOML allows a bare date (valid_until = 2027-12-31) as well as a string.
        std::string value;
        if (auto date = node->value<toml::date>()) {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(date->year),
                          static_cast<int>(date->month), static_cast<int>(date->day));
            value = buffer;
        } else if (auto text = node->value<std::string>()) {
            value = trim(*text);
        }
        if (!value.empty() && parseIsoToUtc(value, pack.timeZone)) pack.validUntil = value;
        else context.error(kFile, lineOf(*node), "", say("toml.valid_until"));
    }

    if (const toml::node* node = section->get("holidays")) {
        if (auto code = stringValue(context, *node, "holidays")) {
            if (auto calendar = HolidayCalendar::forRegion(*code)) {
                pack.holidays = calendar->region();
            } else {
                auto meant = HolidayCalendar::suggestRegion(*code);
                context.error(kFile, lineOf(*node), "",
                              meant ? say("toml.holidays_hint", {{"code", *code}, {"meant", *meant}})
                                    : say("toml.holidays", {{"code", *code}, {"known", HolidayCalendar::knownRegions()}}));
            }
        }
    }

    if (const toml::node* node = section->get("school_holidays")) {
        const toml::array* array = node->as_array();
        if (!array) {
            context.error(kFile, lineOf(*node), "", say("toml.school_holidays_list"));
        } else {
            for (const toml::node& item : *array) {
                auto entry = stringValue(context, item, "school_holidays");
                if (!entry) continue;
                CheckWords problem;
                if (schoolHolidayRange(trim(*entry), &problem)) pack.schoolHolidays.push_back(trim(*entry));
                else context.error(kFile, lineOf(item), "", say("key_problem", {{"key", "school_holidays"}}).with("problem", std::move(problem)));
            }
        }
    }

    if (const toml::node* topicsNode = root.get("topics")) {
        const toml::table* topics = topicsNode->as_table();
        if (!topics) {
            context.error(kFile, lineOf(*topicsNode), "", say("toml.topics_sections"));
            return;
        }
        for (const auto& [key, value] : *topics) {
            std::string topic(key.str());
            if (!isValidId(topic)) {
                context.error(kFile, lineOf(value), "", say("toml.topic_problem", {{"topic", topic}}).with("problem", invalidIdMessage(topic, "counselling")));
                continue;
            }
            LocalizedText labels;
            readLocalized(context, value, "topics." + topic, pack.defaultLanguage, labels);
            if (labels.empty()) context.warning(kFile, lineOf(value), "", say("toml.topic_no_label", {{"topic", topic}}));
            pack.topics[topic] = std::move(labels);
        }
    }
}

}  // namespace content::source
