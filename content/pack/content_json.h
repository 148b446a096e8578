// content.json: the pack's content as normalised JSON (never a database).
// The writer emits a stable layout; the reader is strict and bounded, because
// at import time the text comes from a stick: every value must have the
// right type, every text must be valid UTF-8 without control or bidi-override
// characters and within its length limit, and record counts are capped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "content/core/content_limits.h"
#include "content/core/model.h"

namespace content::pack {

using content::ContentLimits;  // content/core/content_limits.h

std::string contentToJson(const Content& content);

enum class ContentJsonProblem { None, Malformed, BadText, TooLarge };

std::optional<Content> parseContentJson(const std::string& json, const ContentLimits& limits,
                                        ContentJsonProblem* problem, std::string* detail);

}  // namespace content::pack
