// On-screen keyboard: typing words in every script, key sizes, RTL mirroring,
// and taps through the tap-target registry.
#include <doctest/doctest.h>

#include <map>

#include <imgui.h>

#include "kiosk/i18n/i18n.h"
#include "content/core/model.h"
#include "kiosk/widgets/keyboard.h"

using namespace kiosk;

namespace {

// Taps the keys the keyboard says are needed, like `replay: type TEXT` does.
std::string typeThrough(Keyboard& keyboard, std::string_view word) {
    auto taps = keyboard.tapSequence(word);
    REQUIRE_MESSAGE(taps.has_value(), "cannot type " << word);
    std::string text;
    for (const auto& label : *taps) keyboard.press(label, text);
    return text;
}

struct Frame {
    ImGuiContext* context = ImGui::CreateContext();
    Frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        unsigned char* pixels;
        int w, h;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        io.DisplaySize = ImVec2(1920, 1080);
        io.DeltaTime = 1.0f / 60;
    }
    ~Frame() { ImGui::DestroyContext(context); }
};

// Draws one keyboard frame with an optional tap; returns the targets drawn.
std::vector<TapTarget> drawFrame(Keyboard& keyboard, TapTargets& targets, std::string& text, bool rtlUi,
                                 std::optional<ImVec2> tap = std::nullopt) {
    ImGui::NewFrame();
    targets.beginFrame(tap);
    keyboard.draw(ImGui::GetForegroundDrawList(), targets, ImVec2(0, 500), 1920, 3.6f, rtlUi, text);
    ImGui::EndFrame();
    return targets.visible();
}

ImVec2 centre(const TapTarget& t) { return ImVec2((t.min.x + t.max.x) / 2, (t.min.y + t.max.y) / 2); }

}  // namespace

TEST_CASE("German keyboard types Flüchtlinge, with shift for the capital") {
    setLanguage("de");
    Keyboard keyboard;
    keyboard.setLanguage("de");
    auto taps = keyboard.tapSequence("Flüchtlinge");
    REQUIRE(taps);
    CHECK(taps->front() == std::string(Keyboard::kShift));
    CHECK((*taps)[1] == "F");
    CHECK((*taps)[2] == "l");  // shift released itself after one letter
    CHECK(typeThrough(keyboard, "Flüchtlinge") == "Flüchtlinge");
    CHECK(typeThrough(keyboard, "Straße 12") == "Straße 12");
    CHECK(typeThrough(keyboard, "Ärger Öl Übung") == "Ärger Öl Übung");
    CHECK_FALSE(keyboard.hasSwitch());
    // The same sequence without a keyboard at hand (the replay runner's way).
    CHECK(keyboardTapSequence("de", "Flüchtlinge") == taps);
    CHECK(keyboardTapSequence("de", "Fl ü")->at(3) == tr("keyboard.space"));
    CHECK_FALSE(keyboard.tapSequence("مرحبا"));  // no Arabic on a German keyboard
}

TEST_CASE("Arabic and Persian keyboards type their words; the switch reaches Latin letters") {
    setLanguage("ar");
    Keyboard arabic;
    arabic.setLanguage("ar");
    CHECK(arabic.layout().rightToLeft);
    CHECK(typeThrough(arabic, "مساعدة") == "مساعدة");
    CHECK(typeThrough(arabic, "لاجئين") == "لاجئين");
    // A Latin place name from an Arabic keyboard: switch, then type, then back.
    CHECK(typeThrough(arabic, "مركز Leipzig") == "مركز Leipzig");
    CHECK(arabic.showingLatin());  // the keyboard stays on the layout last used
    Keyboard fresh;
    fresh.setLanguage("ar");
    auto taps = fresh.tapSequence("Leipzig");
    REQUIRE(taps);
    CHECK(taps->front() == latinKeyboardLayout().switchName);

    Keyboard persian;
    persian.setLanguage("fa");
    CHECK(typeThrough(persian, "کمک") == "کمک");
    CHECK(typeThrough(persian, "پیگیری") == "پیگیری");
    CHECK(typeThrough(persian, "گژچ") == "گژچ");
    CHECK_FALSE(persian.tapSequence("ي"));  // Arabic yeh is not on the Persian keyboard (ی is)
}

TEST_CASE("Cyrillic keyboard has Ukrainian and Russian letters; Turkish has its own") {
    setLanguage("uk");
    Keyboard cyrillic;
    cyrillic.setLanguage("uk");
    CHECK(typeThrough(cyrillic, "Київ") == "Київ");
    CHECK(typeThrough(cyrillic, "ґанок є") == "ґанок є");
    CHECK(typeThrough(cyrillic, "Объявление Съезд ёлка эхо") == "Объявление Съезд ёлка эхо");
    Keyboard turkish;
    turkish.setLanguage("tr");
    CHECK(typeThrough(turkish, "İşçi ılık Çağrı ÖĞÜ") == "İşçi ılık Çağrı ÖĞÜ");
}

TEST_CASE("backspace removes whole characters, clear empties, space is never doubled") {
    setLanguage("de");
    Keyboard keyboard;
    keyboard.setLanguage("de");
    std::string text = "Grü";
    CHECK(keyboard.press(std::string(Keyboard::kBackspace), text));
    CHECK(text == "Gr");
    text = "مَ";  // meem with a fatha: both go together
    keyboard.press(std::string(Keyboard::kBackspace), text);
    CHECK(text.empty());
    CHECK_FALSE(keyboard.press(tr("keyboard.space"), text));  // no leading space
    text = "a";
    CHECK(keyboard.press(tr("keyboard.space"), text));
    CHECK_FALSE(keyboard.press(tr("keyboard.space"), text));
    CHECK(text == "a ");
    CHECK(keyboard.press(tr("keyboard.clear"), text));
    CHECK(text.empty());
    CHECK_FALSE(keyboard.press("Ж", text));  // not a key of this layout
}

TEST_CASE("every key is at least 12 mm, in every layout") {
    Frame frame;
    for (const char* lang : {"de", "en", "ar", "fa", "uk", "tr"}) {
        setLanguage(lang);
        Keyboard keyboard;
        keyboard.setLanguage(lang);
        TapTargets targets;
        std::string text;
        const auto keys = drawFrame(keyboard, targets, text, content::isRightToLeft(lang));
        CHECK(keys.size() > 30);
        for (const auto& key : keys) {
            CHECK_MESSAGE(key.max.x - key.min.x >= 12 * 3.6f - 1, lang << " key " << key.label);
            CHECK_MESSAGE(key.max.y - key.min.y >= 12 * 3.6f - 1, lang << " key " << key.label);
            CHECK(key.min.x >= 0);
            CHECK(key.max.x <= 1920);
        }
        CHECK(keyboard.minimumWidth(3.6f) <= 1920);
    }
}

TEST_CASE("Arabic rows run right to left; ض sits top left as on a hardware keyboard") {
    Frame frame;
    setLanguage("ar");
    Keyboard keyboard;
    keyboard.setLanguage("ar");
    TapTargets targets;
    std::string text;
    const auto keys = drawFrame(keyboard, targets, text, true);
    std::map<std::string, TapTarget> byLabel;
    for (const auto& k : keys) byLabel[k.label] = k;
    REQUIRE(byLabel.count("ض"));
    REQUIRE(byLabel.count("د"));
    CHECK(byLabel["ض"].min.x < byLabel["د"].min.x);
    CHECK(byLabel["ض"].min.y == byLabel["د"].min.y);
    // The row's reading end (backspace) is on the left in a right-to-left layout ...
    CHECK(byLabel[std::string(Keyboard::kBackspace)].min.x < byLabel["ئ"].min.x);
    // ... and the bottom row follows the interface: the switch key is on the right.
    CHECK(byLabel[latinKeyboardLayout().switchName].min.x > byLabel[tr("keyboard.clear")].min.x);

    setLanguage("de");
    Keyboard german;
    german.setLanguage("de");
    TapTargets germanTargets;
    std::map<std::string, TapTarget> de;
    for (const auto& k : drawFrame(german, germanTargets, text, false)) de[k.label] = k;
    CHECK(de["q"].min.x < de["p"].min.x);
    CHECK(de[std::string(Keyboard::kBackspace)].min.x > de["m"].min.x);
}

TEST_CASE("a tap on a key types it, through the tap-target registry") {
    Frame frame;
    setLanguage("de");
    Keyboard keyboard;
    keyboard.setLanguage("de");
    TapTargets targets;
    std::string text;
    auto keys = drawFrame(keyboard, targets, text, false);
    auto find = [&](const std::string& label) {
        for (const auto& k : keys)
            if (k.label == label) return k;
        FAIL("no key " << label);
        return TapTarget{};
    };
    const TapTarget u = find("ü");
    keys = drawFrame(keyboard, targets, text, false, centre(u));
    CHECK(text == "ü");
    const TapTarget shift = find(std::string(Keyboard::kShift));
    keys = drawFrame(keyboard, targets, text, false, centre(shift));
    CHECK(keyboard.shiftOn());
    keys = drawFrame(keyboard, targets, text, false);  // the keys now show capitals
    const TapTarget bigA = find("A");
    drawFrame(keyboard, targets, text, false, centre(bigA));
    CHECK(text == "üA");
    CHECK_FALSE(keyboard.shiftOn());
}
