#include "content/core/take_away.h"

#include <cstdio>

#include "content/core/time_zone.h"

namespace content {
namespace {

constexpr std::string_view kCrlf = "\r\n";
constexpr size_t kMaxLineOctets = 75;

void addLine(std::string& out, std::string_view line) {
    out += foldContentLine(line);
    out += kCrlf;
}

std::string utcStamp(int64_t utc) {
    const LocalTime t = toLocal(utc, "UTC");
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return buf;
}

std::string localDate(int64_t utc, const std::string& tz) {
    const LocalTime t = toLocal(utc, tz);
    char buf[12];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", t.year, t.month, t.day);
    return buf;
}

bool isWebAddress(std::string_view url) {
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

// Telephone numbers as dialable text: keep digits and a leading +.
std::string dialable(std::string_view phone) {
    std::string out;
    for (char c : phone) {
        if ((c >= '0' && c <= '9') || (c == '+' && out.empty())) out.push_back(c);
    }
    return out;
}

// Long texts make a dense code that a phone cannot read from 40 cm; the
// kiosk's screen shows the full text anyway, so the code carries the start.
constexpr size_t kMaxNoteOctets = 240;
std::string clip(std::string_view text) {
    if (text.size() <= kMaxNoteOctets) return std::string(text);
    size_t cut = kMaxNoteOctets;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return std::string(text.substr(0, cut)) + "\u2026";
}

}  // namespace

std::string escapeVCardText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ',': out += "\\,"; break;
            case ';': out += "\\;"; break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                out += "\\n";
                break;
            case '\n': out += "\\n"; break;
            default:
                // Other control characters are not allowed in content lines.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t') out.push_back(c);
        }
    }
    return out;
}

std::string foldContentLine(std::string_view line) {
    std::string out;
    size_t lineOctets = 0;
    size_t i = 0;
    while (i < line.size()) {
        // Length of the UTF-8 character starting here, so a fold never splits it.
        const auto lead = static_cast<unsigned char>(line[i]);
        size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
        length = std::min(length, line.size() - i);
        if (lineOctets + length > kMaxLineOctets) {
            out += kCrlf;
            out += ' ';
            lineOctets = 1;  // the continuation space counts
        }
        out.append(line.substr(i, length));
        lineOctets += length;
        i += length;
    }
    return out;
}

std::string organisationVCard(const Organisation& o, std::string_view lang) {
    std::string out;
    const std::string& name = o.name.resolve(lang);
    addLine(out, "BEGIN:VCARD");
    addLine(out, "VERSION:3.0");
    addLine(out, "FN:" + escapeVCardText(name));
    // N is required by vCard 3.0; for an organisation the family-name slot holds its name.
    addLine(out, "N:" + escapeVCardText(name) + ";;;;");
    addLine(out, "ORG:" + escapeVCardText(name));
    if (!o.address.empty() || !o.city.empty() || !o.postcode.empty()) {
        // ADR: post office box; extended; street; locality; region; postal code; country
        addLine(out, "ADR;TYPE=WORK:;;" + escapeVCardText(o.address) + ";" + escapeVCardText(o.city) + ";;" +
                         escapeVCardText(o.postcode) + ";" + escapeVCardText("Deutschland"));
    }
    if (!dialable(o.phone).empty()) addLine(out, "TEL;TYPE=WORK,VOICE:" + dialable(o.phone));
    if (!o.email.empty()) addLine(out, "EMAIL;TYPE=INTERNET:" + escapeVCardText(o.email));
    if (isWebAddress(o.website)) addLine(out, "URL:" + o.website);
    addLine(out, "END:VCARD");
    return out;
}

std::string occurrenceICalendar(const CalendarEntry& entry, std::string_view lang) {
    std::string out;
    if (!entry.series) return out;
    const EventSeries& s = *entry.series;
    const EventOccurrence& o = entry.occurrence;
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//community-kiosk//take-away//EN");
    addLine(out, "METHOD:PUBLISH");
    addLine(out, "BEGIN:VEVENT");
    // Same occurrence -> same UID, so scanning twice updates rather than duplicates.
    addLine(out, "UID:" + escapeVCardText(s.uid) + "-" + utcStamp(o.startUtc) + "@community-kiosk");
    addLine(out, "DTSTAMP:" + utcStamp(entry.createdUtc));
    if (o.allDay) {
        addLine(out, "DTSTART;VALUE=DATE:" + localDate(o.startUtc, entry.timeZone));
        // DTEND of an all-day event is the (exclusive) next day.
        const int64_t end = o.endUtc > o.startUtc ? o.endUtc : o.startUtc + 86400;
        addLine(out, "DTEND;VALUE=DATE:" + localDate(end, entry.timeZone));
    } else {
        addLine(out, "DTSTART:" + utcStamp(o.startUtc));
        addLine(out, "DTEND:" + utcStamp(o.endUtc > o.startUtc ? o.endUtc : o.startUtc + 3600));
    }
    addLine(out, "SUMMARY:" + escapeVCardText(s.title.resolve(lang)));
    if (const std::string& place = s.location.resolve(lang); !place.empty())
        addLine(out, "LOCATION:" + escapeVCardText(place));
    std::string description = s.description.resolve(lang);
    if (!entry.organiserName.empty())
        description = description.empty() ? entry.organiserName : entry.organiserName + "\n" + description;
    if (!description.empty()) addLine(out, "DESCRIPTION:" + escapeVCardText(clip(description)));
    if (isWebAddress(s.url)) addLine(out, "URL:" + s.url);
    addLine(out, "END:VEVENT");
    addLine(out, "END:VCALENDAR");
    return out;
}

std::string guideLink(const Guide& guide) { return isWebAddress(guide.link) ? guide.link : std::string(); }

}  // namespace content
