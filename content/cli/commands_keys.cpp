// keygen: a signing key pair in minisign's formats (the secret key
// unencrypted, like `minisign -G -W`, so builds can sign unattended).
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/pack/minisign.h"

namespace kiosk_pack {

namespace {

// The secret key is created readable by its owner only, and never over an
// existing file unless --force (losing a key means re-keying every kiosk).
bool writeNewFile(const std::string& path, const std::string& text, mode_t mode, bool force, std::string* error) {
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (force ? O_TRUNC : O_EXCL);
    int fd = ::open(path.c_str(), flags, mode);
    if (fd < 0) {
        *error = errno == EEXIST ? path + " already exists (use --force to replace it)"
                                 : "cannot create " + path + ": " + std::strerror(errno);
        return false;
    }
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) *error = "cannot write " + path;
    return ok;
}

}  // namespace

int runKeygen(const Args& rawArgs) {
    Arguments args(rawArgs, {"secret", "public"}, {"force"});
    if (!args.ok()) return complain(args.error(), 2);
    auto secretPath = args.value("secret");
    auto publicPath = args.value("public");
    if (!secretPath || !publicPath || !args.positional().empty())
        return complain("usage: kiosk-pack keygen --secret FILE --public FILE [--force]", 2);
    auto files = content::pack::generateMinisignKeyPair();
    std::string error;
    if (!writeNewFile(*secretPath, files.secretKeyFile, 0600, args.flag("force"), &error)) return complain(error);
    if (!writeNewFile(*publicPath, files.publicKeyFile, 0644, args.flag("force"), &error)) {
        std::filesystem::remove(*secretPath);
        return complain(error);
    }
    std::printf("Created a signing key pair (key id %s).\n"
                "  secret key: %s  - keep it on the build machine only\n"
                "  public key: %s  - give it to every kiosk that should trust these packs\n",
                content::pack::keyIdHex(files.publicKey.keyId).c_str(), secretPath->c_str(), publicPath->c_str());
    return 0;
}

}  // namespace kiosk_pack
