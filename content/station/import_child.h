// An import in its own process: the kiosk starts `kiosk-pack import-child`
// (posix_spawn) at a lower CPU and I/O priority and under a memory cap, so a
// hostile or huge pack can neither starve the drawing thread nor take the
// kiosk's memory, and nothing of the import's working set stays in the kiosk's
// heap. The child is importPack itself: the data folder lock, the atomic
// switch and the kill-safety are the same as for `kiosk-pack import`. The
// same child, started the same way, also checks and stages a staff member's
// source folder from a stick (source_child.h).
//
// The pipe protocol, one JSON object per line:
//   kiosk -> child (stdin, one line): {"pack": PATH, "options": importOptionsToJson(...),
//                                      "memory_limit_mb": N, "nice": N}
//                                  or {"source": ..., see source_child.h, "memory_limit_mb": N, "nice": N}
//                                  or {"rebuild": "live"|"previous", "options": ...} (rebuild_child.h)
//   child -> kiosk (stdout):          {"pid": N} first (the child's own process id),
//                                     {"progress": STEP} for every step reached,
//                                     then {"result": importResultToJson(...)} (a source request:
//                                     sourceStagingToJson(...), a rebuild:
//                                     rebuildResultToJson(...)); {"out_of_memory": true} when it
//                                     crashes right after an allocation failed at its cap
// SIGTERM asks the child to stop between steps (the result is "cancelled").
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "content/pack/importer.h"

namespace content::station {

struct ImportChildSettings {
    std::filesystem::path program;  // kiosk-pack; defaultImportProgram() when empty
    uint64_t memoryLimitMb = kKioskImportMemoryLimitMb;  // 0 = no cap
    int nice = 10;                  // the child's nice value (the kiosk runs at 0)
    // Polled about five times a second: true stops the child (SIGTERM, then
    // SIGKILL after a grace of a few seconds). The kiosk uses it at shutdown.
    std::function<bool()> stop;
    std::function<void(const std::string& step)> progress;  // each step the child reports
};

// How a child ended, whatever it was asked.
struct ChildRun {
    std::string lastStep;     // the last step the child reported ("" before the first)
    int64_t peakRssKb = 0;    // the child's peak resident memory (getrusage of the ended child)
    pid_t childPid = 0;       // as the child reported it (0: it never said)
    bool crashed = false;     // ended without a result (signal, exit without a line, not started)
    bool outOfMemory = false; // it said, as it crashed, that an allocation had failed at its cap
    // Without a result: why, as a refusal ("import-crashed" with what
    // happened in `detail`, "out-of-memory" when it crashed at its cap, or
    // "cancelled" when `stop` ended it).
    ImportResult failure;
};

// Starts the child with `request` (the cap and the priority added), hands
// each progress line to settings.progress and the result line's value to
// `takeResult`, which returns false when it is not a result it reads (the
// run then counts as crashed), and waits for the child. Never throws.
ChildRun runInImportChild(nlohmann::json request, const ImportChildSettings& settings,
                          const std::function<bool(const nlohmann::json&)>& takeResult);

struct ImportChildOutcome {
    ImportResult result;
    std::string lastStep;     // the last step the child reported ("" before the first)
    int64_t peakRssKb = 0;    // the child's peak resident memory (getrusage of the ended child)
    pid_t childPid = 0;       // the child's own process id, as it reported it
    bool crashed = false;     // ended without a result (signal, exit without a line, not started)
};

// Runs one import in a child process and waits for it. Never throws; a child
// that crashes, is killed or cannot be started gives an "import-crashed"
// refusal with what happened in `detail`, one over its cap "out-of-memory".
ImportChildOutcome importInChild(const std::filesystem::path& packFile, const ImportOptions& options,
                                 const ImportChildSettings& settings);

// kiosk-pack next to this program (an installed kiosk), else the one of the
// build tree this was built in (tests, development), else kiosk-pack on PATH.
std::filesystem::path defaultImportProgram();

// The child's side (`kiosk-pack import-child`): reads the request from stdin,
// imports (or checks and stages a source folder), writes progress and the
// result to stdout. Returns the exit code.
int runImportChild();

}  // namespace content::station
