// The content model: what a content pack says, independent of where it came
// from (a staff source folder, a pack's JSON) or where it goes (the database).
// Every module of content/ speaks these types; nothing here knows about ImGui.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/holidays.h"

namespace content {

// Language tags used everywhere. Easy German (Leichte Sprache) is "de-x-easy".
inline constexpr std::string_view kGerman = "de";
inline constexpr std::string_view kEasyGerman = "de-x-easy";

// The interface languages the kiosk offers, in their default order.
const std::vector<std::string>& supportedLanguages();

// True for the right-to-left languages we serve (ar, fa).
bool isRightToLeft(std::string_view lang);

// A text in several languages. Missing languages fall back in a fixed order so
// a visitor never sees an empty space (see resolve()).
struct LocalizedText {
    std::map<std::string, std::string> values;  // language tag -> UTF-8 text

    bool empty() const;
    bool has(std::string_view lang) const;
    // The text in `lang`; else Easy German <-> German for each other; else
    // German, Easy German, English, then any language. `usedLang` receives the
    // language actually returned (so the UI can show a "shown in German" note).
    // Returns an empty string only when there is no text at all.
    const std::string& resolve(std::string_view lang, std::string* usedLang = nullptr) const;
    void set(std::string lang, std::string text) { values[std::move(lang)] = std::move(text); }
};

struct Organisation {
    std::string id;                       // [a-z0-9-]+, stable across packs
    LocalizedText name, summary, description;
    std::vector<std::string> categories;  // topic keys, see PackInfo::topics
    std::vector<std::string> languages;   // BCP 47 tags spoken there ("de", "hsb", "ckb")
    std::string address, postcode, city, district;
    std::string phone, email, website;
    std::string openingHours;             // OpenStreetMap opening_hours syntax
    std::string image;                    // file name under images/, may be empty
};

// One calendar entry after normalisation. Times are wall-clock times
// ("YYYY-MM-DDTHH:MM:SS", or "YYYY-MM-DD" when allDay) in the series' own zone:
// `timeZone` when set (a series written in UTC or in another zone than the
// pack's), else the pack's zone. Recurrences are expanded on that zone's wall
// clock, so a 17:00 meeting stays at 17:00 there across DST changes, and the
// occurrences are instants that the kiosk shows on the pack's clock.
// RECURRENCE-ID overrides become their own single events (with recurrenceOf set)
// and the overridden instance is listed in the master's exdates; an override
// for "this and every later date" splits the series in two; STATUS:CANCELLED
// events and instances are dropped/excluded at build time.
struct EventSeries {
    std::string uid;             // unique within the pack (source UID, plus suffix for overrides)
    std::string organisationId;  // the organisation whose calendar it came from
    LocalizedText title, description;
    LocalizedText location;      // the place in words ("Raum 2", "Ort steht in der Einladung"), translatable too
    std::string url;
    bool allDay = false;
    std::string timeZone;        // zone of the wall times below; empty = the pack's zone
    std::string start;           // wall time, see above
    std::string end;             // wall time; exclusive end date when allDay
    std::string rrule;           // iCalendar RRULE value ("FREQ=MONTHLY;BYDAY=1WE"), empty if single
    std::vector<std::string> extraRrules;  // further RRULEs of the same event: their instances add up
    std::vector<std::string> exrules;      // EXRULEs: their instances are skipped
    std::vector<std::string> exdates;  // instance starts to skip (same format as start)
    // Extra instance starts (same format as start), or "START/END" for an
    // RDATE with its own end (PERIOD); without an end they last as long as the series.
    std::vector<std::string> rdates;
    std::string recurrenceOf;    // for an override: the master's uid
};

// One concrete occurrence of an EventSeries, as the screens list them.
struct EventOccurrence {
    std::string seriesUid;
    int64_t startUtc = 0;  // seconds since the epoch
    int64_t endUtc = 0;
    bool allDay = false;
};

// A guide is Markdown turned into simple blocks. Easy German puts one sentence
// per line; `lines` keeps the author's line breaks (soft breaks) for that.
struct GuideBlock {
    enum class Kind { Heading, Paragraph, ListItem, Image };
    Kind kind = Kind::Paragraph;
    std::vector<std::string> lines;  // text lines (Heading/Paragraph/ListItem)
    std::string image;               // file name under images/ (Image)
    std::string alt;                 // alt text (Image)
};

// The names of block kinds in every JSON the content travels in ("heading",
// "paragraph", "list_item", "image"): the pack's content.json and the database.
const char* guideBlockKindName(GuideBlock::Kind kind);
std::optional<GuideBlock::Kind> guideBlockKindFromName(std::string_view name);

struct GuideText {
    std::string title;  // the first "# " heading
    std::vector<GuideBlock> blocks;
};

struct Guide {
    std::string id;
    int order = 0;
    std::string picture;  // file name under images/, may be empty
    std::string topic;
    std::string link;     // a web address for "take it with you", may be empty
    std::map<std::string, GuideText> texts;  // language tag -> text

    // Title in `lang` with the same fallback order as LocalizedText::resolve.
    const GuideText* resolve(std::string_view lang, std::string* usedLang = nullptr) const;
};

struct PackInfo {
    std::string id;                      // pack_id, e.g. "leipzig-demo"
    LocalizedText title;
    std::string defaultLanguage = "de";
    std::vector<std::string> languages;  // languages the content is written in
    std::string timeZone = "Europe/Berlin";
    std::string validUntil;              // ISO 8601 date or date-time, may be empty
    // Where public holidays (PH in opening hours) come from: "DE" for the
    // nationwide ones, "DE-SN" for Saxony's.
    std::string holidays = "DE";
    // School holidays (SH): "2027-02-08/2027-02-19" or one day "2027-05-07".
    std::vector<std::string> schoolHolidays;
    uint64_t sequence = 0;               // grows from one pack to the next of the same id
    std::string createdAt;               // ISO 8601 UTC, e.g. "2026-11-21T05:30:00Z"
    // Translated labels for topic keys used in organisations.csv `categories`.
    std::map<std::string, LocalizedText> topics;

    // The calendar opening hours are answered with (nationwide holidays when
    // `holidays` is not a known region; entries that are not dates are left out).
    HolidayCalendar holidayCalendar() const;
};

// Everything a pack carries, in memory.
struct Content {
    PackInfo pack;
    std::vector<Organisation> organisations;
    std::vector<EventSeries> events;
    std::vector<Guide> guides;
    std::vector<std::string> images;  // file names under images/
};

}  // namespace content
