// The one set of file helpers every test uses: a fresh temporary folder that
// removes itself, and whole-file reads and writes.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace test_files {

namespace fs = std::filesystem;

// A fresh folder under the system's temp folder (unique per object), removed
// with the object; made writable first, so a test may leave it read-only.
struct TempDir {
    fs::path path;
    bool keep = false;  // left in place (to look at what a failing test wrote)
    explicit TempDir(const std::string& name = "kiosk-test") {
        std::string pattern = (fs::temp_directory_path() / (name + "-XXXXXX")).string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() {
        if (keep) return;
        std::error_code ignored;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// The whole file as bytes ("" when it cannot be read).
inline std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Writes `bytes` to `file`, creating its folder.
inline void writeFile(const fs::path& file, const std::string& bytes) {
    if (file.has_parent_path()) fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

inline nlohmann::json readJson(const fs::path& file) { return nlohmann::json::parse(readFile(file)); }

#ifdef TEST_DATA_DIR
// A file of the committed test data (tests/data/<relative>); a missing one
// fails the test (an exception doctest reports), rather than reading as "".
inline std::string readTestData(const std::string& relative) {
    const fs::path file = fs::path(TEST_DATA_DIR) / relative;
    if (!fs::is_regular_file(file)) throw std::runtime_error("missing test data: " + file.string());
    return readFile(file);
}
#endif

}  // namespace test_files
