// The on-screen keyboard for search, in the visitor's script. Keys are at
// least 12 mm; every key registers as a tap target labelled with what it
// types, so `replay: type TEXT` taps them (see tapSequence()).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "kiosk/widgets/keyboard_layouts.h"
#include "kiosk/widgets/theme.h"
#include "kiosk/widgets/tap_targets.h"

namespace kiosk {

struct KeyboardColors {
    ImU32 background, key, specialKey, label;
    ImU32 activeKey;  // shift while it is on
};

// The keyboard's colours of a theme (keyboardBand, key, specialKey, keyLabel, activeKey).
inline KeyboardColors keyboardColors(const Theme& theme) {
    return {.background = theme.keyboardBand,
            .key = theme.key,
            .specialKey = theme.specialKey,
            .label = theme.keyLabel,
            .activeKey = theme.activeKey};
}

class Keyboard {
public:
    // Labels of the special keys (the tap-target labels).
    static constexpr std::string_view kShift = "\u21E7";      // ⇧
    static constexpr std::string_view kBackspace = "\u232B";  // ⌫
    // Space and clear use the translated words tr("keyboard.space") / tr("keyboard.clear").

    static constexpr float kMinKeyMm = 12.0f;

    // Chooses the layout for the visitor's language and resets shift and the
    // Latin switch.
    void setLanguage(std::string_view language);
    const KeyboardLayout& layout() const { return latin_ ? latinKeyboardLayout() : *native_; }
    bool showingLatin() const { return latin_; }
    bool shiftOn() const { return shift_; }
    // Whether the keyboard has a switch key (only non-Latin native layouts).
    bool hasSwitch() const { return !native_->latin; }

    // Applies one key, given by its tap label. Returns true when `text` changed.
    bool press(std::string_view keyLabel, std::string& text);

    // The key labels to tap, in order, to type `text` from the current state
    // (including switch and shift taps); nullopt if a character is on no key.
    std::optional<std::vector<std::string>> tapSequence(std::string_view text) const;

    // Size of the keyboard for a given width: keys shrink to fit but never
    // below kMinKeyMm; a row that then is too wide spills over the width, so
    // callers give at least minimumWidth().
    float height(float width, float pxPerMm) const;
    float minimumWidth(float pxPerMm) const;

    // Draws the keyboard with its top-left at `topLeft`, registers its keys
    // and applies this frame's tap. Returns true when `text` changed.
    bool draw(ImDrawList* drawList, TapTargets& targets, ImVec2 topLeft, float width, float pxPerMm, bool rtlUi,
              std::string& text, const KeyboardColors& colors = keyboardColors(Theme::normal()));

private:
    struct Key {
        std::string label;  // tap label (and what it types for character keys)
        std::string shown;  // drawn text
        float units = 1;    // width in key units
        enum class Kind { Character, Shift, Backspace, Space, Clear, Switch } kind = Kind::Character;
    };
    std::vector<std::vector<Key>> rowsFor(const KeyboardLayout& layout, bool shift) const;
    float unitsPerRow(const KeyboardLayout& layout) const;
    float keyPitch(float width, float pxPerMm) const;

    const KeyboardLayout* native_ = &keyboardLayoutFor("de");
    bool latin_ = false;
    bool shift_ = false;
};

// The key labels to tap to type `text` on a freshly opened keyboard for
// `language` (native layout, shift off) - what `replay: type TEXT` needs, as
// capitals need the shift key, spaces the translated space key and Latin
// letters on an Arabic keyboard the switch key. nullopt if not typeable.
std::optional<std::vector<std::string>> keyboardTapSequence(std::string_view language, std::string_view text);

// Removes the last character (with its combining marks) from UTF-8 text.
void eraseLastCharacter(std::string& text);

}  // namespace kiosk
