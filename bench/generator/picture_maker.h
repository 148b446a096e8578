// Friendly abstract pictures (gradient sky, soft round shapes) for the large
// content set. Smooth areas and flat shapes compress well, so 500 pictures up
// to 4096x4096 stay a reasonable download while still costing the kiosk real
// decoding and scaling work.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace bench {

struct PictureSpec {
    std::string fileName;  // ends in .png or .jpg
    int width = 0, height = 0;
    uint64_t seed = 0;
};

// Writes the picture; returns false when the file could not be written.
bool writePicture(const PictureSpec& spec, const std::filesystem::path& file);

}  // namespace bench
