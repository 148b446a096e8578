#include "content/pack/area_scale.h"

#include <algorithm>
#include <cstdint>

namespace content::pack {

namespace {

// Each target pixel's weights add up to this along each axis (11 bits: a
// pixel's sum over both, at most 255 x 2^11 x 2^11, still fits 32 bits).
constexpr uint32_t kWeightOne = 1u << 11;

// Which source pixels make each target pixel along one axis, and how much
// each: target i takes `count[i]` pixels from `first[i]`, with the weights
// from `weights[offset[i]]` on (flat arrays: the inner loops stay simple).
struct Spans {
    std::vector<int> first, count, offset;
    std::vector<uint32_t> weights;
};

Spans spansFor(int sourceSize, int targetSize) {
    Spans spans;
    const double scale = double(sourceSize) / double(targetSize);
    for (int target = 0; target < targetSize; ++target) {
        const double begin = target * scale, end = std::min(double(sourceSize), (target + 1) * scale);
        const int first = int(begin);
        const int last = std::min(sourceSize - 1, std::max(first, int(end - 1e-9)));
        spans.first.push_back(first);
        spans.count.push_back(last - first + 1);
        spans.offset.push_back(int(spans.weights.size()));
        uint32_t total = 0;
        for (int source = first; source <= last; ++source) {
            const double covered = std::min(end, source + 1.0) - std::max(begin, double(source));
            const auto weight = uint32_t(covered / (end - begin) * kWeightOne + 0.5);
            spans.weights.push_back(weight);
            total += weight;
        }
        // Rounding may miss the sum by a little: the largest weight takes it up.
        auto largest = std::max_element(spans.weights.begin() + spans.offset.back(), spans.weights.end());
        *largest = *largest + kWeightOne - total;
    }
    return spans;
}

template <int Channels>
void shrink(const unsigned char* pixels, int width, int height, int targetWidth, int targetHeight,
            unsigned char* out) {
    const Spans rows = spansFor(height, targetHeight);
    const Spans columns = spansFor(width, targetWidth);
    const size_t rowBytes = size_t(width) * Channels;
    std::vector<uint32_t> rowSum(rowBytes);
    for (int targetY = 0; targetY < targetHeight; ++targetY) {
        // Down the rows first: one weighted source row sum per target row.
        uint32_t* __restrict sum = rowSum.data();
        for (int i = 0; i < rows.count[size_t(targetY)]; ++i) {
            const unsigned char* __restrict source = pixels + size_t(rows.first[size_t(targetY)] + i) * rowBytes;
            const uint32_t weight = rows.weights[size_t(rows.offset[size_t(targetY)] + i)];
            if (i == 0)
                for (size_t at = 0; at < rowBytes; ++at) sum[at] = weight * source[at];
            else
                for (size_t at = 0; at < rowBytes; ++at) sum[at] += weight * source[at];
        }
        // Then across: each target pixel from its columns of that sum.
        unsigned char* __restrict target = out + size_t(targetY) * size_t(targetWidth) * Channels;
        const uint32_t* weight = columns.weights.data();
        for (int targetX = 0; targetX < targetWidth; ++targetX, target += Channels) {
            uint32_t pixel[Channels] = {};
            const uint32_t* source = sum + size_t(columns.first[size_t(targetX)]) * Channels;
            for (int i = columns.count[size_t(targetX)]; i > 0; --i, ++weight, source += Channels)
                for (int c = 0; c < Channels; ++c) pixel[c] += *weight * source[c];
            constexpr uint32_t kHalf = kWeightOne * kWeightOne / 2;
            for (int c = 0; c < Channels; ++c) target[c] = static_cast<unsigned char>(std::min<uint32_t>(255, (pixel[c] + kHalf) >> 22));
        }
    }
}

}  // namespace

std::vector<unsigned char> shrinkByArea(const unsigned char* pixels, int width, int height, int channels,
                                        int targetWidth, int targetHeight) {
    if (targetWidth < 1 || targetHeight < 1 || targetWidth > width || targetHeight > height || channels < 1 ||
        channels > 4)
        return {};
    std::vector<unsigned char> out(size_t(targetWidth) * size_t(targetHeight) * size_t(channels));
    switch (channels) {
        case 1: shrink<1>(pixels, width, height, targetWidth, targetHeight, out.data()); break;
        case 2: shrink<2>(pixels, width, height, targetWidth, targetHeight, out.data()); break;
        case 3: shrink<3>(pixels, width, height, targetWidth, targetHeight, out.data()); break;
        default: shrink<4>(pixels, width, height, targetWidth, targetHeight, out.data()); break;
    }
    return out;
}

}  // namespace content::pack
