#include "kiosk/app/visitor_fonts.h"

#include <algorithm>
#include <utility>

#include "kiosk/text/font_config.h"

namespace kiosk {

float visitorTextScale(int textSizeStep, bool easyLanguage) {
    return text::kTextScales[std::clamp(textSizeStep, 0, 2)] *
           (easyLanguage ? text::fontConfig().easyLanguageScale : 1.0f);
}

text::FontSet::Request visitorFontRequest(float pxPerMm, int textSizeStep, bool easyLanguage,
                                          std::vector<uint32_t> contentCodepoints) {
    text::FontSet::Request request;
    request.codepoints = std::move(contentCodepoints);
    request.pxPerMm = pxPerMm;
    request.textScale = visitorTextScale(textSizeStep, easyLanguage);
    return request;
}

}  // namespace kiosk
