#include "bench/measure/process.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;

namespace bench {

namespace {

// "VmHWM:    12345 kB" -> MB; 0 when the process is gone.
double statusFieldMb(pid_t pid, const char* field) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    const size_t length = std::strlen(field);
    while (std::getline(in, line))
        if (line.compare(0, length, field) == 0) return std::atof(line.c_str() + length) / 1024.0;
    return 0;
}

double pssMb(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, 4, "Pss:") == 0) return std::atof(line.c_str() + 4) / 1024.0;
    return 0;
}

// The root and every process descending from it (Chromium's renderers, GPU
// and utility processes), found through the parent links in /proc.
std::set<pid_t> processTree(pid_t root) {
    std::map<pid_t, pid_t> parentOf;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream in(entry.path() / "stat");
        std::string stat;
        std::getline(in, stat);
        // pid (comm) state ppid ... ; comm may contain spaces and parentheses.
        size_t close = stat.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream rest(stat.substr(close + 2));
        char state;
        pid_t ppid = 0;
        rest >> state >> ppid;
        parentOf[std::atoi(name.c_str())] = ppid;
    }
    std::set<pid_t> tree = {root};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto& [pid, ppid] : parentOf)
            if (tree.count(ppid) && tree.insert(pid).second) grew = true;
    }
    return tree;
}

double nowEpochMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string describeCommand(const std::vector<std::string>& argv) {
    std::string out;
    for (const auto& arg : argv) {
        if (!out.empty()) out += ' ';
        out += arg.find(' ') == std::string::npos ? arg : "'" + arg + "'";
    }
    return out;
}

ProcessResult runProcess(const ProcessOptions& options) {
    ProcessResult result;
    if (options.argv.empty()) return result;
    std::vector<char*> argv;
    for (const auto& arg : options.argv) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);

    const auto started = std::chrono::steady_clock::now();
    result.startEpochMs = nowEpochMs();
    pid_t pid = fork();
    if (pid < 0) return result;
    if (pid == 0) {
        setpgid(0, 0);  // its own group, so a timeout can stop all of it
        auto redirect = [](const fs::path& file, int fd) {
            if (file.empty()) return;
            int out = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (out >= 0) {
                dup2(out, fd);
                close(out);
            }
        };
        redirect(options.stdoutFile, STDOUT_FILENO);
        redirect(options.stderrFile, STDERR_FILENO);
        for (const auto& assignment : options.extraEnvironment) putenv(const_cast<char*>(assignment.c_str()));
        execvp(argv[0], argv.data());
        std::fprintf(stderr, "cannot run %s: %s\n", argv[0], std::strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid);
    result.started = true;

    int status = 0;
    struct rusage usage {};
    const auto deadline = started + options.timeout;
    auto stopAt = deadline;
    auto nextTimelineSample = started + options.rssTimelineEvery;
    for (;;) {
        pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) break;
        const auto now = std::chrono::steady_clock::now();
        if (!result.stoppedByCondition && options.stopWhen && options.stopWhen()) {
            result.stoppedByCondition = true;
            stopAt = now + options.lingerAfterStop;
        }
        if (result.stoppedByCondition && now >= stopAt) {
            kill(-pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        if (now > deadline) {
            result.timedOut = true;
            kill(-pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            break;
        }
        if (options.sampleMemory) {
            result.peakHwmMb = std::max(result.peakHwmMb, statusFieldMb(pid, "VmHWM:"));
            result.peakPssMb = std::max(result.peakPssMb, pssMb(pid));
            double rss = 0, pss = 0;
            for (pid_t member : processTree(pid)) {
                rss += statusFieldMb(member, "VmRSS:");
                pss += pssMb(member);
            }
            result.peakGroupRssMb = std::max(result.peakGroupRssMb, rss);
            result.peakGroupPssMb = std::max(result.peakGroupPssMb, pss);
            if (options.rssTimelineEvery.count() > 0 && now >= nextTimelineSample) {
                const double seconds = std::chrono::duration<double>(now - started).count();
                result.rssTimeline.emplace_back(seconds, statusFieldMb(pid, "VmRSS:"));
                nextTimelineSample += options.rssTimelineEvery;
            }
        }
        std::this_thread::sleep_for(options.sampleEvery);
    }
    // Stragglers of a browser that left helpers behind.
    kill(-pid, SIGKILL);
    result.wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    result.maxRssMb = usage.ru_maxrss / 1024.0;
    // A process too short for a sample: its rusage is all there is.
    if (result.peakHwmMb == 0) result.peakHwmMb = result.maxRssMb;
    if (WIFEXITED(status)) result.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
    return result;
}

}  // namespace bench
