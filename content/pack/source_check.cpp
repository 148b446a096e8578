#include "content/pack/source_check.h"

#include "content/core/clock.h"
#include "content/pack/content_checks.h"
#include "content/pack/pack_limits.h"
#include "content/pack/picture_decoder.h"

namespace content::pack {

namespace {

void addError(SourceReadResult& read, std::string file, std::string message, CheckWords words = {}) {
    Diagnostic diagnostic;
    diagnostic.file = std::move(file);
    diagnostic.message = words.empty() ? std::move(message) : english(words);
    diagnostic.words = std::move(words);
    read.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace

SourceReadResult checkSourceForPack(const std::filesystem::path& dir, int64_t nowUtc) {
    nowUtc = nowUtcOr(nowUtc);
    SourceReadResult read = readSourceFolder(dir);
    if (!read.ok()) return read;
    // A source folder has no sequence yet (build gives it one): check the
    // rest with a valid placeholder.
    Content checked = read.content;
    if (checked.pack.sequence == 0) checked.pack.sequence = 1;
    if (auto check = checkContent(checked); !check.ok()) addError(read, "", check.detail);
    else if (CheckWords limit = importLimitsProblem(read.content, nowUtc); !limit.empty())
        addError(read, "", "", say("pack.refused").with("reason", std::move(limit)));
    if (CheckWords pixels = picturePixelsProblem(dir / "images", read.content.images); !pixels.empty())
        addError(read, "", "", say("pack.refused").with("reason", std::move(pixels)));
    for (const auto& image : read.content.images)
        if (CheckWords problem = checkImageFileWords(dir / "images" / image); !problem.empty())
            addError(read, "images/" + image, "", std::move(problem));
    return read;
}

}  // namespace content::pack
