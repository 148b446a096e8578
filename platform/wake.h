// Waking the idle frame loop from anywhere (an import worker, a file watcher,
// an image decoder thread). The loop sleeps in glfwWaitEvents until input, a
// deadline, or one of these calls.
#pragma once

namespace platform {

// Asks for one more frame soon; safe from any thread.
void requestRedraw();

// True once since the last call if a redraw was requested (used by the runner).
bool takeRedrawRequest();

// Set by the runner while GLFW is initialised (so requestRedraw may post an event).
void setLoopRunning(bool running);

}  // namespace platform
