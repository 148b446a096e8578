#include "bench/generator/source_generator.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <system_error>
#include <vector>

#include "bench/generator/phrasebook.h"
#include "bench/generator/picture_maker.h"
#include "bench/generator/random.h"

namespace fs = std::filesystem;

namespace bench {

GeneratorScale GeneratorScale::large() { return {2000, 300, 5000, 300, 500, 4096}; }
GeneratorScale GeneratorScale::small() { return {12, 4, 24, 3, 6, 320}; }

namespace {

// Salts for Random::fork, one per part of the content.
enum Part : uint64_t { kPictures = 1, kOrganisations, kEvents, kGuides };

class Writer {
public:
    explicit Writer(fs::path root, GeneratorReport* report) : root_(std::move(root)), report_(report) {}

    bool write(const fs::path& relative, const std::string& bytes, std::string* error) {
        fs::path file = root_ / relative;
        std::error_code ec;
        fs::create_directories(file.parent_path(), ec);
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            *error = "cannot write " + file.string();
            return false;
        }
        report_->bytesWritten += bytes.size();
        return true;
    }
    const fs::path& root() const { return root_; }

private:
    fs::path root_;
    GeneratorReport* report_;
};

std::string number(int value, int width) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    return buffer;
}

std::string tomlString(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// RFC 4180 quoting, as spreadsheets export: quote when needed, double quotes.
std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
    return out;
}

// Picks `count` distinct indices below `bound`, in ascending order.
std::vector<size_t> distinct(Random& random, size_t count, size_t bound) {
    std::vector<size_t> all(bound);
    for (size_t i = 0; i < bound; ++i) all[i] = i;
    for (size_t i = 0; i < count && i < bound; ++i) std::swap(all[i], all[i + random.below(bound - i)]);
    all.resize(std::min(count, bound));
    std::sort(all.begin(), all.end());
    return all;
}

// ---------------------------------------------------------------- pictures

std::vector<PictureSpec> planPictures(const GeneratorOptions& options) {
    Random random = Random(options.seed).fork(kPictures);
    std::vector<PictureSpec> specs;
    const int largest = options.scale.largestPicture;
    for (int i = 0; i < options.scale.pictures; ++i) {
        PictureSpec spec;
        spec.seed = random.next();
        bool png = false;
        if (i % 50 == 0) {
            // A few camera-sized photos at the limit the import accepts.
            spec.width = largest;
            spec.height = i % 100 == 0 ? largest : largest * 9 / 16;
        } else if (i % 10 == 5) {
            spec.width = std::min(largest, random.between(2048, 3200));
            spec.height = spec.width * 2 / 3;
        } else {
            static const int aspects[][2] = {{4, 3}, {3, 2}, {1, 1}, {3, 4}, {16, 9}};
            const auto& aspect = aspects[random.below(std::size(aspects))];
            spec.width = std::min(largest, random.between(320, 1600));
            spec.height = std::max(16, spec.width * aspect[1] / aspect[0]);
            png = i % 3 == 0;
        }
        spec.width = std::max(16, spec.width);
        spec.height = std::max(16, std::min(spec.height, largest));
        spec.fileName = "picture-" + number(i + 1, 4) + (png ? ".png" : ".jpg");
        specs.push_back(spec);
    }
    return specs;
}

// ---------------------------------------------------------------- pack.toml

std::string packToml(const GeneratorOptions& options) {
    const auto& languages = phrasebook();
    std::string out = "# A large generated content set for the benchmark (bench/generate_content.cpp).\n";
    out += "[pack]\n";
    out += "id = " + tomlString(options.packId) + "\n";
    out += "default_language = \"de\"\n";
    std::vector<std::string> codes;
    for (const auto& phrases : languages) codes.push_back(tomlString(phrases.code));
    out += "languages = [" + join(codes, ", ") + "]\n";
    out += "time_zone = \"Europe/Berlin\"\n\n";
    out += "[pack.title]\n";
    for (const auto& phrases : languages) out += phrases.code + " = " + tomlString(phrases.packTitle) + "\n";
    for (const auto& topic : topics()) {
        out += "\n[topics." + topic.key + "]\n";
        for (size_t i = 0; i < languages.size(); ++i)
            out += languages[i].code + " = " + tomlString(topic.labels[i]) + "\n";
    }
    return out;
}

// ---------------------------------------------------------------- organisations

struct OrganisationPlan {
    std::string id;
    size_t place = 0;
    int houseNumber = 1;
    size_t type = 0, focus = 0;
};

std::string organisationName(const LanguagePhrases& phrases, const OrganisationPlan& org) {
    const std::string& district = places()[org.place].district;
    const std::string& type = phrases.organisationTypes[org.type];
    const std::string& focus = phrases.focusGroups[org.focus];
    if (phrases.focusBeforeType) return focus + " " + type + " " + district;
    return type + " " + focus + " " + district;
}

std::string description(Random& random, const LanguagePhrases& phrases) {
    const int sentences = random.between(3, 6);
    std::string out;
    // Easy German puts each sentence on its own line, as its rules ask.
    const std::string between = phrases.code == "de-x-easy" ? "\n" : " ";
    for (int i = 0; i < sentences; ++i) {
        if (i > 0) out += (i == 2 ? "\n\n" : between);
        out += random.pick(phrases.descriptionSentences);
    }
    return out;
}

std::string phoneFor(const Place& place, Random& random) {
    std::string prefix = place.city == "Berlin" ? "030" : place.city == "Dresden" ? "0351" : "0341";
    return prefix + " " + number(random.between(2000000, 9899999), 7);
}

std::string organisationsCsv(const GeneratorOptions& options, std::vector<OrganisationPlan>& plans,
                             const std::vector<PictureSpec>& pictures) {
    Random random = Random(options.seed).fork(kOrganisations);
    const auto& languages = phrasebook();
    const auto& allTopics = topics();
    const auto& spoken = spokenLanguages();
    const auto& hours = openingHoursExamples();

    std::vector<std::string> header = {"id", "name", "summary", "description", "categories", "languages",
                                       "address", "postcode", "city", "district", "phone", "email",
                                       "website", "opening_hours", "image"};
    for (size_t l = 1; l < languages.size(); ++l)
        for (const char* column : {"name", "summary", "description"})
            header.push_back(std::string(column) + "@" + languages[l].code);

    // Spreadsheets export a BOM and CRLF line ends; the parser must cope.
    std::string out = "\xEF\xBB\xBF" + join(header, ",") + "\r\n";
    // Organisations use the first 80 % of the pictures, guides the rest.
    const size_t organisationPictures = std::max<size_t>(1, pictures.size() * 4 / 5);
    for (int i = 0; i < options.scale.organisations; ++i) {
        OrganisationPlan org;
        org.id = "org-" + number(i + 1, 4);
        org.place = random.below(places().size());
        org.houseNumber = random.between(1, 180);
        org.type = random.below(languages[0].organisationTypes.size());
        org.focus = random.below(languages[0].focusGroups.size());
        const Place& place = places()[org.place];

        std::vector<std::string> categories;
        for (size_t t : distinct(random, static_cast<size_t>(random.between(1, 3)), allTopics.size()))
            categories.push_back(allTopics[t].key);
        std::vector<std::string> spokenHere = {"de"};
        for (size_t s : distinct(random, static_cast<size_t>(random.between(1, 4)), spoken.size()))
            if (spoken[s] != "de") spokenHere.push_back(spoken[s]);

        const size_t summaryIndex = random.below(languages[0].summaries.size());
        std::vector<std::string> row = {
            org.id,
            organisationName(languages[0], org),
            languages[0].summaries[summaryIndex],
            description(random, languages[0]),
            join(categories, ";"),
            join(spokenHere, ";"),
            random.chance(95) ? place.street + " " + std::to_string(org.houseNumber) : "",
            place.postcode,
            place.city,
            place.district,
            phoneFor(place, random),
            "kontakt@" + org.id + ".example.org",
            random.chance(80) ? "https://" + org.id + ".example.org" : "",
            random.chance(95) ? random.pick(hours) : "",
            random.chance(90) && !pictures.empty() ? pictures[random.below(organisationPictures)].fileName : "",
        };
        // Most organisations are translated everywhere; some lack a language
        // or a long description, so the kiosk's fallback note is exercised.
        for (size_t l = 1; l < languages.size(); ++l) {
            const bool translated = random.chance(92);
            row.push_back(translated ? organisationName(languages[l], org) : "");
            row.push_back(translated ? languages[l].summaries[summaryIndex] : "");
            row.push_back(translated && random.chance(85) ? description(random, languages[l]) : "");
        }
        std::vector<std::string> fields;
        for (const auto& cell : row) fields.push_back(csvField(cell));
        out += join(fields, ",") + "\r\n";
        plans.push_back(org);
    }
    return out;
}

// ---------------------------------------------------------------- events

struct Calendar {
    CalendarWriter writer;
    bool used = false;
};

std::string locationOf(const OrganisationPlan& org) {
    const Place& place = places()[org.place];
    return place.street + " " + std::to_string(org.houseNumber) + ", " + place.postcode + " " + place.city;
}

void writeTranslations(CalendarWriter& writer, Random& random, size_t kind, const std::string& district) {
    const auto& languages = phrasebook();
    for (size_t l = 1; l < languages.size(); ++l) {
        if (!random.chance(90)) continue;
        const std::string& code = languages[l].code;
        writer.text("X-KIOSK-TITLE;LANGUAGE=" + code, languages[l].eventKinds[kind] + " – " + district);
        if (random.chance(60))
            writer.text("X-KIOSK-DESCRIPTION;LANGUAGE=" + code, random.pick(languages[l].eventDescriptions));
    }
}

// The n-th (1..4, or -1 = last) given weekday of a month.
CivilDate nthWeekday(int year, int month, int weekday, int n) {
    if (n > 0) {
        CivilDate first{year, month, 1};
        int offset = (weekday - weekdayOf(first) + 7) % 7;
        return {year, month, 1 + offset + (n - 1) * 7};
    }
    CivilDate nextMonth = month == 12 ? CivilDate{year + 1, 1, 1} : CivilDate{year, month + 1, 1};
    CivilDate last = civilFromDays(daysFromCivil(nextMonth) - 1);
    int back = (weekdayOf(last) - weekday + 7) % 7;
    return civilFromDays(daysFromCivil(last) - back);
}

const char* kDayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

void writeRecurring(const GeneratorOptions& options, Random& random, int index, const OrganisationPlan& org,
                    CalendarWriter& writer, const std::string& dtstamp) {
    const auto& german = phrasebook()[0];
    const size_t kind = random.below(german.eventKinds.size());
    const std::string& district = places()[org.place].district;
    const int hour = random.between(9, 19), minute = random.chance(70) ? 0 : 30;
    const int minutes = random.between(2, 6) * 30;
    const int weekday = random.between(0, 5);
    const long firstDay = daysFromCivil(options.firstDay);
    const std::string uid = "series-" + number(index + 1, 4) + "@" + options.packId + ".example.org";

    // Series began some months ago: the kiosk shows their upcoming dates.
    CivilDate begin = civilFromDays(firstDay - random.between(30, 300));
    std::string rrule;
    bool weeklyEveryWeek = false;
    switch (index % 6) {
        case 0:
        case 1: {
            begin = civilFromDays(daysFromCivil(begin) + (weekday - weekdayOf(begin) + 7) % 7);
            rrule = std::string("FREQ=WEEKLY;BYDAY=") + kDayCodes[weekday];
            weeklyEveryWeek = true;
            break;
        }
        case 2: {
            begin = civilFromDays(daysFromCivil(begin) + (weekday - weekdayOf(begin) + 7) % 7);
            rrule = std::string("FREQ=WEEKLY;INTERVAL=2;BYDAY=") + kDayCodes[weekday];
            break;
        }
        case 3: {
            int n = random.chance(75) ? random.between(1, 4) : -1;
            begin = nthWeekday(begin.year, begin.month, weekday, n);
            rrule = "FREQ=MONTHLY;BYDAY=" + std::to_string(n) + kDayCodes[weekday];
            break;
        }
        case 4: {
            begin.day = random.between(1, 28);
            rrule = "FREQ=MONTHLY;BYMONTHDAY=" + std::to_string(begin.day);
            break;
        }
        default: {
            begin = civilFromDays(daysFromCivil(begin) + (weekday - weekdayOf(begin) + 7) % 7);
            // A course with an end: the list must drop it by itself afterwards.
            rrule = std::string("FREQ=WEEKLY;BYDAY=") + kDayCodes[weekday] + ";COUNT=" +
                    std::to_string(random.between(40, 80));
            break;
        }
    }
    const int endHour = hour + (minute + minutes) / 60, endMinute = (minute + minutes) % 60;

    writer.beginEvent();
    writer.property("UID", uid);
    writer.property("DTSTAMP", dtstamp);
    writer.property("DTSTART;TZID=Europe/Berlin", basicDateTime(begin, hour, minute));
    writer.property("DTEND;TZID=Europe/Berlin", basicDateTime(begin, endHour, endMinute));
    writer.property("RRULE", rrule);
    std::vector<CivilDate> christmas;
    // The first series always has both, so even the small test set shows them.
    if (weeklyEveryWeek && (index == 0 || random.chance(40))) {
        // No meeting in the Christmas week.
        for (long d = daysFromCivil({2026, 12, 24}); d <= daysFromCivil({2026, 12, 31}); ++d)
            if (weekdayOf(civilFromDays(d)) == weekday) christmas.push_back(civilFromDays(d));
        std::vector<std::string> values;
        for (const auto& date : christmas) values.push_back(basicDateTime(date, hour, minute));
        if (!values.empty()) writer.property("EXDATE;TZID=Europe/Berlin", join(values, ","));
    }
    writer.text("SUMMARY", german.eventKinds[kind] + " – " + district);
    writer.text("DESCRIPTION", random.pick(german.eventDescriptions));
    writer.text("LOCATION", locationOf(org));
    if (random.chance(30)) writer.property("URL", "https://" + org.id + ".example.org/termine");
    writeTranslations(writer, random, kind, district);
    writer.endEvent();

    // Now and then one meeting moves by an hour (a RECURRENCE-ID override).
    if (weeklyEveryWeek && (index == 0 || random.chance(25))) {
        long day = daysFromCivil(options.firstDay) + 14;
        day += (weekday - weekdayOf(civilFromDays(day)) + 7) % 7;
        CivilDate moved = civilFromDays(day);
        writer.beginEvent();
        writer.property("UID", uid);
        writer.property("DTSTAMP", dtstamp);
        writer.property("RECURRENCE-ID;TZID=Europe/Berlin", basicDateTime(moved, hour, minute));
        writer.property("DTSTART;TZID=Europe/Berlin", basicDateTime(moved, hour + 1, minute));
        writer.property("DTEND;TZID=Europe/Berlin", basicDateTime(moved, endHour + 1, endMinute));
        writer.text("SUMMARY", german.eventKinds[kind] + " – " + district + " (verlegt)");
        writer.text("LOCATION", locationOf(org));
        writer.endEvent();
    }
}

void writeSingle(const GeneratorOptions& options, Random& random, int index, const OrganisationPlan& org,
                 CalendarWriter& writer, const std::string& dtstamp, bool cancelled) {
    const auto& german = phrasebook()[0];
    const size_t kind = random.below(german.eventKinds.size());
    const std::string& district = places()[org.place].district;
    // Single events fill the next four months, as a busy city's calendar does.
    CivilDate date = civilFromDays(daysFromCivil(options.firstDay) + random.between(0, 120));
    const int hour = random.between(8, 20), minute = random.chance(60) ? 0 : random.chance(50) ? 30 : 15;
    const int minutes = random.between(1, 8) * 30;
    const int endHour = std::min(23, hour + (minute + minutes) / 60), endMinute = (minute + minutes) % 60;

    writer.beginEvent();
    writer.property("UID", "event-" + number(index + 1, 5) + (cancelled ? "-cancelled" : "") + "@" +
                               options.packId + ".example.org");
    writer.property("DTSTAMP", dtstamp);
    const int style = random.between(0, 99);
    if (style < 5) {
        // An all-day event (a festival, an open day).
        writer.property("DTSTART;VALUE=DATE", basicDate(date));
        writer.property("DTEND;VALUE=DATE", basicDate(civilFromDays(daysFromCivil(date) + 1)));
    } else if (style < 15) {
        // Exported in UTC, as some calendar servers do (winter: UTC+1 here).
        writer.property("DTSTART", basicDateTime(date, hour - 1, minute) + "Z");
        writer.property("DTEND", basicDateTime(date, endHour - 1, endMinute) + "Z");
    } else {
        writer.property("DTSTART;TZID=Europe/Berlin", basicDateTime(date, hour, minute));
        writer.property("DTEND;TZID=Europe/Berlin", basicDateTime(date, endHour, endMinute));
    }
    if (cancelled) writer.property("STATUS", "CANCELLED");
    writer.text("SUMMARY", german.eventKinds[kind] + " – " + district);
    if (random.chance(70)) writer.text("DESCRIPTION", random.pick(german.eventDescriptions));
    writer.text("LOCATION", locationOf(org));
    if (random.chance(20)) writer.property("URL", "https://" + org.id + ".example.org/termine");
    writeTranslations(writer, random, kind, district);
    writer.endEvent();
}

bool writeCalendars(const GeneratorOptions& options, const std::vector<OrganisationPlan>& orgs, Writer& out,
                    GeneratorReport* report, std::string* error) {
    if (orgs.empty()) return true;
    Random random = Random(options.seed).fork(kEvents);
    std::vector<Calendar> calendars(orgs.size());
    const std::string dtstamp = basicDateTime(options.firstDay, 6, 0) + "Z";
    for (int i = 0; i < options.scale.recurringEvents; ++i) {
        size_t org = (static_cast<size_t>(i) * 7) % orgs.size();
        writeRecurring(options, random, i, orgs[org], calendars[org].writer, dtstamp);
        calendars[org].used = true;
        ++report->recurringEvents;
    }
    for (int i = 0; i < options.scale.singleEvents; ++i) {
        size_t org = random.below(orgs.size());
        writeSingle(options, random, i, orgs[org], calendars[org].writer, dtstamp, false);
        calendars[org].used = true;
        ++report->singleEvents;
        // About one in a hundred events was called off (STATUS:CANCELLED):
        // extra, so the visible count stays as planned.
        if (i % 100 == 3) {
            writeSingle(options, random, i, orgs[org], calendars[org].writer, dtstamp, true);
            ++report->cancelledEvents;
        }
    }
    for (size_t i = 0; i < orgs.size(); ++i) {
        if (!calendars[i].used) continue;
        if (!out.write(fs::path("events") / (orgs[i].id + ".ics"), calendars[i].writer.finish(), error))
            return false;
        ++report->calendarFiles;
    }
    return true;
}

// ---------------------------------------------------------------- guides

std::string guideMarkdown(Random& random, const LanguagePhrases& phrases, size_t stem, int part,
                          const std::string& picture) {
    std::string out = "# " + phrases.guideStems[stem] + " (" + std::to_string(part) + ")\n\n";
    const int sections = random.between(2, 4);
    for (int s = 0; s < sections; ++s) {
        out += "## " + phrases.guideHeadings[static_cast<size_t>(s) % phrases.guideHeadings.size()] + "\n\n";
        // Easy language: one sentence per line (soft line breaks).
        const int sentences = random.between(3, 6);
        for (int i = 0; i < sentences; ++i) out += random.pick(phrases.guideSentences) + "\n";
        out += "\n";
        if (s == 0 && !picture.empty()) out += "![" + phrases.picture + "](../../images/" + picture + ")\n\n";
        if (s == 1) {
            for (int i = 0; i < 3; ++i) out += "- " + random.pick(phrases.guideSentences) + "\n";
            out += "\n";
        }
    }
    return out;
}

bool writeGuides(const GeneratorOptions& options, const std::vector<PictureSpec>& pictures, Writer& out,
                 GeneratorReport* report, std::string* error) {
    Random random = Random(options.seed).fork(kGuides);
    const auto& languages = phrasebook();
    const size_t firstGuidePicture = pictures.size() * 4 / 5;
    for (int i = 0; i < options.scale.guides; ++i) {
        const std::string id = "guide-" + number(i + 1, 3);
        const size_t stem = static_cast<size_t>(i) % languages[0].guideStems.size();
        const int part = i / static_cast<int>(languages[0].guideStems.size()) + 1;
        std::string picture;
        if (!pictures.empty() && random.chance(85)) {
            size_t span = pictures.size() - firstGuidePicture;
            picture = pictures[span ? firstGuidePicture + random.below(span) : 0].fileName;
        }
        std::string toml = "order = " + std::to_string(i + 1) + "\n";
        if (!picture.empty()) toml += "picture = " + tomlString(picture) + "\n";
        toml += "topic = " + tomlString(topics()[random.below(topics().size())].key) + "\n";
        toml += "link = \"https://guides.example.org/" + id + "\"\n";
        if (!out.write(fs::path("guides") / id / "guide.toml", toml, error)) return false;
        // German and Easy German always; other languages mostly.
        for (size_t l = 0; l < languages.size(); ++l) {
            if (l > 1 && !random.chance(90)) continue;
            std::string markdown = guideMarkdown(random, languages[l], stem, part, picture);
            if (!out.write(fs::path("guides") / id / (languages[l].code + ".md"), markdown, error)) return false;
            ++report->guideFiles;
        }
        ++report->guides;
    }
    return true;
}

bool prepareOutput(const fs::path& outDir, std::string* error) {
    std::error_code ec;
    if (fs::exists(outDir, ec)) {
        bool empty = fs::is_directory(outDir, ec) && fs::is_empty(outDir, ec);
        bool ours = fs::exists(outDir / kGeneratorMarker, ec);
        if (!empty && !ours) {
            // Never delete a folder we did not make.
            *error = outDir.string() + " exists and is not an earlier output of kiosk-generate";
            return false;
        }
        fs::remove_all(outDir, ec);
        if (ec) {
            *error = "cannot clear " + outDir.string() + ": " + ec.message();
            return false;
        }
    }
    fs::create_directories(outDir, ec);
    if (ec) {
        *error = "cannot create " + outDir.string() + ": " + ec.message();
        return false;
    }
    return true;
}

}  // namespace

bool generateSourceFolder(const GeneratorOptions& options, const fs::path& outDir, GeneratorReport* report,
                          std::string* error) {
    GeneratorReport local;
    if (!report) report = &local;
    *report = {};
    if (!prepareOutput(outDir, error)) return false;
    Writer out(outDir, report);

    if (!out.write("pack.toml", packToml(options), error)) return false;

    const std::vector<PictureSpec> pictures = planPictures(options);
    std::error_code ec;
    fs::create_directories(outDir / "images", ec);
    for (const auto& spec : pictures) {
        fs::path file = outDir / "images" / spec.fileName;
        if (!writePicture(spec, file)) {
            *error = "cannot write " + file.string();
            return false;
        }
        report->bytesWritten += fs::file_size(file, ec);
        ++report->pictures;
    }

    std::vector<OrganisationPlan> orgs;
    if (!out.write("organisations.csv", organisationsCsv(options, orgs, pictures), error)) return false;
    report->organisations = static_cast<int>(orgs.size());
    if (!writeCalendars(options, orgs, out, report, error)) return false;
    if (!writeGuides(options, pictures, out, report, error)) return false;

    // Written last: its presence says the folder is complete.
    std::string marker = "seed = " + std::to_string(options.seed) + "\norganisations = " +
                         std::to_string(options.scale.organisations) + "\n";
    return out.write(kGeneratorMarker, marker, error);
}

}  // namespace bench
