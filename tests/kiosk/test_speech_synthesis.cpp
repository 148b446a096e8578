// Read-aloud below the screens: what espeak-ng reports for the spoken forms
// (words, phonemes), that each language is read by its own voice, and that
// the player reads sentence after sentence off the drawing thread and falls
// silent at once. On a machine without a sound device (CI) the player uses
// its silent sink, which takes the samples at a device's pace.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "content/speech/spoken_form.h"
#include "content/speech/voices.h"
#include "kiosk/speech/read_aloud.h"
#include "kiosk/speech/speech_script.h"
#include "platform/speech_player.h"
#include "platform/speech_synth.h"

namespace {

struct Heard {
    std::vector<std::string> words, phonemes;
    size_t samples = 0;
};

Heard synthesiseParts(const platform::SpokenSentence& parts) {
    Heard heard;
    for (const platform::SpokenPart& part : parts) {
        bool ok = platform::synthesize(part.text, part.voice, part.wordsPerMinute,
                                       [&](const int16_t*, size_t count, const std::vector<platform::SpeechEvent>& events) {
                                           heard.samples += count;
                                           for (const auto& e : events) {
                                               if (e.kind == platform::SpeechEvent::Kind::Word) heard.words.push_back(e.text);
                                               if (e.kind == platform::SpeechEvent::Kind::Phoneme) heard.phonemes.push_back(e.text);
                                           }
                                           return true;
                                       });
        REQUIRE_MESSAGE(ok, "espeak-ng has no voice '" << part.voice << "'");
    }
    return heard;
}

Heard synthesiseWith(const std::string& text, const std::string& voice) {
    return synthesiseParts({{text, voice, 160}});
}

bool isSingleDigit(const std::string& word) { return word.size() == 1 && word[0] >= '0' && word[0] <= '9'; }

// Waits until `done` or a generous limit (the silent sink plays in real time).
template <class Predicate>
bool waitFor(Predicate done, double seconds) {
    auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return true;
}

}  // namespace

TEST_CASE("espeak-ng is there with a voice for every kiosk language") {
    std::string error;
    REQUIRE_MESSAGE(platform::speechAvailable(&error), error);
    CHECK(platform::speechSampleRate() == 22050);
    for (const char* language : {"de", "de-x-easy", "en", "ar", "fa", "uk", "ru", "tr"}) {
        Heard heard = synthesiseWith("1", content::speech::voiceFor(language).name);
        CHECK_MESSAGE(heard.samples > 1000, language);
    }
}

TEST_CASE("a German phone number is read digit by digit, one word event per digit") {
    // "0341 149 47 28" has eleven digits; each is a word of its own for espeak-ng.
    Heard heard = synthesiseParts(kiosk::spokenSentence("Telefon: 0341 149 47 28", "de"));
    std::vector<std::string> digits;
    for (const std::string& word : heard.words)
        if (isSingleDigit(word)) digits.push_back(word);
    CHECK(digits == std::vector<std::string>{"0", "3", "4", "1", "1", "4", "9", "4", "7", "2", "8"});
    CHECK(heard.words.front() == "Telefon");
    // As written, espeak-ng reads "0341" and "149" as numbers ("nulldreihunderteinundvierzig").
    Heard raw = synthesiseWith("Telefon: 0341 149 47 28", "de");
    size_t rawDigits = 0;
    for (const std::string& word : raw.words) rawDigits += isSingleDigit(word);
    CHECK(rawDigits < 11);
}

TEST_CASE("each language's text is read by that language's voice") {
    const std::map<std::string, std::string> samples = {
        {"de", "Wir helfen Ihnen gern."},       {"de-x-easy", "Wir helfen Ihnen gern."},
        {"en", "We are glad to help you."},     {"ar", "يسعدنا أن نساعدك."},
        {"fa", "خوشحال می‌شویم کمک کنیم."},   {"uk", "Ми раді вам допомогти."},
        {"ru", "Мы рады вам помочь."},          {"tr", "Size yardım etmekten mutluluk duyarız."}};
    for (const auto& [language, text] : samples) {
        CAPTURE(language);
        const platform::SpokenSentence parts = kiosk::spokenSentence(text, language);
        REQUIRE(parts.size() == 1);
        const std::string voice = language == "de-x-easy" ? "de" : language;
        CHECK(parts[0].voice == voice);
        // The stream the kiosk produces is the one that voice produces for the text ...
        Heard kiosk = synthesiseParts(parts);
        Heard own = synthesiseWith(text, voice);
        CHECK(kiosk.phonemes == own.phonemes);
        REQUIRE(kiosk.phonemes.size() > 5);
        // ... and no other voice's.
        for (const std::string other : {"de", "en", "ar", "fa", "uk", "ru", "tr"})
            if (other != voice) CHECK_MESSAGE(synthesiseWith(text, other).phonemes != kiosk.phonemes, other);
    }
    // Easy German: the German voice, slower (more samples for the same words).
    CHECK(synthesiseParts(kiosk::spokenSentence("Wir helfen Ihnen gern.", "de-x-easy")).samples >
          synthesiseParts(kiosk::spokenSentence("Wir helfen Ihnen gern.", "de")).samples * 1.15);
}

TEST_CASE("a German name inside an Arabic sentence is read by the German voice") {
    const platform::SpokenSentence parts = kiosk::spokenSentence("تعال إلى Bürgerhaus Grünau اليوم.", "ar");
    REQUIRE(parts.size() == 3);
    CHECK(parts[1].voice == "de");
    CHECK(synthesiseParts({parts[1]}).phonemes == synthesiseWith("Bürgerhaus Grünau ", "de").phonemes);
    CHECK(parts[0].voice == "ar");
    CHECK(parts[2].voice == "ar");
}

TEST_CASE("the player reads sentence after sentence and falls silent at once") {
    std::atomic<int> wakes{0};
    platform::SpeechPlayer player([&] { ++wakes; }, false);
    CHECK_FALSE(player.hasDevice());
    std::mutex mutex;
    std::vector<std::pair<int, std::string>> words;  // sentence, word, in the order spoken
    player.setEventListener([&](int sentence, const platform::SpeechEvent& event) {
        if (event.kind != platform::SpeechEvent::Kind::Word) return;
        std::lock_guard lock(mutex);
        words.push_back({sentence, event.text});
    });
    std::vector<platform::SpokenSentence> sentences = {
        {{"Eins.", "de", 200}}, {{"Zwei.", "de", 200}}, {{"Drei.", "de", 200}}};
    std::vector<int> seen;
    player.play(sentences, 0);
    CHECK(player.sentence() == 0);  // at once, for the drawing thread
    REQUIRE(waitFor([&] {
        int s = player.sentence();
        if (seen.empty() || seen.back() != s) seen.push_back(s);
        return s < 0;
    }, 20));
    CHECK(seen == std::vector<int>{0, 1, 2, -1});
    {
        std::lock_guard lock(mutex);
        CHECK(words == std::vector<std::pair<int, std::string>>{{0, "Eins"}, {1, "Zwei"}, {2, "Drei"}});
    }
    // One wake per new sentence and one at the end: nothing in between.
    CHECK(wakes.load() == 3);
    CHECK(player.samplesPlayed() > size_t(platform::speechSampleRate()) / 2);

    // Stopped in the middle: silent for the drawing thread at once, for the sink within a slice.
    std::vector<platform::SpokenSentence> longer = {{{"Dies ist ein langer Satz, der eine Weile dauert, bis er zu Ende ist.", "de", 160}}};
    player.play(longer, 0);
    REQUIRE(waitFor([&] { return player.samplesPlayed() > 0; }, 5));
    const uint64_t before = player.samplesPlayed();
    REQUIRE(waitFor([&] { return player.samplesPlayed() > before + 2000; }, 5));
    player.stop();
    CHECK(player.sentence() == -1);
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    const uint64_t afterStop = player.samplesPlayed();
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    CHECK(player.samplesPlayed() == afterStop);
    CHECK(player.lastSilenceDelay() < 0.1);
    CHECK(player.lastSilenceDelay() > 0);
}

TEST_CASE("read-aloud: pause, continue, one sentence back, and the volume back for the next visitor") {
    kiosk::ReadAloud readAloud;
    readAloud.configure(true, 70, false);
    readAloud.beginFrame();
    readAloud.addText("Erster Satz. Zweiter Satz.", "de");
    readAloud.addText("Dritter Satz.", "de");
    readAloud.start();
    CHECK(readAloud.sentenceCount() == 3);
    CHECK(readAloud.mode() == kiosk::ReadAloud::Mode::Speaking);
    CHECK(readAloud.usedThisVisit());
    // The next frame draws the same texts: the first holds the sentence being read.
    readAloud.beginFrame();
    size_t first = readAloud.addText("Erster Satz. Zweiter Satz.", "de");
    size_t second = readAloud.addText("Dritter Satz.", "de");
    REQUIRE(readAloud.highlightIn(first));
    CHECK(*readAloud.highlightIn(first) == content::speech::SentenceSpan{0, 12});
    CHECK_FALSE(readAloud.highlightIn(second));
    REQUIRE(waitFor([&] { return readAloud.sentence() == 1; }, 10));
    readAloud.pause();
    CHECK(readAloud.mode() == kiosk::ReadAloud::Mode::Paused);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(readAloud.sentence() == 1);
    CHECK(*readAloud.highlightIn(first) == content::speech::SentenceSpan{13, 26});
    readAloud.sentenceBack();
    CHECK(readAloud.mode() == kiosk::ReadAloud::Mode::Speaking);
    CHECK(readAloud.sentence() == 0);
    readAloud.stop();
    CHECK(readAloud.mode() == kiosk::ReadAloud::Mode::Silent);
    CHECK_FALSE(readAloud.highlightIn(first));
    CHECK(readAloud.louder() == 1);
    CHECK(readAloud.volume() == doctest::Approx(0.9f));
    CHECK(readAloud.louder() == 2);
    CHECK(readAloud.volume() == doctest::Approx(1.0f));
    readAloud.resetForNextVisitor();
    CHECK(readAloud.volumeStep() == 0);
    CHECK(readAloud.volume() == doctest::Approx(0.7f));
    CHECK_FALSE(readAloud.usedThisVisit());
}
