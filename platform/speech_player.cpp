#include "platform/speech_player.h"

#include <algorithm>
#include <chrono>

#include "platform/audio_output.h"

namespace platform {
namespace {

// Samples are handed to the device in slices this long, and the worker looks
// for a stop between slices: the longest a stop can take to be heard.
constexpr double kSliceSeconds = 0.010;

double steadyNow() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

SpeechPlayer::SpeechPlayer(std::function<void()> onChange, bool openDevice)
    : onChange_(std::move(onChange)), openDevice_(openDevice) {
    worker_ = std::thread([this] { run(); });
}

SpeechPlayer::~SpeechPlayer() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        ++generation_;
    }
    wake_.notify_all();
    worker_.join();
}

void SpeechPlayer::play(std::vector<SpokenSentence> sentences, int from) {
    if (from < 0 || from >= int(sentences.size())) return stop();
    {
        std::lock_guard lock(mutex_);
        if (speaking()) silenceRequestedAt_.store(steadyNow());
        sentences_ = std::move(sentences);
        from_ = from;
        jobWaiting_ = true;
        ++generation_;
        sentence_.store(from);  // the drawing thread sees the new sentence at once
    }
    wake_.notify_all();
}

void SpeechPlayer::stop() {
    {
        std::lock_guard lock(mutex_);
        if (speaking()) silenceRequestedAt_.store(steadyNow());
        jobWaiting_ = false;
        ++generation_;
        sentence_.store(-1);
    }
    wake_.notify_all();
}

bool SpeechPlayer::hasDevice() {
    std::unique_lock lock(mutex_);
    deviceOpened_.wait(lock, [this] { return deviceReady_; });
    return hasDevice_;
}

std::string SpeechPlayer::deviceMessage() {
    std::unique_lock lock(mutex_);
    deviceOpened_.wait(lock, [this] { return deviceReady_; });
    return deviceMessage_;
}

void SpeechPlayer::setEventListener(std::function<void(int, const SpeechEvent&)> listener) {
    std::lock_guard lock(mutex_);
    listener_ = std::move(listener);
}

void SpeechPlayer::noteSilence() {
    double requested = silenceRequestedAt_.exchange(-1);
    if (requested >= 0) lastSilenceDelay_.store(steadyNow() - requested);
}

void SpeechPlayer::run() {
    AudioOutput audio;
    {
        std::string message;
        bool opened = openDevice_ && speechAvailable(&message) && audio.open(speechSampleRate(), &message);
        if (!openDevice_) message = "audio is switched off";
        std::lock_guard lock(mutex_);
        hasDevice_ = opened;
        deviceMessage_ = message;
        deviceReady_ = true;
    }
    deviceOpened_.notify_all();
    audioOutput_ = &audio;
    while (true) {
        std::vector<SpokenSentence> sentences;
        int from = 0;
        uint64_t generation = 0;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return quit_ || jobWaiting_; });
            if (quit_) break;
            sentences = std::move(sentences_);
            from = from_;
            jobWaiting_ = false;
            generation = generation_.load();
        }
        noteSilence();
        readJob(generation, sentences, from);
    }
    audioOutput_ = nullptr;
}

void SpeechPlayer::readJob(uint64_t generation, const std::vector<SpokenSentence>& sentences, int from) {
    AudioOutput& audio = *audioOutput_;
    const size_t slice = std::max<size_t>(1, size_t(speechSampleRate() * kSliceSeconds));
    std::function<void(int, const SpeechEvent&)> listener;
    {
        std::lock_guard lock(mutex_);
        listener = listener_;
    }
    for (int index = from; index < int(sentences.size()); ++index) {
        bool changed;
        {
            std::lock_guard lock(mutex_);  // never a sentence after a stop()
            if (!current(generation)) break;
            changed = sentence_.exchange(index) != index;
        }
        if (changed) onChange_();
        for (const SpokenPart& part : sentences[index]) {
            synthesize(part.text, part.voice, part.wordsPerMinute,
                       [&](const int16_t* samples, size_t count, const std::vector<SpeechEvent>& events) {
                           if (!current(generation)) return false;
                           if (listener)
                               for (const SpeechEvent& event : events) listener(index, event);
                           for (size_t done = 0; done < count; done += slice) {
                               if (!current(generation)) return false;
                               size_t n = std::min(slice, count - done);
                               audio.write(samples + done, n, volume_.load());
                               samplesPlayed_ += n;
                           }
                           return true;
                       });
            if (!current(generation)) break;
        }
    }
    if (current(generation)) {
        audio.drain();
        // Finished by itself: silent now, unless a new job came meanwhile.
        std::lock_guard lock(mutex_);
        if (current(generation)) sentence_.store(-1);
    } else {
        audio.dropBuffered();
    }
    noteSilence();
    onChange_();
}

}  // namespace platform
