// check and build: from a staff source folder to a signed pack. `build` runs
// exactly the checks of `check` first and refuses on any error, so a pack that
// `check` would reject is never signed.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/pack/content_checks.h"
#include "content/pack/pack_builder.h"
#include "content/pack/pack_limits.h"
#include "content/pack/source_check.h"
#include "content/parse/source_folder.h"

namespace kiosk_pack {

namespace fs = std::filesystem;

namespace {

// Prints every problem of the folder (content/pack/source_check.h); true when
// there is no error.
bool checkSourceFolder(const fs::path& dir, int64_t nowUtc, content::SourceReadResult& read) {
    if (nowUtc == 0) nowUtc = static_cast<int64_t>(std::time(nullptr));
    if (!fs::is_directory(dir)) {
        complain(dir.string() + " is not a folder");
        return false;
    }
    read = content::pack::checkSourceForPack(dir, nowUtc);
    for (const auto& diagnostic : read.diagnostics) {
        // A problem of the whole content (a reference, a limit) has no file to name.
        const std::string line = diagnostic.file.empty() ? diagnostic.message : content::formatDiagnostic(diagnostic);
        std::fprintf(stderr, "%s\n", line.c_str());
    }
    const size_t errors = read.errorCount();
    if (errors > 0) {
        std::fprintf(stderr, "%zu problem%s found in %s; nothing was built.\n", errors, errors == 1 ? "" : "s",
                     dir.string().c_str());
        return false;
    }
    return true;
}

}  // namespace

int runCheck(const Args& rawArgs) {
    Arguments args(rawArgs, {"now"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    if (args.positional().size() != 1) return complain("usage: kiosk-pack check SOURCE_DIR [--now ISO8601]", 2);
    auto now = parseNowOption(args.value("now"));
    if (!now) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00Z", 2);
    content::SourceReadResult read;
    if (!checkSourceFolder(args.positional()[0], *now, read)) return 1;
    const auto& c = read.content;
    std::printf("%s is fine: %zu organisations, %zu events, %zu guides, %zu pictures (%zu warnings).\n",
                args.positional()[0].c_str(), c.organisations.size(), c.events.size(), c.guides.size(), c.images.size(),
                read.warningCount());
    return 0;
}

int runBuild(const Args& rawArgs) {
    Arguments args(rawArgs, {"secret", "output", "sequence", "now"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    auto secretPath = args.value("secret");
    auto output = args.value("output");
    if (args.positional().size() != 1 || !secretPath || !output)
        return complain("usage: kiosk-pack build SOURCE_DIR --secret FILE -o PACK [--sequence N]", 2);
    content::pack::BuildOptions options;
    if (auto sequence = args.value("sequence")) {
        char* end = nullptr;
        errno = 0;
        unsigned long long value = std::strtoull(sequence->c_str(), &end, 10);
        if (sequence->empty() || *end != '\0' || errno != 0 || (*sequence)[0] == '-')
            return complain("--sequence must be a whole number, not '" + *sequence + "'", 2);
        options.sequence = value;
    }
    auto now = parseNowOption(args.value("now"));
    if (!now) return complain("--now must be an ISO 8601 time like 2026-11-21T10:00:00Z", 2);
    options.nowUtc = *now;
    auto keyText = readTextFile(*secretPath);
    if (!keyText) return complain("cannot read the secret key " + *secretPath);
    std::string error;
    auto key = content::pack::parseMinisignSecretKey(*keyText, &error);
    if (!key) return complain(*secretPath + ": " + error);

    fs::path source = args.positional()[0];
    content::SourceReadResult read;
    if (!checkSourceFolder(source, *now, read)) return 1;
    auto result = content::pack::buildPack(read.content, source / "images", *key, *output, options);
    if (!result.ok) return complain("the pack was not built: " + result.error);
    const auto& m = result.manifest;
    std::printf("Built %s: pack '%s', sequence %llu, %llu organisations, %llu events, %llu guides, %llu pictures, "
                "signed with key %s.\n",
                output->c_str(), m.packId.c_str(), static_cast<unsigned long long>(m.sequence),
                static_cast<unsigned long long>(m.counts.organisations), static_cast<unsigned long long>(m.counts.events),
                static_cast<unsigned long long>(m.counts.guides), static_cast<unsigned long long>(m.counts.images),
                content::pack::keyIdHex(key->keyId).c_str());
    return 0;
}

}  // namespace kiosk_pack
