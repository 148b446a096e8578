// Display-size copies of a pack's pictures, written by the import. A kiosk
// shows a picture at most about a screen wide; decoding a 4096x4096 original
// there would cost 64 MB of memory and a long decode for every view. The
// import decodes every picture anyway (to check it), so it also keeps a copy
// no larger than kDisplayMaxSide, which ContentStore::imagePath prefers.
#pragma once

#include <filesystem>
#include <string>

namespace content::pack {

// Longest side of a display copy, in pixels (a full-HD screen's width, roughly).
inline constexpr int kDisplayMaxSide = 1280;

// Whether a picture of this size gets a display copy (smaller ones are shown as they are).
bool needsDisplayCopy(int width, int height);

// Scales decoded pixels (channels 1..4, rows packed) so the longest side is
// kDisplayMaxSide and writes them to `target` in the format its extension
// names: PNG stays PNG (lossless), JPEG is written at quality 85.
bool writeDisplayCopy(const unsigned char* pixels, int width, int height, int channels,
                      const std::filesystem::path& target, std::string* error);

}  // namespace content::pack
