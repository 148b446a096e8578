#include "content/pack/content_json.h"

#include <nlohmann/json.hpp>

#include <set>

#include "content/core/text_checks.h"
#include "content/pack/manifest.h"

namespace content::pack {

using nlohmann::json;

namespace {

json localized(const LocalizedText& text) {
    json object = json::object();
    for (const auto& [lang, value] : text.values) object[lang] = value;
    return object;
}

}  // namespace

std::string contentToJson(const Content& content) {
    const PackInfo& pack = content.pack;
    json topics = json::object();
    for (const auto& [key, label] : pack.topics) topics[key] = localized(label);
    json document;
    document["pack"] = {{"id", pack.id},
                        {"title", localized(pack.title)},
                        {"default_language", pack.defaultLanguage},
                        {"languages", pack.languages},
                        {"time_zone", pack.timeZone},
                        {"valid_until", pack.validUntil},
                        {"sequence", pack.sequence},
                        {"created_at", pack.createdAt},
                        {"topics", topics}};
    // Written only when set, so packs without them read as before.
    if (pack.holidays != PackInfo().holidays) document["pack"]["holidays"] = pack.holidays;
    if (!pack.schoolHolidays.empty()) document["pack"]["school_holidays"] = pack.schoolHolidays;
    json organisations = json::array();
    for (const auto& o : content.organisations)
        organisations.push_back({{"id", o.id},
                                 {"name", localized(o.name)},
                                 {"summary", localized(o.summary)},
                                 {"description", localized(o.description)},
                                 {"categories", o.categories},
                                 {"languages", o.languages},
                                 {"address", o.address},
                                 {"postcode", o.postcode},
                                 {"city", o.city},
                                 {"district", o.district},
                                 {"phone", o.phone},
                                 {"email", o.email},
                                 {"website", o.website},
                                 {"opening_hours", o.openingHours},
                                 {"image", o.image}});
    document["organisations"] = organisations;
    json events = json::array();
    for (const auto& e : content.events)
        events.push_back({{"uid", e.uid},
                          {"organisation", e.organisationId},
                          {"title", localized(e.title)},
                          {"description", localized(e.description)},
                          {"location", localized(e.location)},
                          {"url", e.url},
                          {"all_day", e.allDay},
                          {"time_zone", e.timeZone},
                          {"start", e.start},
                          {"end", e.end},
                          {"rrule", e.rrule},
                          {"extra_rrules", e.extraRrules},
                          {"exrules", e.exrules},
                          {"exdates", e.exdates},
                          {"rdates", e.rdates},
                          {"recurrence_of", e.recurrenceOf}});
    document["events"] = events;
    json guides = json::array();
    for (const auto& g : content.guides) {
        json texts = json::object();
        for (const auto& [lang, text] : g.texts) {
            json blocks = json::array();
            for (const auto& block : text.blocks)
                blocks.push_back({{"kind", guideBlockKindName(block.kind)},
                                  {"lines", block.lines},
                                  {"image", block.image},
                                  {"alt", block.alt}});
            texts[lang] = {{"title", text.title}, {"blocks", blocks}};
        }
        guides.push_back({{"id", g.id},
                          {"order", g.order},
                          {"picture", g.picture},
                          {"topic", g.topic},
                          {"link", g.link},
                          {"texts", texts}});
    }
    document["guides"] = guides;
    document["images"] = content.images;
    return document.dump(1) + "\n";
}

namespace {

// Thrown inside the reader; becomes the problem + detail of parseContentJson.
struct Refusal {
    ContentJsonProblem problem;
    std::string detail;
    CheckWords words;
};

Refusal sizeRefusal(ContentJsonProblem problem, CheckWords words) {
    std::string detail = english(words);
    return {problem, std::move(detail), std::move(words)};
}

class Reader {
public:
    explicit Reader(const ContentLimits& limits) : limits_(limits) {}

    Content read(const json& document) {
        expectObject(document, "content.json", {"pack", "organisations", "events", "guides", "images"});
        Content content;
        readPack(document.at("pack"), content.pack);
        const json& organisations = list(document.at("organisations"), "organisations", limits_.maxOrganisations, kRecords);
        for (const auto& item : organisations) content.organisations.push_back(readOrganisation(item));
        const json& events = list(document.at("events"), "events", limits_.maxEvents, kRecords);
        defaultLanguage_ = content.pack.defaultLanguage;
        for (const auto& item : events) content.events.push_back(readEvent(item));
        const json& guides = list(document.at("guides"), "guides", limits_.maxGuides, kRecords);
        for (const auto& item : guides) content.guides.push_back(readGuide(item));
        content.images = stringList(document.at("images"), "images", limits_.maxImages, limits_.maxShortText, kRecords);
        return content;
    }

private:
    [[noreturn]] void malformed(const std::string& where, const std::string& what) {
        throw Refusal{ContentJsonProblem::Malformed, where + ": " + what};
    }

    void expectObject(const json& value, const std::string& where, std::initializer_list<const char*> keys,
                      std::initializer_list<const char*> optionalKeys = {}) {
        if (!value.is_object()) malformed(where, "is not an object");
        std::set<std::string> allowed(keys.begin(), keys.end());
        for (const auto& key : allowed)
            if (!value.contains(key)) malformed(where, "'" + key + "' is missing");
        allowed.insert(optionalKeys.begin(), optionalKeys.end());
        for (const auto& [key, unused] : value.items())
            if (!allowed.count(key)) malformed(where, "unknown field " + quoteForMessage(key));
    }

    // Too many organisations, events, guides or pictures make the pack too
    // large; too many entries in one record's list (101 categories) is a
    // record that breaks the rules, and is told as such.
    static constexpr bool kRecords = true;
    const json& list(const json& value, const std::string& where, size_t maxCount, bool records = false) {
        if (!value.is_array()) malformed(where, "is not a list");
        if (value.size() > maxCount)
            throw sizeRefusal(records ? ContentJsonProblem::TooLarge : ContentJsonProblem::Malformed,
                          say("limits.too_many_entries", {{"where", where},
                                                          {"count", std::to_string(value.size())},
                                                          {"limit", std::to_string(maxCount)}}));
        return value;
    }

    std::string text(const json& value, const std::string& where, size_t maxBytes) {
        if (!value.is_string()) malformed(where, "is not a text");
        std::string result = value.get<std::string>();
        if (auto problem = checkText(result)) throw Refusal{ContentJsonProblem::BadText, where + ": " + *problem};
        if (result.size() > maxBytes)
            throw sizeRefusal(ContentJsonProblem::BadText, say("limits.text_too_long", {{"where", where},
                                                                                     {"bytes", std::to_string(result.size())},
                                                                                     {"limit", std::to_string(maxBytes)}}));
        return result;
    }

    std::string shortText(const json& object, const char* key, const std::string& where) {
        return text(object.at(key), where + ", " + key, limits_.maxShortText);
    }

    std::vector<std::string> stringList(const json& value, const std::string& where, size_t maxCount, size_t maxBytes,
                                        bool records = false) {
        std::vector<std::string> result;
        for (const auto& item : list(value, where, maxCount, records)) result.push_back(text(item, where, maxBytes));
        return result;
    }

    LocalizedText localizedText(const json& value, const std::string& where, size_t maxBytes) {
        if (!value.is_object()) malformed(where, "is not an object of languages");
        if (value.size() > limits_.maxListItems) malformed(where, "has too many languages");
        LocalizedText result;
        for (const auto& [lang, item] : value.items()) {
            std::string language = text(json(lang), where, 40);
            result.set(language, text(item, where + "@" + language, maxBytes));
        }
        return result;
    }

    void readPack(const json& value, PackInfo& pack) {
        expectObject(value, "pack", {"id", "title", "default_language", "languages", "time_zone", "valid_until",
                                     "sequence", "created_at", "topics"},
                     {"holidays", "school_holidays"});
        if (value.contains("holidays")) pack.holidays = shortText(value, "holidays", "pack");
        if (value.contains("school_holidays"))
            pack.schoolHolidays = stringList(value.at("school_holidays"), "pack, school_holidays", limits_.maxListItems, 40);
        pack.id = shortText(value, "id", "pack");
        pack.title = localizedText(value.at("title"), "pack, title", limits_.maxShortText);
        pack.defaultLanguage = shortText(value, "default_language", "pack");
        pack.languages = stringList(value.at("languages"), "pack, languages", limits_.maxListItems, 40);
        pack.timeZone = shortText(value, "time_zone", "pack");
        pack.validUntil = shortText(value, "valid_until", "pack");
        if (!value.at("sequence").is_number_unsigned()) malformed("pack, sequence", "is not a whole number");
        pack.sequence = value.at("sequence").get<uint64_t>();
        pack.createdAt = shortText(value, "created_at", "pack");
        const json& topics = value.at("topics");
        if (!topics.is_object()) malformed("pack, topics", "is not an object");
        if (topics.size() > limits_.maxListItems * 10) malformed("pack, topics", "has too many topics");
        for (const auto& [key, label] : topics.items())
            pack.topics[text(json(key), "pack, topics", 100)] = localizedText(label, "pack, topic " + key, limits_.maxShortText);
    }

    Organisation readOrganisation(const json& value) {
        std::string where = "organisation";
        if (value.is_object() && value.contains("id") && value.at("id").is_string())
            where = "organisation " + quoteForMessage(value.at("id").get<std::string>());
        expectObject(value, where, {"id", "name", "summary", "description", "categories", "languages", "address",
                                    "postcode", "city", "district", "phone", "email", "website", "opening_hours", "image"});
        Organisation o;
        o.id = shortText(value, "id", where);
        o.name = localizedText(value.at("name"), where + ", name", limits_.maxShortText);
        o.summary = localizedText(value.at("summary"), where + ", summary", limits_.maxLongText);
        o.description = localizedText(value.at("description"), where + ", description", limits_.maxLongText);
        o.categories = stringList(value.at("categories"), where + ", categories", limits_.maxListItems, 100);
        o.languages = stringList(value.at("languages"), where + ", languages", limits_.maxListItems, 40);
        o.address = shortText(value, "address", where);
        o.postcode = shortText(value, "postcode", where);
        o.city = shortText(value, "city", where);
        o.district = shortText(value, "district", where);
        o.phone = shortText(value, "phone", where);
        o.email = shortText(value, "email", where);
        o.website = shortText(value, "website", where);
        o.openingHours = shortText(value, "opening_hours", where);
        o.image = shortText(value, "image", where);
        return o;
    }

    EventSeries readEvent(const json& value) {
        std::string where = "event";
        if (value.is_object() && value.contains("uid") && value.at("uid").is_string())
            where = "event " + quoteForMessage(value.at("uid").get<std::string>());
        // time_zone, extra_rrules and exrules came later: packs without them still read.
        expectObject(value, where,
                     {"uid", "organisation", "title", "description", "location", "url", "all_day", "start", "end",
                      "rrule", "exdates", "rdates", "recurrence_of"},
                     {"time_zone", "extra_rrules", "exrules"});
        EventSeries e;
        e.uid = shortText(value, "uid", where);
        e.organisationId = shortText(value, "organisation", where);
        e.title = localizedText(value.at("title"), where + ", title", limits_.maxShortText);
        e.description = localizedText(value.at("description"), where + ", description", limits_.maxLongText);
        // Packs made before places were translated give the place as one text, in the pack's language.
        if (value.at("location").is_string()) {
            std::string place = shortText(value, "location", where);
            if (!place.empty()) e.location.set(defaultLanguage_, std::move(place));
        } else {
            e.location = localizedText(value.at("location"), where + ", location", limits_.maxShortText);
        }
        e.url = shortText(value, "url", where);
        if (!value.at("all_day").is_boolean()) malformed(where + ", all_day", "is not true or false");
        e.allDay = value.at("all_day").get<bool>();
        e.start = shortText(value, "start", where);
        e.end = shortText(value, "end", where);
        if (value.contains("time_zone")) e.timeZone = shortText(value, "time_zone", where);
        e.rrule = shortText(value, "rrule", where);
        if (value.contains("extra_rrules"))
            e.extraRrules = stringList(value.at("extra_rrules"), where + ", extra_rrules", limits_.maxListItems, limits_.maxShortText);
        if (value.contains("exrules"))
            e.exrules = stringList(value.at("exrules"), where + ", exrules", limits_.maxListItems, limits_.maxShortText);
        e.exdates = stringList(value.at("exdates"), where + ", exdates", limits_.maxListItems * 10, 40);
        e.rdates = stringList(value.at("rdates"), where + ", rdates", limits_.maxListItems * 10, 40);
        e.recurrenceOf = shortText(value, "recurrence_of", where);
        return e;
    }

    Guide readGuide(const json& value) {
        std::string where = "guide";
        if (value.is_object() && value.contains("id") && value.at("id").is_string())
            where = "guide " + quoteForMessage(value.at("id").get<std::string>());
        expectObject(value, where, {"id", "order", "picture", "topic", "link", "texts"});
        Guide g;
        g.id = shortText(value, "id", where);
        if (!value.at("order").is_number_integer()) malformed(where + ", order", "is not a whole number");
        int64_t order = value.at("order").get<int64_t>();
        if (order < -1000000 || order > 1000000) malformed(where + ", order", "is out of range");
        g.order = static_cast<int>(order);
        g.picture = shortText(value, "picture", where);
        g.topic = shortText(value, "topic", where);
        g.link = shortText(value, "link", where);
        const json& texts = value.at("texts");
        if (!texts.is_object()) malformed(where + ", texts", "is not an object of languages");
        if (texts.size() > limits_.maxListItems) malformed(where + ", texts", "has too many languages");
        for (const auto& [lang, item] : texts.items()) {
            std::string language = text(json(lang), where, 40);
            std::string at = where + "@" + language;
            expectObject(item, at, {"title", "blocks"});
            GuideText guideText;
            guideText.title = text(item.at("title"), at + ", title", limits_.maxShortText);
            for (const auto& blockValue : list(item.at("blocks"), at + ", blocks", limits_.maxBlocksPerGuide)) {
                expectObject(blockValue, at + ", block", {"kind", "lines", "image", "alt"});
                GuideBlock block;
                std::string kind = text(blockValue.at("kind"), at + ", block kind", 20);
                if (auto known = guideBlockKindFromName(kind)) block.kind = *known;
                else malformed(at + ", block", "unknown kind '" + kind + "'");
                block.lines = stringList(blockValue.at("lines"), at + ", block lines", limits_.maxListItems * 10,
                                         limits_.maxLongText);
                block.image = text(blockValue.at("image"), at + ", block image", limits_.maxShortText);
                block.alt = text(blockValue.at("alt"), at + ", block alt", limits_.maxShortText);
                guideText.blocks.push_back(std::move(block));
            }
            g.texts[language] = std::move(guideText);
        }
        return g;
    }

    const ContentLimits& limits_;
    std::string defaultLanguage_;  // the pack's, for texts given without a language
};

}  // namespace

std::optional<Content> parseContentJson(const std::string& text, const ContentLimits& limits,
                                        ContentJsonProblem* problem, std::string* detail, CheckWords* words) {
    auto fail = [&](ContentJsonProblem what, std::string why, CheckWords said = {}) -> std::optional<Content> {
        *problem = what;
        if (detail) *detail = std::move(why);
        if (words) *words = std::move(said);
        return std::nullopt;
    };
    auto failSaying = [&](ContentJsonProblem what, CheckWords said) {
        std::string why = english(said);
        return fail(what, std::move(why), std::move(said));
    };
    // Raw bytes first: the JSON parser would call broken UTF-8 a syntax error,
    // but for staff it is a text problem ("saved in the wrong encoding").
    if (!isValidUtf8(text)) {
        size_t offset = 0;
        auto what = findForbiddenCharacter(text, &offset);
        return fail(ContentJsonProblem::BadText, "content.json at byte " + std::to_string(offset) + ": " +
                                                     (what ? *what : std::string("invalid UTF-8")));
    }
    if (text.size() > limits.maxJsonBytes)
        return failSaying(ContentJsonProblem::TooLarge,
                          say("limits.json_too_large", {{"bytes", std::to_string(text.size())},
                                                        {"limit", std::to_string(limits.maxJsonBytes)}}));
    // Bounded while parsing: the parser stops at the value budget instead of
    // building a document of any size first.
    struct TooManyValues {};
    size_t values = 0;
    const json::parser_callback_t countValues = [&](int depth, json::parse_event_t event, json&) {
        if (event == json::parse_event_t::value || event == json::parse_event_t::object_start ||
            event == json::parse_event_t::array_start)
            if (++values > limits.maxJsonValues || depth > 64) throw TooManyValues{};
        return true;
    };
    json document;
    try {
        document = json::parse(text, countValues, false);
    } catch (const TooManyValues&) {
        return failSaying(ContentJsonProblem::TooLarge,
                          say("limits.json_too_many_values", {{"limit", std::to_string(limits.maxJsonValues)}}));
    }
    if (document.is_discarded()) return fail(ContentJsonProblem::Malformed, "content.json is not valid JSON");
    try {
        Reader reader(limits);
        Content content = reader.read(document);
        *problem = ContentJsonProblem::None;
        return content;
    } catch (const Refusal& refusal) {
        return fail(refusal.problem, refusal.detail, refusal.words);
    } catch (const json::exception& error) {
        return fail(ContentJsonProblem::Malformed, std::string("content.json: ") + error.what());
    }
}

}  // namespace content::pack
