#include "kiosk/widgets/keyboard_layouts.h"

#include <set>

#include "kiosk/text/text.h"

namespace kiosk {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// Splits "q w e" into keys.
std::vector<std::string> keys(std::string_view spaced) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < spaced.size()) {
        while (i < spaced.size() && spaced[i] == ' ') ++i;
        size_t start = i;
        while (i < spaced.size() && spaced[i] != ' ') ++i;
        if (i > start) out.emplace_back(spaced.substr(start, i - start));
    }
    return out;
}

Rows rows(std::initializer_list<std::string_view> lines) {
    Rows out;
    for (auto line : lines) out.push_back(keys(line));
    return out;
}

std::vector<KeyboardLayout> makeLayouts() {
    std::vector<KeyboardLayout> all;
    // German QWERTZ with umlauts and ß.
    all.push_back({"de", "ABC", false, true,
                   rows({"1 2 3 4 5 6 7 8 9 0", "q w e r t z u i o p ü", "a s d f g h j k l ö ä", "y x c v b n m ß -"}),
                   rows({"1 2 3 4 5 6 7 8 9 0", "Q W E R T Z U I O P Ü", "A S D F G H J K L Ö Ä", "Y X C V B N M ẞ -"})});
    all.push_back({"en", "ABC", false, true,
                   rows({"1 2 3 4 5 6 7 8 9 0", "q w e r t y u i o p", "a s d f g h j k l", "z x c v b n m - '"}),
                   rows({"1 2 3 4 5 6 7 8 9 0", "Q W E R T Y U I O P", "A S D F G H J K L", "Z X C V B N M - '"})});
    // Turkish Q: dotless ı and dotted İ are separate letters.
    all.push_back({"tr", "ABC", false, true,
                   rows({"1 2 3 4 5 6 7 8 9 0", "q w e r t y u ı o p ğ ü", "a s d f g h j k l ş i", "z x c v b n m ö ç -"}),
                   rows({"1 2 3 4 5 6 7 8 9 0", "Q W E R T Y U I O P Ğ Ü", "A S D F G H J K L Ş İ", "Z X C V B N M Ö Ç -"})});
    // Arabic: listed in reading order (right to left), so drawn from the
    // right they sit where an Arabic hardware keyboard has them (ض top left).
    all.push_back({"ar", "أبت", true, false,
                   rows({"0 9 8 7 6 5 4 3 2 1", "د ج ح خ ه ع غ ف ق ث ص ض", "ذ ط ك م ن ت ا ل ب ي س ش",
                         "آ إ أ ظ ز و ة ى ر ؤ ء ئ"}),
                   {}});
    // Persian (ISIRI 9147 letter positions), with پ چ ژ گ and Persian ی/ک.
    all.push_back({"fa", "الفبا", true, false,
                   rows({"0 9 8 7 6 5 4 3 2 1", "چ ج ح خ ه ع غ ف ق ث ص ض", "گ ک م ن ت ا ل ب ی س ش",
                         "آ ژ و پ د ذ ر ز ط ظ"}),
                   {}});
    // One Cyrillic layout for Ukrainian and Russian readers (ЙЦУКЕН plus і ї є ґ and ы э ъ ё).
    all.push_back({"cyrillic", "АБВ", false, false,
                   rows({"1 2 3 4 5 6 7 8 9 0", "й ц у к е н г ш щ з х ъ ї", "ф ы і в а п р о л д ж э є",
                         "я ч с м и т ь б ю ё ґ '"}),
                   rows({"1 2 3 4 5 6 7 8 9 0", "Й Ц У К Е Н Г Ш Щ З Х Ъ Ї", "Ф Ы І В А П Р О Л Д Ж Э Є",
                         "Я Ч С М И Т Ь Б Ю Ё Ґ '"})});
    return all;
}

}  // namespace

const std::vector<KeyboardLayout>& keyboardLayouts() {
    static const std::vector<KeyboardLayout> all = makeLayouts();
    return all;
}

static const KeyboardLayout& byId(std::string_view id) {
    for (const auto& layout : keyboardLayouts())
        if (layout.id == id) return layout;
    return keyboardLayouts().front();
}

const KeyboardLayout& keyboardLayoutFor(std::string_view language) {
    if (language == "en") return byId("en");
    if (language == "tr") return byId("tr");
    if (language == "ar") return byId("ar");
    if (language == "fa") return byId("fa");
    if (language == "uk" || language == "ru") return byId("cyrillic");
    return byId("de");
}

const KeyboardLayout& latinKeyboardLayout() { return byId("de"); }

std::vector<uint32_t> keyboardCodepoints() {
    std::set<uint32_t> all;
    for (const auto& layout : keyboardLayouts()) {
        for (const auto* set : {&layout.rows, &layout.shifted})
            for (const auto& row : *set)
                for (const auto& key : row)
                    for (char32_t c : text::toUtf32(key)) all.insert(static_cast<uint32_t>(c));
        for (char32_t c : text::toUtf32(layout.switchName)) all.insert(static_cast<uint32_t>(c));
    }
    for (uint32_t c : {0x21E7u, 0x232Bu}) all.insert(c);  // shift and backspace symbols
    return {all.begin(), all.end()};
}

}  // namespace kiosk
