// The rules a pack's content must follow beyond its JSON shape: identifiers,
// dates and rules that parse, and references that resolve (an event's
// organisation, an organisation's or guide's picture). `kiosk-pack build`
// applies them before signing and the import applies them again, because a
// pack can be made by other tools.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "content/core/check_words.h"
#include "content/core/model.h"
#include "content/pack/picture_decoder.h"

namespace content::pack {

enum class ContentProblem { None, BadContent, BrokenReference };

struct ContentCheck {
    ContentProblem problem = ContentProblem::None;
    std::string detail;
    bool ok() const { return problem == ContentProblem::None; }
};

ContentCheck checkContent(const Content& content);

// True for "[a-z0-9][a-z0-9-]*": ids appear in file names and QR codes.
bool isValidIdentifier(const std::string& id);
// True for a plain file name ending in .jpg, .jpeg or .png (any case).
bool isValidImageName(const std::string& name);

inline constexpr int kMaxImageSide = 4096;
inline constexpr size_t kMaxImageBytes = 32u << 20;

// Reads a picture (a regular file of at most kMaxImageBytes, never through a
// link), checks its signature bytes and header size, then decodes it fully
// with stb_image (PNG and JPEG decoders only). Empty when it is a JPEG or PNG
// of at most 4096x4096 that decodes; otherwise what is wrong, for staff.
std::string checkImageFile(const std::filesystem::path& file);
// The same problem as a sentence with key and values (empty when the picture is fine).
CheckWords checkImageFileWords(const std::filesystem::path& file);

// The same, for the import, handing the decoded picture to `usePixels`
// before it is freed, so the one decode also makes the picture's copies
// (writePictureCopies). Its non-empty answer is returned as the problem. A
// JPEG that gets a display copy, which the kiosk shows in its place, may be
// decoded only to the size of that copy (jpeg_scaled_decoder.h); every other
// picture is decoded fully with stb_image, as the kiosk will.
using DecodedPixelsUser = std::function<std::string(const DecodedPicture& picture)>;
std::string checkImageFile(const std::filesystem::path& file, const DecodedPixelsUser& usePixels);

}  // namespace content::pack
