#include "bench/generator/calendar_writer.h"

#include <cstdio>

namespace bench {

long daysFromCivil(CivilDate date) {
    int y = date.year - (date.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>(date.month > 2 ? date.month - 3 : date.month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civilFromDays(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilDate date;
    date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    date.year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

int weekdayOf(CivilDate date) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    long days = daysFromCivil(date);
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string basicDate(CivilDate date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", date.year, date.month, date.day);
    return buffer;
}

std::string basicDateTime(CivilDate date, int hour, int minute) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%sT%02d%02d00", basicDate(date).c_str(), hour, minute);
    return buffer;
}

CalendarWriter::CalendarWriter() {
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Community Kiosk//Benchmark Generator//EN");
    line("CALSCALE:GREGORIAN");
    line("BEGIN:VTIMEZONE");
    line("TZID:Europe/Berlin");
    line("BEGIN:DAYLIGHT");
    line("TZOFFSETFROM:+0100");
    line("TZOFFSETTO:+0200");
    line("TZNAME:CEST");
    line("DTSTART:19700329T020000");
    line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
    line("END:DAYLIGHT");
    line("BEGIN:STANDARD");
    line("TZOFFSETFROM:+0200");
    line("TZOFFSETTO:+0100");
    line("TZNAME:CET");
    line("DTSTART:19701025T030000");
    line("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    line("END:STANDARD");
    line("END:VTIMEZONE");
}

void CalendarWriter::beginEvent() { line("BEGIN:VEVENT"); }
void CalendarWriter::endEvent() { line("END:VEVENT"); }

void CalendarWriter::property(std::string_view nameAndParams, std::string_view value) {
    line(std::string(nameAndParams) + ":" + std::string(value));
}

void CalendarWriter::text(std::string_view nameAndParams, std::string_view value) {
    std::string escaped;
    for (char c : value) {
        switch (c) {
            case '\\': escaped += "\\\\"; break;
            case ';': escaped += "\\;"; break;
            case ',': escaped += "\\,"; break;
            case '\n': escaped += "\\n"; break;
            default: escaped += c;
        }
    }
    property(nameAndParams, escaped);
}

std::string CalendarWriter::finish() {
    line("END:VCALENDAR");
    return std::move(out_);
}

void CalendarWriter::line(const std::string& unfolded) {
    // RFC 5545 3.1: at most 75 octets per line; a continuation starts with a
    // space. Never cut inside a UTF-8 sequence (continuation bytes 10xxxxxx).
    size_t position = 0;
    size_t limit = 75;
    while (unfolded.size() - position > limit) {
        size_t cut = position + limit;
        while (cut > position && (static_cast<unsigned char>(unfolded[cut]) & 0xC0) == 0x80) --cut;
        out_.append(unfolded, position, cut - position);
        out_ += "\r\n ";
        position = cut;
        limit = 74;  // the leading space counts
    }
    out_.append(unfolded, position, std::string::npos);
    out_ += "\r\n";
}

}  // namespace bench
