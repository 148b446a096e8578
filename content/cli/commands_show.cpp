// show and search: what the live content of a data folder holds, read through
// the same ContentStore the kiosk screens use.
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/core/time_zone.h"
#include "content/db/content_store.h"

namespace kiosk_pack {

using json = nlohmann::ordered_json;

namespace {

constexpr int64_t kShowDays = 60;

std::unique_ptr<content::ContentStore> openStore(const std::string& dataDir) {
    std::string error;
    auto store = content::ContentStore::open(dataDir, &error);
    if (!store) complain("no content in " + dataDir + ": " + error);
    return store;
}

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

}  // namespace

int runShow(const Args& rawArgs) {
    Arguments args(rawArgs, {"data", "now", "lang"}, {"json"});
    if (!args.ok()) return complain(args.error(), 2);
    auto data = args.value("data");
    if (!data || !args.positional().empty())
        return complain("usage: kiosk-pack show --data DIR [--json] [--now ISO8601] [--lang L]", 2);
    auto nowOption = parseNowOption(args.value("now"));
    if (!nowOption) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00+01:00", 2);
    const int64_t now = *nowOption ? *nowOption : static_cast<int64_t>(std::time(nullptr));
    // As the kiosk does at its start: a database of an older schema is rebuilt first.
    rebuildBefore(*data, content::RebuildTarget::Live, now, "en");
    auto store = openStore(*data);
    if (!store) return 1;
    const content::PackInfo& pack = store->pack();
    const std::string lang = args.value("lang").value_or(pack.defaultLanguage);
    const std::string& tz = pack.timeZone;

    auto organisations = store->organisations(lang);
    auto events = store->events(lang, now, now + kShowDays * 86400);
    auto guides = store->guides(lang);

    if (args.flag("json")) {
        json document;
        document["pack"] = {{"id", pack.id}, {"sequence", pack.sequence}, {"created_at", pack.createdAt},
                            {"title", pack.title.resolve(lang)}, {"time_zone", tz}};
        json orgs = json::array();
        for (const auto& o : organisations)
            orgs.push_back({{"id", o.id}, {"name", o.name}, {"summary", o.summary}, {"district", o.district},
                            {"languages", o.languages}, {"categories", o.categories}, {"opening_hours", o.openingHours}});
        document["organisations"] = orgs;
        json evs = json::array();
        for (const auto& e : events)
            evs.push_back({{"organisation", e.organisationId},
                           {"title", e.title},
                           {"start", content::formatLocalIso(e.occurrence.startUtc, tz)},
                           {"end", content::formatLocalIso(e.occurrence.endUtc, tz)},
                           {"all_day", e.occurrence.allDay},
                           {"location", e.location},
                           {"series", e.occurrence.seriesUid},
                           {"recurring", !e.rrule.empty()}});
        document["events"] = evs;
        json gds = json::array();
        for (const auto& g : guides) gds.push_back({{"id", g.id}, {"title", g.title}, {"languages", g.languages}});
        document["guides"] = gds;
        std::printf("%s\n", document.dump(2, ' ', false, json::error_handler_t::replace).c_str());
        return 0;
    }

    std::printf("Pack '%s' (%s), sequence %llu, created %s\n", pack.id.c_str(), pack.title.resolve(lang).c_str(),
                static_cast<unsigned long long>(pack.sequence), pack.createdAt.c_str());
    std::printf("\n%zu organisations:\n", organisations.size());
    for (const auto& o : organisations)
        std::printf("  %-28s %s%s%s\n", o.id.c_str(), o.name.c_str(), o.district.empty() ? "" : " - ", o.district.c_str());
    std::printf("\n%zu events in the next %lld days:\n", events.size(), static_cast<long long>(kShowDays));
    for (const auto& e : events)
        std::printf("  %s  %s (%s)\n", content::formatLocalIso(e.occurrence.startUtc, tz).c_str(), e.title.c_str(),
                    e.organisationName.c_str());
    std::printf("\n%zu guides:\n", guides.size());
    for (const auto& g : guides)
        std::printf("  %-28s %s [%s]\n", g.id.c_str(), g.title.c_str(), joined(g.languages).c_str());
    return 0;
}

int runSearch(const Args& rawArgs) {
    Arguments args(rawArgs, {"data", "lang"}, {"json"});
    if (!args.ok()) return complain(args.error(), 2);
    auto data = args.value("data");
    if (!data || args.positional().empty()) return complain("usage: kiosk-pack search --data DIR [--lang L] QUERY", 2);
    std::string query;
    for (const auto& word : args.positional()) query += (query.empty() ? "" : " ") + word;
    auto store = openStore(*data);
    if (!store) return 1;
    const std::string lang = args.value("lang").value_or(store->pack().defaultLanguage);
    auto hits = store->search(query, lang);
    auto kindName = [](content::SearchHit::Kind kind) {
        switch (kind) {
            case content::SearchHit::Kind::Organisation: return "organisation";
            case content::SearchHit::Kind::Event: return "event";
            case content::SearchHit::Kind::Guide: return "guide";
        }
        return "?";
    };
    if (args.flag("json")) {
        json list = json::array();
        for (const auto& hit : hits)
            list.push_back({{"kind", kindName(hit.kind)}, {"id", hit.id}, {"title", hit.title}, {"snippet", hit.snippet}});
        std::printf("%s\n", list.dump(2, ' ', false, json::error_handler_t::replace).c_str());
        return 0;
    }
    if (hits.empty()) std::printf("Nothing found for '%s'.\n", query.c_str());
    for (const auto& hit : hits) std::printf("%-12s %-30s %s\n", kindName(hit.kind), hit.id.c_str(), hit.title.c_str());
    return 0;
}

}  // namespace kiosk_pack
