// An import in its own process: the kiosk starts `kiosk-pack import-child`
// (posix_spawn) at a lower CPU and I/O priority and under a memory cap, so a
// hostile or huge pack can neither starve the drawing thread nor take the
// kiosk's memory, and nothing of the import's working set stays in the kiosk's
// heap. The child is importPack itself: the data folder lock, the atomic
// switch and the kill-safety are the same as for `kiosk-pack import`.
//
// The pipe protocol, one JSON object per line:
//   kiosk -> child (stdin, one line): {"pack": PATH, "options": importOptionsToJson(...),
//                                      "memory_limit_mb": N, "nice": N}
//                                     or {"rebuild": "live"|"previous", "options": ..., ...} (rebuild_child.h)
//   child -> kiosk (stdout):          {"progress": STEP} for every step reached,
//                                     then {"result": importResultToJson(...)}
// SIGTERM asks the child to stop between steps (the result is "cancelled").
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

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

struct ImportChildOutcome {
    ImportResult result;
    std::string lastStep;     // the last step the child reported ("" before the first)
    int64_t peakRssKb = 0;    // the child's peak resident memory (getrusage of the ended child)
    bool crashed = false;     // ended without a result (signal, exit without a line, not started)
    std::string resultLine;   // the child's result line as it came (for answers that carry more: rebuild_child.h)
};

// Runs one import in a child process and waits for it. Never throws; a child
// that crashes, is killed or cannot be started gives an "import-crashed"
// refusal with what happened in `detail`, one over its cap "out-of-memory".
ImportChildOutcome importInChild(const std::filesystem::path& packFile, const ImportOptions& options,
                                 const ImportChildSettings& settings);

// The same for any request line the child understands (its "options" as for
// an import): rebuild_child.h sends {"rebuild": ..., "options": ...}.
ImportChildOutcome runInChild(const std::string& requestLine, const ImportChildSettings& settings);

// kiosk-pack next to this program (an installed kiosk), else the one of the
// build tree this was built in (tests, development), else kiosk-pack on PATH.
std::filesystem::path defaultImportProgram();

// The child's side (`kiosk-pack import-child`): reads the request from stdin,
// imports, writes progress and the result to stdout. Returns the exit code.
int runImportChild();

}  // namespace content::station
