// JSON forms of the model parts the database stores whole: the pack's info
// (meta table) and a guide's blocks (guide_texts table). Builder and store
// share these so the two sides cannot drift apart.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/core/model.h"

namespace content::db {

std::string packInfoToJson(const PackInfo& pack);
std::optional<PackInfo> packInfoFromJson(std::string_view json);

std::string guideBlocksToJson(const std::vector<GuideBlock>& blocks);
std::optional<std::vector<GuideBlock>> guideBlocksFromJson(std::string_view json);

}  // namespace content::db
