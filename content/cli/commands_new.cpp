// new: writes a starter source folder (content/pack/starter_folder.h).
#include <cstdio>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/pack/starter_folder.h"

namespace kiosk_pack {

int runNew(const Args& rawArgs) {
    Arguments args(rawArgs, {}, {});
    if (!args.ok()) return complain(args.error(), 2);
    if (args.positional().size() != 1) return complain("usage: kiosk-pack new DIR", 2);
    std::string error;
    if (!content::pack::writeStarterFolder(args.positional()[0], &error)) return complain(error);
    std::printf("wrote a starter folder to %s; read LIESMICH.txt / README.txt in it\n", args.positional()[0].c_str());
    return 0;
}

}  // namespace kiosk_pack
