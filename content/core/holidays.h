// Public holidays of Germany and its 16 states (computed for any year, with the
// years from which a state's holiday exists), and school holidays as the pack
// lists them. Opening hours ask this for their PH and SH selectors.
//
// A state's code is ISO 3166-2: "DE-SN" Saxony, "DE-BE" Berlin ...; "DE" alone
// means the nine nationwide holidays. Holidays of single towns or parts of a
// state are not counted: Fronleichnam in the Catholic parts of Saxony and
// Thuringia, and the Augsburger Friedensfest (8 August, city of Augsburg).
// Mariä Himmelfahrt (15 August) counts for Saarland and for Bavaria, where it
// is a holiday in the mostly Catholic communities (about 1,700 of 2,056,
// Munich among them).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/check_words.h"

namespace content {

// Days since 1970-01-01, both ends included.
struct DayRange {
    int64_t first = 0, last = 0;
    bool contains(int64_t day) const { return day >= first && day <= last; }
};

class HolidayCalendar {
public:
    // The nationwide holidays only (what a pack without `holidays` gets).
    HolidayCalendar() = default;

    // "DE" or "DE-SN" (case does not matter); nullopt for an unknown code.
    static std::optional<HolidayCalendar> forRegion(std::string_view code);

    // "DE-BB, DE-BE, ..." for messages that list the known codes.
    static std::string knownRegions();
    // The code staff meant by "Sachsen", "sachsen-anhalt", "SN" or "DE_SN".
    static std::optional<std::string> suggestRegion(std::string_view text);

    const std::string& region() const { return region_; }

    // The holiday's German name ("Buß- und Bettag"), nullopt on other days.
    std::optional<std::string> publicHoliday(int year, int month, int day) const;
    bool isPublicHoliday(int year, int month, int day) const { return publicHoliday(year, month, day).has_value(); }
    bool isPublicHoliday(int64_t day) const;

    void setSchoolHolidays(std::vector<DayRange> ranges) { schoolHolidays_ = std::move(ranges); }
    const std::vector<DayRange>& schoolHolidays() const { return schoolHolidays_; }
    bool isSchoolHoliday(int64_t day) const;

private:
    std::string region_ = "DE";
    std::vector<DayRange> schoolHolidays_;
};

// Easter Sunday of `year` as days since 1970-01-01 (Gregorian computus).
int64_t easterSunday(int year);

// A pack's school-holiday entry: "2027-02-14/2027-02-26" (first and last day) or
// one day "2027-05-07". On failure returns nullopt and a sentence for staff,
// as words (check_words.h) or in English.
std::optional<DayRange> schoolHolidayRange(std::string_view text, CheckWords* problem);
std::optional<DayRange> parseSchoolHolidayRange(std::string_view text, std::string* error);

}  // namespace content
