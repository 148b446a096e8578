#include "platform/screenshot.h"

#include <GL/gl.h>
#include <stb/stb_image_write.h>

#include <cstring>
#include <vector>

namespace platform {

bool saveBackBufferPng(const std::string& path, int width, int height, std::string* error) {
    std::vector<unsigned char> pixels(size_t(width) * height * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's first row is the bottom one; PNG starts at the top.
    const size_t rowBytes = size_t(width) * 3;
    std::vector<unsigned char> row(rowBytes);
    for (int y = 0; y < height / 2; ++y) {
        unsigned char* top = pixels.data() + size_t(y) * rowBytes;
        unsigned char* bottom = pixels.data() + size_t(height - 1 - y) * rowBytes;
        std::memcpy(row.data(), top, rowBytes);
        std::memcpy(top, bottom, rowBytes);
        std::memcpy(bottom, row.data(), rowBytes);
    }
    if (!stbi_write_png(path.c_str(), width, height, 3, pixels.data(), int(rowBytes))) {
        if (error) *error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace platform
