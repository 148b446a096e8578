// This kiosk's own minisign key pair, for the packs staff publish at the
// kiosk from a source folder on a stick. Made on the first start (or by the
// installer running the kiosk once) in DATA/signing-key/: the secret key file
// is created 0600 in a 0700 folder owned by the kiosk's user and is never
// copied anywhere; the public key goes onto the stick beside each pack it
// signed, so another kiosk can be told to trust it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "content/pack/minisign.h"

namespace content::station {

struct KioskSigningKey {
    pack::MinisignSecretKey secret;
    std::string publicKeyText;  // the .pub file's text
    std::filesystem::path publicKeyFile;
    std::string keyId;          // as minisign prints it
};

std::filesystem::path signingKeyFolder(const std::filesystem::path& dataDir);

// Reads the key pair, or makes it when there is none yet. nullopt + `error`
// when the folder cannot be written or a key file is damaged (then nothing is
// overwritten: a damaged key is for a person to look at).
std::optional<KioskSigningKey> loadOrCreateSigningKey(const std::filesystem::path& dataDir, std::string* error);

// Reads the key pair in `folder` (signingKeyFolder()), never making one: the
// import child signs a staff member's pack with it (source_child.h).
std::optional<KioskSigningKey> readSigningKey(const std::filesystem::path& folder, std::string* error);

}  // namespace content::station
