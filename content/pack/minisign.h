// The minisign file formats (https://jedisct1.github.io/minisign/), written
// and read with libsodium so packs interoperate with the standard tool:
// `minisign -V` verifies what we sign, and keys from `minisign -G -W` and
// signatures from `minisign -S` work here.
//
//   public key file:  "untrusted comment: ..." + base64("Ed" keyid[8] pk[32])
//   secret key file:  "untrusted comment: ..." + base64("Ed" kdf[2] "B2" salt[32] ops[8] mem[8]
//                                                      keyid[8] sk[64] checksum[32])
//                     (unencrypted: kdf = 0,0 as written by `minisign -W`)
//   signature file:   "untrusted comment: ..." + base64("ED" keyid[8] sig[64])
//                     "trusted comment: ..."   + base64(global sig[64])
//     "ED": sig over BLAKE2b-512(message); legacy "Ed": sig over the message.
//     The global signature covers sig[64] followed by the trusted comment.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace content::pack {

using KeyId = std::array<unsigned char, 8>;

struct MinisignPublicKey {
    KeyId keyId{};
    std::array<unsigned char, 32> key{};
};

struct MinisignSecretKey {
    KeyId keyId{};
    std::array<unsigned char, 64> key{};  // libsodium Ed25519 secret key (seed + public key)
};

// The key id as minisign prints it: 16 upper-case hex digits.
std::string keyIdHex(const KeyId& keyId);

struct MinisignKeyFiles {
    std::string secretKeyFile;  // text of an unencrypted secret key file
    std::string publicKeyFile;  // text of the .pub file
    MinisignPublicKey publicKey;
};

// A new random key pair in minisign's file formats.
MinisignKeyFiles generateMinisignKeyPair();

// Reads a secret key file. Encrypted keys (made without -W) are refused with a
// message saying so: a build machine signs unattended.
std::optional<MinisignSecretKey> parseMinisignSecretKey(std::string_view fileText, std::string* error);

// Reads a .pub file's text, or just its base64 key line.
std::optional<MinisignPublicKey> parseMinisignPublicKey(std::string_view text, std::string* error);

// The text of a .minisig file for `message` (prehashed "ED" signature).
std::string signMinisign(const MinisignSecretKey& secretKey, std::string_view message,
                         std::string_view trustedComment,
                         std::string_view untrustedComment = "signature from minisign secret key");

struct MinisignVerification {
    enum class Outcome { Valid, Malformed, UnknownKey, BadSignature };
    Outcome outcome = Outcome::Malformed;
    std::string keyIdHex;        // the signer's key id, when the file could be read
    std::string trustedComment;  // only meaningful when Valid
    std::string detail;          // what was wrong, in English
    bool valid() const { return outcome == Outcome::Valid; }
};

// Checks a .minisig file against `message` and the trusted keys: the key id
// must be trusted, the signature must match the message, and the global
// signature must match signature + trusted comment.
MinisignVerification verifyMinisign(std::string_view signatureFileText, std::string_view message,
                                    const std::vector<MinisignPublicKey>& trustedKeys);

}  // namespace content::pack
