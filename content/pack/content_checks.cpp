#include "content/pack/content_checks.h"

#include <algorithm>
#include <set>

#include "content/core/recurrence.h"
#include "content/core/time_zone.h"
#include "content/pack/display_copy.h"
#include "content/pack/durable_files.h"
#include "content/pack/jpeg_scaled_decoder.h"
#include "content/pack/manifest.h"
#include "content/pack/picture_decoder.h"
#include "content/pack/picture_header.h"

namespace content::pack {

bool isValidIdentifier(const std::string& id) {
    if (id.empty() || id.size() > 100 || id.front() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool isValidImageName(const std::string& name) {
    if (name.empty() || name.size() > 200 || name.front() == '.') return false;
    for (unsigned char c : name)
        if (c < 0x20 || c == '/' || c == '\\' || c == ':' || c == 0x7f) return false;
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return lower.ends_with(".jpg") || lower.ends_with(".jpeg") || lower.ends_with(".png");
}

namespace {

ContentCheck refuse(ContentProblem problem, std::string detail) { return {problem, std::move(detail)}; }

// FREQ=SECONDLY or MINUTELY: no real event repeats like that, and expanding
// one from an old start costs the import minutes.
bool repeatsMoreThanHourly(const std::string& rrule) {
    std::string upper;
    for (char c : rrule) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const char* frequency : {"FREQ=SECONDLY", "FREQ=MINUTELY"}) {
        size_t at = upper.find(frequency);
        if (at != std::string::npos && (at == 0 || upper[at - 1] == ';')) return true;
    }
    return false;
}

bool isWallTime(const std::string& text, bool allDay) {
    bool isDate = false;
    return parseWallTime(text, &isDate).has_value() && isDate == allDay;
}

}  // namespace

ContentCheck checkContent(const Content& content) {
    const PackInfo& pack = content.pack;
    if (!isValidPackId(pack.id))
        return refuse(ContentProblem::BadContent, "the pack id " + quoteForMessage(pack.id) + " may only use a-z, 0-9 and '-' (at most " +
                                                      std::to_string(kMaxPackIdLength) + " characters)");
    // 0 is a source folder's "not built yet"; the manifest refuses it in a pack.
    if (pack.sequence > kMaxSequence)
        return refuse(ContentProblem::BadContent, "the sequence " + std::to_string(pack.sequence) + " is outside 1 to " +
                                                      std::to_string(kMaxSequence));
    if (!isKnownTimeZone(pack.timeZone))
        return refuse(ContentProblem::BadContent, "the time zone '" + pack.timeZone + "' is unknown");
    if (!HolidayCalendar::forRegion(pack.holidays))
        return refuse(ContentProblem::BadContent, "the holiday region '" + pack.holidays + "' is unknown");
    for (const std::string& entry : pack.schoolHolidays) {
        std::string problem;
        if (!parseSchoolHolidayRange(entry, &problem)) return refuse(ContentProblem::BadContent, "school_holidays: " + problem);
    }
    if (pack.defaultLanguage.empty()) return refuse(ContentProblem::BadContent, "the pack has no default language");
    if (pack.languages.empty() || pack.languages.size() > kMaxLanguages)
        return refuse(ContentProblem::BadContent, "the pack lists " + std::to_string(pack.languages.size()) +
                                                      " languages; 1 to " + std::to_string(kMaxLanguages) + " are allowed");
    for (const std::string& language : pack.languages)
        if (!isValidLanguageTag(language))
            return refuse(ContentProblem::BadContent, "the language " + quoteForMessage(language) + " is not a language code like de or de-x-easy");
    if (std::find(pack.languages.begin(), pack.languages.end(), pack.defaultLanguage) == pack.languages.end())
        return refuse(ContentProblem::BadContent, "the default language " + quoteForMessage(pack.defaultLanguage) +
                                                      " is not one of the pack's languages");
    if (!pack.validUntil.empty() && !parseIsoToUtc(pack.validUntil, pack.timeZone))
        return refuse(ContentProblem::BadContent, "valid_until '" + pack.validUntil + "' is not a date");

    std::set<std::string> images;
    for (const auto& image : content.images) {
        if (!isValidImageName(image))
            return refuse(ContentProblem::BadContent, "the image name '" + image + "' is not a .jpg or .png file name");
        if (!images.insert(image).second) return refuse(ContentProblem::BadContent, "the image '" + image + "' is listed twice");
    }
    auto imageMissing = [&](const std::string& name) { return !name.empty() && !images.count(name); };

    std::set<std::string> organisations;
    for (const auto& o : content.organisations) {
        std::string where = "organisation '" + o.id + "'";
        if (!isValidIdentifier(o.id)) return refuse(ContentProblem::BadContent, where + ": the id may only use a-z, 0-9 and '-'");
        if (!organisations.insert(o.id).second) return refuse(ContentProblem::BadContent, where + " appears twice");
        if (o.name.empty()) return refuse(ContentProblem::BadContent, where + " has no name");
        if (imageMissing(o.image))
            return refuse(ContentProblem::BrokenReference, where + " shows the picture '" + o.image + "', which is not in the pack");
    }

    std::set<std::string> events;
    for (const auto& e : content.events)
        if (!e.uid.empty() && !events.insert(e.uid).second)
            return refuse(ContentProblem::BadContent, "the event " + quoteForMessage(e.uid) + " appears twice");
    for (const auto& e : content.events) {
        std::string where = "event " + quoteForMessage(e.uid);
        if (e.uid.empty()) return refuse(ContentProblem::BadContent, "an event has no uid");
        if (!organisations.count(e.organisationId))
            return refuse(ContentProblem::BrokenReference,
                          where + " belongs to the organisation '" + e.organisationId + "', which is not in the pack");
        if (!e.recurrenceOf.empty() && !events.count(e.recurrenceOf))
            return refuse(ContentProblem::BrokenReference, where + " changes the event '" + e.recurrenceOf + "', which is not in the pack");
        if (e.title.empty()) return refuse(ContentProblem::BadContent, where + " has no title");
        if (!isWallTime(e.start, e.allDay)) return refuse(ContentProblem::BadContent, where + ": the start '" + e.start + "' is not a valid time");
        if (!isWallTime(e.end, e.allDay)) return refuse(ContentProblem::BadContent, where + ": the end '" + e.end + "' is not a valid time");
        if (e.end < e.start) return refuse(ContentProblem::BadContent, where + " ends before it starts");
        if (!e.timeZone.empty() && !isKnownTimeZone(e.timeZone))
            return refuse(ContentProblem::BadContent, where + ": the time zone '" + e.timeZone + "' is not known");
        if (!e.rrule.empty() && !isValidRecurrenceRule(e.rrule))
            return refuse(ContentProblem::BadContent, where + ": the repeat rule " + quoteForMessage(e.rrule) + " is not understood");
        for (const auto& list : {&e.extraRrules, &e.exrules})
            for (const auto& rule : *list)
                if (!isValidRecurrenceRule(rule))
                    return refuse(ContentProblem::BadContent, where + ": the repeat rule " + quoteForMessage(rule) + " is not understood");
        std::vector<const std::string*> repeating = {&e.rrule};
        for (const auto& rule : e.extraRrules) repeating.push_back(&rule);
        for (const std::string* rule : repeating)
            if (repeatsMoreThanHourly(*rule))
                return refuse(ContentProblem::BadContent, where + ": the repeat rule " + quoteForMessage(*rule) +
                                                              " repeats every second or minute; a kiosk shows events that repeat at most hourly");
        for (const auto& date : e.exdates)
            if (!parseWallTime(date)) return refuse(ContentProblem::BadContent, where + ": '" + date + "' is not a valid time");
        for (const auto& date : e.rdates)
            if (!parseRecurrenceDate(date)) return refuse(ContentProblem::BadContent, where + ": '" + date + "' is not a valid time");
    }

    std::set<std::string> guides;
    for (const auto& g : content.guides) {
        std::string where = "guide '" + g.id + "'";
        if (!isValidIdentifier(g.id)) return refuse(ContentProblem::BadContent, where + ": the id may only use a-z, 0-9 and '-'");
        if (!guides.insert(g.id).second) return refuse(ContentProblem::BadContent, where + " appears twice");
        if (g.texts.empty()) return refuse(ContentProblem::BadContent, where + " has no text");
        if (imageMissing(g.picture))
            return refuse(ContentProblem::BrokenReference, where + " shows the picture '" + g.picture + "', which is not in the pack");
        for (const auto& [lang, text] : g.texts) {
            if (text.title.empty()) return refuse(ContentProblem::BadContent, where + " (" + lang + ") has no title");
            for (const auto& block : text.blocks)
                if (block.kind == GuideBlock::Kind::Image && imageMissing(block.image))
                    return refuse(ContentProblem::BrokenReference,
                                  where + " (" + lang + ") shows the picture '" + block.image + "', which is not in the pack");
        }
    }
    return {};
}

namespace {

// What is wrong with a picture, or empty words and the decoded picture in `decoded`.
// `forCopies`: the pixels are only for the picture's copies (see checkImageFile).
CheckWords pictureProblem(const std::filesystem::path& file, std::optional<DecodedPicture>* decoded,
                          bool forCopies = false) {
    const std::string name = file.filename().string();
    auto bytes = readWholeFile(file, kMaxImageBytes);
    if (!bytes) {
        std::error_code error;
        const auto status = std::filesystem::symlink_status(file, error);
        if (!error && std::filesystem::is_regular_file(status))
            return say("picture.too_big_file", {{"name", name}, {"limit", std::to_string(kMaxImageBytes >> 20)}});
        return say("picture.unreadable", {{"name", name}});
    }
    // The signature bytes decide, not the name: BMP, GIF, PSD and the like
    // never reach a decoder.
    const PictureHeader header = readPictureHeader(*bytes);
    if (header.format == PictureFormat::Unknown) return say("picture.not_jpeg_png", {{"name", name}});
    // The header's size first: a 65535 x 65535 PNG is refused for its size
    // (before anything is allocated), not called unreadable.
    if (header.width > kMaxImageSide || header.height > kMaxImageSide)
        return say("picture.too_large", {{"name", name}, {"width", std::to_string(header.width)},
                                         {"height", std::to_string(header.height)}, {"side", std::to_string(kMaxImageSide)}});
    int width = 0, height = 0, channels = 0;
    if (header.damaged || !pictureInfo(*bytes, &width, &height, &channels) || width > kMaxImageSide ||
        height > kMaxImageSide || width != header.width || height != header.height)
        return say("picture.damaged", {{"name", name}});
    std::optional<DecodedPicture> picture;
    if (forCopies && header.format == PictureFormat::Jpeg && needsDisplayCopy(width, height)) {
        const PictureSize copy = displayCopySize(width, height);
        picture = decodeJpegAtLeast(*bytes, copy.width, copy.height);
    }
    if (!picture) picture = decodePicture(*bytes);
    if (!picture) return say("picture.damaged", {{"name", name}});
    if (decoded) *decoded = std::move(picture);
    return {};
}

}  // namespace

CheckWords checkImageFileWords(const std::filesystem::path& file) { return pictureProblem(file, nullptr); }

std::string checkImageFile(const std::filesystem::path& file) { return checkImageFile(file, {}); }

std::string checkImageFile(const std::filesystem::path& file, const DecodedPixelsUser& usePixels) {
    std::optional<DecodedPicture> picture;
    if (CheckWords problem = pictureProblem(file, &picture, bool(usePixels)); !problem.empty()) return english(problem);
    return usePixels ? usePixels(*picture) : std::string();
}

}  // namespace content::pack
