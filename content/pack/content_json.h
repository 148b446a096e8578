// content.json: the pack's content as normalised JSON (never a database).
// The writer emits a stable layout; the reader is strict and bounded, because
// at import time the text comes from a stick: every value must have the
// right type, every text must be valid UTF-8 without control or bidi-override
// characters and within its length limit, and record counts are capped.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "content/core/check_words.h"
#include "content/core/content_limits.h"
#include "content/core/model.h"

namespace content::pack {

using content::ContentLimits;  // content/core/content_limits.h

std::string contentToJson(const Content& content);

enum class ContentJsonProblem { None, Malformed, BadText, TooLarge };

// `detail` says what is refused in English; `words` (optional) the same as a
// sentence with key and values when the refusal is a size limit (the ones a
// source folder can reach), else it is left empty.
std::optional<Content> parseContentJson(const std::string& json, const ContentLimits& limits,
                                        ContentJsonProblem* problem, std::string* detail, CheckWords* words = nullptr);

}  // namespace content::pack
