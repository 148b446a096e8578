// QR codes for "take it with you" (libqrencode), drawn as crisp squares in
// the draw list: whole-pixel modules, a white quiet zone of four modules, and
// large enough to scan from 40 cm.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk {

struct QrMatrix {
    int size = 0;                // modules per side (without quiet zone)
    std::vector<uint8_t> dark;   // size*size, row by row, 1 = dark
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)] != 0; }
};

// Encodes bytes (UTF-8 text) in byte mode with error correction M (Q for
// short data, where the extra robustness costs nothing); nullopt if too long.
std::optional<QrMatrix> encodeQr(std::string_view data);

class QrCode {
public:
    static constexpr int kQuietModules = 4;
    // A vCard of a few hundred bytes needs about 35 mm to scan from 40 cm with
    // an ordinary phone; modules are kept at 0.6 mm or more for longer data.
    static constexpr float kMinSideMm = 35.0f;
    static constexpr float kMinModuleMm = 0.6f;

    // Sets what the code says; re-encodes only when it changed.
    bool setData(std::string_view data);
    const std::string& data() const { return data_; }
    bool valid() const { return matrix_.has_value(); }
    int modules() const { return matrix_ ? matrix_->size : 0; }

    // Smallest side (with quiet zone) that scans from 40 cm, in pixels.
    float minimumSide(float pxPerMm) const;
    // Side actually drawn for an available side (whole pixels per module).
    float sideFor(float availableSide) const;

    // Draws the code (with quiet zone) into a square of about `side` pixels at
    // topLeft; returns the side drawn.
    float draw(ImDrawList* drawList, ImVec2 topLeft, float side, ImU32 dark = IM_COL32(0, 0, 0, 255),
               ImU32 light = IM_COL32(255, 255, 255, 255)) const;

private:
    std::string data_;
    std::optional<QrMatrix> matrix_;
};

}  // namespace kiosk
