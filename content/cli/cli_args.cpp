#include "content/cli/cli_args.h"

#include <fstream>
#include <sstream>

#include "content/core/time_zone.h"

namespace kiosk_pack {

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valueOptions,
                     const std::set<std::string>& flags) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--") {
            positional_.insert(positional_.end(), args.begin() + static_cast<long>(i) + 1, args.end());
            break;
        }
        if (!arg.starts_with("--") || arg.size() == 2) {
            positional_.push_back(arg);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (flags.count(name) && !inlineValue) {
            flags_.insert(name);
        } else if (valueOptions.count(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    error_ = "--" + name + " needs a value";
                    return;
                }
                inlineValue = args[++i];
            }
            values_.emplace(name, *inlineValue);
            ordered_.emplace_back(name, *inlineValue);
        } else {
            error_ = "unknown option --" + name;
            return;
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    std::optional<std::string> last;
    for (const auto& [key, value] : ordered_)
        if (key == name) last = value;
    return last;
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    std::vector<std::string> result;
    for (const auto& [key, value] : ordered_)
        if (key == name) result.push_back(value);
    return result;
}

std::optional<long long> parseNowOption(const std::optional<std::string>& text) {
    if (!text) return 0;
    auto utc = content::parseIsoToUtc(*text, "UTC");
    if (!utc) return std::nullopt;
    return *utc;
}

std::optional<std::string> readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace kiosk_pack
