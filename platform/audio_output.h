// The sound device for read-aloud: ALSA's `default` PCM (which is PipeWire or
// PulseAudio when one runs, else the first card), 16-bit mono. When there is
// no device (a CI machine, a kiosk without speakers) it becomes a silent
// sink that takes the samples at the pace a device would, so the highlight
// still follows the speech and tests can count what was "played".
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace platform {

class AudioOutput {
public:
    AudioOutput() = default;
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // Opens the default device; false (and a silent sink) with the reason in `error`.
    bool open(int sampleRate, std::string* error);
    bool hasDevice() const { return pcm_ != nullptr; }

    // Plays samples scaled by `volume` (0..1). Blocks about as long as they
    // last (the device's buffer, or a sleep in the silent sink).
    void write(const int16_t* samples, size_t count, float volume);
    // Throws away what the device has buffered: silence now, not in 100 ms.
    void dropBuffered();
    // Lets what is buffered play to the end.
    void drain();

    uint64_t samplesWritten() const { return written_; }

private:
    void* pcm_ = nullptr;  // snd_pcm_t
    int sampleRate_ = 22050;
    uint64_t written_ = 0;
    std::chrono::steady_clock::time_point silentClock_{};  // the silent sink's "device time"
};

}  // namespace platform
