#include "bench/generator/picture_maker.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <stb_image_write.h>

#include "bench/generator/random.h"

namespace bench {

namespace {

struct Colour {
    float r, g, b;
};

// A calm palette: the pictures should look like friendly illustrations.
const Colour kPalette[] = {
    {0.96f, 0.76f, 0.35f}, {0.36f, 0.62f, 0.80f}, {0.55f, 0.78f, 0.55f}, {0.93f, 0.52f, 0.45f},
    {0.62f, 0.50f, 0.78f}, {0.98f, 0.92f, 0.80f}, {0.25f, 0.40f, 0.55f}, {0.85f, 0.88f, 0.92f},
};

struct Shape {
    bool round = true;
    float cx, cy, rx, ry;  // centre and half extents in pixels
    Colour colour;
};

// Coverage of a pixel by a shape, anti-aliased over one pixel at the edge.
float coverage(const Shape& shape, float x, float y) {
    if (shape.round) {
        float dx = (x - shape.cx) / shape.rx, dy = (y - shape.cy) / shape.ry;
        float distance = (std::sqrt(dx * dx + dy * dy) - 1.0f) * std::min(shape.rx, shape.ry);
        return std::clamp(0.5f - distance, 0.0f, 1.0f);
    }
    float outside = std::max(std::fabs(x - shape.cx) - shape.rx, std::fabs(y - shape.cy) - shape.ry);
    return std::clamp(0.5f - outside, 0.0f, 1.0f);
}

}  // namespace

bool writePicture(const PictureSpec& spec, const std::filesystem::path& file) {
    Random random(spec.seed);
    const int w = spec.width, h = spec.height;
    const bool png = file.extension() == ".png";
    const Colour top = kPalette[random.below(std::size(kPalette))];
    const Colour bottom = kPalette[random.below(std::size(kPalette))];

    std::vector<uint8_t> pixels(static_cast<size_t>(w) * h * 3);
    // Background: a vertical gradient. Rows are uniform, so PNG's "up" filter
    // turns them into zeros and the file stays small.
    for (int y = 0; y < h; ++y) {
        float t = static_cast<float>(y) / std::max(1, h - 1);
        uint8_t r = static_cast<uint8_t>(255.0f * (top.r + (bottom.r - top.r) * t));
        uint8_t g = static_cast<uint8_t>(255.0f * (top.g + (bottom.g - top.g) * t));
        uint8_t b = static_cast<uint8_t>(255.0f * (top.b + (bottom.b - top.b) * t));
        uint8_t* row = &pixels[static_cast<size_t>(y) * w * 3];
        for (int x = 0; x < w; ++x) {
            row[x * 3] = r;
            row[x * 3 + 1] = g;
            row[x * 3 + 2] = b;
        }
    }

    const int shapeCount = random.between(3, 7);
    const float scale = static_cast<float>(std::min(w, h));
    for (int i = 0; i < shapeCount; ++i) {
        Shape shape;
        shape.round = random.chance(60);
        shape.cx = static_cast<float>(random.unit() * w);
        shape.cy = static_cast<float>(random.unit() * h);
        shape.rx = scale * static_cast<float>(0.06 + random.unit() * 0.22);
        shape.ry = shape.round && random.chance(50) ? shape.rx : scale * static_cast<float>(0.06 + random.unit() * 0.22);
        shape.colour = kPalette[random.below(std::size(kPalette))];
        int x0 = std::max(0, static_cast<int>(shape.cx - shape.rx - 2));
        int x1 = std::min(w, static_cast<int>(shape.cx + shape.rx + 2));
        int y0 = std::max(0, static_cast<int>(shape.cy - shape.ry - 2));
        int y1 = std::min(h, static_cast<int>(shape.cy + shape.ry + 2));
        for (int y = y0; y < y1; ++y) {
            uint8_t* row = &pixels[static_cast<size_t>(y) * w * 3];
            for (int x = x0; x < x1; ++x) {
                float a = coverage(shape, x + 0.5f, y + 0.5f);
                if (a <= 0.0f) continue;
                uint8_t* p = &row[x * 3];
                p[0] = static_cast<uint8_t>(p[0] + (shape.colour.r * 255.0f - p[0]) * a);
                p[1] = static_cast<uint8_t>(p[1] + (shape.colour.g * 255.0f - p[1]) * a);
                p[2] = static_cast<uint8_t>(p[2] + (shape.colour.b * 255.0f - p[2]) * a);
            }
        }
    }

    const std::string path = file.string();
    if (png) return stbi_write_png(path.c_str(), w, h, 3, pixels.data(), w * 3) != 0;
    return stbi_write_jpg(path.c_str(), w, h, 3, pixels.data(), 80) != 0;
}

}  // namespace bench
