// Read-aloud for one visitor: which page is being read, which sentence is
// highlighted, pause/continue and one sentence back. The screens hand it the
// texts they draw (addText, through the highlight widget), the read-aloud
// button starts it with what this frame drew, and the app stops it on any
// other touch, navigation, language change and the idle reset. Synthesis and
// sound run on the player's worker thread; everything here is the drawing
// thread's and costs nothing while silent. No ImGui here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/speech/speech_script.h"

namespace kiosk {

class ReadAloud {
public:
    enum class Mode { Silent, Speaking, Paused };

    ReadAloud();
    ~ReadAloud();

    // `enabled` false ([audio] enabled = false): no button, no voice.
    // `volumePercent`: the level every visitor starts with.
    void configure(bool enabled, int volumePercent, bool openDevice = true);
    bool enabled() const { return enabled_; }

    // ---- every frame, drawing thread
    // Forgets last frame's texts and control areas; notices speech that ended by itself.
    void beginFrame();
    // Something to read was drawn this frame (the button shows only then).
    bool hasTexts() const { return !frameTexts_.empty(); }
    // A text drawn this frame; returns its index for highlightIn().
    size_t addText(std::string_view text, const std::string& language);
    // The bytes of the sentence being read (or paused on) when it is in this frame's text `index`.
    std::optional<content::speech::SentenceSpan> highlightIn(size_t index) const;
    // The highlight widget drew the current sentence this frame.
    void noteHighlightDrawn() { highlightDrawn_ = sentence(); }
    // The sentence the last drawn frame highlighted, -1 = none (the replay's assert-highlight).
    int highlightDrawn() const { return highlightDrawn_; }
    // Where the read-aloud buttons are (a touch there does not stop the speech).
    void addControlArea(float x0, float y0, float x1, float y1);
    bool inControls(float x, float y) const;

    // ---- the visitor's controls
    // Reads what this frame drew (or `texts`, for a page whose words are not on screen).
    void start();
    void startWith(std::vector<ReadableText> texts);
    void pause();
    void resume();
    void sentenceBack();
    // Silence at once; the highlight goes.
    void stop();
    // The idle reset: silence, and the configured volume for the next visitor.
    void resetForNextVisitor();

    Mode mode() const;
    // Index into the script of the sentence being read or paused on, -1 = none.
    int sentence() const;
    int sentenceCount() const { return int(script_.sentences.size()); }
    // The visitor started read-aloud during this visit (the idle warning is then spoken too).
    bool usedThisVisit() const { return used_; }
    float volume() const;
    void setVolume(float volume);
    // The visitor's "louder" button: the configured level, then two steps
    // louder (up to full), then back. Returns the step now in use (0..2).
    int louder();
    int volumeStep() const { return volumeStep_; }

    platform::SpeechPlayer& player() { return *player_; }

private:
    bool enabled_ = true;
    float configuredVolume_ = 0.8f;
    std::unique_ptr<platform::SpeechPlayer> player_;
    SpeechScript script_;
    std::vector<ReadableText> frameTexts_;
    struct Area {
        float x0, y0, x1, y1;
    };
    std::vector<Area> controls_, frameControls_;
    // Where in this frame's texts the script's texts are (same text, same order).
    std::vector<int> frameToScript_;
    bool paused_ = false;
    int pausedAt_ = -1;
    bool used_ = false;
    int highlightDrawn_ = -1;
    int volumeStep_ = 0;
};

}  // namespace kiosk
