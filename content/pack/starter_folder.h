// A starter source folder: small, complete, and accepted by `kiosk-pack
// check` as it is - one organisation, its calendar, one guide in German and
// Easy German, one picture, and LIESMICH.txt / README.txt saying what each
// file is for, in plain German and English. The organisation list is
// organisations.xlsx (what most staff open); the same list as .ods and .csv
// waits in other-formats/ for those who use LibreOffice or a CSV save.
// `kiosk-pack new DIR` and the staff screen's "write a template to the
// stick" both write it.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace content::pack {

// Relative path ('/' separated) and bytes of every file, folders before what is in them.
std::vector<std::pair<std::string, std::string>> starterFolderFiles();

// Writes the files into `dir`, which must not exist yet or be empty.
bool writeStarterFolder(const std::filesystem::path& dir, std::string* error);

}  // namespace content::pack
