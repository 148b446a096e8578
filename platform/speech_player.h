// Read-aloud off the drawing thread: a worker synthesises one sentence after
// the other with espeak-ng and plays it on the sound device (or the silent
// sink). The drawing thread only sets what to read and asks which sentence is
// being read; play() and stop() take effect at once for it, and the worker
// falls silent within one audio slice (10 ms) plus nothing buffered (the
// device's buffer is thrown away). The worker wakes the frame loop
// (onChange) only when the sentence being read changes or the speech ends.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform/speech_synth.h"

namespace platform {

class AudioOutput;

// A part of a sentence and the voice that reads it (a German name inside an
// Arabic sentence has a part of its own).
struct SpokenPart {
    std::string text;
    std::string voice;
    int wordsPerMinute = 160;
};
using SpokenSentence = std::vector<SpokenPart>;

class SpeechPlayer {
public:
    // `onChange` runs on the worker thread (platform::requestRedraw in the kiosk).
    // `openDevice` false: always the silent sink (tests, a kiosk with audio off).
    SpeechPlayer(std::function<void()> onChange, bool openDevice);
    ~SpeechPlayer();
    SpeechPlayer(const SpeechPlayer&) = delete;
    SpeechPlayer& operator=(const SpeechPlayer&) = delete;

    // Reads `sentences` from index `from` on, replacing whatever was being read.
    void play(std::vector<SpokenSentence> sentences, int from);
    // Silence, now.
    void stop();
    // The sentence being read, -1 when silent.
    int sentence() const { return sentence_.load(); }
    bool speaking() const { return sentence() >= 0; }

    // 0..1, applied to the samples as they are played.
    void setVolume(float volume) { volume_.store(volume); }
    float volume() const { return volume_.load(); }

    // ---- diagnostics and tests
    // Waits until the worker has opened (or failed to open) the device.
    bool hasDevice();
    std::string deviceMessage();
    uint64_t samplesPlayed() const { return samplesPlayed_.load(); }
    // Seconds from the last stop() (or a play() that replaced speech) until the worker wrote nothing more.
    double lastSilenceDelay() const { return lastSilenceDelay_.load(); }
    // Every event espeak-ng reports, with the index of its sentence (worker thread).
    void setEventListener(std::function<void(int sentence, const SpeechEvent& event)> listener);

private:
    void run();
    void readJob(uint64_t generation, const std::vector<SpokenSentence>& sentences, int from);
    bool current(uint64_t generation) const { return generation_.load() == generation; }
    void noteSilence();

    std::function<void()> onChange_;
    bool openDevice_;

    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<SpokenSentence> sentences_;  // the job to take (guarded by mutex_)
    int from_ = 0;
    bool jobWaiting_ = false;
    bool quit_ = false;
    bool deviceReady_ = false;
    std::condition_variable deviceOpened_;
    bool hasDevice_ = false;
    std::string deviceMessage_;
    std::function<void(int, const SpeechEvent&)> listener_;

    std::atomic<uint64_t> generation_{0};
    std::atomic<int> sentence_{-1};
    std::atomic<float> volume_{1.0f};
    std::atomic<uint64_t> samplesPlayed_{0};
    std::atomic<double> silenceRequestedAt_{-1};
    std::atomic<double> lastSilenceDelay_{0};
    AudioOutput* audioOutput_ = nullptr;  // the worker's own, while it runs
    std::thread worker_;
};

}  // namespace platform
