#include "kiosk/app/preview_frame.h"

#include <algorithm>

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"

namespace kiosk {

float previewBandHeight(const AppState& state) { return state.ui.buttonHeight() + 2 * state.ui.gap(); }

PreviewChoice drawPreviewFrame(AppState& state, bool publishing) {
    const UiMetrics& ui = state.ui;
    const Theme& theme = state.theme;
    ImDrawList* draw = state.drawList;
    const float band = previewBandHeight(state);
    const float border = ui.tight();
    // The border: the preview is never mistaken for what visitors see.
    draw->AddRect({border / 2, border / 2}, {ui.width - border / 2, ui.height - border / 2}, theme.note, 0, 0, border);
    const Rect bandRect = makeRect(0, ui.height - band, ui.width, band);
    draw->AddRectFilled(bandRect.min, bandRect.max, theme.note);

    const float y = ui.height - band + ui.gap(), height = ui.buttonHeight();
    float trailing = ui.width - ui.margin();
    PreviewChoice choice = PreviewChoice::None;
    if (!publishing) {
        const std::string& publish = tr("staff.preview.publish");
        const std::string& discard = tr("staff.preview.discard");
        const float publishWidth = buttonWidth(state, publish, text::Style::Button);
        const float discardWidth = buttonWidth(state, discard, text::Style::Button);
        if (button(state, publish, ui.place(makeRect(trailing - publishWidth, y, publishWidth, height)), ButtonKind::Primary))
            choice = PreviewChoice::Publish;
        trailing -= publishWidth + ui.inset();
        if (button(state, discard, ui.place(makeRect(trailing - discardWidth, y, discardWidth, height)), ButtonKind::Secondary))
            choice = PreviewChoice::Discard;
        trailing -= discardWidth + ui.gap();
    }
    const float x = ui.margin();
    const std::string& label = tr(publishing ? "staff.preview.publishing" : "staff.preview.banner");
    const float labelWidth = std::max(trailing - x, ui.minLabelWidth());
    const Rect labelBox = ui.place(makeRect(x, y, labelWidth, height));
    // White on the note colour (not a visitor colour); too long for a narrow screen, it ends in "…".
    text::drawLabel(draw, label, text::Style::BodyBold, labelBox.min, labelWidth, height, theme.statusText,
                    text::Align::Start, ui.rtl);
    return choice;
}

}  // namespace kiosk
