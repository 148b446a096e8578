// verify, import and rollback: the kiosk's side of a pack, from the command
// line. import calls the very function the kiosk calls (content::importPack).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/pack/import_memory_limit.h"
#include "content/pack/importer.h"
#include "content/pack/minisign.h"

namespace kiosk_pack {

namespace fs = std::filesystem;

namespace {

// --trust takes a .pub file; a bare base64 key line works too (handy in scripts).
bool collectTrustedKeys(const Arguments& args, std::vector<std::string>* keys) {
    for (const auto& trust : args.values("trust")) {
        std::optional<std::string> text = readTextFile(trust);
        if (!text && trust.starts_with("RW")) text = trust;
        if (!text) {
            complain("cannot read the public key " + trust);
            return false;
        }
        std::string error;
        if (!content::pack::parseMinisignPublicKey(*text, &error)) {
            complain(trust + ": " + error);
            return false;
        }
        keys->push_back(*text);
    }
    if (keys->empty()) {
        complain("name at least one trusted public key with --trust FILE");
        return false;
    }
    return true;
}

void printResult(const content::ImportResult& result, const std::string& lang) {
    std::string text = content::describeImport(result, lang);
    if (result.ok()) std::printf("%s\n", text.c_str());
    else std::fprintf(stderr, "kiosk-pack: refused (%s): %s\n", content::importErrorCode(result.error), text.c_str());
}

}  // namespace

bool limitMemory(const std::optional<std::string>& megabytesText) {
    uint64_t megabytes = content::kImportMemoryLimitMb;
    if (megabytesText) {
        char* end = nullptr;
        megabytes = std::strtoull(megabytesText->c_str(), &end, 10);
        if (megabytesText->empty() || *end != '\0' || megabytes == 0) return false;
    }
    return content::pack::limitImportMemory(megabytes);
}

int runImport(const Args& rawArgs) {
    Arguments args(rawArgs, {"data", "trust", "now", "lang", "memory-limit-mb"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    auto data = args.value("data");
    if (args.positional().size() != 1 || !data)
        return complain("usage: kiosk-pack import PACK --data DIR --trust PUBLIC_KEY [--now ISO8601]", 2);
    auto now = parseNowOption(args.value("now"));
    if (!now) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00Z", 2);
    if (!limitMemory(args.value("memory-limit-mb")))
        return complain("--memory-limit-mb must be a whole number of megabytes, like 2048", 2);
    content::ImportOptions options;
    options.dataDir = *data;
    options.nowUtc = *now;
    if (!collectTrustedKeys(args, &options.trustedPublicKeys)) return 2;
    // The live content made readable first: it becomes `previous` of this import.
    rebuildBefore(*data, content::RebuildTarget::Live, *now, args.value("lang").value_or("en"));
    auto result = content::importPack(args.positional()[0], options);
    printResult(result, args.value("lang").value_or("en"));
    return result.ok() ? 0 : 1;
}

// A full import into a throw-away data folder: the answer to "would a kiosk
// that trusts this key accept this pack?" (apart from the sequence, which
// depends on the kiosk).
int runVerify(const Args& rawArgs) {
    Arguments args(rawArgs, {"trust", "now", "lang"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    if (args.positional().size() != 1) return complain("usage: kiosk-pack verify PACK --trust PUBLIC_KEY", 2);
    auto now = parseNowOption(args.value("now"));
    if (!now) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00Z", 2);
    content::ImportOptions options;
    options.nowUtc = *now;
    if (!collectTrustedKeys(args, &options.trustedPublicKeys)) return 2;
    std::string scratch = (fs::temp_directory_path() / "kiosk-pack-verify-XXXXXX").string();
    if (!::mkdtemp(scratch.data())) return complain("cannot create a temporary folder");
    options.dataDir = scratch;
    auto result = content::importPack(args.positional()[0], options);
    std::error_code ignored;
    fs::remove_all(scratch, ignored);
    if (!result.ok()) {
        printResult(result, args.value("lang").value_or("en"));
        return 1;
    }
    std::printf("%s is a valid pack: '%s', sequence %llu, created %s, signed by key %s; "
                "%zu organisations, %zu events, %zu guides, %zu pictures.\n",
                args.positional()[0].c_str(), result.packId.c_str(), static_cast<unsigned long long>(result.sequence),
                result.createdAt.c_str(), result.signerKeyId.c_str(), result.organisations, result.events, result.guides,
                result.images);
    return 0;
}

int runRollback(const Args& rawArgs) {
    Arguments args(rawArgs, {"data", "now"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    auto data = args.value("data");
    if (!data || !args.positional().empty()) return complain("usage: kiosk-pack rollback --data DIR [--now ISO8601]", 2);
    auto now = parseNowOption(args.value("now"));
    if (!now) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00Z", 2);
    // Never back to a database this software cannot show: rebuilt first, or refused.
    const auto prepared = rebuildBefore(*data, content::RebuildTarget::Previous, *now, "en");
    if (prepared != content::RebuildResult::Outcome::NotNeeded && prepared != content::RebuildResult::Outcome::Rebuilt)
        return complain("rollback refused: the previous content cannot be shown by this software");
    std::string error;
    if (!content::rollback(*data, &error)) return complain("rollback failed: " + error);
    std::printf("The previous content is live again (run rollback once more to undo).\n");
    return 0;
}

// After a pack with a wrong (far too high) sequence went in and was rolled
// back, no later pack of its id would be accepted; this lowers the floor to
// the live content's sequence. Logged in the data folder's import log.
int runResetSequence(const Args& rawArgs) {
    Arguments args(rawArgs, {"data"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    auto data = args.value("data");
    if (!data || args.positional().size() != 1) return complain("usage: kiosk-pack reset-sequence --data DIR PACK_ID", 2);
    const std::string& packId = args.positional()[0];
    uint64_t floor = 0;
    std::string error;
    if (!content::resetSequenceFloor(*data, packId, "kiosk-pack", &floor, &error))
        return complain("the sequence was not reset: " + error);
    if (floor > 0)
        std::printf("Packs of '%s' are accepted again from sequence %llu on (the live content has %llu).\n", packId.c_str(),
                    static_cast<unsigned long long>(floor + 1), static_cast<unsigned long long>(floor));
    else
        std::printf("Packs of '%s' are accepted again with any sequence.\n", packId.c_str());
    return 0;
}

}  // namespace kiosk_pack
