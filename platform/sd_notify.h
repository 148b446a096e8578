// A tiny sd_notify: tells systemd the kiosk is ready (Type=notify) and alive
// (WatchdogSec=), over the unix datagram socket named in $NOTIFY_SOCKET. No
// libsystemd needed; without systemd (development, tests) every call is a
// cheap no-op.
#pragma once

#include <filesystem>
#include <string_view>

namespace platform {

// Sends one state string ("READY=1", "WATCHDOG=1", "STATUS=..."). Returns
// false when there is no NOTIFY_SOCKET or sending failed.
bool sdNotify(std::string_view state);

// Calls sdNotify("WATCHDOG=1") at most every half watchdog interval
// ($WATCHDOG_USEC), so calling it from every frame costs nothing. Call it from
// the frame loop AND from the loop's wake-ups: a hung loop stops the pings and
// systemd restarts the kiosk.
void sdWatchdogPing();

// How long the loop may sleep at most so the watchdog is still fed, in
// seconds; infinity when there is no watchdog.
double sdWatchdogMaxSleepSeconds();

// The service's runtime directory ($RUNTIME_DIRECTORY, /run/kiosk under
// systemd; emptied at boot), or an empty path outside systemd.
std::filesystem::path serviceRuntimeDirectory();

}  // namespace platform
