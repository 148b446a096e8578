#include "platform/glfw_window.h"
#include "platform/runner.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <chrono>
#include <algorithm>
#include <cmath>
#include <ctime>

#include "platform/stop_signals.h"
#include "platform/wake.h"

namespace platform {

namespace {

// Longest single sleep: a safety net only; the app's deadlines decide.
constexpr double kMaxSleepSeconds = 3600.0;

// CPU time of the calling (drawing) thread only: the brief budgets frame CPU
// time, and a wall clock would also count waiting for the GL driver's threads
// (llvmpipe renders on its own threads) and being preempted by other work.
double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

double wallSeconds() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double>(clock::now().time_since_epoch()).count();
}

void drawOneFrame(GlfwWindow& window, FrameClient& client, double now, double& lastFrameTime) {
    const double cpuStart = threadCpuSeconds();
    const double wallStart = wallSeconds();
    int width = window.width(), height = window.height();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(width), float(height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = lastFrameTime > 0 ? float(std::max(1e-4, now - lastFrameTime)) : 1.0f / 60.0f;
    lastFrameTime = now;
    // ImGui never gets the pointer: taps and drags go through the gesture layer.
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    for (bool& down : io.MouseDown) down = false;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    client.drawFrame(now, width, height);
    ImGui::Render();
    glViewport(0, 0, width, height);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    client.afterRender(width, height, threadCpuSeconds() - cpuStart, wallSeconds() - wallStart);
    glfwSwapBuffers(window.handle());
}

}  // namespace

// The real loop: sleeps in glfwWaitEvents until input, a deadline or a
// requestRedraw(), on GLFW's clock.
void GlfwWindow::run(FrameClient& client) {
    GlfwWindow& window = *this;
    setLoopRunning(true);
    double lastFrameTime = 0;
    while (!client.finished() && !window.closeRequested() && !stopRequested()) {
        glfwPollEvents();
        double now = glfwGetTime();
        WakePlan plan = client.wake(now, window.pointerQueue().drain());
        const bool asked = takeRedrawRequest(), exposed = takeWindowRedrawRequest();
        if (!plan.drawNow && !asked && exposed) client.noteWindowRedraw();
        if (asked || exposed) plan.drawNow = true;
        if (client.finished() || stopRequested()) break;
        if (plan.drawNow) {
            drawOneFrame(window, client, now, lastFrameTime);
            continue;
        }
        if (!window.pointerQueue().empty()) continue;  // input queued while waking (replay)
        double timeout = std::clamp(plan.wakeAt - now, 0.0, kMaxSleepSeconds);
        if (timeout > 0) glfwWaitEventsTimeout(timeout);
    }
    setLoopRunning(false);
}

}  // namespace platform
