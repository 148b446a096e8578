// The kiosk-pack commands, one function each. Each returns the process exit
// code: 0 success, 1 refused or failed (with a message on stderr), 2 misuse.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "content/pack/rebuild.h"

namespace kiosk_pack {

using Args = std::vector<std::string>;

int runNew(const Args& args);       // commands_new.cpp
int runKeygen(const Args& args);    // commands_keys.cpp
int runCheck(const Args& args);     // commands_build.cpp
int runBuild(const Args& args);     // commands_build.cpp
int runVerify(const Args& args);    // commands_import.cpp
int runImport(const Args& args);    // commands_import.cpp
int runRollback(const Args& args);  // commands_import.cpp
int runResetSequence(const Args& args);  // commands_import.cpp
int runSetPin(const Args& args);    // set_pin_command.cpp (station)
int runShow(const Args& args);      // commands_show.cpp
int runSearch(const Args& args);    // commands_show.cpp
int runFleet(const Args& args);     // commands_fleet.cpp
int runEvents(const Args& args);    // commands_events.cpp
int runHours(const Args& args);     // commands_hours.cpp
int runRebuild(const Args& args);   // commands_rebuild.cpp

// Rebuilds `target`'s database when a software update left it at an older
// schema (import, show and rollback call it first): says what happened, on
// stdout when rebuilt, as a complaint when it could not be. commands_rebuild.cpp.
content::RebuildResult::Outcome rebuildBefore(const std::string& dataDir, content::RebuildTarget target, int64_t nowUtc,
                                              const std::string& lang);

// "kiosk-pack: <message>" on stderr; returns `code`.
int complain(const std::string& message, int code = 1);

}  // namespace kiosk_pack
