// File operations that survive a power cut at any instant: data is fsync'd
// before it is renamed into place, and the folder holding a rename is fsync'd
// after it, so after a crash a name points at either the old or the new thing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace content::pack {

bool fsyncPath(const std::filesystem::path& path);  // a file or a folder
// Makes every file and folder below `root` durable: one syncfs() of the
// filesystem holding it (a single flush instead of one fsync per picture),
// then an fsync of each folder for good measure.
bool fsyncTree(const std::filesystem::path& root);

// Writes `bytes` to a temporary file beside `file`, fsyncs it, renames it over
// `file` and fsyncs the folder.
bool writeFileAtomically(const std::filesystem::path& file, const std::string& bytes, std::string* error);

// Points `link` at `target` in one step: a new symlink under a temporary name,
// renamed over `link`, then the folder fsync'd.
bool replaceSymlink(const std::filesystem::path& link, const std::filesystem::path& target, std::string* error);

// The target of a symlink, or nullopt when `link` is not one.
std::optional<std::filesystem::path> readSymlink(const std::filesystem::path& link);

std::optional<std::string> readWholeFile(const std::filesystem::path& file, size_t maxBytes);

// Random lower-case hex, for unique temporary names.
std::string randomHex(size_t bytes);

}  // namespace content::pack
