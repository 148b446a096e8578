// Physical sizes and direction for one frame. Every size on screen is given
// in millimetres (mm(12) for a tap target) so a 24-inch panel and a 15-inch
// panel both get finger-sized targets. RTL helpers mirror a rectangle laid out
// for a left-to-right interface, so screens are written once.
#pragma once

#include <algorithm>
#include <cmath>

#include <imgui.h>

namespace kiosk {

struct Rect {
    ImVec2 min, max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
    bool contains(ImVec2 p) const { return p.x >= min.x && p.x < max.x && p.y >= min.y && p.y < max.y; }
    bool empty() const { return max.x <= min.x || max.y <= min.y; }
};

inline Rect makeRect(float x, float y, float w, float h) { return {{x, y}, {x + w, y + h}}; }

inline Rect intersect(const Rect& a, const Rect& b) {
    return {{std::max(a.min.x, b.min.x), std::max(a.min.y, b.min.y)},
            {std::min(a.max.x, b.max.x), std::min(a.max.y, b.max.y)}};
}

// Minimum size of anything a visitor taps (the brief: at least 12 mm).
inline constexpr float kMinTapMm = 12.0f;

struct UiMetrics {
    float width = 1920, height = 1080;  // framebuffer pixels
    float pxPerMm = 3.6f;               // from the configured physical size
    bool rtl = false;                   // the visitor's language is right-to-left
    bool portrait = false;

    float mm(float millimetres) const { return std::round(millimetres * pxPerMm); }

    // Outer margin of the screen.
    float margin() const { return mm(portrait ? 6 : 8); }

    // The spacing scale: every gap, padding and inset on screen is one of
    // these steps (LVGL's theme style), so spacing is named once and scales
    // with the panel. Smallest first.
    float hairline() const { return mm(1); }   // between a card and its neighbour, icon to text
    float tight() const { return mm(1.5f); }   // inside small things: badges, rounded corners
    float small() const { return mm(2); }      // between lines of one block
    float inset() const { return mm(3); }      // padding inside cards, between chips
    float gap() const { return mm(4); }        // between blocks
    float spacious() const { return mm(5); }   // around headings
    float section() const { return mm(6); }    // between sections of a page
    float wide() const { return mm(8); }       // around the main blocks of a screen

    // Sizes of the common targets (all at least kMinTapMm).
    float minTap() const { return mm(kMinTapMm); }
    float buttonHeight() const { return mm(14); }
    float chipHeight() const { return mm(15); }
    float actionHeight() const { return mm(16); }       // a page's own action (organiser, take it with you)
    float largeButtonHeight() const { return mm(18); }  // search fields, the detail page's take-away button
    float listRowMin() const { return mm(kMinTapMm + 4); }  // a one-line result or table row
    float cardRowMin() const { return mm(kMinTapMm + 8); }  // a list card (organisation, event)
    float pinKey() const { return mm(20); }             // a key of the staff PIN pad
    float minButtonWidth() const { return mm(40); }
    float wideButtonWidth() const { return mm(70); }    // buttons with a long label and an icon

    // Finer steps inside widgets.
    float stroke() const { return mm(0.6f); }        // a caret, an underline
    float edge() const { return mm(0.5f); }          // a scroll bar's distance from the edge
    float halfRowPad() const { return mm(1.25f); }
    float rowPad() const { return mm(2.5f); }        // above and below a table row's text; a button's icon gap
    float badgePad() const { return mm(1.6f); }      // a badge's height above its text
    float cardPad() const { return mm(3.5f); }       // inside list cards
    float chipPadding() const { return mm(4); }      // text to edge, in chips
    float buttonPadding() const { return mm(5); }    // text to edge, in buttons
    float chevron() const { return mm(7); }
    float buttonIcon() const { return mm(9); }
    float columnGap() const { return mm(10); }       // between a page's two columns
    float scrollThumbMin() const { return mm(10); }
    float minLabelWidth() const { return mm(20); }   // below this a bar title or label is left out
    float minNoteWidth() const { return mm(25); }
    float sheetMargin() const { return mm(20); }     // a choice sheet's distance from the screen's top and bottom

    // Blocks of particular screens.
    float homeTop() const { return mm(portrait ? 8 : 6); }
    float homeLanguageGap() const { return mm(portrait ? 10 : 7); }
    float doorIconInRow() const { return mm(22); }
    float doorIcon() const { return mm(40); }
    float doorMinHeight() const { return mm(30); }
    float doorMaxHeight() const { return mm(120); }
    float rowPicture() const { return mm(portrait ? 30 : 40); }           // a list card's picture
    float guideRowHeight() const { return mm(portrait ? 38 : 34); }
    float pagePictureHeight() const { return mm(portrait ? 70 : 60); }    // an organisation's picture
    float guidePictureHeight() const { return mm(portrait ? 60 : 70); }
    float guidePictureWidth() const { return mm(110); }
    float sheetWidth() const { return mm(portrait ? 170 : 230); }
    float keyboardMaxWidth() const { return mm(330); }
    float touchTestStep() const { return mm(10); }  // the staff touch test's grid
    // The one large action of an otherwise empty screen ("Show all").
    float largeActionWidth() const { return mm(90); }
    // A column of clock times ("16:00") in front of titles.
    float clockColumn() const { return mm(portrait ? 30 : 34); }
    // The picture of the attract state, under the welcome.
    float attractPicture() const { return mm(portrait ? 40 : 30); }

    // Mirrors a rectangle horizontally inside `within` when the interface is
    // RTL: screens lay out for LTR and call this on each block.
    Rect place(const Rect& ltr, const Rect& within) const {
        if (!rtl) return ltr;
        float left = within.min.x + (within.max.x - ltr.max.x);
        return {{left, ltr.min.y}, {left + ltr.width(), ltr.max.y}};
    }
    Rect place(const Rect& ltr) const { return place(ltr, {{0, 0}, {width, height}}); }

    // Pixels per millimetre from the diagonal, so the configured panel gives
    // the same density in portrait and landscape.
    static float densityFor(float widthPx, float heightPx, float widthMm, float heightMm) {
        float diagonalPx = std::sqrt(widthPx * widthPx + heightPx * heightPx);
        float diagonalMm = std::sqrt(widthMm * widthMm + heightMm * heightMm);
        return diagonalMm > 0 ? diagonalPx / diagonalMm : 3.6f;
    }
};

}  // namespace kiosk
