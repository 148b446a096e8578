#include "platform/font_texture.h"

#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>

#include <cstdio>
#include <cstring>

namespace platform {

bool FontTexture::supported() {
    const char* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    int major = 0, minor = 0;
    // Desktop GL only: "4.5 (Compatibility Profile) Mesa 22.3.6".
    if (version && std::sscanf(version, "%d.%d", &major, &minor) == 2 && (major > 3 || (major == 3 && minor >= 3)))
        return true;
    const char* extensions = reinterpret_cast<const char*>(glGetString(GL_EXTENSIONS));
    return extensions && (std::strstr(extensions, "GL_ARB_texture_swizzle") || std::strstr(extensions, "GL_EXT_texture_swizzle"));
}

void FontTexture::upload(ImFontAtlas* atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
    destroy();
    GLint lastTexture = 0, lastAlignment = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &lastAlignment);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    // The backend's shader multiplies the vertex colour by the texel: white
    // with the glyph's coverage as alpha, exactly what RGBA32 would give.
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glPixelStorei(GL_UNPACK_ALIGNMENT, lastAlignment);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(lastTexture));
    texture_ = texture;
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)));
}

void FontTexture::destroy() {
    if (!texture_) return;
    const GLuint texture = texture_;
    glDeleteTextures(1, &texture);
    texture_ = 0;
}

}  // namespace platform
