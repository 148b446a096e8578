#include "kiosk/widgets/icons.h"

#include <algorithm>
#include <cmath>

namespace kiosk::icons {

namespace {

// The icon's drawing square inside the box, and a line width that scales with it.
struct Square {
    ImVec2 c;  // centre
    float s;   // half size
    float w;   // stroke width
    ImVec2 at(float x, float y) const { return {c.x + x * s, c.y + y * s}; }  // x, y in [-1, 1]
};

Square squareIn(const Rect& box) {
    float size = std::min(box.width(), box.height());
    float half = size * 0.5f;
    return {{(box.min.x + box.max.x) * 0.5f, (box.min.y + box.max.y) * 0.5f}, half, std::max(2.0f, size * 0.09f)};
}

}  // namespace

void back(ImDrawList* dl, const Rect& box, ImU32 color, bool rtl) {
    Square q = squareIn(box);
    float d = rtl ? -1.0f : 1.0f;  // mirrored: the arrow points where "back" is in that script
    dl->AddLine(q.at(-0.7f * d, 0), q.at(0.75f * d, 0), color, q.w);
    dl->AddLine(q.at(-0.7f * d, 0), q.at(-0.1f * d, -0.6f), color, q.w);
    dl->AddLine(q.at(-0.7f * d, 0), q.at(-0.1f * d, 0.6f), color, q.w);
    dl->AddCircleFilled(q.at(-0.7f * d, 0), q.w * 0.5f, color);
}

void forward(ImDrawList* dl, const Rect& box, ImU32 color, bool rtl) {
    Square q = squareIn(box);
    float d = rtl ? -1.0f : 1.0f;
    ImVec2 points[3] = {q.at(-0.25f * d, -0.55f), q.at(0.3f * d, 0), q.at(-0.25f * d, 0.55f)};
    dl->AddPolyline(points, 3, color, 0, q.w);
}

void home(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    ImVec2 roof[3] = {q.at(-0.8f, -0.05f), q.at(0, -0.8f), q.at(0.8f, -0.05f)};
    dl->AddPolyline(roof, 3, color, 0, q.w);
    ImVec2 walls[4] = {q.at(-0.55f, -0.25f), q.at(-0.55f, 0.75f), q.at(0.55f, 0.75f), q.at(0.55f, -0.25f)};
    dl->AddPolyline(walls, 4, color, 0, q.w);
    dl->AddRectFilled(q.at(-0.15f, 0.25f), q.at(0.15f, 0.75f), color);
}

void search(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    dl->AddCircle(q.at(-0.15f, -0.15f), q.s * 0.5f, color, 32, q.w);
    dl->AddLine(q.at(0.22f, 0.22f), q.at(0.75f, 0.75f), color, q.w * 1.3f);
}

void contrast(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    float r = q.s * 0.75f;
    dl->AddCircle(q.c, r, color, 40, q.w);
    // The left half filled: the usual "contrast" sign, as one convex shape
    // (a fan of separately anti-aliased triangles leaves light seams between them).
    dl->PathClear();
    dl->PathArcTo(q.c, r, float(M_PI) * 0.5f, float(M_PI) * 1.5f, 32);
    dl->PathFillConvex(color);
}

void keyboardHide(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    // A keyboard outline with three rows of keys, and a chevron pointing down under it.
    dl->AddRect(q.at(-0.85f, -0.75f), q.at(0.85f, 0.2f), color, q.s * 0.12f, 0, q.w * 0.8f);
    for (int row = 0; row < 2; ++row)
        for (int key = 0; key < 5; ++key) {
            float x = -0.6f + key * 0.3f, y = -0.5f + row * 0.3f;
            dl->AddRectFilled(q.at(x - 0.08f, y - 0.07f), q.at(x + 0.08f, y + 0.07f), color);
        }
    dl->AddLine(q.at(-0.35f, 0.0f), q.at(0.35f, 0.0f), color, q.w * 0.8f);
    ImVec2 chevron[3] = {q.at(-0.3f, 0.45f), q.at(0, 0.75f), q.at(0.3f, 0.45f)};
    dl->AddPolyline(chevron, 3, color, 0, q.w);
}

void textSize(ImDrawList* dl, const Rect& box, ImU32 color, int step) {
    Square q = squareIn(box);
    // Two letter-like triangles, small and large; the active step fills a bar.
    auto letter = [&](float cx, float height) {
        ImVec2 points[3] = {q.at(cx - height * 0.4f, 0.7f), q.at(cx, 0.7f - height), q.at(cx + height * 0.4f, 0.7f)};
        dl->AddPolyline(points, 3, color, 0, q.w);
        dl->AddLine(q.at(cx - height * 0.22f, 0.7f - height * 0.4f), q.at(cx + height * 0.22f, 0.7f - height * 0.4f),
                    color, q.w * 0.8f);
    };
    letter(-0.45f, 0.8f);
    letter(0.35f, 1.4f);
    // The three steps as bars thick enough to read at a small icon size (a
    // one-pixel outline broke up into specks there).
    for (int i = 0; i < 3; ++i) {
        ImVec2 a = q.at(-0.8f + i * 0.58f, 0.84f), b = q.at(-0.8f + i * 0.58f + 0.45f, 1.0f);
        if (i <= step) dl->AddRectFilled(a, b, color);
        else dl->AddRect(a, b, color, 0, 0, std::max(1.5f, q.w * 0.45f));
    }
}

void people(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    dl->AddCircleFilled(q.at(-0.35f, -0.35f), q.s * 0.22f, color);
    dl->AddCircleFilled(q.at(0.35f, -0.35f), q.s * 0.22f, color);
    dl->AddRectFilled(q.at(-0.75f, 0.0f), q.at(0.05f, 0.75f), color, q.s * 0.25f, ImDrawFlags_RoundCornersTop);
    dl->AddRectFilled(q.at(-0.05f, 0.0f), q.at(0.75f, 0.75f), color, q.s * 0.25f, ImDrawFlags_RoundCornersTop);
}

void calendar(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    dl->AddRect(q.at(-0.75f, -0.6f), q.at(0.75f, 0.8f), color, q.s * 0.1f, 0, q.w);
    dl->AddRectFilled(q.at(-0.75f, -0.6f), q.at(0.75f, -0.25f), color);
    dl->AddLine(q.at(-0.4f, -0.85f), q.at(-0.4f, -0.45f), color, q.w);
    dl->AddLine(q.at(0.4f, -0.85f), q.at(0.4f, -0.45f), color, q.w);
    for (int row = 0; row < 2; ++row)
        for (int col = 0; col < 3; ++col) {
            ImVec2 a = q.at(-0.5f + col * 0.4f, 0.0f + row * 0.38f);
            dl->AddRectFilled(a, {a.x + q.s * 0.2f, a.y + q.s * 0.2f}, color);
        }
}

void book(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    ImVec2 left[4] = {q.at(0, -0.55f), q.at(-0.8f, -0.75f), q.at(-0.8f, 0.6f), q.at(0, 0.8f)};
    ImVec2 right[4] = {q.at(0, -0.55f), q.at(0.8f, -0.75f), q.at(0.8f, 0.6f), q.at(0, 0.8f)};
    dl->AddPolyline(left, 4, color, 0, q.w);
    dl->AddPolyline(right, 4, color, 0, q.w);
    dl->AddLine(q.at(0, -0.55f), q.at(0, 0.8f), color, q.w);
    for (int i = 0; i < 3; ++i) {
        float y = -0.35f + i * 0.3f;
        dl->AddLine(q.at(-0.6f, y), q.at(-0.2f, y + 0.08f), color, q.w * 0.6f);
        dl->AddLine(q.at(0.2f, y + 0.08f), q.at(0.6f, y), color, q.w * 0.6f);
    }
}

void phone(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    dl->AddRect(q.at(-0.4f, -0.8f), q.at(0.4f, 0.8f), color, q.s * 0.15f, 0, q.w);
    dl->AddCircleFilled(q.at(0, 0.55f), q.w * 0.7f, color);
}

void pin(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    dl->AddCircle(q.at(0, -0.3f), q.s * 0.45f, color, 32, q.w);
    dl->AddTriangleFilled(q.at(-0.38f, -0.05f), q.at(0.38f, -0.05f), q.at(0, 0.85f), color);
    dl->AddCircleFilled(q.at(0, -0.3f), q.s * 0.15f, color);
}

void qr(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    auto finder = [&](float x, float y) {
        dl->AddRect(q.at(x, y), q.at(x + 0.7f, y + 0.7f), color, 0, 0, q.w * 0.8f);
        dl->AddRectFilled(q.at(x + 0.22f, y + 0.22f), q.at(x + 0.48f, y + 0.48f), color);
    };
    finder(-0.85f, -0.85f);
    finder(0.15f, -0.85f);
    finder(-0.85f, 0.15f);
    dl->AddRectFilled(q.at(0.2f, 0.2f), q.at(0.45f, 0.45f), color);
    dl->AddRectFilled(q.at(0.55f, 0.55f), q.at(0.85f, 0.85f), color);
}

void check(ImDrawList* dl, const Rect& box, ImU32 color) {
    Square q = squareIn(box);
    ImVec2 points[3] = {q.at(-0.6f, 0.0f), q.at(-0.15f, 0.5f), q.at(0.65f, -0.5f)};
    dl->AddPolyline(points, 3, color, 0, q.w * 1.2f);
}

void picturePlaceholder(ImDrawList* dl, const Rect& box, ImU32 background, ImU32 color) {
    dl->AddRectFilled(box.min, box.max, background);
    Square q = squareIn(box);
    q.s *= 0.5f;
    ImVec2 hills[3] = {q.at(-0.9f, 0.6f), q.at(-0.2f, -0.2f), q.at(0.5f, 0.6f)};
    dl->AddTriangleFilled(hills[0], hills[1], hills[2], color);
    dl->AddTriangleFilled(q.at(0.1f, 0.6f), q.at(0.55f, 0.1f), q.at(0.95f, 0.6f), color);
    dl->AddCircleFilled(q.at(0.5f, -0.5f), q.s * 0.2f, color);
}

}  // namespace kiosk::icons
