// Writing a pack's ZIP archive (libzip). Entries are stored as plain regular
// files (Unix mode 0644) in the order given, so a pack's bytes depend only on
// its content.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace content::pack {

struct ZipEntrySource {
    std::string name;                   // path inside the archive, '/' separated
    std::string bytes;                  // used when `file` is empty
    std::filesystem::path file;         // read from disk when set
    bool compress = true;               // JPEG/PNG are already compressed: store them
    unsigned unixMode = 0100644;        // file type and permissions (tests make links with 0120777)
};

// Writes the archive to `archive` (replacing it). False + error on failure.
bool writeZip(const std::filesystem::path& archive, const std::vector<ZipEntrySource>& entries, std::string* error);

}  // namespace content::pack
