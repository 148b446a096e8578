// Smaller copies of a pack's pictures, written by the import. A kiosk shows a
// picture at most about a screen wide, and in lists and on detail pages at a
// few hundred pixels; decoding a 4096x4096 original there would cost 64 MB of
// memory and a long decode for every view, and even a 1280 px copy costs
// 11 MB of decoder buffers for a 144 px list row. The import decodes every
// picture anyway (to check it), so it also keeps
// - a display copy no larger than kDisplayMaxSide (images/display/), which
//   ContentStore::imagePath prefers to the original, and
// - a list copy no larger than kListMaxSide (images/list/), which the kiosk's
//   picture cache takes instead whenever it is large enough for the place the
//   picture is drawn at (listCopyFor).
#pragma once

#include <filesystem>
#include <string>

#include "content/pack/picture_decoder.h"

namespace content::pack {

// Longest side of a display copy, in pixels (a full-HD screen's width, roughly).
inline constexpr int kDisplayMaxSide = 1280;
// Longest side of a list copy: a list row's picture is 40 mm (144 px on a
// 24-inch full-HD panel), an organisation's or guide's picture block 60-70 mm
// high; this leaves room for panels up to twice as dense.
inline constexpr int kListMaxSide = 480;

// Whether a picture of this size gets a display copy (smaller ones are shown as they are).
bool needsDisplayCopy(int width, int height);
// Whether it gets a list copy.
bool needsListCopy(int width, int height);

// The size of the display copy of a picture of this size (its longest side
// kDisplayMaxSide, proportions kept).
struct PictureSize {
    int width = 0, height = 0;
};
PictureSize displayCopySize(int width, int height);

// Writes the copies a picture needs (display copy to `displayTarget`, list
// copy to `listTarget`) from its decoded pixels (channels 1..4, rows packed;
// possibly decoded scaled down, but no smaller than its display copy), in the
// format the extension names: PNG stays PNG (lossless), JPEG is written at
// quality 85. Nothing when it needs none. Sizes follow the file's own size.
bool writePictureCopies(const DecodedPicture& picture, const std::filesystem::path& displayTarget,
                        const std::filesystem::path& listTarget, std::string* error);

// The list copy that belongs to `shown` (a picture file as
// ContentStore::imagePath names it: the original or its display copy), or an
// empty path when `shown` is neither. Whether the copy exists is the caller's
// to find out (the import makes none for small pictures).
std::filesystem::path listCopyFor(const std::filesystem::path& shown);

}  // namespace content::pack
