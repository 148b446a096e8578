#include "kiosk/widgets/keyboard.h"

#include <algorithm>
#include <cmath>

#include "kiosk/i18n/i18n.h"
#include "kiosk/text/shaping.h"
#include "kiosk/text/text.h"

namespace kiosk {
namespace {

constexpr float kGapMm = 1.5f;    // between keys, so neighbours are told apart
constexpr float kMaxKeyMm = 18.0f;  // larger keys only make the finger travel further
constexpr float kShiftUnits = 1.5f, kBackspaceUnits = 1.5f, kSpaceUnits = 5.0f, kClearUnits = 2.0f,
                kSwitchUnits = 2.0f;

bool rowHas(const std::vector<std::vector<std::string>>& rows, std::string_view label) {
    for (const auto& row : rows)
        if (std::find(row.begin(), row.end(), label) != row.end()) return true;
    return false;
}

}  // namespace

void eraseLastCharacter(std::string& text) {
    std::u32string chars = text::toUtf32(text);
    while (!chars.empty() && text::isCombiningMark(chars.back())) chars.pop_back();
    if (!chars.empty()) chars.pop_back();
    text = text::toUtf8(chars);
}

std::optional<std::vector<std::string>> keyboardTapSequence(std::string_view language, std::string_view text) {
    Keyboard fresh;
    fresh.setLanguage(language);
    return fresh.tapSequence(text);
}

void Keyboard::setLanguage(std::string_view language) {
    native_ = &keyboardLayoutFor(language);
    latin_ = false;
    shift_ = false;
}

std::vector<std::vector<Keyboard::Key>> Keyboard::rowsFor(const KeyboardLayout& layout, bool shift) const {
    std::vector<std::vector<Key>> rows;
    const auto& source = (shift && !layout.shifted.empty()) ? layout.shifted : layout.rows;
    for (size_t r = 0; r < source.size(); ++r) {
        std::vector<Key> row;
        const bool last = r + 1 == source.size();
        if (last && !layout.shifted.empty()) row.push_back({std::string(kShift), std::string(kShift), kShiftUnits, Key::Kind::Shift});
        for (const auto& k : source[r]) row.push_back({k, k, 1.0f, Key::Kind::Character});
        if (last) row.push_back({std::string(kBackspace), std::string(kBackspace), kBackspaceUnits, Key::Kind::Backspace});
        rows.push_back(std::move(row));
    }
    std::vector<Key> bottom;
    if (hasSwitch()) {
        const KeyboardLayout& other = latin_ ? *native_ : latinKeyboardLayout();
        bottom.push_back({other.switchName, other.switchName, kSwitchUnits, Key::Kind::Switch});
    }
    bottom.push_back({tr("keyboard.space"), tr("keyboard.space"), kSpaceUnits, Key::Kind::Space});
    bottom.push_back({tr("keyboard.clear"), tr("keyboard.clear"), kClearUnits, Key::Kind::Clear});
    rows.push_back(std::move(bottom));
    return rows;
}

bool Keyboard::press(std::string_view keyLabel, std::string& text) {
    for (const auto& row : rowsFor(layout(), shift_)) {
        for (const Key& key : row) {
            if (key.label != keyLabel) continue;
            switch (key.kind) {
                case Key::Kind::Character:
                    text += key.label;
                    shift_ = false;  // one letter at a time, like a phone keyboard
                    return true;
                case Key::Kind::Shift:
                    shift_ = !shift_;
                    return false;
                case Key::Kind::Backspace: {
                    const bool had = !text.empty();
                    eraseLastCharacter(text);
                    return had;
                }
                case Key::Kind::Space:
                    // No leading or doubled spaces: they only confuse the search.
                    if (text.empty() || text.back() == ' ') return false;
                    text += ' ';
                    return true;
                case Key::Kind::Clear: {
                    const bool had = !text.empty();
                    text.clear();
                    shift_ = false;
                    return had;
                }
                case Key::Kind::Switch:
                    latin_ = !latin_;
                    shift_ = false;
                    return false;
            }
        }
    }
    return false;
}

std::optional<std::vector<std::string>> Keyboard::tapSequence(std::string_view utf8) const {
    Keyboard state = *this;  // simulate taps without touching the real keyboard
    std::vector<std::string> taps;
    std::string scratch;
    auto tap = [&](const std::string& label) {
        taps.push_back(label);
        state.press(label, scratch);
    };
    for (char32_t c : text::toUtf32(utf8)) {
        const std::string ch = text::toUtf8(std::u32string(1, c));
        if (c == U' ') {
            tap(tr("keyboard.space"));
            continue;
        }
        bool typed = false;
        for (int attempt = 0; attempt < 2 && !typed; ++attempt) {
            const KeyboardLayout& current = state.layout();
            const bool plain = rowHas(current.rows, ch);
            const bool shifted = !current.shifted.empty() && rowHas(current.shifted, ch);
            if (plain && (!state.shift_ || !shifted)) {
                if (state.shift_) tap(std::string(kShift));  // turn shift off again
                tap(ch);
                typed = true;
            } else if (shifted) {
                if (!state.shift_) tap(std::string(kShift));
                tap(ch);
                typed = true;
            } else if (state.hasSwitch()) {
                const KeyboardLayout& other = state.latin_ ? *state.native_ : latinKeyboardLayout();
                tap(other.switchName);
            } else {
                break;
            }
        }
        if (!typed) return std::nullopt;
    }
    return taps;
}

float Keyboard::unitsPerRow(const KeyboardLayout& layout) const {
    float widest = 0;
    for (const auto& row : rowsFor(layout, false)) {
        float units = 0;
        for (const Key& k : row) units += k.units;
        widest = std::max(widest, units);
    }
    return widest;
}

float Keyboard::keyPitch(float width, float pxPerMm) const {
    const float units = std::max(unitsPerRow(layout()), 1.0f);
    const float minimum = (kMinKeyMm + kGapMm) * pxPerMm;
    const float maximum = (kMaxKeyMm + kGapMm) * pxPerMm;
    return std::clamp(width / units, minimum, maximum);
}

float Keyboard::minimumWidth(float pxPerMm) const {
    return std::max(unitsPerRow(layout()), 1.0f) * (kMinKeyMm + kGapMm) * pxPerMm;
}

float Keyboard::height(float width, float pxPerMm) const {
    const float pitch = keyPitch(width, pxPerMm);
    return static_cast<float>(rowsFor(layout(), shift_).size()) * pitch + kGapMm * pxPerMm;
}

bool Keyboard::draw(ImDrawList* drawList, TapTargets& targets, ImVec2 topLeft, float width, float pxPerMm, bool rtlUi,
                    std::string& text, const KeyboardColors& colors) {
    const float pitch = keyPitch(width, pxPerMm);
    const float gap = kGapMm * pxPerMm;
    const auto rows = rowsFor(layout(), shift_);  // what the visitor sees now
    const float totalHeight = static_cast<float>(rows.size()) * pitch + gap;
    drawList->AddRectFilled(topLeft, ImVec2(topLeft.x + width, topLeft.y + totalHeight), colors.background);

    bool changed = false;
    std::vector<std::string> pressed;
    float y = topLeft.y + gap;
    for (size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const bool bottomRow = r + 1 == rows.size();
        // Letter rows follow the script's direction (an Arabic layout is listed
        // in reading order); the bottom row follows the interface's.
        const bool mirrored = bottomRow ? rtlUi : layout().rightToLeft;
        float units = 0;
        for (const Key& k : row) units += k.units;
        const float rowWidth = units * pitch;
        float x = topLeft.x + (width - rowWidth) * 0.5f;
        if (mirrored) x += rowWidth;
        for (const Key& key : row) {
            const float keyWidth = key.units * pitch;
            const float left = mirrored ? x - keyWidth : x;
            x = mirrored ? x - keyWidth : x + keyWidth;
            const ImVec2 min(std::floor(left + gap * 0.5f), std::floor(y));
            const ImVec2 max(std::floor(left + keyWidth - gap * 0.5f), std::floor(y + pitch - gap));
            if (targets.add(key.label, min, max)) pressed.push_back(key.label);
            const bool active = key.kind == Key::Kind::Shift && shift_;
            const ImU32 fill = active ? colors.activeKey
                               : key.kind == Key::Kind::Character ? colors.key
                                                                   : colors.specialKey;
            drawList->AddRectFilled(min, max, fill, pitch * 0.12f);
            // A word on a key ("Löschen") that is too wide at a large text size is
            // drawn a style smaller rather than cut.
            const float room = max.x - min.x - gap;
            text::Style style = text::Style::Button;
            for (text::Style candidate : {text::Style::Button, text::Style::BodyBold, text::Style::Small}) {
                style = candidate;
                if (text::layoutLabel(key.shown, candidate, 0).width <= room) break;
            }
            text::drawLabel(drawList, key.shown, style, min, max.x - min.x, max.y - min.y, colors.label,
                            text::Align::Center, rtlUi);
        }
        y += pitch;
    }
    // Applied after drawing so this frame shows one consistent layout.
    for (const auto& label : pressed) changed |= press(label, text);
    return changed;
}

}  // namespace kiosk
