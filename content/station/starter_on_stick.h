// The staff screen's "write a template to the stick": the starter source
// folder (content/pack/starter_folder.h) written onto a USB stick as
// kiosk-vorlage/ (kiosk-vorlage-2/ ... when that exists), every folder
// created and every file written without following a link at any level.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace content::station {

// The sticks under `mediaRoots`: a folder under a root that is a mount point
// of its own, or one level deeper (/run/media/<user>/<label>); where nothing
// under a root is mounted (a test's or a developer's fake root), its folders.
std::vector<std::filesystem::path> findSticks(const std::vector<std::filesystem::path>& mediaRoots);

// Writes the starter folder onto `stick`; the folder written, or empty + `error`.
std::filesystem::path writeStarterOntoStick(const std::filesystem::path& stick, std::string* error);

}  // namespace content::station
