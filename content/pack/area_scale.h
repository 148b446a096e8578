// Shrinking decoded pictures by area averaging: every target pixel is the
// average of the source pixels it covers, each weighted by how much of it
// lies inside (a box filter, exact for any factor, so nothing aliases). In
// integers and in two passes, each touching a source sample about once:
// stb_image_resize's float box filter did the same at a few tens of megapixels
// a second and was a third of the import's time on large pictures.
#pragma once

#include <vector>

namespace content::pack {

// `pixels`: width x height, `channels` (1..4) a pixel, rows packed. The target
// must not be larger than the source in either direction (shrinking only).
// Returns targetWidth x targetHeight pixels, rows packed; empty when the
// sizes are not a shrink.
std::vector<unsigned char> shrinkByArea(const unsigned char* pixels, int width, int height, int channels,
                                        int targetWidth, int targetHeight);

}  // namespace content::pack
