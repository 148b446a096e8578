// Search: the folding rules (content/db/search_text.h) and the FTS5 index the
// database builder makes, in German, Arabic, Farsi, Russian and Turkish; title
// hits above body hits; and any text a visitor can type is safe.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "content/db/search_text.h"
#include "content/db/snippet.h"
#include "tests/support/db_fixture.h"

using namespace content;
using db_fixture::ScratchDir;
using db_fixture::texts;

namespace {

Organisation organisation(const std::string& id, LocalizedText name, LocalizedText summary = {},
                          LocalizedText description = {}) {
    Organisation o;
    o.id = id;
    o.name = std::move(name);
    o.summary = std::move(summary);
    o.description = std::move(description);
    return o;
}

Content searchContent() {
    Content c;
    c.pack.id = "search-test";
    c.organisations = {
        organisation("fluechtlingsberatung", texts({{"de", "Beratungsstelle für Flüchtlinge"}}),
                     texts({{"de", "Hilfe bei Anträgen, in der Großen Straße."}})),
        organisation("arabisch", texts({{"ar", "مَرْكَزُ الأُسْرَةِ العَرَبِيَّة"}}),
                     texts({{"ar", "لقـــاء أسبوعي للعائلات"}}), texts({{"de", "Ein Familienzentrum"}})),
        organisation("farsi", texts({{"fa", "کانون فرهنگی ایرانی"}, {"de", "Iranischer Kulturverein"}})),
        organisation("russisch", texts({{"ru", "Консультация для Семей"}}), texts({{"ru", "Ёлка и праздник"}})),
        organisation("tuerkisch", texts({{"tr", "İstanbul Kültür Derneği"}}), texts({{"tr", "Işık atölyesi"}})),
        organisation("ukrainisch", texts({{"uk", "Ґанок: українська громада"}})),
        organisation("sprachcafe-title", texts({{"de", "Sprachcafé Grünau"}}), texts({{"de", "Jeden Freitag."}})),
        organisation("sprachcafe-body", texts({{"de", "Nachbarschaftstreff"}}),
                     texts({{"de", "Mit Sprachcafé, Sprachcafé für Kinder und Sprachcafé am Abend."}})),
    };
    EventSeries evening;
    evening.uid = "beratung-abend";
    evening.organisationId = "fluechtlingsberatung";
    evening.title = texts({{"de", "Beratung am Abend"}, {"ar", "استشارة مسائية"}});
    evening.description = texts({{"de", "Bitte Unterlagen mitbringen."}});
    evening.start = "2026-11-18T18:00:00";
    evening.end = "2026-11-18T19:00:00";
    EventSeries past = evening;
    past.uid = "beratung-vorbei";
    past.title = texts({{"de", "Beratung im Sommer"}});
    c.events = {evening, past};
    Guide guide;
    guide.id = "hilfe";
    guide.texts["de"] = GuideText{"Wo finde ich Hilfe?", {GuideBlock{GuideBlock::Kind::Paragraph,
                                                                       {"Eine Beratung hilft dir.", "Sie ist kostenlos."},
                                                                       "", ""}}};
    c.guides = {guide};
    return c;
}

std::vector<EventOccurrence> searchOccurrences() {
    return {{"beratung-abend", db_fixture::kNov18_1800, db_fixture::kNov18_1800 + 3600, false},
            {"beratung-vorbei", db_fixture::kNov01 - 90 * 86400, db_fixture::kNov01 - 90 * 86400 + 3600, false}};
}

struct SearchStore {
    ScratchDir dir{"search"};
    std::filesystem::path file = dir.path() / "content.db";
    std::unique_ptr<ContentStore> store;
    SearchStore() {
        std::string error;
        REQUIRE_MESSAGE(buildDatabase(searchContent(), searchOccurrences(), file, &error), error);
        store = ContentStore::openFile(file, &error);
        REQUIRE_MESSAGE(store, error);
    }
    std::vector<std::string> organisationIds(std::string_view query, std::string_view lang = "de") const {
        std::vector<std::string> ids;
        for (const SearchHit& hit : store->search(query, lang))
            if (hit.kind == SearchHit::Kind::Organisation) ids.push_back(hit.id);
        return ids;
    }
    bool finds(std::string_view query, const std::string& id) const {
        const auto ids = organisationIds(query);
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    }
};

}  // namespace

TEST_CASE("folding: case, diacritics, German spellings") {
    using search_text::fold;
    CHECK(fold("Flüchtlinge") == "fluchtlinge");
    CHECK(search_text::foldForIndex("Flüchtlinge") == "fluchtlinge fluechtlinge");
    CHECK(search_text::foldForIndex("Beratung") == "beratung");
    CHECK(fold("Straße") == "strasse");
    CHECK(fold("STRAẞE") == "strasse");
    CHECK(fold("Crème brûlée, Ørsted; Łódź") == "creme brulee orsted lodz");
    CHECK(fold("Ärzte ÖL Übung") == "arzte ol ubung");
    // Decomposed input (u + combining diaeresis) folds like the composed letter.
    CHECK(fold("Flu\xCC\x88""chtlinge") == "fluchtlinge");
    CHECK(fold("  Hallo,   Welt!  ") == "hallo welt");
    CHECK(fold("") == "");
}

TEST_CASE("folding: Turkish dotted and dotless i") {
    using search_text::fold;
    CHECK(fold("İstanbul") == "istanbul");
    CHECK(fold("ISTANBUL") == "istanbul");
    CHECK(fold("Işık") == "isik");
    CHECK(fold("ŞEHİR ÇİÇEK Ğ") == "sehir cicek g");
}

TEST_CASE("folding: Cyrillic case and ё") {
    using search_text::fold;
    CHECK(fold("ДОМ") == "дом");
    CHECK(fold("Ёлка") == "елка");
    CHECK(fold("ёлка") == fold("ЕЛКА"));
    CHECK(fold("Ґанок Її Єва Ўладзімір") == "ґанок її єва ўладзімір");
    CHECK(fold("Ѣ Ѳ Ӂ") == "ѣ ѳ ӂ");
}

TEST_CASE("folding: Arabic and Farsi") {
    using search_text::fold;
    // Harakat and shadda vanish.
    CHECK(fold("مَرْكَزُ") == "مركز");
    CHECK(fold("العَرَبِيَّة") == fold("العربيه"));
    // Alef variants (hamza above/below, madda, wasla) are one alef.
    CHECK(fold("أحمد") == "احمد");
    CHECK(fold("إسلام") == "اسلام");
    CHECK(fold("آمنة") == fold("امنه"));
    CHECK(fold("ٱلله") == "الله");
    // Tatweel stretches, it does not change the word.
    CHECK(fold("لقـــاء") == "لقاء");
    // Alef maksura, Farsi yeh and Arabic yeh meet; Farsi keheh and Arabic kaf meet.
    CHECK(fold("على") == fold("علي"));
    CHECK(fold("ایرانی") == fold("ايراني"));
    CHECK(fold("کتاب") == fold("كتاب"));
    // Zero-width non-joiner inside a Farsi word is optional to type.
    CHECK(fold("می\u200Cخواهم") == fold("میخواهم"));
    // Arabic-Indic and Persian digits are digits.
    CHECK(fold("٢٠٢٦ ۱۴۰۵") == "2026 1405");
    // Arabic punctuation separates words.
    CHECK(fold("نعم،لا؟") == fold("نعم لا"));
}

TEST_CASE("folding survives broken UTF-8") {
    using search_text::fold;
    CHECK(fold("ab\xFF" "cd") == "ab cd");
    CHECK(fold("\xC3") == "");
    CHECK(fold("x\xE2\x82") == "x");
    CHECK(fold("\xC0\xAF") == "");           // overlong "/"
    CHECK(fold("\xED\xA0\x80z") == "z");     // surrogate
    CHECK(search_text::decodeUtf8("a\xF0\x9F\x98\x80") == U"a\U0001F600");
}

TEST_CASE("words keep their exact place in the original text") {
    const std::string text = "«مَرْكَزُ» und Straße";
    const auto words = search_text::splitWords(text);
    REQUIRE(words.size() == 3);
    // The final damma belongs to the word; the quotes do not.
    CHECK(text.substr(words[0].begin, words[0].end - words[0].begin) == "مَرْكَزُ");
    CHECK(words[0].folded == "مركز");
    CHECK(text.substr(words[2].begin, words[2].end - words[2].begin) == "Straße");
    CHECK(words[2].folded == "strasse");
}

TEST_CASE("snippets: the words around the match, cut at word boundaries") {
    const std::string text =
        "Wir treffen uns jeden Mittwoch im Stadtteilzentrum. Dort gibt es eine offene Beratung für alle, "
        "die ein eigenes Projekt starten wollen, und Kaffee und Kuchen für alle Gäste am Nachmittag.";
    const std::string snippet = db::snippetAround(text, {"berat"}, 80);
    CAPTURE(snippet);
    CHECK(snippet.rfind("\xE2\x80\xA6" "es eine offene Beratung für alle", 0) == 0);
    CHECK(snippet.size() <= 80 + 6);
    CHECK(snippet.find("Beratung") != std::string::npos);
    CHECK(db::snippetAround(text, {"zzz"}, 80).empty());
    CHECK(db::snippetAround("Kurz: Beratung.", {"berat"}, 80) == "Kurz: Beratung.");
    CHECK(db::snippetAround("Zeile eins\nBeratung\n", {"berat"}, 80) == "Zeile eins Beratung");
    CHECK(db::leadingSnippet(text, 29) == "Wir treffen uns jeden\xE2\x80\xA6");
    CHECK(db::snippetAround("نُقَدِّمُ الاسْتِشَارَةَ لِلعَائِلَاتِ", {"الاستشاره"}) == "نُقَدِّمُ الاسْتِشَارَةَ لِلعَائِلَاتِ");
}

TEST_CASE("match expressions quote every token as a prefix") {
    CHECK(search_text::matchExpression("Bera") == "\"bera\"*");
    CHECK(search_text::matchExpression("Große Straße") == "\"grosse\"* \"strasse\"*");
    CHECK(search_text::matchExpression("a OR b") == "\"a\"* \"or\"* \"b\"*");
    CHECK(search_text::matchExpression("NEAR(x, 2)") == "\"near\"* \"x\"* \"2\"*");
    CHECK(search_text::matchExpression("\"*:()-^") == "");
    CHECK(search_text::matchExpression("") == "");
    CHECK(search_text::queryTokens(std::string(1000, 'a')).at(0).size() == 64);
    CHECK(search_text::queryTokens("a b c d e f g h i j k l m n o p").size() == 12);
}

TEST_CASE("search in German: umlauts, ß, spellings, prefixes while typing") {
    SearchStore s;
    const std::string id = "fluechtlingsberatung";
    for (const char* query : {"für", "fur", "fuer", "FÜR", "Flüchtlinge", "fluechtlinge", "fluchtlinge",
                              "FLUECHTLINGE", "Straße", "strasse", "STRASSE", "grosse", "Anträgen", "antragen",
                              "antraegen"}) {
        CAPTURE(query);
        CHECK(s.finds(query, id));
    }
    // Typing "Beratung" letter by letter finds it from the first letter on.
    for (const char* query : {"B", "Be", "Ber", "Bera", "Berat", "Beratungsstelle"}) {
        CAPTURE(query);
        CHECK(s.finds(query, id));
    }
    // Every word must match (AND), in any order.
    CHECK(s.finds("flücht bera", id));
    CHECK_FALSE(s.finds("beratung spandau", id));
    CHECK_FALSE(s.finds("beratungx", id));
    // "fuer" must not match words that merely contain "fu" + "er" elsewhere.
    CHECK(s.organisationIds("fuerchterlich").empty());
}

TEST_CASE("search in Arabic and Farsi: without vowel marks, alef variants, tatweel, yeh and kaf") {
    SearchStore s;
    for (const char* query : {"مركز", "مَرْكَز", "الاسرة", "الأسرة", "الإسرة", "العربية", "العربيه", "مـركز",
                              "لقاء", "اسبوعي", "للعائلات"}) {
        CAPTURE(query);
        CHECK(s.finds(query, "arabisch"));
    }
    for (const char* query : {"کانون", "كانون", "فرهنگي", "ایرانی", "ايراني", "ایران"}) {
        CAPTURE(query);
        CHECK(s.finds(query, "farsi"));
    }
    // The hit's title is in the visitor's language, falling back to German.
    const auto hits = s.store->search("کانون", "fa");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].title == "کانون فرهنگی ایرانی");
    CHECK(s.store->search("کانون", "en")[0].title == "Iranischer Kulturverein");
}

TEST_CASE("search in Russian and Ukrainian: case and ё") {
    SearchStore s;
    for (const char* query : {"консультация", "КОНСУЛЬТ", "Консультация", "семей", "елка", "ёлка", "ЁЛКА",
                              "праздник"}) {
        CAPTURE(query);
        CHECK(s.finds(query, "russisch"));
    }
    CHECK(s.finds("ґанок", "ukrainisch"));
    CHECK(s.finds("ҐАНОК", "ukrainisch"));
    CHECK(s.finds("громада", "ukrainisch"));
}

TEST_CASE("search in Turkish: İstanbul and istanbul") {
    SearchStore s;
    for (const char* query : {"İstanbul", "istanbul", "ISTANBUL", "kültür", "kultur", "dernegi", "derne", "ışık",
                              "isik", "atolye"}) {
        CAPTURE(query);
        CHECK(s.finds(query, "tuerkisch"));
    }
}

TEST_CASE("a title hit ranks above body hits, hits are grouped by kind") {
    SearchStore s;
    const auto ids = s.organisationIds("sprachcafe");
    CHECK(ids == std::vector<std::string>{"sprachcafe-title", "sprachcafe-body"});
    // Holds for every prefix while typing, too.
    for (const char* typed : {"spr", "sprach", "Sprachc", "sprachcaf"}) {
        CAPTURE(typed);
        CHECK(s.organisationIds(typed) == std::vector<std::string>{"sprachcafe-title", "sprachcafe-body"});
    }

    const auto hits = s.store->search("beratung", "de");
    // Organisations first, then events, then guides; each kind best first.
    std::vector<SearchHit::Kind> kinds;
    for (const auto& hit : hits) kinds.push_back(hit.kind);
    CHECK(std::is_sorted(kinds.begin(), kinds.end()));
    REQUIRE(hits.size() == 4);
    CHECK(hits[0].id == "fluechtlingsberatung");
    CHECK(hits[1].kind == SearchHit::Kind::Event);
    CHECK(hits[3].kind == SearchHit::Kind::Guide);
    CHECK(hits[3].id == "hilfe");
    CHECK(hits[3].title == "Wo finde ich Hilfe?");
    // The snippet shows the matching words as written.
    CHECK(hits[3].snippet == "Eine Beratung hilft dir.");
    CHECK(hits[1].rank <= hits[2].rank);

    // Past events drop out when the caller says what "now" is.
    const auto now = s.store->search("beratung", "de", 20, db_fixture::kNov18_1000);
    CHECK(std::count_if(now.begin(), now.end(), [](auto& h) { return h.kind == SearchHit::Kind::Event; }) == 1);

    const auto one = s.store->search("beratung", "de", 1);
    CHECK(one.size() == 3);
}

TEST_CASE("snippets come from the visitor's text around the match") {
    SearchStore s;
    const auto hits = s.store->search("strasse", "de");
    REQUIRE_FALSE(hits.empty());
    CHECK(hits[0].title == "Beratungsstelle für Flüchtlinge");
    CHECK(hits[0].snippet == "Hilfe bei Anträgen, in der Großen Straße.");
    const auto arabic = s.store->search("مركز", "de");
    REQUIRE_FALSE(arabic.empty());
    // No German name: the Arabic one rather than an empty space; no word of the
    // summary matched, so the snippet is the summary's start.
    CHECK(arabic[0].title == "مَرْكَزُ الأُسْرَةِ العَرَبِيَّة");
    CHECK(arabic[0].snippet == "لقـــاء أسبوعي للعائلات");
}

TEST_CASE("hostile input never errors") {
    SearchStore s;
    const std::vector<std::string> hostile = {
        "\"", "*", "NEAR(", "a OR", "-", "'; DROP TABLE organisations; --", "", std::string(1000, 'x'),
        "AND", "OR OR OR", "NOT", "(", ")", "^", ":", "title:beratung", "{title}: x", "\"\"\"", "a*b*c",
        "NEAR(a b, 3)", "\x01\x02", "\xFF\xFE", std::string(1000, '\xD9'), "%", "_", "\\", "+", "~",
        std::string("\0x", 2), "ا ل ع", "  ",
    };
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(s.file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "SELECT rowid FROM search WHERE search MATCH ?1", -1, &statement, nullptr) ==
            SQLITE_OK);
    for (const std::string& query : hostile) {
        CAPTURE(query);
        CHECK_NOTHROW(s.store->search(query, "de"));
        // The expression the store uses is valid FTS5 for every input.
        const std::string expression = search_text::matchExpression(query);
        if (expression.empty()) continue;
        sqlite3_reset(statement);
        sqlite3_bind_text(statement, 1, expression.c_str(), -1, SQLITE_TRANSIENT);
        int result;
        while ((result = sqlite3_step(statement)) == SQLITE_ROW) {}
        CHECK_MESSAGE(result == SQLITE_DONE, sqlite3_errmsg(raw));
    }
    sqlite3_finalize(statement);
    sqlite3_close(raw);
    // Syntax characters around a real word are simply ignored.
    for (const char* query : {"\"Beratung", "Beratung*", "(Beratung)", "-Beratung", "^Beratung", "Beratung:",
                              "'Beratung'"}) {
        CAPTURE(query);
        CHECK(s.finds(query, "fluechtlingsberatung"));
    }
    // And the store still works after all of that.
    CHECK(s.organisationIds("istanbul") == std::vector<std::string>{"tuerkisch"});
    CHECK(s.store->organisations("de").size() == 8);
}
