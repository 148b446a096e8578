#include "kiosk/text/font_files.h"

#include <fstream>
#include <iterator>
#include <map>
#include <memory>

namespace kiosk::text {

FT_Library freeType() {
    static FT_Library library = [] {
        FT_Library lib = nullptr;
        if (FT_Init_FreeType(&lib) != 0) lib = nullptr;
        return lib;
    }();
    return library;
}

const LoadedFont* loadFont(const std::string& path) {
    static std::map<std::string, std::unique_ptr<LoadedFont>> cache;
    auto it = cache.find(path);
    if (it != cache.end()) return it->second.get();
    auto font = std::make_unique<LoadedFont>();
    std::ifstream in(path, std::ios::binary);
    if (in) font->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    auto openFace = [&](FT_Face* face) {
        return FT_New_Memory_Face(freeType(), reinterpret_cast<const FT_Byte*>(font->bytes.data()),
                                  static_cast<FT_Long>(font->bytes.size()), 0, face) == 0;
    };
    if (font->bytes.empty() || !freeType() || !openFace(&font->face) || !openFace(&font->rasterFace)) {
        cache[path] = nullptr;
        return nullptr;
    }
    // The blob points into our bytes, which live as long as the process.
    hb_blob_t* blob = hb_blob_create(font->bytes.data(), static_cast<unsigned>(font->bytes.size()),
                                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    hb_face_t* face = hb_face_create(blob, 0);
    font->unitsPerEm = hb_face_get_upem(face);
    font->shaper = hb_font_create(face);
    hb_font_set_scale(font->shaper, static_cast<int>(font->unitsPerEm), static_cast<int>(font->unitsPerEm));
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return (cache[path] = std::move(font)).get();
}

float lineBoxPerEm(FT_Face face) {
    if (!face || face->units_per_EM == 0) return 1.0f;
    return static_cast<float>(face->ascender - face->descender) / static_cast<float>(face->units_per_EM);
}

}  // namespace kiosk::text
