#include "content/pack/content_checks.h"

#include <stb_image.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include "content/core/recurrence.h"
#include "content/core/time_zone.h"

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

bool isWallTime(const std::string& text, bool allDay) {
    bool isDate = false;
    return parseWallTime(text, &isDate).has_value() && isDate == allDay;
}

}  // namespace

ContentCheck checkContent(const Content& content) {
    const PackInfo& pack = content.pack;
    if (!isValidIdentifier(pack.id))
        return refuse(ContentProblem::BadContent, "the pack id '" + pack.id + "' may only use a-z, 0-9 and '-'");
    if (!isKnownTimeZone(pack.timeZone))
        return refuse(ContentProblem::BadContent, "the time zone '" + pack.timeZone + "' is unknown");
    if (!HolidayCalendar::forRegion(pack.holidays))
        return refuse(ContentProblem::BadContent, "the holiday region '" + pack.holidays + "' is unknown");
    for (const std::string& entry : pack.schoolHolidays) {
        std::string problem;
        if (!parseSchoolHolidayRange(entry, &problem)) return refuse(ContentProblem::BadContent, "school_holidays: " + problem);
    }
    if (pack.defaultLanguage.empty()) return refuse(ContentProblem::BadContent, "the pack has no default language");
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
            return refuse(ContentProblem::BadContent, "the event '" + e.uid + "' appears twice");
    for (const auto& e : content.events) {
        std::string where = "event '" + e.uid + "'";
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
        if (!e.rrule.empty() && !isValidRecurrenceRule(e.rrule))
            return refuse(ContentProblem::BadContent, where + ": the repeat rule '" + e.rrule + "' is not understood");
        for (const auto& list : {&e.exdates, &e.rdates})
            for (const auto& date : *list)
                if (!parseWallTime(date)) return refuse(ContentProblem::BadContent, where + ": '" + date + "' is not a valid time");
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

std::string checkImageFile(const std::filesystem::path& file) { return checkImageFile(file, {}); }

std::string checkImageFile(const std::filesystem::path& file, const DecodedPixelsUser& usePixels) {
    std::unique_ptr<FILE, int (*)(FILE*)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
    if (!in) return "the picture '" + file.filename().string() + "' cannot be read";
    int width = 0, height = 0, channels = 0;
    // Header first: a 60000x60000 PNG is refused before anything is allocated.
    if (!stbi_info_from_file(in.get(), &width, &height, &channels))
        return "the picture '" + file.filename().string() + "' is not a JPEG or PNG image that can be opened";
    if (width > kMaxImageSide || height > kMaxImageSide)
        return "the picture '" + file.filename().string() + "' is " + std::to_string(width) + "x" + std::to_string(height) +
               " pixels; at most " + std::to_string(kMaxImageSide) + "x" + std::to_string(kMaxImageSide) + " is allowed";
    std::fseek(in.get(), 0, SEEK_SET);
    unsigned char* pixels = stbi_load_from_file(in.get(), &width, &height, &channels, 0);
    if (!pixels) return "the picture '" + file.filename().string() + "' is damaged and cannot be shown";
    std::string problem = usePixels ? usePixels(pixels, width, height, channels) : std::string();
    stbi_image_free(pixels);
    return problem;
}

}  // namespace content::pack
