// kiosk-pack: the staff's and the build machine's tool for content packs.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

#include "content/cli/commands.h"
#include "content/station/import_child.h"

namespace kiosk_pack {

int complain(const std::string& message, int code) {
    std::fprintf(stderr, "kiosk-pack: %s\n", message.c_str());
    return code;
}

}  // namespace kiosk_pack

static const char* kUsage =
    "usage:\n"
    "  kiosk-pack new DIR                  (a starter source folder that check accepts)\n"
    "  kiosk-pack keygen --secret FILE --public FILE [--force]\n"
    "  kiosk-pack check SOURCE_DIR [--now ISO8601]\n"
    "  kiosk-pack build SOURCE_DIR --secret FILE -o PACK [--sequence N]\n"
    "  kiosk-pack verify PACK --trust PUBLIC_KEY [--trust ...] [--now ISO8601]\n"
    "  kiosk-pack import PACK --data DIR --trust PUBLIC_KEY [--trust ...] [--now ISO8601] [--lang de|en]\n"
    "                    [--memory-limit-mb MB]   (default 2048)\n"
    "  kiosk-pack show --data DIR [--json] [--now ISO8601] [--lang L]\n"
    "  kiosk-pack search --data DIR [--lang L] QUERY\n"
    "  kiosk-pack events FILE.ics --from ISO8601 --to ISO8601 [--time-zone ZONE] [--json]\n"
    "  kiosk-pack rollback --data DIR\n"
    "  kiosk-pack rebuild --data DIR [--now ISO8601] [--lang de|en]   (the live database after a software update)\n"
    "  kiosk-pack fleet DROP_FOLDER [--json] [--now ISO8601] [--lang de|en] [--page FILE.html]\n"
    "                               (exit 1: a kiosk is in trouble)\n"
    "  kiosk-pack reset-sequence --data DIR PACK_ID\n"
    "  kiosk-pack hours \"VALUE\" [--holidays DE-SN] [--school-holidays FIRST/LAST]... [--at ISO8601]...\n"
    "                   [--week ISO-DATE] [--time-zone ZONE] [--json]\n"
    "  kiosk-pack set-pin [--config FILE]   (the PIN twice on stdin)\n"
    "  kiosk-pack import-child   (the kiosk's import process: a request line on stdin, see import_child.h)\n";

int main(int argc, char** argv) {
    using namespace kiosk_pack;
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
        std::fputs(kUsage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    std::string command = argv[1];
    Args args;
    for (int i = 2; i < argc; ++i) {
        // "-o" is the one short option; map it to its long name.
        args.push_back(std::strcmp(argv[i], "-o") == 0 ? "--output" : argv[i]);
    }
    try {
        if (command == "new") return runNew(args);
        if (command == "keygen") return runKeygen(args);
        if (command == "check") return runCheck(args);
        if (command == "build") return runBuild(args);
        if (command == "verify") return runVerify(args);
        if (command == "import") return runImport(args);
        if (command == "show") return runShow(args);
        if (command == "search") return runSearch(args);
        if (command == "events") return runEvents(args);
        if (command == "rollback") return runRollback(args);
        if (command == "rebuild") return runRebuild(args);
        if (command == "reset-sequence") return runResetSequence(args);
        if (command == "hours") return runHours(args);
        if (command == "set-pin") return runSetPin(args);
        if (command == "fleet") return runFleet(args);
        if (command == "import-child") return content::station::runImportChild();
    } catch (const std::exception& error) {
        return complain(std::string("unexpected error: ") + error.what());
    }
    std::fputs(kUsage, stderr);
    return complain("unknown command '" + command + "'", 2);
}
