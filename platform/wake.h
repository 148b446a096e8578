// Waking the idle frame loop from anywhere (an import worker, a file watcher,
// an image decoder thread). The loop sleeps in glfwWaitEvents until input, a
// deadline, or one of these calls.
#pragma once

namespace platform {

// Asks for one more frame soon; safe from any thread.
void requestRedraw();

// True once since the last call if a redraw was requested (used by the runner).
bool takeRedrawRequest();

// The window system wants the picture again (the window was exposed or
// resized), e.g. because another window on the same display opened or
// closed over it. Kept apart from requestRedraw so a frame's reason is known.
// Called on the drawing thread from GLFW's callbacks.
void requestWindowRedraw();
bool takeWindowRedrawRequest();

// Set by the runner while GLFW is initialised (so requestRedraw may post an event).
void setLoopRunning(bool running);

}  // namespace platform
