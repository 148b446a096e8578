#include "kiosk/screens/event_words.h"

#include <unordered_map>

#include "content/core/recurrence.h"
#include "kiosk/app/time_format.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/text/recurrence_words.h"

namespace kiosk {

namespace {
// "Monday, 30 November, " before the time; all-day dates say so after the day.
std::string dayAndTime(const AppState& state, const content::EventOccurrence& occurrence, const std::string& time) {
    const std::string day = formatDay(occurrence.startUtc, state.nowUtc(), state.timeZone());
    if (occurrence.allDay) return day + tr("list.comma") + tr("time.all_day");
    return day + tr("list.comma") + tr("time.clock", {{"time", time}});
}
}  // namespace

std::string occurrenceWhen(const AppState& state, const content::EventOccurrence& occurrence) {
    return dayAndTime(state, occurrence, formatClockAt(occurrence.startUtc, state.timeZone()));
}

std::string occurrenceWhenWithEnd(const AppState& state, const content::EventOccurrence& occurrence) {
    const std::string start = formatClockAt(occurrence.startUtc, state.timeZone());
    if (occurrence.endUtc <= occurrence.startUtc) return dayAndTime(state, occurrence, start);
    return dayAndTime(state, occurrence, formatTimeRange(start, formatClockAt(occurrence.endUtc, state.timeZone())));
}

std::string occurrenceShortDay(const AppState& state, const content::EventOccurrence& occurrence) {
    return formatShortDay(occurrence.startUtc, state.nowUtc(), state.timeZone());
}

std::string ruleInWords(const AppState& state, const content::EventSeries& series) {
    if (series.rrule.empty()) return {};
    const int64_t now = state.nowUtc();
    const std::string zone = series.timeZone.empty() ? state.timeZone() : series.timeZone;
    const content::RecurrenceDescription rule = content::describeRecurrence(series, wallTimeAt(now, zone));
    return text::describeRecurrence(rule, state.language(), content::toLocal(now, state.timeZone()).year);
}

std::string ruleInWords(const AppState& state, const std::string& rrule, const std::string& seriesStart, bool allDay) {
    content::EventSeries series;
    series.rrule = rrule;
    series.start = seriesStart;
    series.allDay = allDay;
    return ruleInWords(state, series);
}

namespace {
// The languages each organiser speaks (event rows show them), looked up one
// organisation at a time as rows come into view and kept per content and
// language; owned by AppState like a screen's state. Reading all 2,000
// organisations at once cost the events list's first frame 16 ms.
struct OrganiserLanguages {
    static constexpr const char* kName = "organiser-languages";
    uint64_t generation = 0;
    std::unordered_map<std::string, std::vector<std::string>> byOrganisation;
};
}  // namespace

const std::vector<std::string>& organiserLanguages(AppState& state, const std::string& organisationId) {
    OrganiserLanguages& memory = state.screens.get<OrganiserLanguages>();
    if (memory.generation != state.contentGeneration) {
        memory.generation = state.contentGeneration;
        memory.byOrganisation.clear();
    }
    auto [it, added] = memory.byOrganisation.try_emplace(organisationId);
    if (added && state.store && !organisationId.empty())
        if (auto organisation = state.store->organisation(organisationId)) it->second = std::move(organisation->languages);
    return it->second;
}

}  // namespace kiosk
