#include "content/pack/pack_limits.h"

#include <algorithm>

#include "content/core/recurrence.h"
#include "content/pack/content_checks.h"
#include "content/pack/content_json.h"
#include "content/pack/durable_files.h"
#include "content/pack/picture_header.h"

namespace content::pack {

Expansion expandWithinLimits(const Content& content, int64_t nowUtc, const ContentLimits& limits,
                             const std::function<bool()>& outOfTime) {
    Expansion expansion;
    for (const auto& series : content.events) {
        if (outOfTime && outOfTime()) {
            expansion.outOfTime = true;
            expansion.problem = say("limits.expansion_too_slow");
            return expansion;
        }
        // One more than the budget allows tells "at the limit" from "over it".
        const size_t left = limits.maxOccurrences + 1 - expansion.occurrences.size();
        auto expanded = expandOccurrences(series, content.pack.timeZone, nowUtc - kExpandBeforeSeconds,
                                          nowUtc + kExpandAfterSeconds, std::min(kMaxOccurrencesPerSeries, left));
        expansion.occurrences.insert(expansion.occurrences.end(), expanded.begin(), expanded.end());
        if (expansion.occurrences.size() > limits.maxOccurrences) {
            expansion.problem = say("limits.too_many_dates", {{"limit", std::to_string(limits.maxOccurrences)}});
            expansion.occurrences.clear();
            return expansion;
        }
    }
    return expansion;
}

CheckWords importLimitsProblem(const Content& content, int64_t nowUtc, const ContentLimits& limits) {
    std::string json;
    try {
        json = contentToJson(content);
    } catch (const std::exception&) {
        return say("limits.not_utf8");
    }
    ContentJsonProblem problem = ContentJsonProblem::None;
    std::string detail;
    CheckWords words;
    if (!parseContentJson(json, limits, &problem, &detail, &words))
        return words.empty() ? say("limits.content_json", {{"detail", detail}}) : words;
    if (content.images.size() > limits.maxImages)
        return say("limits.too_many_pictures",
                   {{"count", std::to_string(content.images.size())}, {"limit", std::to_string(limits.maxImages)}});
    return expandWithinLimits(content, nowUtc, limits).problem;
}

std::string checkImportLimits(const Content& content, int64_t nowUtc, const ContentLimits& limits) {
    const CheckWords problem = importLimitsProblem(content, nowUtc, limits);
    return problem.empty() ? std::string() : english(problem);
}

CheckWords picturePixelsProblem(const std::filesystem::path& imagesDir, const std::vector<std::string>& images,
                                const ContentLimits& limits) {
    uint64_t total = 0;
    for (const std::string& image : images) {
        auto bytes = readWholeFile(imagesDir / image, kMaxImageBytes);
        if (!bytes) continue;  // checkImageFile names the unreadable picture
        const PictureHeader header = readPictureHeader(*bytes);
        // One over 4096 x 4096 is refused on its own, naming it (checkImageFile).
        if (header.width > kMaxImageSide || header.height > kMaxImageSide) continue;
        total += static_cast<uint64_t>(header.width) * static_cast<uint64_t>(header.height);
    }
    if (total <= limits.maxTotalPicturePixels) return {};
    return say("pictures.too_many_pixels", {{"pixels", std::to_string(total)}, {"limit", std::to_string(limits.maxTotalPicturePixels)}});
}

std::string checkPicturePixels(const std::filesystem::path& imagesDir, const std::vector<std::string>& images,
                               const ContentLimits& limits) {
    const CheckWords problem = picturePixelsProblem(imagesDir, images, limits);
    return problem.empty() ? std::string() : english(problem);
}

}  // namespace content::pack
