// The layout of a kiosk's data directory. The import (content/pack/importer.h)
// writes it; ContentStore reads it. Switching content is one atomic rename of
// the `live` symlink, so a reader (or a power cut) sees old or new, never a mix.
//
//   DATA/
//     live      -> versions/<pack_id>-<sequence>-<nonce>   the content visitors see
//     previous  -> versions/...                            what `rollback` restores
//     staging   -> versions/...                            built, checked, previewed, not live (staging.h)
//     versions/<name>/content.db                           built by the kiosk from a pack
//     versions/<name>/images/...                           checked images from the pack
//     versions/<name>/images/display/...                   copies at most 1280 px long, for big ones
//     versions/<name>/manifest.json                        the pack's signed manifest
//     versions/<name>/content-copy.zip                     the verified content.json, deflated: a
//                                                          newer software rebuilds content.db from it
//     incoming/                                            private copies of packs being imported
//     sequences.json                                       highest accepted sequence per pack_id
//     import-log.jsonl                                     one line per import attempt
#pragma once

#include <filesystem>

namespace content::data_dir {

inline std::filesystem::path live(const std::filesystem::path& dataDir) { return dataDir / "live"; }
inline std::filesystem::path previous(const std::filesystem::path& dataDir) { return dataDir / "previous"; }
inline std::filesystem::path staging(const std::filesystem::path& dataDir) { return dataDir / "staging"; }
inline std::filesystem::path versions(const std::filesystem::path& dataDir) { return dataDir / "versions"; }
inline std::filesystem::path incoming(const std::filesystem::path& dataDir) { return dataDir / "incoming"; }
inline std::filesystem::path sequences(const std::filesystem::path& dataDir) { return dataDir / "sequences.json"; }
inline std::filesystem::path importLog(const std::filesystem::path& dataDir) { return dataDir / "import-log.jsonl"; }

inline constexpr const char* kDatabaseFile = "content.db";
inline constexpr const char* kImagesFolder = "images";
// Inside kImagesFolder: display-size copies of pictures too large to decode on
// the kiosk (same file name; pack image names never contain a '/').
inline constexpr const char* kDisplayImagesFolder = "display";
// Inside kImagesFolder: list-size copies (a list row's or a page's picture
// block), so a list never decodes a screen-sized picture.
inline constexpr const char* kListImagesFolder = "list";
inline constexpr const char* kManifestFile = "manifest.json";
// The pack's content.json as it was verified against the signed manifest
// (whose sha256 and size for it re-verify the copy), in a ZIP of one entry.
inline constexpr const char* kKeptContentFile = "content-copy.zip";

}  // namespace content::data_dir
