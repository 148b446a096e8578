// SIGTERM (systemd stopping the kiosk), SIGINT and SIGHUP end the frame loop
// cleanly instead of killing the process, so the station's destructors run:
// the last status file says "stopped" and the next start knows the previous
// run ended cleanly. Call watchStopSignals() first thing in main, before any
// thread exists, so every thread inherits the blocked signal mask and one
// watcher thread receives them. (A child process would inherit the mask too:
// anything that ever forks must unblock these signals in the child before exec.)
#pragma once

namespace platform {

void watchStopSignals();
// True once a stop signal arrived (the runner then leaves its loop).
bool stopRequested();

}  // namespace platform
