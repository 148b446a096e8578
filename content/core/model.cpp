#include "content/core/model.h"

#include <array>

namespace content {

const std::vector<std::string>& supportedLanguages() {
    static const std::vector<std::string> langs = {"de", "de-x-easy", "en", "ar", "fa", "uk", "ru", "tr"};
    return langs;
}

bool isRightToLeft(std::string_view lang) { return lang == "ar" || lang == "fa"; }

HolidayCalendar PackInfo::holidayCalendar() const {
    HolidayCalendar calendar = HolidayCalendar::forRegion(holidays).value_or(HolidayCalendar());
    std::vector<DayRange> ranges;
    for (const std::string& entry : schoolHolidays)
        if (auto range = parseSchoolHolidayRange(entry, nullptr)) ranges.push_back(*range);
    calendar.setSchoolHolidays(std::move(ranges));
    return calendar;
}

namespace {

// The order in which a missing language falls back. Easy German readers get
// German before anything else and vice versa: it is the same language.
std::array<std::string_view, 4> fallbackChain(std::string_view lang) {
    if (lang == kEasyGerman) return {kEasyGerman, kGerman, "en", ""};
    if (lang == kGerman) return {kGerman, kEasyGerman, "en", ""};
    return {lang, kGerman, kEasyGerman, "en"};
}

template <typename Map>
auto resolveIn(const Map& map, std::string_view lang, std::string* usedLang) -> decltype(&map.begin()->second) {
    for (std::string_view candidate : fallbackChain(lang)) {
        if (candidate.empty()) continue;
        auto it = map.find(std::string(candidate));
        if (it != map.end()) {
            if (usedLang) *usedLang = it->first;
            return &it->second;
        }
    }
    if (!map.empty()) {
        if (usedLang) *usedLang = map.begin()->first;
        return &map.begin()->second;
    }
    if (usedLang) usedLang->clear();
    return nullptr;
}

}  // namespace

bool LocalizedText::empty() const { return values.empty(); }

bool LocalizedText::has(std::string_view lang) const { return values.count(std::string(lang)) != 0; }

const std::string& LocalizedText::resolve(std::string_view lang, std::string* usedLang) const {
    static const std::string none;
    // Empty strings in the map count as missing: a blank CSV cell is no translation.
    std::map<std::string, const std::string*> present;
    for (const auto& [key, text] : values)
        if (!text.empty()) present.emplace(key, &text);
    auto found = resolveIn(present, lang, usedLang);
    return found ? **found : none;
}

const char* guideBlockKindName(GuideBlock::Kind kind) {
    switch (kind) {
        case GuideBlock::Kind::Heading: return "heading";
        case GuideBlock::Kind::Paragraph: return "paragraph";
        case GuideBlock::Kind::ListItem: return "list_item";
        case GuideBlock::Kind::Image: return "image";
    }
    return "paragraph";
}

std::optional<GuideBlock::Kind> guideBlockKindFromName(std::string_view name) {
    for (auto kind : {GuideBlock::Kind::Heading, GuideBlock::Kind::Paragraph, GuideBlock::Kind::ListItem,
                      GuideBlock::Kind::Image})
        if (name == guideBlockKindName(kind)) return kind;
    return std::nullopt;
}

const GuideText* Guide::resolve(std::string_view lang, std::string* usedLang) const {
    return resolveIn(texts, lang, usedLang);
}

}  // namespace content
