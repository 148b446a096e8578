/* The one place stb's image code is compiled for the kiosk, kiosk-pack, the
 * tests and the benchmark. Debian's libstb.so carries every stb_image decoder
 * (BMP, GIF, PSD, HDR, PNM, PIC, TGA); a picture from a pack or a stick must
 * only ever reach the PNG and JPEG ones, so nothing links libstb.so and the
 * decoders are built here with STBI_ONLY_PNG and STBI_ONLY_JPEG. The writer
 * and the resizer come along so the program has a single stb. */
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

#define STB_IMAGE_RESIZE_IMPLEMENTATION
#include <stb_image_resize.h>
