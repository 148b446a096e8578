// Reading a file that someone else controls with a limit: only a regular
// file, never more than `maxBytes` (a file that grows while it is read is
// caught too). Shared by the source folder reader and the pack code, which
// open the file their own way (without links) and hand over the descriptor.
#pragma once

#include <cstdint>
#include <string>

namespace content {

enum class BoundedRead { Ok, NotRegular, TooLarge, Failed };

// Reads all of the open file `fd` into `bytes` (the descriptor stays open).
// `size` (optional) receives the size found when the file is too large.
BoundedRead readOpenFile(int fd, uint64_t maxBytes, std::string* bytes, uint64_t* size = nullptr);

}  // namespace content
