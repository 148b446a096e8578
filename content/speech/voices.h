// Which espeak-ng voice reads which language, and how fast. Easy German is
// read by the German voice, slower, as Easy German readers ask for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace content::speech {

struct Voice {
    std::string name;  // espeak-ng voice name (espeak-ng-data/lang): "de", "en", "ar", ...
    int wordsPerMinute = 160;
};

// The voice for a kiosk language tag; German for a tag it does not know.
Voice voiceFor(std::string_view language);

// A part of a sentence and the voice that reads it.
struct Segment {
    std::string text;
    Voice voice;
};

// Splits a spoken sentence where the script changes. In an Arabic, Farsi,
// Ukrainian or Russian sentence, a run of Latin letters (the German name of a
// place or an organisation, a spelled web address) is read by the German
// voice: the language's own voice would spell it out or read it as English.
// Digits, spaces and punctuation stay with the run they are in. Sentences in
// languages written in Latin letters are one segment.
std::vector<Segment> segmentsFor(std::string_view spoken, std::string_view language);

}  // namespace content::speech
