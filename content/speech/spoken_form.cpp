#include "content/speech/spoken_form.h"

#include <array>
#include <functional>
#include <regex>
#include <vector>

#include "content/speech/number_words.h"

namespace content::speech {
namespace {

enum class Rules { German, English, Arabic, Farsi, Generic };

Rules rulesFor(std::string_view language) {
    if (language == "de" || language.rfind("de-", 0) == 0) return Rules::German;
    if (language == "en") return Rules::English;
    if (language == "ar") return Rules::Arabic;
    if (language == "fa") return Rules::Farsi;
    return Rules::Generic;
}

// The words for the symbols of e-mail and web addresses.
struct SymbolWords {
    const char *at, *dot, *dash, *underscore, *slash, *plus;
};

SymbolWords symbolWords(std::string_view language) {
    if (rulesFor(language) == Rules::German)
        return {"at", "Punkt", "Bindestrich", "Unterstrich", "Schrägstrich", "plus"};
    if (language == "ar") return {"آت", "نقطة", "شرطة", "شرطة سفلية", "شرطة مائلة", "زائد"};
    if (language == "fa") return {"اَت", "نقطه", "خط تیره", "زیرخط", "اسلش", "به اضافه"};
    if (language == "uk") return {"собачка", "крапка", "дефіс", "підкреслення", "скісна риска", "плюс"};
    if (language == "ru") return {"собака", "точка", "дефис", "подчёркивание", "слэш", "плюс"};
    if (language == "tr") return {"et", "nokta", "tire", "alt çizgi", "eğik çizgi", "artı"};
    return {"at", "dot", "dash", "underscore", "slash", "plus"};
}

// The text in pieces; a piece already in spoken form is not looked at again
// (the digits of a spelled address are no phone number).
struct Piece {
    std::string text;
    bool spoken = false;
};
using Pieces = std::vector<Piece>;
using Speak = std::function<std::string(const std::smatch&)>;

void replaceAll(Pieces& pieces, const std::regex& pattern, const Speak& speak) {
    Pieces out;
    for (Piece& piece : pieces) {
        if (piece.spoken) {
            out.push_back(std::move(piece));
            continue;
        }
        std::string rest = piece.text;
        std::smatch match;
        while (std::regex_search(rest, match, pattern)) {
            std::string said = speak(match);
            if (said.empty()) {  // not what it looked like: keep the first character as written
                std::string head = match.prefix().str() + match.str().substr(0, 1);
                out.push_back({head, false});
                rest = rest.substr(head.size());
                continue;
            }
            if (match.prefix().length() > 0) out.push_back({match.prefix().str(), false});
            out.push_back({said, true});
            rest = match.suffix().str();
        }
        if (!rest.empty()) out.push_back({rest, false});
    }
    pieces = std::move(out);
}

std::string spaced(std::string_view digits) {
    std::string out;
    for (char c : digits) {
        if (c < '0' || c > '9') continue;
        if (!out.empty()) out += ' ';
        out += c;
    }
    return out;
}

// Arabic-Indic and Persian digits as ASCII digits, so one set of rules reads them.
std::string asciiDigits(std::string_view text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char a = text[i];
        if (i + 1 < text.size() && (a == 0xD9 || a == 0xDB)) {
            unsigned char b = text[i + 1];
            if (a == 0xD9 && b >= 0xA0 && b <= 0xA9) { out += char('0' + (b - 0xA0)); ++i; continue; }
            if (a == 0xDB && b >= 0xB0 && b <= 0xB9) { out += char('0' + (b - 0xB0)); ++i; continue; }
        }
        out += char(a);
    }
    return out;
}

// ---- addresses

// "info@buergerhaus-gruenau.de" -> "info at buergerhaus Bindestrich gruenau Punkt d e".
// Short parts (the top-level domain, "www") are spelled letter by letter.
std::string spellAddress(std::string address, std::string_view language) {
    const SymbolWords words = symbolWords(language);
    for (std::string_view scheme : {"https://", "http://"})
        if (address.rfind(scheme, 0) == 0) address = address.substr(scheme.size());
    while (!address.empty() && address.back() == '/') address.pop_back();
    std::string out, part;
    auto flushPart = [&] {
        if (part.empty()) return;
        bool allDigits = part.find_first_not_of("0123456789") == std::string::npos;
        bool spell = allDigits || part.size() <= 3;
        if (!out.empty()) out += ' ';
        if (spell) {
            for (size_t i = 0; i < part.size(); ++i) out += (i ? " " : "") + std::string(1, part[i]);
        } else {
            out += part;
        }
        part.clear();
    };
    for (char c : address) {
        const char* word = nullptr;
        switch (c) {
            case '@': word = words.at; break;
            case '.': word = words.dot; break;
            case '-': word = words.dash; break;
            case '_': word = words.underscore; break;
            case '/': word = words.slash; break;
            case '+': word = words.plus; break;
            default: part += c; continue;
        }
        flushPart();
        out += (out.empty() ? "" : " ") + std::string(word);
    }
    flushPart();
    return out;
}

// ---- times

std::string germanTime(int hour, int minute) {
    std::string out = germanCardinal(hour, true) + " Uhr";
    if (minute > 0) out += " " + germanCardinal(minute);
    return out;
}

std::string englishTime(int hour, int minute) {
    if (hour == 0 && minute == 0) return "midnight";
    if (hour == 12 && minute == 0) return "noon";
    int h12 = hour % 12 == 0 ? 12 : hour % 12;
    std::string out = englishCardinal(h12);
    if (minute > 0) out += " " + (minute < 10 ? "oh " + englishCardinal(minute) : englishCardinal(minute));
    return out + (hour < 12 || hour == 24 ? " a.m." : " p.m.");
}

std::string arabicTime(int hour, int minute) {
    int h12 = hour % 12 == 0 ? 12 : hour % 12;
    std::string out;
    if (minute == 45) {
        out = arabicHour(h12 % 12 + 1) + " إلا ربعاً";
    } else {
        out = arabicHour(h12);
        if (minute == 15) out += " والربع";
        else if (minute == 20) out += " والثلث";
        else if (minute == 30) out += " والنصف";
        else if (minute > 0) out += " و" + std::to_string(minute) + (minute <= 10 ? " دقائق" : " دقيقة");
    }
    int shownHour = minute == 45 ? hour + 1 : hour;
    return out + (shownHour % 24 < 12 ? " صباحاً" : " مساءً");
}

std::string farsiTime(int hour, int minute) {
    return minute == 0 ? std::to_string(hour) : std::to_string(hour) + " و " + std::to_string(minute) + " دقیقه";
}

// Empty when the language keeps its times as written.
std::string timeWords(Rules rules, int hour, int minute) {
    if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) return {};
    switch (rules) {
        case Rules::German: return germanTime(hour, minute);
        case Rules::English: return englishTime(hour, minute);
        case Rules::Arabic: return arabicTime(hour, minute);
        case Rules::Farsi: return farsiTime(hour, minute);
        case Rules::Generic: return {};
    }
    return {};
}

const char* rangeWord(Rules rules) {
    switch (rules) {
        case Rules::German: return " bis ";
        case Rules::English: return " to ";
        case Rules::Arabic: return " إلى ";
        case Rules::Farsi: return " تا ";
        case Rules::Generic: return " - ";
    }
    return " - ";
}

// ---- dates

constexpr std::array<const char*, 12> kGermanMonths = {"Januar", "Februar", "März", "April", "Mai", "Juni",
                                                       "Juli", "August", "September", "Oktober", "November", "Dezember"};
constexpr std::array<const char*, 12> kEnglishMonths = {"January", "February", "March", "April", "May", "June",
                                                        "July", "August", "September", "October", "November", "December"};
constexpr std::array<const char*, 12> kArabicMonths = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                                                       "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};

template <size_t N>
std::string alternatives(const std::array<const char*, N>& names) {
    std::string out;
    for (const char* name : names) out += (out.empty() ? "" : "|") + std::string(name);
    return out;
}

// "am 8. Dezember" takes the dative ("am achten"), "Dienstag, 8. Dezember" the article ("der achte").
std::string germanDay(const std::string& preposition, int day) {
    if (day < 1 || day > 31) return {};
    if (preposition.empty()) return "der " + germanOrdinal(day, false);
    return preposition + germanOrdinal(day, true);
}

void speakDates(Pieces& pieces, Rules rules) {
    if (rules == Rules::German) {
        static const std::regex named("(\\b(?:am|vom|zum|ab|bis zum|seit dem) )?\\b(\\d{1,2})\\. (" +
                                      alternatives(kGermanMonths) + ")");
        replaceAll(pieces, named, [](const std::smatch& m) {
            std::string day = germanDay(m[1].str(), std::stoi(m[2].str()));
            return day.empty() ? day : day + " " + m[3].str();
        });
        static const std::regex numeric("(\\b(?:am|vom|zum|ab|bis zum|seit dem) )?\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");
        replaceAll(pieces, numeric, [](const std::smatch& m) {
            int month = std::stoi(m[3].str());
            std::string day = germanDay(m[1].str(), std::stoi(m[2].str()));
            if (day.empty() || month < 1 || month > 12) return std::string();
            return day + " " + kGermanMonths[month - 1] + (m[4].matched ? " " + m[4].str() : "");
        });
    } else if (rules == Rules::English) {
        static const std::regex dayMonth("\\b(\\d{1,2}) (" + alternatives(kEnglishMonths) + ")");
        replaceAll(pieces, dayMonth, [](const std::smatch& m) {
            int day = std::stoi(m[1].str());
            return day < 1 || day > 31 ? std::string() : "the " + englishOrdinal(day) + " of " + m[2].str();
        });
        static const std::regex monthDay("(" + alternatives(kEnglishMonths) + ") (\\d{1,2})\\b");
        replaceAll(pieces, monthDay, [](const std::smatch& m) {
            int day = std::stoi(m[2].str());
            return day < 1 || day > 31 ? std::string() : m[1].str() + " " + englishOrdinal(day);
        });
    } else if (rules == Rules::Arabic) {
        static const std::regex dayMonth("\\b(\\d{1,2}) (" + alternatives(kArabicMonths) + ")");
        replaceAll(pieces, dayMonth, [](const std::smatch& m) {
            int day = std::stoi(m[1].str());
            return day < 1 || day > 31 ? std::string() : arabicDayOrdinal(day) + " من " + m[2].str();
        });
    }
}

}  // namespace

std::string spokenForm(std::string_view sentence, std::string_view language) {
    const Rules rules = rulesFor(language);
    Pieces pieces = {{asciiDigits(sentence), false}};

    // Addresses first: their dots and digits are neither dates nor numbers.
    static const std::regex email("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static const std::regex web("\\b((https?://)?(www\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*"
                                "\\.(de|com|org|net|eu|info|berlin|sachsen)(/[A-Za-z0-9._~%/-]*)?)(?![A-Za-z0-9])");
    const std::string lang(language);
    replaceAll(pieces, email, [&](const std::smatch& m) { return spellAddress(m.str(), lang); });
    replaceAll(pieces, web, [&](const std::smatch& m) { return spellAddress(m.str(), lang); });

    // Times, ranges first ("10:00 – 12:00 Uhr" -> "zehn Uhr bis zwölf Uhr").
    static const std::regex range("\\b(\\d{1,2}):(\\d{2}) ?(?:–|-|bis) ?(\\d{1,2}):(\\d{2})(?: Uhr\\b)?");
    replaceAll(pieces, range, [&](const std::smatch& m) {
        std::string from = timeWords(rules, std::stoi(m[1].str()), std::stoi(m[2].str()));
        std::string to = timeWords(rules, std::stoi(m[3].str()), std::stoi(m[4].str()));
        return from.empty() || to.empty() ? std::string() : from + rangeWord(rules) + to;
    });
    static const std::regex clock("\\b(\\d{1,2}):(\\d{2})(?: Uhr\\b)?");
    replaceAll(pieces, clock, [&](const std::smatch& m) {
        return timeWords(rules, std::stoi(m[1].str()), std::stoi(m[2].str()));
    });
    if (rules == Rules::German) {
        static const std::regex dottedClock("\\b(\\d{1,2})\\.(\\d{2}) Uhr\\b");
        replaceAll(pieces, dottedClock, [&](const std::smatch& m) {
            return timeWords(rules, std::stoi(m[1].str()), std::stoi(m[2].str()));
        });
    }
    speakDates(pieces, rules);

    // Phone numbers: a + or a leading 0, or six digits and more in groups.
    static const std::regex phone("(\\+|\\b)(\\d[\\d /-]{4,}\\d)\\b");
    replaceAll(pieces, phone, [&](const std::smatch& m) {
        std::string number = m[2].str();
        size_t digits = 0;
        for (char c : number) digits += c >= '0' && c <= '9';
        bool phoneLike = m[1].str() == "+" || number[0] == '0' || digits >= 6;
        if (!phoneLike || digits < 5) return std::string();
        std::string out = m[1].str() == "+" ? std::string(symbolWords(lang).plus) + " " : "";
        std::string group;
        for (size_t i = 0; i <= number.size(); ++i) {
            char c = i < number.size() ? number[i] : ' ';
            if (c >= '0' && c <= '9') { group += c; continue; }
            if (group.empty()) continue;
            out += (out.empty() || out.back() == ' ' ? "" : ", ") + spaced(group);
            group.clear();
        }
        return out;
    });
    // Postcodes.
    static const std::regex postcode("\\b(\\d{5})\\b");
    replaceAll(pieces, postcode, [](const std::smatch& m) { return spaced(m[1].str()); });
    // House numbers after a street name ("Stuttgarter Allee 9a", "Lilienstraße 12").
    static const std::regex house("((?:stra(?:ß|ss)e|str\\.|weg|platz|allee|ring|gasse|damm|ufer|markt|chaussee|"
                                  "steig|zeile|berg|hof|park) )(\\d{1,4})([a-zA-Z]?)\\b",
                                  std::regex::icase);
    replaceAll(pieces, house, [](const std::smatch& m) {
        return m[1].str() + spaced(m[2].str()) + (m[3].length() ? " " + m[3].str() : "");
    });

    std::string out;
    for (const Piece& piece : pieces) out += piece.text;
    return out;
}

}  // namespace content::speech
