// minisign formats: our own round trip, every way a signature can be wrong,
// and interoperability both ways with the real `minisign` tool.
#include <doctest/doctest.h>

#include <sodium.h>
#include <sys/wait.h>

#include <cstdlib>

#include "content/pack/hashing.h"
#include "content/pack/importer.h"
#include "content/pack/minisign.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;

namespace {

int shell(const std::string& command) {
    int status = std::system((command + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

MinisignPublicKey publicOf(const Keys& keys) { return *parseMinisignPublicKey(keys.publicFile, nullptr); }

const std::string kMessage = "{\"format\": \"community-kiosk-pack\"}\n";

}  // namespace

TEST_CASE("a signature verifies with the right key and message only") {
    Keys keys = makeKeys();
    std::string signature = signMinisign(keys.secret, kMessage, "timestamp:1\tfile:manifest.json\thashed");
    auto result = verifyMinisign(signature, kMessage, {publicOf(keys)});
    CHECK(result.valid());
    CHECK(result.trustedComment == "timestamp:1\tfile:manifest.json\thashed");
    CHECK(result.keyIdHex == keyIdHex(keys.secret.keyId));

    CHECK(verifyMinisign(signature, kMessage + " ", {publicOf(keys)}).outcome == MinisignVerification::Outcome::BadSignature);
    Keys other = makeKeys();
    CHECK(verifyMinisign(signature, kMessage, {publicOf(other)}).outcome == MinisignVerification::Outcome::UnknownKey);
    CHECK(verifyMinisign(signature, kMessage, {}).outcome == MinisignVerification::Outcome::UnknownKey);
    CHECK(verifyMinisign(signature, kMessage, {publicOf(other), publicOf(keys)}).valid());

    // Same key id, different key: a forged .pub cannot pass.
    MinisignPublicKey forged = publicOf(other);
    forged.keyId = keys.secret.keyId;
    CHECK(verifyMinisign(signature, kMessage, {forged}).outcome == MinisignVerification::Outcome::BadSignature);
}

TEST_CASE("the trusted comment is covered by the global signature") {
    Keys keys = makeKeys();
    std::string signature = signMinisign(keys.secret, kMessage, "timestamp:1\tfile:manifest.json\thashed");
    std::string edited = signature;
    edited.replace(edited.find("timestamp:1"), 11, "timestamp:9");
    auto result = verifyMinisign(edited, kMessage, {publicOf(keys)});
    CHECK(result.outcome == MinisignVerification::Outcome::BadSignature);
    CHECK(result.detail.find("trusted comment") != std::string::npos);
}

TEST_CASE("malformed signature files are refused, never crash") {
    Keys keys = makeKeys();
    std::string good = signMinisign(keys.secret, kMessage, "t");
    for (std::string bad : {std::string(), std::string("untrusted comment: x\n"), good.substr(0, good.size() / 2),
                            std::string("untrusted comment: x\n!!!!\ntrusted comment: t\nAAAA\n"),
                            std::string(10000, 'A')}) {
        auto result = verifyMinisign(bad, kMessage, {publicOf(keys)});
        CHECK_FALSE(result.valid());
    }
}

TEST_CASE("the legacy non-prehashed 'Ed' signature is accepted") {
    Keys keys = makeKeys();
    unsigned char signature[64];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(kMessage.data()), kMessage.size(),
                         keys.secret.key.data());
    std::string blob = "Ed" + std::string(reinterpret_cast<const char*>(keys.secret.keyId.data()), 8) +
                       std::string(reinterpret_cast<const char*>(signature), 64);
    std::string trusted = "legacy signature";
    std::string global = std::string(reinterpret_cast<const char*>(signature), 64) + trusted;
    unsigned char globalSignature[64];
    crypto_sign_detached(globalSignature, nullptr, reinterpret_cast<const unsigned char*>(global.data()), global.size(),
                         keys.secret.key.data());
    std::string file = "untrusted comment: legacy\n" + base64Encode(blob) + "\ntrusted comment: " + trusted + "\n" +
                       base64Encode(std::string(reinterpret_cast<const char*>(globalSignature), 64)) + "\n";
    CHECK(verifyMinisign(file, kMessage, {publicOf(keys)}).valid());
    CHECK_FALSE(verifyMinisign(file, kMessage + "x", {publicOf(keys)}).valid());
}

TEST_CASE("key files: the .pub, its bare key line, and damaged secret keys") {
    Keys keys = makeKeys();
    CHECK(keys.publicFile.starts_with("untrusted comment: minisign public key " + keyIdHex(keys.secret.keyId) + "\n"));
    std::string keyLine = keys.publicFile.substr(keys.publicFile.find('\n') + 1);
    auto fromLine = parseMinisignPublicKey(keyLine, nullptr);
    REQUIRE(fromLine);
    CHECK(fromLine->key == publicOf(keys).key);

    std::string error;
    CHECK_FALSE(parseMinisignPublicKey("untrusted comment: x\nnot base64\n", &error));
    CHECK_FALSE(parseMinisignSecretKey(keys.publicFile, &error));
    // One changed byte in the secret key is caught by the checksum.
    std::string secretLine = keys.secretFile.substr(keys.secretFile.find('\n') + 1);
    auto blob = *base64Decode(secretLine.substr(0, secretLine.size() - 1));
    blob[60] ^= 1;
    CHECK_FALSE(parseMinisignSecretKey("untrusted comment: x\n" + base64Encode(blob) + "\n", &error));
    CHECK(error.find("damaged") != std::string::npos);
}

TEST_CASE("interop: our key and signature verify with the real minisign -V") {
    REQUIRE_MESSAGE(shell("minisign -v") == 0, "the minisign tool is needed (platform/dev.sh installs it)");
    TempDir dir;
    Keys keys = makeKeys();
    writeFile(dir.path / "k.pub", keys.publicFile);
    writeFile(dir.path / "manifest.json", kMessage);
    writeFile(dir.path / "manifest.json.minisig",
              signMinisign(keys.secret, kMessage, "timestamp:1700000000\tfile:manifest.json\thashed"));
    std::string base = "cd " + dir.path.string() + " && minisign -V -p k.pub -m manifest.json";
    CHECK(shell(base) == 0);
    // And minisign notices a change, so the check above is a real one.
    writeFile(dir.path / "manifest.json", kMessage + " ");
    CHECK(shell(base) != 0);
}

TEST_CASE("interop: a minisign -G -W key signs packs; minisign -S signatures are accepted") {
    REQUIRE(shell("minisign -v") == 0);
    TempDir dir;
    std::string cd = "cd " + dir.path.string() + " && ";
    REQUIRE(shell(cd + "minisign -G -W -p theirs.pub -s theirs.key") == 0);
    std::string publicFile = readFile(dir.path / "theirs.pub");
    auto theirPublic = parseMinisignPublicKey(publicFile, nullptr);
    REQUIRE(theirPublic);

    // minisign signs, we verify.
    writeFile(dir.path / "manifest.json", kMessage);
    REQUIRE(shell(cd + "minisign -S -s theirs.key -m manifest.json -t 'signed by minisign'") == 0);
    auto result = verifyMinisign(readFile(dir.path / "manifest.json.minisig"), kMessage, {*theirPublic});
    CHECK(result.valid());
    CHECK(result.trustedComment == "signed by minisign");
    CHECK_FALSE(verifyMinisign(readFile(dir.path / "manifest.json.minisig"), kMessage + "x", {*theirPublic}).valid());

    // Their secret key, our signature, their verification.
    std::string error;
    auto theirSecret = parseMinisignSecretKey(readFile(dir.path / "theirs.key"), &error);
    REQUIRE_MESSAGE(theirSecret, error);
    CHECK(theirSecret->keyId == theirPublic->keyId);
    writeFile(dir.path / "manifest.json.minisig", signMinisign(*theirSecret, kMessage, "signed by kiosk-pack"));
    CHECK(shell(cd + "minisign -V -p theirs.pub -m manifest.json") == 0);
}

TEST_CASE("interop: a pack re-signed with minisign -S is imported") {
    REQUIRE(shell("minisign -v") == 0);
    TempDir dir;
    std::string cd = "cd " + dir.path.string() + " && ";
    REQUIRE(shell(cd + "minisign -G -W -p theirs.pub -s theirs.key") == 0);
    // Write the parts of a pack, sign its manifest with the real tool.
    Keys unused = makeKeys();
    PackParts parts = partsFor(sampleContent(1));
    writeFile(dir.path / "manifest.json", manifestToJson(parts.manifest));
    REQUIRE(shell(cd + "minisign -S -s theirs.key -m manifest.json") == 0);
    WriteOptions options;
    options.editSignature = [&](std::string& signature) { signature = readFile(dir.path / "manifest.json.minisig"); };
    writePack(parts, dir.path / "p.kpack", unused, options);

    ImportOptions importOptions;
    importOptions.dataDir = dir.path / "data";
    importOptions.trustedPublicKeys = {readFile(dir.path / "theirs.pub")};
    importOptions.nowUtc = utc("2026-11-21T12:00:00Z");
    auto result = importPack(dir.path / "p.kpack", importOptions);
    CHECK_MESSAGE(result.ok(), result.detail);
    // Trusting only our own key, the same pack is refused.
    importOptions.dataDir = dir.path / "data2";
    importOptions.trustedPublicKeys = {unused.publicFile};
    CHECK(importPack(dir.path / "p.kpack", importOptions).error == ImportError::UnknownKey);
}
