#include "platform/stop_signals.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdio>
#include <thread>

#include "platform/wake.h"

namespace platform {
namespace {

std::atomic<bool> stopSignalled{false};

}  // namespace

void watchStopSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    // sigwait in an ordinary thread: it may call requestRedraw (not allowed in
    // a signal handler) to wake the sleeping loop at once.
    std::thread([signals] {
        int received = 0;
        if (sigwait(&signals, &received) != 0) return;
        std::fprintf(stderr, "kiosk: stopping (signal %d)\n", received);
        stopSignalled.store(true);
        requestRedraw();
    }).detach();
}

bool stopRequested() { return stopSignalled.load(); }

}  // namespace platform
