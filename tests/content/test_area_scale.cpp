// shrinkByArea, the filter the import's smaller picture copies are made with:
// every target pixel is the average of the source pixels it covers, weighted
// by how much of each lies inside.
#include <doctest/doctest.h>

#include <cstddef>
#include <vector>

#include "content/pack/area_scale.h"

using content::pack::shrinkByArea;

TEST_CASE("a whole factor averages each block of source pixels") {
    // 4 x 2, one channel, halved across and down: blocks {10, 30, 50, 70} and {100, 200, 100, 0}.
    const std::vector<unsigned char> source = {10, 30, 100, 200,  //
                                               50, 70, 100, 0};
    CHECK(shrinkByArea(source.data(), 4, 2, 1, 2, 1) == std::vector<unsigned char>{40, 100});
}

TEST_CASE("a fractional factor weighs the pixel on a boundary by the part inside") {
    // 3 -> 2: target 0 covers [0, 1.5): 0 x 2/3 + 90 x 1/3 = 30; target 1: 90 x 1/3 + 180 x 2/3 = 150.
    const std::vector<unsigned char> row = {0, 90, 180};
    CHECK(shrinkByArea(row.data(), 3, 1, 1, 2, 1) == std::vector<unsigned char>{30, 150});
    // The same down a column.
    CHECK(shrinkByArea(row.data(), 1, 3, 1, 1, 2) == std::vector<unsigned char>{30, 150});
}

TEST_CASE("channels are averaged separately and a flat picture stays flat") {
    std::vector<unsigned char> rgba;
    for (int i = 0; i < 7 * 5; ++i) rgba.insert(rgba.end(), {200, 100, 0, 255});
    const auto shrunk = shrinkByArea(rgba.data(), 7, 5, 4, 3, 2);
    REQUIRE(shrunk.size() == 3 * 2 * 4);
    for (size_t i = 0; i < shrunk.size(); i += 4) {
        CHECK(shrunk[i] == 200);
        CHECK(shrunk[i + 1] == 100);
        CHECK(shrunk[i + 2] == 0);
        CHECK(shrunk[i + 3] == 255);
    }
}

TEST_CASE("only shrinking: a larger target gives nothing") {
    const std::vector<unsigned char> pixel = {1, 2, 3};
    CHECK(shrinkByArea(pixel.data(), 1, 1, 3, 2, 1).empty());
    CHECK(shrinkByArea(pixel.data(), 1, 1, 3, 1, 1) == pixel);
}
