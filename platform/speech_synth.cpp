#include "platform/speech_synth.h"

#include <espeak-ng/speak_lib.h>

#include <cstring>
#include <mutex>

namespace platform {
namespace {

std::mutex& engineMutex() {
    static std::mutex mutex;
    return mutex;
}

struct Engine {
    bool ready = false;
    int sampleRate = 22050;
    std::string error;
};

Engine& engine() {
    static Engine instance = [] {
        Engine e;
        // Synchronous: samples come to the callback on the caller's thread
        // (our worker), which writes them to the sound device itself.
        int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 50, nullptr,
                                     espeakINITIALIZE_PHONEME_EVENTS | espeakINITIALIZE_DONT_EXIT);
        if (rate <= 0) {
            e.error = "espeak-ng could not start (is the package espeak-ng-data installed?)";
        } else {
            e.ready = true;
            e.sampleRate = rate;
        }
        return e;
    }();
    return instance;
}

// The job the C callback belongs to (espeak-ng calls back into a plain function).
struct Job {
    const std::string* text = nullptr;
    const SpeechChunk* onChunk = nullptr;
    bool stopped = false;
};
Job* currentJob = nullptr;  // guarded by engineMutex()

// espeak-ng counts text positions in characters from 1; the word's bytes.
std::string wordAt(const std::string& text, int characterPosition, int characterLength) {
    size_t byte = 0;
    int character = 1;
    auto advance = [&] {
        ++byte;
        while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
    };
    while (byte < text.size() && character < characterPosition) {
        advance();
        ++character;
    }
    size_t start = byte;
    for (int i = 0; i < characterLength && byte < text.size(); ++i) advance();
    return text.substr(start, byte - start);
}

int onSynth(short* samples, int count, espeak_EVENT* events) {
    Job* job = currentJob;
    if (!job || job->stopped) return 1;
    std::vector<SpeechEvent> out;
    for (espeak_EVENT* e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        SpeechEvent event;
        event.audioMs = e->audio_position;
        switch (e->type) {
            case espeakEVENT_WORD:
                event.kind = SpeechEvent::Kind::Word;
                event.text = wordAt(*job->text, e->text_position, e->length);
                break;
            case espeakEVENT_PHONEME:
                event.kind = SpeechEvent::Kind::Phoneme;
                event.text.assign(e->id.string, strnlen(e->id.string, sizeof e->id.string));
                break;
            case espeakEVENT_SENTENCE: event.kind = SpeechEvent::Kind::SentenceStart; break;
            case espeakEVENT_MSG_TERMINATED: event.kind = SpeechEvent::Kind::End; break;
            default: continue;
        }
        out.push_back(std::move(event));
    }
    if (!(*job->onChunk)(reinterpret_cast<const int16_t*>(samples), samples ? size_t(std::max(count, 0)) : 0, out)) {
        job->stopped = true;
        return 1;
    }
    return 0;
}

}  // namespace

bool speechAvailable(std::string* error) {
    std::lock_guard lock(engineMutex());
    const Engine& e = engine();
    if (!e.ready && error) *error = e.error;
    return e.ready;
}

int speechSampleRate() {
    std::lock_guard lock(engineMutex());
    return engine().sampleRate;
}

bool synthesize(const std::string& utf8, const std::string& voiceName, int wordsPerMinute, const SpeechChunk& onChunk) {
    std::lock_guard lock(engineMutex());
    if (!engine().ready) return false;
    if (espeak_SetVoiceByName(voiceName.c_str()) != EE_OK) return false;
    espeak_SetParameter(espeakRATE, wordsPerMinute, 0);
    espeak_SetSynthCallback(onSynth);
    Job job{&utf8, &onChunk};
    currentJob = &job;
    espeak_Synth(utf8.c_str(), utf8.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    currentJob = nullptr;
    return !job.stopped;
}

}  // namespace platform
