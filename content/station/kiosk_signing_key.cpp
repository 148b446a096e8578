#include "content/station/kiosk_signing_key.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "content/pack/durable_files.h"

namespace content::station {

namespace fs = std::filesystem;

namespace {

constexpr const char* kSecretName = "kiosk.key";
constexpr const char* kPublicName = "kiosk.pub";
constexpr size_t kMaxKeyFileBytes = 4096;

// Creates `file` with `mode` only if it does not exist (O_EXCL: two starts
// at once cannot both write a key), never through a link.
bool createKeyFile(const fs::path& file, const std::string& text, mode_t mode, std::string* error) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0) {
        *error = "cannot create " + file.string() + ": " + std::strerror(errno);
        return false;
    }
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) *error = "cannot write " + file.string();
    return ok;
}

}  // namespace

fs::path signingKeyFolder(const fs::path& dataDir) { return dataDir / "signing-key"; }

std::optional<KioskSigningKey> loadOrCreateSigningKey(const fs::path& dataDir, std::string* error) {
    const fs::path folder = signingKeyFolder(dataDir);
    const fs::path secretFile = folder / kSecretName, publicFile = folder / kPublicName;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        *error = "cannot create " + folder.string() + ": " + ec.message();
        return std::nullopt;
    }
    ::chmod(folder.c_str(), 0700);
    if (!fs::exists(fs::symlink_status(secretFile, ec))) {
        const pack::MinisignKeyFiles made = pack::generateMinisignKeyPair();
        fs::remove(publicFile, ec);  // a public key without its secret key is of no use
        if (!createKeyFile(secretFile, made.secretKeyFile, 0600, error) ||
            !createKeyFile(publicFile, made.publicKeyFile, 0644, error))
            return std::nullopt;
        pack::fsyncPath(folder);
    }
    return readSigningKey(folder, error);
}

std::optional<KioskSigningKey> readSigningKey(const fs::path& folder, std::string* error) {
    const fs::path secretFile = folder / kSecretName, publicFile = folder / kPublicName;
    // Only regular files are read (readWholeFile refuses links and FIFOs).
    auto secretText = pack::readWholeFile(secretFile, kMaxKeyFileBytes);
    auto publicText = pack::readWholeFile(publicFile, kMaxKeyFileBytes);
    if (!secretText || !publicText) {
        *error = "cannot read the kiosk's key files in " + folder.string();
        return std::nullopt;
    }
    auto secret = pack::parseMinisignSecretKey(*secretText, error);
    auto publicKey = pack::parseMinisignPublicKey(*publicText, error);
    if (!secret || !publicKey) return std::nullopt;
    if (secret->keyId != publicKey->keyId) {
        *error = "the kiosk's key files in " + folder.string() + " do not belong together";
        return std::nullopt;
    }
    ::chmod(secretFile.c_str(), 0600);  // whatever a copy by hand left
    return KioskSigningKey{*secret, *publicText, publicFile, pack::keyIdHex(secret->keyId)};
}

}  // namespace content::station
