// Text put into HTML (the fleet page, the benchmark's static page): the five
// characters that could end a text or an attribute are written as entities.
#pragma once

#include <string>
#include <string_view>

namespace content {

std::string escapeHtml(std::string_view text);

}  // namespace content
