#include "platform/audio_output.h"

#include <alsa/asoundlib.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

namespace platform {
namespace {

// ALSA's own messages (no card, no PulseAudio) would fill the journal on a
// kiosk without speakers; open() reports the one reason that matters.
void quietAlsa(const char*, int, const char*, int, const char*, ...) {}

// What the device holds at most: short enough that "stop" is silence at once.
constexpr unsigned kLatencyMicroseconds = 80000;

snd_pcm_t* asPcm(void* pcm) { return static_cast<snd_pcm_t*>(pcm); }

}  // namespace

AudioOutput::~AudioOutput() {
    if (pcm_) snd_pcm_close(asPcm(pcm_));
}

bool AudioOutput::open(int sampleRate, std::string* error) {
    sampleRate_ = sampleRate;
    snd_lib_error_set_handler(quietAlsa);
    snd_pcm_t* pcm = nullptr;
    int rc = snd_pcm_open(&pcm, "default", SND_PCM_STREAM_PLAYBACK, 0);
    if (rc >= 0)
        rc = snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1, unsigned(sampleRate),
                                1, kLatencyMicroseconds);
    if (rc < 0) {
        if (pcm) snd_pcm_close(pcm);
        if (error) *error = std::string("no sound device (ALSA default: ") + snd_strerror(rc) + ")";
        return false;
    }
    pcm_ = pcm;
    return true;
}

void AudioOutput::write(const int16_t* samples, size_t count, float volume) {
    written_ += count;
    if (!pcm_) {
        // Keep a device's pace on a schedule, so late wake-ups on a busy
        // machine do not add up; after a pause the schedule starts afresh.
        using clock = std::chrono::steady_clock;
        const auto now = clock::now();
        if (silentClock_ < now - std::chrono::milliseconds(100)) silentClock_ = now;
        silentClock_ += std::chrono::microseconds(int64_t(count) * 1000000 / sampleRate_);
        std::this_thread::sleep_until(silentClock_);
        return;
    }
    std::vector<int16_t> scaled(samples, samples + count);
    const float gain = std::clamp(volume, 0.0f, 1.0f);
    for (int16_t& s : scaled) s = int16_t(float(s) * gain);
    size_t done = 0;
    while (done < count) {
        snd_pcm_sframes_t n = snd_pcm_writei(asPcm(pcm_), scaled.data() + done, count - done);
        if (n < 0) n = snd_pcm_recover(asPcm(pcm_), int(n), 1);
        if (n < 0) return;  // the device went away: the rest is lost, speech goes on silently
        done += size_t(n);
    }
}

void AudioOutput::dropBuffered() {
    silentClock_ = {};
    if (!pcm_) return;
    snd_pcm_drop(asPcm(pcm_));
    snd_pcm_prepare(asPcm(pcm_));
}

void AudioOutput::drain() {
    if (pcm_) snd_pcm_drain(asPcm(pcm_)), snd_pcm_prepare(asPcm(pcm_));
}

}  // namespace platform
