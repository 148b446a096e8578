// "Take it with you": what the kiosk puts into a QR code so a visitor's phone
// can keep it - a contact card for an organisation (vCard 3.0), a calendar
// entry for one occurrence of an event (iCalendar), or a guide's web link.
// Pure text, built offline on the kiosk; no ImGui.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "content/core/model.h"

namespace content {

// vCard 3.0 (RFC 2426) with the organisation's name in `lang` (with the usual
// fallback), address, phone, email and website - contact data only, no
// description, so the QR code stays coarse enough to scan from 40 cm. Lines end in CRLF, text values
// are escaped (\\ \, \; \n) and long lines folded at 75 octets.
std::string organisationVCard(const Organisation& organisation, std::string_view lang);

struct CalendarEntry {
    const EventSeries* series = nullptr;  // title, description, location, url
    EventOccurrence occurrence;           // which date
    std::string organiserName;            // shown in the description, may be empty
    std::string timeZone = "Europe/Berlin";  // the pack's zone, for all-day dates
    int64_t createdUtc = 0;               // DTSTAMP (the kiosk's clock)
};

// An iCalendar object (RFC 5545) with one VEVENT for the occurrence. Timed
// events are written in UTC ("...Z"), which every phone converts to its own
// zone and which needs no VTIMEZONE block (keeping the QR code small);
// all-day events are written as local dates in the pack's zone.
std::string occurrenceICalendar(const CalendarEntry& entry, std::string_view lang);

// The guide's web address as it goes into the QR code; empty if it has none
// or it is not an http(s) address.
std::string guideLink(const Guide& guide);

// Helpers, exposed for tests.
std::string escapeVCardText(std::string_view text);  // same rules as iCalendar TEXT
std::string foldContentLine(std::string_view line);  // CRLF + space continuation, never splits a UTF-8 character

}  // namespace content
