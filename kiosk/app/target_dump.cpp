#include "kiosk/app/target_dump.h"

#include <fstream>

#include <nlohmann/json.hpp>

namespace kiosk {

namespace {

nlohmann::json styleSizes(const text::FontSet& fonts, float pxPerMm) {
    static const char* names[text::kStyleCount] = {"small", "body", "body_bold", "button", "heading", "title", "display"};
    static constexpr const char* kSample = "Die Beratung hilft bei Anträgen, Briefen und Fragen zum Alltag.";
    nlohmann::json styles = nlohmann::json::object();
    for (int s = 0; s < text::kStyleCount; ++s) {
        ImFont* font = fonts.font(text::Style(s));
        if (!font) continue;
        const ImFontGlyph* capital = font->FindGlyphNoFallback('H');
        const float capPx = capital ? capital->Y1 - capital->Y0 : 0;
        size_t characters = 0;
        for (const char* c = kSample; *c; ++c) characters += (static_cast<unsigned char>(*c) & 0xC0) != 0x80;
        const float sampleWidth = font->CalcTextSizeA(font->FontSize, 1e9f, 0, kSample).x;
        styles[names[s]] = {{"px", fonts.pixelSize(text::Style(s))},
                            {"cap_height_px", capPx},
                            {"cap_height_mm", capPx / pxPerMm},
                            {"line_height_px", text::lineHeight(text::Style(s))},
                            {"average_advance_px", sampleWidth / float(characters)}};
    }
    return styles;
}

}  // namespace

bool writeTapTargets(const std::string& file, const TapTargets& targets, float pxPerMm, std::string* error,
                     const text::FontSet* fonts) {
    nlohmann::json list = nlohmann::json::array();
    for (const TapTarget& target : targets.visible()) {
        list.push_back({{"label", target.label},
                        {"x0", target.min.x},
                        {"y0", target.min.y},
                        {"x1", target.max.x},
                        {"y1", target.max.y},
                        {"full", {target.fullMin.x, target.fullMin.y, target.fullMax.x, target.fullMax.y}}});
    }
    nlohmann::json dump{{"px_per_mm", pxPerMm}, {"targets", list}};
    if (fonts) dump["styles"] = styleSizes(*fonts, pxPerMm);
    std::ofstream out(file);
    out << dump.dump(1) << "\n";
    if (!out) {
        if (error) *error = "cannot write " + file;
        return false;
    }
    return true;
}

}  // namespace kiosk
