#include "content/db/codepoint_set.h"

#include <charconv>

#include "content/db/search_text.h"

namespace content::db {

namespace {
constexpr uint32_t kCodepointLimit = 0x110000;
constexpr uint32_t kReplacement = 0xFFFD;
}  // namespace

CodepointSet::CodepointSet() : present_(kCodepointLimit, false) {}

void CodepointSet::addText(std::string_view utf8) {
    // Control characters (newlines in descriptions) are never drawn as glyphs.
    for (char32_t cp : search_text::decodeUtf8(utf8))
        if (cp >= 0x20 && cp != 0x7F && cp != kReplacement && cp < kCodepointLimit) present_[cp] = true;
}

std::vector<uint32_t> CodepointSet::sorted() const {
    std::vector<uint32_t> out;
    for (uint32_t cp = 0; cp < kCodepointLimit; ++cp)
        if (present_[cp]) out.push_back(cp);
    return out;
}

std::string CodepointSet::encode() const {
    std::string out;
    uint32_t cp = 0;
    while (cp < kCodepointLimit) {
        if (!present_[cp]) {
            ++cp;
            continue;
        }
        uint32_t last = cp;
        while (last + 1 < kCodepointLimit && present_[last + 1]) ++last;
        if (!out.empty()) out += ',';
        out += std::to_string(cp);
        if (last != cp) out += '-' + std::to_string(last);
        cp = last + 1;
    }
    return out;
}

std::vector<uint32_t> CodepointSet::decode(std::string_view ranges) {
    std::vector<uint32_t> out;
    size_t pos = 0;
    while (pos < ranges.size()) {
        size_t end = ranges.find(',', pos);
        if (end == std::string_view::npos) end = ranges.size();
        const std::string_view part = ranges.substr(pos, end - pos);
        pos = end + 1;
        uint32_t first = 0, last = 0;
        const size_t dash = part.find('-');
        const std::string_view firstText = part.substr(0, dash);
        if (std::from_chars(firstText.data(), firstText.data() + firstText.size(), first).ec != std::errc()) continue;
        last = first;
        if (dash != std::string_view::npos) {
            const std::string_view lastText = part.substr(dash + 1);
            if (std::from_chars(lastText.data(), lastText.data() + lastText.size(), last).ec != std::errc()) continue;
        }
        if (last < first || last >= kCodepointLimit) continue;
        for (uint32_t cp = first; cp <= last; ++cp) out.push_back(cp);
    }
    return out;
}

}  // namespace content::db
