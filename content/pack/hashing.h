// Hashes and encodings the pack format needs, all from libsodium.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace content::pack {

// Lower-case hex SHA-256 of a byte string.
std::string sha256Hex(std::string_view bytes);
// Lower-case hex SHA-256 of a file's content; nullopt when it cannot be read.
std::optional<std::string> sha256HexOfFile(const std::filesystem::path& file);

// Standard base64 with padding (what minisign writes).
std::string base64Encode(std::string_view bytes);
// Strict standard base64; nullopt on any invalid character or length.
std::optional<std::string> base64Decode(std::string_view text);

// Calls sodium_init() once; every function of this module does it itself.
void ensureSodium();

}  // namespace content::pack
