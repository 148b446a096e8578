// The set of Unicode code points that occur in the content, collected while
// the database is built and stored as compact ranges ("32-126,196,1575-1610")
// so the kiosk can build a font atlas of exactly the glyphs it needs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace content::db {

class CodepointSet {
public:
    CodepointSet();
    void addText(std::string_view utf8);
    std::vector<uint32_t> sorted() const;
    std::string encode() const;
    // Parses encode()'s format; malformed parts are skipped.
    static std::vector<uint32_t> decode(std::string_view ranges);

private:
    std::vector<bool> present_;  // indexed by code point, 0..0x10FFFF
};

}  // namespace content::db
