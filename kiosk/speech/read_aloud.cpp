#include "kiosk/speech/read_aloud.h"

#include <algorithm>

#include "platform/wake.h"

namespace kiosk {

ReadAloud::ReadAloud() { configure(true, 80, true); }

ReadAloud::~ReadAloud() = default;

void ReadAloud::configure(bool enabled, int volumePercent, bool openDevice) {
    enabled_ = enabled;
    configuredVolume_ = std::clamp(volumePercent, 0, 100) / 100.0f;
    // The worker wakes the frame loop only when the highlighted sentence changes or speech ends.
    player_ = std::make_unique<platform::SpeechPlayer>([] { platform::requestRedraw(); }, enabled && openDevice);
    player_->setVolume(configuredVolume_);
    script_ = {};
    paused_ = false;
}

void ReadAloud::beginFrame() {
    frameTexts_.clear();
    frameToScript_.clear();
    controls_ = std::move(frameControls_);
    frameControls_.clear();
    highlightDrawn_ = -1;
}

size_t ReadAloud::addText(std::string_view text, const std::string& language) {
    frameTexts_.push_back({std::string(text), language});
    // Texts match the script's in order: the n-th drawn text that equals the
    // next unmatched script text is that one.
    size_t next = 0;
    for (int matched : frameToScript_)
        if (matched >= 0) next = size_t(matched) + 1;
    int found = -1;
    for (size_t i = next; i < script_.texts.size(); ++i)
        if (script_.texts[i] == frameTexts_.back()) {
            found = int(i);
            break;
        }
    frameToScript_.push_back(found);
    return frameTexts_.size() - 1;
}

std::optional<content::speech::SentenceSpan> ReadAloud::highlightIn(size_t index) const {
    int current = sentence();
    if (current < 0 || index >= frameToScript_.size() || frameToScript_[index] < 0) return std::nullopt;
    const ScriptSentence& s = script_.sentences[size_t(current)];
    if (int(s.text) != frameToScript_[index]) return std::nullopt;
    return s.span;
}

void ReadAloud::addControlArea(float x0, float y0, float x1, float y1) { frameControls_.push_back({x0, y0, x1, y1}); }

bool ReadAloud::inControls(float x, float y) const {
    for (const Area& a : controls_)
        if (x >= a.x0 && x < a.x1 && y >= a.y0 && y < a.y1) return true;
    return false;
}

void ReadAloud::start() { startWith(frameTexts_); }

void ReadAloud::startWith(std::vector<ReadableText> texts) {
    if (!enabled_) return;
    script_ = buildSpeechScript(std::move(texts));
    paused_ = false;
    used_ = true;
    player_->play(script_.spoken, 0);
}

void ReadAloud::pause() {
    if (mode() != Mode::Speaking) return;
    pausedAt_ = player_->sentence();
    paused_ = true;
    player_->stop();
}

void ReadAloud::resume() {
    if (!paused_) return;
    paused_ = false;
    player_->play(script_.spoken, pausedAt_);
}

void ReadAloud::sentenceBack() {
    int current = sentence();
    if (current < 0) return;
    paused_ = false;
    player_->play(script_.spoken, std::max(0, current - 1));
}

void ReadAloud::stop() {
    paused_ = false;
    pausedAt_ = -1;
    player_->stop();
}

void ReadAloud::resetForNextVisitor() {
    stop();
    script_ = {};
    used_ = false;
    volumeStep_ = 0;
    player_->setVolume(configuredVolume_);
}

ReadAloud::Mode ReadAloud::mode() const {
    if (paused_) return Mode::Paused;
    return player_->speaking() ? Mode::Speaking : Mode::Silent;
}

int ReadAloud::sentence() const { return paused_ ? pausedAt_ : player_->sentence(); }

float ReadAloud::volume() const { return player_->volume(); }

int ReadAloud::louder() {
    // Each step a fifth of full volume louder than the configured level.
    constexpr float kStep = 0.2f;
    volumeStep_ = (volumeStep_ + 1) % 3;
    setVolume(configuredVolume_ + kStep * float(volumeStep_));
    return volumeStep_;
}

void ReadAloud::setVolume(float volume) { player_->setVolume(std::clamp(volume, 0.0f, 1.0f)); }

}  // namespace kiosk
