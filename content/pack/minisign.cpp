#include "content/pack/minisign.h"

#include <sodium.h>

#include <cstdio>
#include <cstring>

#include "content/pack/hashing.h"

namespace content::pack {
namespace {

constexpr std::string_view kUntrustedPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";
constexpr size_t kSecretKeyBlobSize = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32;
constexpr size_t kPublicKeyBlobSize = 2 + 8 + 32;
constexpr size_t kSignatureBlobSize = 2 + 8 + 64;

// Splits into lines, dropping a trailing "\r" so files edited on Windows still read.
std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// The base64 line of a key file: the line after the untrusted comment, or the
// only line when the caller passed a bare key.
std::optional<std::string_view> keyLine(std::string_view text) {
    auto lines = splitLines(text);
    std::vector<std::string_view> meaningful;
    for (auto line : lines)
        if (!trim(line).empty()) meaningful.push_back(trim(line));
    if (meaningful.size() == 1 && !meaningful[0].starts_with(kUntrustedPrefix)) return meaningful[0];
    if (meaningful.size() >= 2 && meaningful[0].starts_with(kUntrustedPrefix)) return meaningful[1];
    return std::nullopt;
}

std::array<unsigned char, 64> blake2b512(std::string_view message) {
    std::array<unsigned char, 64> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(message.data()),
                       message.size(), nullptr, 0);
    return hash;
}

// minisign's secret key checksum: BLAKE2b-256 over sig_alg, key id and secret key.
std::array<unsigned char, 32> secretKeyChecksum(const MinisignSecretKey& key) {
    std::array<unsigned char, 32> checksum{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, checksum.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>("Ed"), 2);
    crypto_generichash_update(&state, key.keyId.data(), key.keyId.size());
    crypto_generichash_update(&state, key.key.data(), key.key.size());
    crypto_generichash_final(&state, checksum.data(), checksum.size());
    return checksum;
}

std::string bytesOf(const unsigned char* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

}  // namespace

std::string keyIdHex(const KeyId& keyId) {
    // minisign prints the id as a little-endian 64-bit number.
    char text[17];
    for (int i = 0; i < 8; ++i) std::snprintf(text + 2 * i, 3, "%02X", keyId[7 - i]);
    return std::string(text, 16);
}

MinisignKeyFiles generateMinisignKeyPair() {
    ensureSodium();
    MinisignSecretKey secret;
    MinisignPublicKey pub;
    randombytes_buf(secret.keyId.data(), secret.keyId.size());
    crypto_sign_keypair(pub.key.data(), secret.key.data());
    pub.keyId = secret.keyId;

    // Laid out exactly as `minisign -G -W` does: no KDF, zero salt and limits.
    // minisign 0.11 leaves the checksum of an unencrypted key zero; we fill it
    // in, which minisign also accepts, so a damaged key file is detected.
    std::string blob = "Ed";
    blob += std::string(2, '\0');  // kdf_alg: none
    blob += "B2";
    blob += std::string(32 + 8 + 8, '\0');
    blob += bytesOf(secret.keyId.data(), secret.keyId.size());
    blob += bytesOf(secret.key.data(), secret.key.size());
    auto checksum = secretKeyChecksum(secret);
    blob += bytesOf(checksum.data(), checksum.size());

    std::string pubBlob = "Ed" + bytesOf(pub.keyId.data(), 8) + bytesOf(pub.key.data(), 32);
    MinisignKeyFiles files;
    files.secretKeyFile = "untrusted comment: minisign encrypted secret key\n" + base64Encode(blob) + "\n";
    files.publicKeyFile =
        "untrusted comment: minisign public key " + keyIdHex(pub.keyId) + "\n" + base64Encode(pubBlob) + "\n";
    files.publicKey = pub;
    sodium_memzero(blob.data(), blob.size());
    sodium_memzero(secret.key.data(), secret.key.size());
    return files;
}

std::optional<MinisignSecretKey> parseMinisignSecretKey(std::string_view fileText, std::string* error) {
    auto fail = [&](const char* why) -> std::optional<MinisignSecretKey> {
        if (error) *error = why;
        return std::nullopt;
    };
    auto line = keyLine(fileText);
    if (!line) return fail("this is not a minisign secret key file");
    auto blob = base64Decode(*line);
    if (!blob || blob->size() != kSecretKeyBlobSize) return fail("this is not a minisign secret key file");
    const auto* bytes = reinterpret_cast<const unsigned char*>(blob->data());
    if (std::memcmp(bytes, "Ed", 2) != 0) return fail("the secret key uses an algorithm other than Ed25519");
    if (std::memcmp(bytes + 4, "B2", 2) != 0) return fail("the secret key uses an unknown checksum algorithm");
    if (bytes[2] != 0 || bytes[3] != 0)
        return fail("the secret key is password-protected; create one with 'kiosk-pack keygen' or 'minisign -G -W'");
    MinisignSecretKey key;
    const unsigned char* keynum = bytes + 2 + 2 + 2 + 32 + 8 + 8;
    std::memcpy(key.keyId.data(), keynum, 8);
    std::memcpy(key.key.data(), keynum + 8, 64);
    const unsigned char* storedChecksum = keynum + 8 + 64;
    static const unsigned char zeros[32] = {};
    // An all-zero checksum is what minisign 0.11 writes for unencrypted keys.
    if (std::memcmp(storedChecksum, zeros, 32) != 0) {
        auto expected = secretKeyChecksum(key);
        if (std::memcmp(storedChecksum, expected.data(), 32) != 0) return fail("the secret key file is damaged (checksum mismatch)");
    }
    sodium_memzero(blob->data(), blob->size());
    return key;
}

std::optional<MinisignPublicKey> parseMinisignPublicKey(std::string_view text, std::string* error) {
    auto fail = [&](const char* why) -> std::optional<MinisignPublicKey> {
        if (error) *error = why;
        return std::nullopt;
    };
    auto line = keyLine(text);
    if (!line) return fail("this is not a minisign public key");
    auto blob = base64Decode(*line);
    if (!blob || blob->size() != kPublicKeyBlobSize) return fail("this is not a minisign public key");
    if (blob->compare(0, 2, "Ed") != 0) return fail("the public key uses an algorithm other than Ed25519");
    MinisignPublicKey key;
    std::memcpy(key.keyId.data(), blob->data() + 2, 8);
    std::memcpy(key.key.data(), blob->data() + 10, 32);
    return key;
}

std::string signMinisign(const MinisignSecretKey& secretKey, std::string_view message,
                         std::string_view trustedComment, std::string_view untrustedComment) {
    ensureSodium();
    auto hash = blake2b512(message);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, hash.data(), hash.size(), secretKey.key.data());

    std::string signatureBlob = "ED" + bytesOf(secretKey.keyId.data(), 8) + bytesOf(signature, sizeof signature);
    std::string globalMessage = bytesOf(signature, sizeof signature) + std::string(trustedComment);
    unsigned char globalSignature[crypto_sign_BYTES];
    crypto_sign_detached(globalSignature, nullptr, reinterpret_cast<const unsigned char*>(globalMessage.data()),
                         globalMessage.size(), secretKey.key.data());

    std::string text;
    text += std::string(kUntrustedPrefix) + std::string(untrustedComment) + "\n";
    text += base64Encode(signatureBlob) + "\n";
    text += std::string(kTrustedPrefix) + std::string(trustedComment) + "\n";
    text += base64Encode(bytesOf(globalSignature, sizeof globalSignature)) + "\n";
    return text;
}

MinisignVerification verifyMinisign(std::string_view signatureFileText, std::string_view message,
                                    const std::vector<MinisignPublicKey>& trustedKeys) {
    ensureSodium();
    MinisignVerification result;
    auto malformed = [&](const char* why) {
        result.outcome = MinisignVerification::Outcome::Malformed;
        result.detail = why;
        return result;
    };
    auto lines = splitLines(signatureFileText);
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    if (lines.size() != 4) return malformed("the signature file does not have the four lines of a minisign signature");
    if (!lines[0].starts_with(kUntrustedPrefix)) return malformed("the signature file does not start with an untrusted comment");
    if (!lines[2].starts_with(kTrustedPrefix)) return malformed("the signature file has no trusted comment");
    auto signatureBlob = base64Decode(trim(lines[1]));
    if (!signatureBlob || signatureBlob->size() != kSignatureBlobSize) return malformed("the signature line is not readable");
    auto globalSignature = base64Decode(trim(lines[3]));
    if (!globalSignature || globalSignature->size() != crypto_sign_BYTES)
        return malformed("the trusted comment signature is not readable");

    const bool prehashed = signatureBlob->compare(0, 2, "ED") == 0;
    const bool legacy = signatureBlob->compare(0, 2, "Ed") == 0;
    if (!prehashed && !legacy) return malformed("the signature uses an unknown algorithm");

    KeyId keyId;
    std::memcpy(keyId.data(), signatureBlob->data() + 2, 8);
    result.keyIdHex = keyIdHex(keyId);
    const MinisignPublicKey* signer = nullptr;
    for (const auto& key : trustedKeys)
        if (key.keyId == keyId) signer = &key;
    if (!signer) {
        result.outcome = MinisignVerification::Outcome::UnknownKey;
        result.detail = "signed by key " + result.keyIdHex + ", which is not trusted";
        return result;
    }

    const auto* signature = reinterpret_cast<const unsigned char*>(signatureBlob->data() + 10);
    bool signatureMatches;
    if (prehashed) {
        auto hash = blake2b512(message);
        signatureMatches = crypto_sign_verify_detached(signature, hash.data(), hash.size(), signer->key.data()) == 0;
    } else {
        signatureMatches = crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message.data()),
                                                       message.size(), signer->key.data()) == 0;
    }
    if (!signatureMatches) {
        result.outcome = MinisignVerification::Outcome::BadSignature;
        result.detail = "the signature does not match the signed file";
        return result;
    }
    std::string_view trustedComment = lines[2].substr(kTrustedPrefix.size());
    std::string globalMessage = bytesOf(signature, 64) + std::string(trustedComment);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(globalSignature->data()),
                                    reinterpret_cast<const unsigned char*>(globalMessage.data()), globalMessage.size(),
                                    signer->key.data()) != 0) {
        result.outcome = MinisignVerification::Outcome::BadSignature;
        result.detail = "the trusted comment was changed after signing";
        return result;
    }
    result.outcome = MinisignVerification::Outcome::Valid;
    result.trustedComment = std::string(trustedComment);
    return result;
}

}  // namespace content::pack
