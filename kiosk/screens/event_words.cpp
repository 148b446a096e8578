#include "kiosk/screens/event_words.h"

#include <unordered_map>

#include "content/core/recurrence.h"
#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/recurrence_words.h"

namespace kiosk {

std::string occurrenceWhen(const AppState& state, const content::EventOccurrence& occurrence) {
    std::string day = formatDay(occurrence.startUtc, state.nowUtc(), state.timeZone());
    if (occurrence.allDay) return day + tr("list.comma") + tr("time.all_day");
    return day + tr("list.comma") + tr("time.clock", {{"time", formatClockAt(occurrence.startUtc, state.timeZone())}});
}

std::string occurrenceWhenWithEnd(const AppState& state, const content::EventOccurrence& occurrence) {
    std::string day = formatDay(occurrence.startUtc, state.nowUtc(), state.timeZone());
    if (occurrence.allDay) return day + tr("list.comma") + tr("time.all_day");
    std::string start = formatClockAt(occurrence.startUtc, state.timeZone());
    if (occurrence.endUtc <= occurrence.startUtc) return day + tr("list.comma") + tr("time.clock", {{"time", start}});
    std::string range = tr("time.range", {{"start", start}, {"end", formatClockAt(occurrence.endUtc, state.timeZone())}});
    return day + tr("list.comma") + tr("time.clock", {{"time", range}});
}

std::string occurrenceShortDay(const AppState& state, const content::EventOccurrence& occurrence) {
    content::LocalTime local = content::toLocal(occurrence.startUtc, state.timeZone());
    return tr("date.day_month", {{"day", std::to_string(local.day)}, {"month", tr("month." + std::to_string(local.month))}});
}

std::string ruleInWords(const std::string& rrule, const std::string& seriesStart, bool allDay,
                        const std::string& language) {
    if (rrule.empty()) return {};
    content::EventSeries series;
    series.rrule = rrule;
    series.start = seriesStart;
    series.allDay = allDay;
    return text::describeRecurrence(content::describeRecurrence(series), language);
}

namespace {
// The languages each organiser speaks, read once per content and language
// (event rows show them); owned by AppState like a screen's state.
struct OrganiserLanguages {
    static constexpr const char* kName = "organiser-languages";
    uint64_t generation = 0;
    std::unordered_map<std::string, std::vector<std::string>> byOrganisation;
    std::vector<std::string> none;
};
}  // namespace

const std::vector<std::string>& organiserLanguages(AppState& state, const std::string& organisationId) {
    OrganiserLanguages& memory = state.screens.get<OrganiserLanguages>();
    if (memory.generation != state.contentGeneration) {
        memory.generation = state.contentGeneration;
        memory.byOrganisation.clear();
        if (state.store)
            for (auto& org : state.store->organisations(state.language())) memory.byOrganisation[org.id] = org.languages;
    }
    auto it = memory.byOrganisation.find(organisationId);
    return it == memory.byOrganisation.end() ? memory.none : it->second;
}

}  // namespace kiosk
