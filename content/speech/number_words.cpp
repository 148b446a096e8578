#include "content/speech/number_words.h"

#include <array>

namespace content::speech {
namespace {

constexpr std::array<const char*, 20> kGermanUnits = {
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"};
constexpr std::array<const char*, 6> kGermanTens = {"", "", "zwanzig", "dreißig", "vierzig", "fünfzig"};

constexpr std::array<const char*, 20> kEnglishUnits = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char*, 6> kEnglishTens = {"", "", "twenty", "thirty", "forty", "fifty"};
constexpr std::array<const char*, 20> kEnglishUnitOrdinals = {
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth"};

constexpr std::array<const char*, 13> kArabicHours = {
    "", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
    "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة"};
constexpr std::array<const char*, 10> kArabicOrdinalUnits = {
    "", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
// In compounds ("الحادي والعشرون") the first unit has its own form.
constexpr std::array<const char*, 10> kArabicCompoundUnits = {
    "", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};

}  // namespace

std::string germanCardinal(int n, bool beforeNoun) {
    if (n == 1 && beforeNoun) return "ein";
    if (n < 20) return kGermanUnits[n];
    int tens = n / 10, units = n % 10;
    if (units == 0) return kGermanTens[tens];
    return std::string(units == 1 ? "ein" : kGermanUnits[units]) + "und" + kGermanTens[tens];
}

std::string germanOrdinal(int n, bool dative) {
    std::string stem;
    if (n == 1) stem = "erst";
    else if (n == 3) stem = "dritt";
    else if (n == 7) stem = "siebt";
    else if (n == 8) stem = "acht";
    else if (n < 20) stem = germanCardinal(n) + "t";
    else stem = germanCardinal(n) + "st";
    return stem + (dative ? "en" : "e");
}

std::string englishCardinal(int n) {
    if (n < 20) return kEnglishUnits[n];
    int tens = n / 10, units = n % 10;
    return units == 0 ? kEnglishTens[tens] : std::string(kEnglishTens[tens]) + "-" + kEnglishUnits[units];
}

std::string englishOrdinal(int n) {
    if (n < 20) return kEnglishUnitOrdinals[n];
    int tens = n / 10, units = n % 10;
    if (units == 0) return std::string(kEnglishTens[tens]).substr(0, std::string(kEnglishTens[tens]).size() - 1) + "ieth";
    return std::string(kEnglishTens[tens]) + "-" + kEnglishUnitOrdinals[units];
}

std::string arabicHour(int hour12) { return kArabicHours[hour12]; }

std::string arabicDayOrdinal(int n) {
    if (n < 10) return kArabicOrdinalUnits[n];
    if (n == 10) return "العاشر";
    if (n < 20) return std::string(kArabicCompoundUnits[n - 10]) + " عشر";
    const char* tens = n < 30 ? "العشرون" : "الثلاثون";
    if (n % 10 == 0) return tens;
    return std::string(kArabicCompoundUnits[n % 10]) + " و" + tens;
}

}  // namespace content::speech
