#include "kiosk/widgets/qr_code.h"

#include <algorithm>
#include <cmath>

#include <qrencode.h>

namespace kiosk {

std::optional<QrMatrix> encodeQr(std::string_view data) {
    if (data.empty()) return std::nullopt;
    const QRecLevel level = data.size() < 120 ? QR_ECLEVEL_Q : QR_ECLEVEL_M;
    QRcode* code = QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.data()),
                                     0, level);
    if (!code) return std::nullopt;
    QrMatrix m;
    m.size = code->width;
    m.dark.resize(static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
    for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1;  // bit 0: dark module
    QRcode_free(code);
    return m;
}

bool QrCode::setData(std::string_view data) {
    if (data == data_ && (matrix_ || data.empty())) return valid();
    data_ = std::string(data);
    matrix_ = encodeQr(data_);
    return valid();
}

float QrCode::minimumSide(float pxPerMm) const {
    const int total = modules() + 2 * kQuietModules;
    return std::max(kMinSideMm * pxPerMm, static_cast<float>(total) * kMinModuleMm * pxPerMm);
}

float QrCode::sideFor(float availableSide) const {
    const int total = modules() + 2 * kQuietModules;
    if (total <= 2 * kQuietModules) return 0;
    const float module = std::floor(availableSide / static_cast<float>(total));
    return std::max(module, 1.0f) * static_cast<float>(total);
}

float QrCode::draw(ImDrawList* drawList, ImVec2 topLeft, float side, ImU32 dark, ImU32 light) const {
    if (!matrix_) return 0;
    const int total = matrix_->size + 2 * kQuietModules;
    const float module = std::max(std::floor(side / static_cast<float>(total)), 1.0f);  // whole pixels: sharp edges
    const float drawn = module * static_cast<float>(total);
    const ImVec2 origin(std::floor(topLeft.x), std::floor(topLeft.y));
    drawList->AddRectFilled(origin, ImVec2(origin.x + drawn, origin.y + drawn), light);
    const float inner = module * kQuietModules;
    for (int y = 0; y < matrix_->size; ++y) {
        // One rectangle per horizontal run of dark modules keeps the vertex count low.
        int x = 0;
        while (x < matrix_->size) {
            if (!matrix_->at(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < matrix_->size && matrix_->at(end, y)) ++end;
            const ImVec2 a(origin.x + inner + module * static_cast<float>(x), origin.y + inner + module * static_cast<float>(y));
            const ImVec2 b(origin.x + inner + module * static_cast<float>(end), a.y + module);
            drawList->AddRectFilled(a, b, dark);
            x = end;
        }
    }
    return drawn;
}

}  // namespace kiosk
