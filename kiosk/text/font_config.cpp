#include "kiosk/text/font_config.h"

#include <toml++/toml.h>

#include "kiosk/i18n/embedded_resources.h"

namespace kiosk::text {

const FontConfig& fontConfig() {
    static const FontConfig config = [] {
        FontConfig c;
        // Order matches enum Style.
        const char* styleKeys[7] = {"small", "body", "body_bold", "button", "heading", "title", "display"};
        try {
            toml::table root = toml::parse(resources::fontsToml(), std::string_view("fonts.toml"));
            if (const auto* fonts = root["fonts"].as_array()) {
                for (const auto& node : *fonts) {
                    const auto* t = node.as_table();
                    if (!t) continue;
                    FontFile f;
                    f.name = (*t)["name"].value_or(std::string());
                    f.regular = (*t)["regular"].value_or(std::string());
                    f.bold = (*t)["bold"].value_or(f.regular);
                    f.scale = static_cast<float>((*t)["scale"].value_or(1.0));
                    f.shaped = (*t)["shape"].value_or(false);
                    if (!f.regular.empty()) c.fonts.push_back(std::move(f));
                }
            }
            for (int i = 0; i < 7; ++i) {
                auto style = root["styles"][styleKeys[i]];
                c.styles[i].mm = static_cast<float>(style["mm"].value_or(6.0));
                c.styles[i].bold = style["bold"].value_or(false);
            }
            c.easyLanguageScale = static_cast<float>(root["easy_language"]["scale"].value_or(1.25));
            if (c.fonts.empty()) c.error = "fonts.toml lists no fonts";
        } catch (const toml::parse_error& e) {
            c.error = "fonts.toml: " + std::string(e.description());
        }
        return c;
    }();
    return config;
}

}  // namespace kiosk::text
