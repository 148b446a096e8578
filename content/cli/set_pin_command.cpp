// set-pin: writes the staff PIN's hash into kiosk.toml. The PIN is read twice
// from standard input (without echo on a terminal) so a typo cannot lock
// staff out; only the Argon2id hash is stored, every other line of the file
// (comments included) stays as it was.
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include "content/cli/cli_args.h"
#include "content/cli/commands.h"
#include "content/station/kiosk_config.h"
#include "content/station/staff_pin.h"
#include "content/pack/durable_files.h"
#include "content/station/status_file.h"

namespace kiosk_pack {
namespace {

// One line from stdin; on a terminal without echo, with a prompt on stderr.
bool readPinLine(const char* prompt, std::string* pin) {
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(prompt, stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const bool got = static_cast<bool>(std::getline(std::cin, *pin));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    if (!pin->empty() && pin->back() == '\r') pin->pop_back();
    return got;
}

}  // namespace

int runSetPin(const Args& rawArgs) {
    Arguments args(rawArgs, {"config"}, {});
    if (!args.ok()) return complain(args.error(), 2);
    if (!args.positional().empty()) return complain("usage: kiosk-pack set-pin [--config FILE]  (PIN twice on stdin)", 2);
    const std::filesystem::path file = args.value("config").value_or(content::station::kDefaultConfigPath);

    std::string pin, again;
    if (!readPinLine("New staff PIN (4-12 digits): ", &pin) || !readPinLine("The same PIN again: ", &again))
        return complain("the PIN must be given twice, one per line");
    if (pin != again) return complain("the two PINs differ; nothing was changed");
    std::string why;
    if (!content::station::isAcceptablePin(pin, &why)) return complain(why + "; nothing was changed");

    const std::string hash = content::station::hashStaffPin(pin);
    if (hash.empty()) return complain("the PIN could not be hashed (out of memory?); nothing was changed");

    std::error_code ec;
    const bool existed = std::filesystem::exists(file, ec);
    std::string original;
    if (existed) {
        auto text = readTextFile(file.string());
        if (!text) return complain("cannot read " + file.string());
        original = *text;
    }
    const auto permissions = existed ? std::filesystem::status(file, ec).permissions()
                                     : std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                           std::filesystem::perms::group_read;
    std::string error;
    if (!content::pack::writeFileAtomically(file, content::station::withStaffPinHash(original, hash), &error))
        return complain("cannot write the configuration: " + error);
    std::filesystem::permissions(file, permissions, ec);

    // Read back what a kiosk would read: a file the kiosk cannot use is worse than the old one.
    auto reread = content::station::loadConfig(file);
    if (reread.config.staffPinHash != hash)
        return complain("the new PIN hash was written to " + file.string() + " but does not read back; check the file");
    std::printf("The staff PIN was set in %s. Restart the kiosk to use it.\n", file.c_str());
    return 0;
}

}  // namespace kiosk_pack
