// A small command-line reader for kiosk-pack: positional arguments, options
// with a value ("--data DIR", "--data=DIR"), repeatable options (--trust) and
// flags (--json). Unknown options are errors, so a typo never goes unnoticed.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kiosk_pack {

class Arguments {
public:
    // `valueOptions` take a value, `flags` do not (names without "--").
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valueOptions,
              const std::set<std::string>& flags);

    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }

    const std::vector<std::string>& positional() const { return positional_; }
    std::optional<std::string> value(const std::string& name) const;  // the last one given
    std::vector<std::string> values(const std::string& name) const;    // all, in order
    bool flag(const std::string& name) const { return flags_.count(name) > 0; }

private:
    std::vector<std::string> positional_;
    std::multimap<std::string, std::string> values_;
    std::vector<std::pair<std::string, std::string>> ordered_;
    std::set<std::string> flags_;
    std::string error_;
};

// "--now" as UTC seconds: 0 when absent (the real clock), nullopt when the
// text is not an ISO 8601 time. A time without offset is taken as UTC.
std::optional<long long> parseNowOption(const std::optional<std::string>& text);

// Text of a file, or nullopt.
std::optional<std::string> readTextFile(const std::string& path);

}  // namespace kiosk_pack
