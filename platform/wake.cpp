#include "platform/wake.h"

#include <GLFW/glfw3.h>

#include <atomic>

namespace platform {

namespace {
std::atomic<bool> redrawRequested{false};
std::atomic<bool> loopRunning{false};
std::atomic<bool> windowRedrawRequested{false};
}

void setLoopRunning(bool running) { loopRunning.store(running); }

void requestRedraw() {
    redrawRequested.store(true);
    // glfwPostEmptyEvent is thread-safe but must not be called outside
    // glfwInit/glfwTerminate; a request then is picked up by the first frame.
    if (loopRunning.load()) glfwPostEmptyEvent();
}

bool takeRedrawRequest() { return redrawRequested.exchange(false); }

void requestWindowRedraw() { windowRedrawRequested.store(true); }

bool takeWindowRedrawRequest() { return windowRedrawRequested.exchange(false); }

}  // namespace platform
