// A guide's Markdown (md4c, CommonMark) turned into GuideText blocks: the
// first "# " heading is the title; paragraphs and list items keep the author's
// soft line breaks as separate lines (Easy German: one sentence per line);
// images become Image blocks with the path as written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/core/model.h"

namespace content::markdown {

struct GuideParse {
    GuideText text;
    std::vector<std::string> imagePaths;  // every image src, as written
    bool hasTitle = false;                // a "# " heading was found
};

GuideParse parseGuide(std::string_view markdownText);

}  // namespace content::markdown
