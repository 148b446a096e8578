#include "content/station/import_child.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "content/pack/import_json.h"
#include "content/pack/import_memory_limit.h"
#include "content/station/rebuild_child.h"
#include "content/station/source_child.h"

extern char** environ;

namespace content::station {
namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxRequestBytes = 1u << 20;   // keys and paths; far more than a request holds
// A result line: a source folder's check can list tens of thousands of
// problems (every cell of a broken spreadsheet), each with its sentence.
constexpr size_t kMaxLineBytes = 64u << 20;
constexpr auto kStopGrace = std::chrono::seconds(5);
constexpr int kPollMilliseconds = 200;

// ---- the kiosk's side

struct Pipe {
    int read = -1, write = -1;
    bool open() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) return false;
        read = fds[0];
        write = fds[1];
        return true;
    }
    static void close(int& fd) {
        if (fd >= 0) ::close(fd);
        fd = -1;
    }
    ~Pipe() {
        close(read);
        close(write);
    }
};

ImportResult crashResult(std::string detail) {
    ImportResult result;
    result.error = ImportError::ImportCrashed;
    result.detail = std::move(detail);
    return result;
}

std::string signalName(int signal) {
    const char* name = sigabbrev_np(signal);
    return name ? std::string("SIG") + name : "signal " + std::to_string(signal);
}

bool writeAll(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) return false;
        done += static_cast<size_t>(wrote);
    }
    return true;
}

// A child that died at once has closed its stdin: the write fails with EPIPE
// instead of the kiosk getting SIGPIPE (which is sent to the writing thread,
// so blocking it here and taking it back leaves every other thread alone).
void writeWithoutSigpipe(int fd, const std::string& text) {
    sigset_t pipeSignal, previous;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous);
    if (!writeAll(fd, text) && errno == EPIPE) {
        const timespec now{0, 0};
        sigtimedwait(&pipeSignal, nullptr, &now);
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

// Reads the child's lines until it closes its end; asks it to stop when
// `stop` says so, and kills it when it does not stop in time.
void readChildLines(int fd, pid_t child, const ImportChildSettings& settings, ChildRun& run,
                    const std::function<bool(const nlohmann::json&)>& takeResult, bool& haveResult) {
    std::string pending;
    bool stopSent = false;
    std::chrono::steady_clock::time_point stopAt;
    char buffer[4096];
    for (;;) {
        if (!stopSent && settings.stop && settings.stop()) {
            ::kill(child, SIGTERM);
            stopSent = true;
            stopAt = std::chrono::steady_clock::now();
        }
        if (stopSent && std::chrono::steady_clock::now() - stopAt > kStopGrace) ::kill(child, SIGKILL);
        pollfd poll{fd, POLLIN, 0};
        int ready = ::poll(&poll, 1, kPollMilliseconds);
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return;  // the child closed stdout: it ended
        pending.append(buffer, static_cast<size_t>(got));
        size_t newline;
        while ((newline = pending.find('\n')) != std::string::npos) {
            auto line = nlohmann::json::parse(pending.substr(0, newline), nullptr, false);
            pending.erase(0, newline + 1);
            if (!line.is_object()) continue;
            if (auto step = line.find("progress"); step != line.end() && step->is_string()) {
                run.lastStep = step->get<std::string>();
                if (settings.progress) settings.progress(run.lastStep);
            } else if (auto pid = line.find("pid"); pid != line.end() && pid->is_number_integer()) {
                run.childPid = pid->get<pid_t>();
            } else if (line.contains("out_of_memory")) {
                run.outOfMemory = true;
            } else if (auto found = line.find("result"); found != line.end()) {
                haveResult = takeResult(*found);
            }
        }
        if (pending.size() > kMaxLineBytes) pending.clear();  // not our protocol: ignore it
    }
}

std::string afterStep(const std::string& step) {
    return step.empty() ? " before its first step" : " after the step '" + step + "'";
}

// ---- the child's side

volatile std::sig_atomic_t stopRequested = 0;
void onStopSignal(int) { stopRequested = 1; }

// A C library (libical, expat, libzip) that gets NULL from malloc at the
// memory cap does not throw std::bad_alloc: it crashes. errno still says
// ENOMEM then, and this line tells the kiosk the crash was the cap.
void onCrashSignal(int signal) {
    if (errno == ENOMEM) {
        static const char line[] = "{\"out_of_memory\":true}\n";
        [[maybe_unused]] ssize_t written = ::write(STDOUT_FILENO, line, sizeof line - 1);
    }
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}

void writeLine(const nlohmann::json& line) {
    const std::string text = line.dump() + "\n";
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

// Lower CPU and I/O priority for the whole child: the screen stays fluid and
// the disk answers the kiosk's picture reads first.
void lowerPriority(int nice) {
    ::setpriority(PRIO_PROCESS, 0, nice);
    constexpr int kWhoProcess = 1, kClassBestEffort = 2, kClassShift = 13, kLowestLevel = 7;
    ::syscall(SYS_ioprio_set, kWhoProcess, 0, (kClassBestEffort << kClassShift) | kLowestLevel);
}

}  // namespace

fs::path defaultImportProgram() {
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error && fs::exists(self.parent_path() / "kiosk-pack")) return self.parent_path() / "kiosk-pack";
#ifdef KIOSK_PACK_BUILD_PATH
    if (fs::exists(KIOSK_PACK_BUILD_PATH)) return KIOSK_PACK_BUILD_PATH;
#endif
    return "kiosk-pack";
}

ChildRun runInImportChild(nlohmann::json request, const ImportChildSettings& settings,
                          const std::function<bool(const nlohmann::json&)>& takeResult) {
    ChildRun run;
    run.crashed = true;
    const fs::path program = settings.program.empty() ? defaultImportProgram() : settings.program;
    Pipe requestPipe, reply;
    if (!requestPipe.open() || !reply.open()) {
        run.failure = crashResult(std::string("cannot make a pipe for the import: ") + std::strerror(errno));
        return run;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, requestPipe.read, STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, reply.write, STDOUT_FILENO);
    std::string programText = program.string();
    std::string command = "import-child";
    char* argv[] = {programText.data(), command.data(), nullptr};
    pid_t child = -1;
    const int spawnError = program.has_parent_path()
                               ? posix_spawn(&child, programText.c_str(), &actions, nullptr, argv, environ)
                               : posix_spawnp(&child, programText.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawnError != 0) {
        run.failure = crashResult("cannot start the import program " + programText + ": " + std::strerror(spawnError));
        return run;
    }
    Pipe::close(requestPipe.read);
    Pipe::close(reply.write);

    request["memory_limit_mb"] = settings.memoryLimitMb;
    request["nice"] = settings.nice;
    writeWithoutSigpipe(requestPipe.write, request.dump() + "\n");
    Pipe::close(requestPipe.write);

    bool haveResult = false;
    readChildLines(reply.read, child, settings, run, takeResult, haveResult);

    int status = 0;
    rusage usage {};
    while (::wait4(child, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.peakRssKb = usage.ru_maxrss;
    if (haveResult) {
        run.crashed = false;
        return run;
    }
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (settings.stop && settings.stop()) {
            run.failure.error = ImportError::Cancelled;
            run.failure.detail = "the import was stopped";
            run.crashed = false;
        } else if (run.outOfMemory) {
            run.failure.error = ImportError::OutOfMemory;
            run.failure.detail = "the import process reached its memory cap of " + std::to_string(settings.memoryLimitMb) +
                                 " MB and was ended by " + signalName(signal) + afterStep(run.lastStep);
        } else {
            run.failure = crashResult("the import process was ended by " + signalName(signal) + afterStep(run.lastStep));
        }
    } else {
        run.failure = crashResult("the import process ended with exit code " + std::to_string(WEXITSTATUS(status)) +
                                  " and no result" + afterStep(run.lastStep));
    }
    return run;
}

ImportChildOutcome importInChild(const fs::path& packFile, const ImportOptions& options,
                                 const ImportChildSettings& settings) {
    ImportChildOutcome outcome;
    const ChildRun run = runInImportChild({{"pack", packFile.string()}, {"options", importOptionsToJson(options)}},
                                          settings, [&](const nlohmann::json& line) {
                                              auto result = importResultFromJson(line);
                                              if (result) outcome.result = std::move(*result);
                                              return result.has_value();
                                          });
    if (run.crashed || run.failure.error == ImportError::Cancelled) outcome.result = run.failure;
    outcome.lastStep = run.lastStep;
    outcome.peakRssKb = run.peakRssKb;
    outcome.childPid = run.childPid;
    outcome.crashed = run.crashed;
    return outcome;
}

int runImportChild() {
    // The kiosk gone (crashed, killed): end at once, as an import inside the
    // kiosk would have. The import is kill-safe, and the kiosk's next start
    // cleans up; an orphan still holding the data folder's lock would keep
    // that clean-up (and the next import) waiting.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    struct sigaction stop {};
    stop.sa_handler = onStopSignal;
    ::sigaction(SIGTERM, &stop, nullptr);
    ::sigaction(SIGINT, &stop, nullptr);
    struct sigaction crash {};
    crash.sa_handler = onCrashSignal;
    crash.sa_flags = SA_NODEFER;
    for (int signal : {SIGSEGV, SIGBUS, SIGABRT}) ::sigaction(signal, &crash, nullptr);
    if (::getppid() == 1) return 1;  // the kiosk ended before the line above

    std::string text;
    if (!std::getline(std::cin, text) || text.size() > kMaxRequestBytes) {
        std::fprintf(stderr, "kiosk-pack import-child: expected one request line on stdin (it is started by the kiosk)\n");
        return 2;
    }
    const auto request = nlohmann::json::parse(text, nullptr, false);
    std::optional<ImportOptions> options;
    std::optional<SourceRequest> source;
    std::string pack;
    if (request.is_object() && request.contains("source")) source = sourceRequestFromJson(request);
    if (request.is_object() && request.contains("options")) options = importOptionsFromJson(request["options"]);
    if (request.is_object() && request.contains("pack") && request["pack"].is_string()) pack = request["pack"];
    const bool rebuild = isRebuildRequest(request);
    if (!source && (!options || (pack.empty() && !rebuild))) {
        std::fprintf(stderr, "kiosk-pack import-child: the request line is not an import request\n");
        return 2;
    }
    lowerPriority(request.value("nice", 10));
    writeLine({{"pid", ::getpid()}});
    const auto cancelled = [] { return stopRequested != 0; };
    const auto progress = [](const char* step) { writeLine({{"progress", step}}); };
    const uint64_t memoryLimitMb = request.value("memory_limit_mb", uint64_t{0});
    if (memoryLimitMb > 0 && !pack::limitImportMemory(memoryLimitMb))
        std::fprintf(stderr, "kiosk-pack import-child: the memory cap of %llu MB could not be set\n",
                     static_cast<unsigned long long>(memoryLimitMb));
    if (source) {
        writeLine({{"result", stageSourceRequest(*source, cancelled, progress)}});
        return 0;
    }
    options->cancelled = cancelled;
    options->progress = progress;
    if (rebuild) {
        writeLine({{"result", answerRebuildRequest(request, *options)}});
        return 0;
    }
    const ImportResult result = importPack(pack, *options);
    writeLine({{"result", importResultToJson(result)}});
    return result.ok() ? 0 : 1;
}

}  // namespace content::station
