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
// `file` and fsyncs the folder. For the kiosk's own folders (data folder,
// configuration); the temporary name is random and created exclusively.
bool writeFileAtomically(const std::filesystem::path& file, const std::string& bytes, std::string* error);

// The same for folders someone else controls (a USB stick, a synced drop
// folder): `folder` is opened one component at a time without following a
// link at any level, and `subfolder` (when not empty) is created or opened
// inside it the same way. The hidden temporary file gets an unpredictable
// name and is created with O_EXCL|O_NOFOLLOW, so a planted link cannot make
// the kiosk write anywhere else. `name` must be a plain file name.
bool writeFileIntoForeignFolder(const std::filesystem::path& folder, const std::string& subfolder,
                                const std::string& name, const std::string& bytes, std::string* error);
// The same for a copy of `sourceFile` (a regular file, never read through a
// link), a megabyte at a time: a large pack goes onto a stick without ever
// being in memory whole.
bool copyFileIntoForeignFolder(const std::filesystem::path& folder, const std::string& subfolder,
                               const std::string& name, const std::filesystem::path& sourceFile, std::string* error);

// Points `link` at `target` in one step: a new symlink under a temporary name,
// renamed over `link`, then the folder fsync'd.
bool replaceSymlink(const std::filesystem::path& link, const std::filesystem::path& target, std::string* error);

// The target of a symlink, or nullopt when `link` is not one.
std::optional<std::filesystem::path> readSymlink(const std::filesystem::path& link);

// The whole file, or nullopt when it cannot be read or holds more than
// `maxBytes`. Only a regular file is read: a link, a FIFO or a device is
// refused before it is opened for reading (no hang, no endless /dev/zero).
std::optional<std::string> readWholeFile(const std::filesystem::path& file, size_t maxBytes);

// A directory file descriptor for `folder`, opened component by component
// with O_NOFOLLOW (so no link at any level is followed); -1 with errno set.
int openFolderWithoutLinks(const std::filesystem::path& folder);

// Random lower-case hex, for unique temporary names.
std::string randomHex(size_t bytes);

}  // namespace content::pack
