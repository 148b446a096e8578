// events/<organisation-id>.ics: each organisation's calendar.
#include <algorithm>
#include <set>

#include "content/parse/easy_german_checks.h"
#include "content/parse/icalendar.h"
#include "content/parse/source_context.h"

namespace content::source {

namespace {

// A calendar keeps no line for each language's text, so the event's title
// says which one is meant.
void warnAboutEasyGerman(Context& context, const std::string& file, const EventSeries& event) {
    const std::string title = event.title.resolve(std::string(kEasyGerman));
    for (const LocalizedText* text : {&event.title, &event.description}) {
        auto easy = text->values.find(std::string(kEasyGerman));
        if (easy == text->values.end()) continue;
        for (const easy_german::Finding& finding : easy_german::check(easy->second, /*markdown=*/false))
            context.warning(file, 0, "", say("events.easy_german", {{"title", title}, {"date", event.start.substr(0, 10)}}).with("problem", finding.words));
    }
}

}  // namespace

void readEvents(Context& context) {
    const std::filesystem::path folder = context.dir / "events";
    if (!std::filesystem::is_directory(folder)) return;  // no events is fine

    std::set<std::string> organisationIds;
    for (const Organisation& organisation : context.content.organisations) organisationIds.insert(organisation.id);

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    std::set<std::string> uids;
    for (const std::filesystem::path& path : files) {
        const std::string name = path.filename().string();
        const std::string file = "events/" + name;
        if (name.starts_with(".")) continue;  // .DS_Store and friends
        if (lower(path.extension().string()) != ".ics" || !std::filesystem::is_regular_file(path)) {
            context.warning(file, 0, "", say("events.not_ics"));
            continue;
        }
        const std::string organisationId = path.stem().string();
        if (!organisationIds.count(organisationId)) {
            // Already reported in the organisation list: one problem, one message.
            if (context.organisationsUnreadable || context.organisationRowsRefused) continue;
            context.error(file, 0, "", say("events.no_organisation", {{"id", organisationId}}));
            continue;
        }
        auto text = readTextFile(context, file);
        if (!text) continue;
        ical::CalendarResult calendar =
            ical::parseCalendar(*text, organisationId, context.content.pack.timeZone, context.content.pack.defaultLanguage);
        for (const ical::Problem& problem : calendar.problems) {
            if (problem.error) context.error(file, problem.line, "", problem.words);
            else context.warning(file, problem.line, "", problem.words);
        }
        // UIDs must be unique in the pack. Two organisations may well export
        // the same UID (a shared event copied between calendars), so on a clash
        // this file's events are put under the organisation's name.
        bool clash = std::any_of(calendar.events.begin(), calendar.events.end(),
                                 [&](const EventSeries& event) { return uids.count(event.uid) > 0; });
        for (EventSeries& event : calendar.events) {
            if (clash) {
                event.uid = organisationId + "/" + event.uid;
                if (!event.recurrenceOf.empty()) event.recurrenceOf = organisationId + "/" + event.recurrenceOf;
            }
            uids.insert(event.uid);
            warnAboutEasyGerman(context, file, event);
            for (const auto& [lang, text] : event.title.values) context.useLanguage(lang, file, 0, "");
            for (const auto& [lang, text] : event.description.values) context.useLanguage(lang, file, 0, "");
            context.content.events.push_back(std::move(event));
        }
    }
}

}  // namespace content::source
