// espeak-ng, offline speech synthesis, wrapped for one job at a time: text in,
// 16-bit mono samples and the events espeak-ng reports (words with their
// text, phonemes) out, chunk by chunk, on the calling thread. espeak-ng is a
// process-wide library, so calls are serialised inside; the read-aloud
// player's worker thread is its only user in the kiosk (tests call it too).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace platform {

struct SpeechEvent {
    enum class Kind { Word, Phoneme, SentenceStart, End };
    Kind kind = Kind::Word;
    std::string text;     // the word as written (Word) or the phoneme mnemonic (Phoneme)
    int audioMs = 0;      // where in this job's audio it happens
};

// Samples of one chunk and the events that belong to it. Return false to stop
// the job at once (the rest of the text is not synthesised).
using SpeechChunk = std::function<bool(const int16_t* samples, size_t count, const std::vector<SpeechEvent>& events)>;

// Initialises espeak-ng once (data from the Debian package espeak-ng-data).
// False with a message when it cannot; every later call then does nothing.
bool speechAvailable(std::string* error = nullptr);

// Samples per second of everything synthesize() produces (22050 for espeak-ng).
int speechSampleRate();

// Synthesises `utf8` with the espeak-ng voice `voiceName` ("de", "ar", ...)
// at `wordsPerMinute`. Returns false when the voice is missing or the job was
// stopped by the callback.
bool synthesize(const std::string& utf8, const std::string& voiceName, int wordsPerMinute, const SpeechChunk& onChunk);

}  // namespace platform
