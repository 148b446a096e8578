// Decoding a large JPEG straight to the size its copies need, with
// libjpeg-turbo's DCT scaling (1/8 .. 8/8): a 4096x4096 photo for a 1280 px
// copy is decoded at 3/8, so colour conversion, upsampling and the area
// filter see 2.4 instead of 16.8 megapixels. Pictures were most of the
// import's time, and their full decode with stb_image most of that.
//
// Only for pictures the kiosk never decodes itself (it shows their copies):
// stb_image stays the judge of every picture that is shown as it is. Anything
// libjpeg-turbo says about the file (a warning as well as an error), or a
// JPEG stb_image would not read (arithmetic coding, not 8-bit, not 1 or 3
// components), gives nothing here, and the caller decodes it with stb_image,
// whose answer then stands.
#pragma once

#include <optional>
#include <string_view>

#include "content/pack/picture_decoder.h"

namespace content::pack {

// The smallest scaled decode that is at least `width` x `height` (the size the
// caller will shrink it to), with the file's own channels (1 or 3) and its
// own size in fileWidth x fileHeight.
std::optional<DecodedPicture> decodeJpegAtLeast(std::string_view bytes, int width, int height);

}  // namespace content::pack
