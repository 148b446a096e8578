// What the read-aloud voice is given instead of the text on screen: the same
// sentence with numbers, times, dates and addresses written out the way a
// person says them in that language, so the voice reads them so that a
// listener can understand and write them down. Pure text to text, per
// language; the voice (espeak-ng) reads everything else as it stands.
//
//   phone numbers, postcodes, house numbers  digit by digit: "0 3 4 1, 1 4 9, 4 7, 2 8"
//   times        de "neun Uhr dreißig", en "nine thirty a.m.", ar "التاسعة والنصف صباحاً"
//   dates        de "Dienstag, der achte Dezember", en "the eighth of December", ar "الثامن من ديسمبر"
//   e-mail, web  "info at buergerhaus Punkt d e", each symbol as a word
//
// German and Easy German, English and Arabic have the full rules. Farsi gets
// its clock form ("9 و 30 دقیقه"); Ukrainian, Russian and Turkish keep times
// and dates as written, which their espeak-ng voices already read as a person
// says them ("девять тридцать", "dokuz otuz"). Digit by digit and the
// address symbols apply to every language.
#pragma once

#include <string>
#include <string_view>

namespace content::speech {

std::string spokenForm(std::string_view sentence, std::string_view language);

}  // namespace content::speech
