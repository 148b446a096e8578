// The note above a text that is not in the visitor's language: it names that
// language in the visitor's own words, in every interface language.
#include <doctest/doctest.h>

#include "kiosk/app/frame_chrome.h"
#include "kiosk/i18n/i18n.h"

using kiosk::fallbackNote;

TEST_CASE("the fallback note names the text's language in the visitor's language") {
    CHECK(fallbackNote("ar", "de") == "هذا النص متوفر بالألمانية فقط.");
    CHECK(fallbackNote("en", "de") == "This text is only available in German.");
    CHECK(fallbackNote("fa", "de") == "این متن فقط به آلمانی موجود است.");
    CHECK(fallbackNote("de-x-easy", "de") == "Diesen Text gibt es nicht in Leichter Sprache.");
    CHECK(fallbackNote("de", "de-x-easy") == "Diesen Text gibt es nur in Leichter Sprache.");
    // Another language than German: its name from CLDR, in the visitor's language.
    CHECK(fallbackNote("de", "en") == "Dieser Text ist auf Englisch.");
    CHECK(fallbackNote("ar", "en") == "هذا النص باللغة الإنجليزية.");
    CHECK(fallbackNote("en", "ar") == "This text is in Arabic.");
    CHECK(fallbackNote("ru", "en") == "Язык этого текста: английский.");
    // No note when the text is in the visitor's language.
    CHECK(fallbackNote("ar", "ar").empty());
    CHECK(fallbackNote("de", "").empty());
}

TEST_CASE("every interface language has a note for every fallback, with no Latin language name in it") {
    for (const std::string& ui : kiosk::i18n::languages()) {
        for (const char* used : {"de", "de-x-easy", "en"}) {
            if (ui == used) continue;
            INFO(ui << " <- " << used);
            const std::string note = fallbackNote(ui, used);
            CHECK_FALSE(note.empty());
            CHECK(note.find('{') == std::string::npos);
            CHECK(note.find("note.") == std::string::npos);
            // "هذا النص معروض باللغة Deutsch." was the old wording: the name came in German.
            if (ui == "ar" || ui == "fa" || ui == "uk" || ui == "ru")
                for (const char* latin : {"Deutsch", "English", "German"}) CHECK(note.find(latin) == std::string::npos);
        }
    }
}
