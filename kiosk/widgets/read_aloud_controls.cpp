#include "kiosk/widgets/read_aloud_controls.h"

#include <algorithm>

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"

namespace kiosk {
namespace {

// A loudspeaker with two sound waves.
void speakerIcon(ImDrawList* dl, const Rect& b, ImU32 c) {
    const float w = b.width(), h = b.height(), x = b.min.x, y = b.min.y;
    dl->AddRectFilled({x + w * 0.08f, y + h * 0.36f}, {x + w * 0.28f, y + h * 0.64f}, c);
    dl->AddTriangleFilled({x + w * 0.26f, y + h * 0.36f}, {x + w * 0.50f, y + h * 0.14f}, {x + w * 0.50f, y + h * 0.86f}, c);
    dl->AddTriangleFilled({x + w * 0.26f, y + h * 0.36f}, {x + w * 0.50f, y + h * 0.86f}, {x + w * 0.26f, y + h * 0.64f}, c);
    const ImVec2 centre(x + w * 0.50f, y + h * 0.5f);
    const float thickness = std::max(2.0f, w * 0.07f);
    dl->PathArcTo(centre, w * 0.22f, -0.8f, 0.8f, 12);
    dl->PathStroke(c, 0, thickness);
    dl->PathArcTo(centre, w * 0.38f, -0.9f, 0.9f, 16);
    dl->PathStroke(c, 0, thickness);
}

void pauseIcon(ImDrawList* dl, const Rect& b, ImU32 c) {
    const float w = b.width(), h = b.height();
    dl->AddRectFilled({b.min.x + w * 0.22f, b.min.y + h * 0.15f}, {b.min.x + w * 0.42f, b.min.y + h * 0.85f}, c);
    dl->AddRectFilled({b.min.x + w * 0.58f, b.min.y + h * 0.15f}, {b.min.x + w * 0.78f, b.min.y + h * 0.85f}, c);
}

void playIcon(ImDrawList* dl, const Rect& b, ImU32 c, bool rtl) {
    const float w = b.width(), h = b.height();
    float tip = rtl ? b.min.x + w * 0.18f : b.min.x + w * 0.82f, base = rtl ? b.min.x + w * 0.78f : b.min.x + w * 0.22f;
    dl->AddTriangleFilled({base, b.min.y + h * 0.12f}, {tip, b.min.y + h * 0.5f}, {base, b.min.y + h * 0.88f}, c);
}

// A bar and a triangle pointing back: "the sentence before".
void sentenceBackIcon(ImDrawList* dl, const Rect& b, ImU32 c, bool rtl) {
    const float w = b.width(), h = b.height();
    auto at = [&](float fx) { return rtl ? b.max.x - w * fx : b.min.x + w * fx; };
    dl->AddRectFilled({std::min(at(0.18f), at(0.30f)), b.min.y + h * 0.18f}, {std::max(at(0.18f), at(0.30f)), b.min.y + h * 0.82f}, c);
    dl->AddTriangleFilled({at(0.82f), b.min.y + h * 0.18f}, {at(0.34f), b.min.y + h * 0.5f}, {at(0.82f), b.min.y + h * 0.82f}, c);
}

// A loudspeaker and one to three bars: how loud it is now.
void louderIcon(ImDrawList* dl, const Rect& b, ImU32 c, int step, bool rtl) {
    const float w = b.width(), h = b.height();
    Rect speaker = makeRect(rtl ? b.max.x - w * 0.6f : b.min.x, b.min.y + h * 0.2f, w * 0.6f, h * 0.6f);
    dl->AddRectFilled({speaker.min.x + speaker.width() * 0.1f, speaker.min.y + speaker.height() * 0.34f},
                      {speaker.min.x + speaker.width() * 0.4f, speaker.min.y + speaker.height() * 0.66f}, c);
    dl->AddTriangleFilled({speaker.min.x + speaker.width() * 0.36f, speaker.min.y + speaker.height() * 0.34f},
                          {speaker.min.x + speaker.width() * 0.8f, speaker.min.y},
                          {speaker.min.x + speaker.width() * 0.8f, speaker.max.y}, c);
    dl->AddTriangleFilled({speaker.min.x + speaker.width() * 0.36f, speaker.min.y + speaker.height() * 0.34f},
                          {speaker.min.x + speaker.width() * 0.8f, speaker.max.y},
                          {speaker.min.x + speaker.width() * 0.36f, speaker.min.y + speaker.height() * 0.66f}, c);
    for (int bar = 0; bar <= step; ++bar) {
        float fx = 0.66f + 0.12f * float(bar), top = 0.55f - 0.17f * float(bar);
        float x0 = rtl ? b.max.x - w * (fx + 0.07f) : b.min.x + w * fx;
        dl->AddRectFilled({x0, b.min.y + h * top}, {x0 + w * 0.07f, b.min.y + h * 0.8f}, c);
    }
}

// A square button with only an icon, labelled for taps and the replay.
bool iconOnlyButton(UiContext& ui, const std::string& label, const Rect& rect, const IconPainter& paint) {
    bool tapped = tapTarget(ui, label, rect);
    drawButtonFrame(ui, rect, ButtonKind::Secondary, isPressed(ui, rect));
    const float inset = rect.height() * 0.24f;
    paint(ui.drawList, {{rect.min.x + inset, rect.min.y + inset}, {rect.max.x - inset, rect.max.y - inset}},
          buttonTextColor(ui, ButtonKind::Secondary));
    return tapped;
}

float mainButtonWidth(UiContext& ui) {
    float w = 0;
    for (const char* key : {"speech.read_aloud", "speech.pause", "speech.continue"})
        w = std::max(w, buttonWidth(ui, tr(key), text::Style::Button, true));
    return w;
}

}  // namespace

float readAloudControlsWidth(UiContext& ui, const ReadAloud& readAloud, float buttonHeight) {
    if (!readAloud.enabled()) return 0;
    const float mainWidth = mainButtonWidth(ui);
    return readAloud.mode() == ReadAloud::Mode::Silent ? mainWidth : mainWidth + 2 * (ui.ui.gap() + buttonHeight);
}

float drawReadAloudControls(UiContext& ui, ReadAloud& readAloud, float trailingX, float y, float buttonHeight) {
    if (!readAloud.enabled()) return 0;
    const UiMetrics& m = ui.ui;
    const bool rtl = m.rtl;
    const ReadAloud::Mode mode = readAloud.mode();
    const float mainWidth = mainButtonWidth(ui);
    float x = trailingX - mainWidth;
    const Rect mainRect = m.place(makeRect(x, y, mainWidth, buttonHeight));
    readAloud.addControlArea(mainRect.min.x, mainRect.min.y, mainRect.max.x, mainRect.max.y);
    if (mode == ReadAloud::Mode::Silent) {
        if (button(ui, tr("speech.read_aloud"), mainRect, ButtonKind::Secondary, text::Style::Button, speakerIcon))
            readAloud.start();
        return mainWidth;
    }
    if (mode == ReadAloud::Mode::Speaking) {
        if (button(ui, tr("speech.pause"), mainRect, ButtonKind::ChipOn, text::Style::Button, pauseIcon)) readAloud.pause();
    } else if (button(ui, tr("speech.continue"), mainRect, ButtonKind::ChipOn, text::Style::Button,
                      [rtl](ImDrawList* d, const Rect& b, ImU32 c) { playIcon(d, b, c, rtl); })) {
        readAloud.resume();
    }
    x -= m.gap() + buttonHeight;
    const Rect backRect = m.place(makeRect(x, y, buttonHeight, buttonHeight));
    readAloud.addControlArea(backRect.min.x, backRect.min.y, backRect.max.x, backRect.max.y);
    if (iconOnlyButton(ui, tr("speech.sentence_back"), backRect,
                       [rtl](ImDrawList* d, const Rect& b, ImU32 c) { sentenceBackIcon(d, b, c, rtl); }))
        readAloud.sentenceBack();
    x -= m.gap() + buttonHeight;
    const Rect louderRect = m.place(makeRect(x, y, buttonHeight, buttonHeight));
    readAloud.addControlArea(louderRect.min.x, louderRect.min.y, louderRect.max.x, louderRect.max.y);
    const int step = readAloud.volumeStep();
    if (iconOnlyButton(ui, tr("speech.louder"), louderRect,
                       [step, rtl](ImDrawList* d, const Rect& b, ImU32 c) { louderIcon(d, b, c, step, rtl); }))
        readAloud.louder();
    return readAloudControlsWidth(ui, readAloud, buttonHeight);
}

}  // namespace kiosk
