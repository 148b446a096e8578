#include "kiosk/app/replay.h"

#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/keyboard.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <thread>

namespace kiosk {

namespace {

// How long a check waits for a screen that keeps moving (a fling) before it
// looks anyway; longer than any momentum the lists can have.
constexpr double kSettleTimeoutSeconds = 6.0;
// Moves of a replayed drag come at about the rate a touchscreen reports them.
constexpr double kMoveInterval = 1.0 / 120.0;
// How long assert-highlight waits for the voice to reach a sentence.
constexpr double kHighlightTimeoutSeconds = 30.0;
// How long wait-for-label waits before the replay fails.
constexpr double kWaitForLabelSeconds = 30.0;
// How long wait-rebuild waits (a large source folder takes a while to build).
constexpr double kWaitRebuildSeconds = 120.0;

// The lines containing `text`, or every line for the failure message.
bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

std::string quoted(const std::vector<std::string>& lines) {
    std::string all;
    for (const auto& line : lines) all += (all.empty() ? "'" : ", '") + line + "'";
    return all.empty() ? "none" : all;
}

std::string trim(const std::string& s) {
    size_t a = s.find_first_not_of(" \t\r");
    if (a == std::string::npos) return {};
    size_t b = s.find_last_not_of(" \t\r");
    return s.substr(a, b - a + 1);
}

// The rest of the line after the command word (labels may contain spaces).
std::string restAfterWord(const std::string& line) {
    size_t space = line.find_first_of(" \t");
    return space == std::string::npos ? std::string() : trim(line.substr(space));
}

}  // namespace

bool parseReplay(const std::string& script, std::vector<ReplayCommand>& commands, std::string* error) {
    std::istringstream lines(script);
    std::string raw;
    int number = 0;
    auto fail = [&](const std::string& reason) {
        if (error) *error = "replay line " + std::to_string(number) + ": " + reason;
        return false;
    };
    while (std::getline(lines, raw)) {
        ++number;
        std::string line = trim(raw);
        if (line.empty() || line[0] == '#') continue;
        std::istringstream words(line);
        std::string word;
        words >> word;
        ReplayCommand command;
        command.line = number;
        if (word == "tap") {
            command.kind = ReplayCommand::Kind::Tap;
            if (!(words >> command.x1 >> command.y1)) return fail("tap needs X Y");
        } else if (word == "drag") {
            command.kind = ReplayCommand::Kind::Drag;
            if (!(words >> command.x1 >> command.y1 >> command.x2 >> command.y2 >> command.milliseconds))
                return fail("drag needs X1 Y1 X2 Y2 MS");
            if (command.milliseconds < 0) return fail("drag duration must not be negative");
        } else if (word == "wait") {
            command.kind = ReplayCommand::Kind::Wait;
            if (!(words >> command.milliseconds) || command.milliseconds < 0) return fail("wait needs MS");
        } else if (word == "type") {
            command.kind = ReplayCommand::Kind::Type;
            // Everything after "type " literally, so spaces can be typed.
            size_t start = raw.find("type") + 4;
            command.text = start < raw.size() ? raw.substr(start + 1) : std::string();
            while (!command.text.empty() && command.text.back() == '\r') command.text.pop_back();
            if (command.text.empty()) return fail("type needs TEXT");
        } else if (word == "tap-label") {
            command.kind = ReplayCommand::Kind::TapLabel;
            command.text = restAfterWord(line);
            if (command.text.empty()) return fail("tap-label needs TEXT");
        } else if (word == "wait-for-label") {
            command.kind = ReplayCommand::Kind::WaitForLabel;
            command.text = restAfterWord(line);
            if (command.text.empty()) return fail("wait-for-label needs TEXT");
        } else if (word == "assert-screen") {
            command.kind = ReplayCommand::Kind::AssertScreen;
            command.text = restAfterWord(line);
            if (!screenFromName(command.text)) return fail("unknown screen '" + command.text + "'");
        } else if (word == "assert-memory") {
            command.kind = ReplayCommand::Kind::AssertMemory;
            std::vector<std::string> names;
            for (std::string name; words >> name;) names.push_back(name);
            std::sort(names.begin(), names.end());
            for (const auto& name : names) command.text += (command.text.empty() ? "" : " ") + name;
        } else if (word == "assert-fresh-visitor") {
            command.kind = ReplayCommand::Kind::AssertFreshVisitor;
        } else if (word == "assert-attract") {
            command.kind = ReplayCommand::Kind::AssertAttract;
            command.text = restAfterWord(line);
            if (command.text != "on" && command.text != "off") return fail("assert-attract needs on or off");
        } else if (word == "screenshot") {
            command.kind = ReplayCommand::Kind::Screenshot;
            command.text = restAfterWord(line);
            if (command.text.empty()) return fail("screenshot needs FILE.png");
        } else if (word == "read-aloud") {
            command.kind = ReplayCommand::Kind::ReadAloud;
        } else if (word == "assert-speaking") {
            command.kind = ReplayCommand::Kind::AssertSpeaking;
        } else if (word == "assert-silent") {
            command.kind = ReplayCommand::Kind::AssertSilent;
        } else if (word == "assert-highlight") {
            command.kind = ReplayCommand::Kind::AssertHighlight;
            if (!(words >> command.x1) || command.x1 < 0) return fail("assert-highlight needs a sentence number N");
        } else if (word == "assert-idle-warning") {
            command.kind = ReplayCommand::Kind::AssertIdleWarning;
        } else if (word == "assert-no-idle-warning") {
            command.kind = ReplayCommand::Kind::AssertNoIdleWarning;
        } else if (word == "wait-rebuild") {
            command.kind = ReplayCommand::Kind::WaitRebuild;
            if (!(words >> command.x1) || command.x1 < 1) return fail("wait-rebuild needs a build number N");
        } else if (word == "assert-panel" || word == "assert-problem") {
            command.kind = word == "assert-panel" ? ReplayCommand::Kind::AssertPanel : ReplayCommand::Kind::AssertProblem;
            command.text = restAfterWord(line);
            if (command.text.empty()) return fail(word + " needs TEXT");
        } else if (word == "assert-no-problems") {
            command.kind = ReplayCommand::Kind::AssertNoProblems;
        } else if (word == "copy-file") {
            command.kind = ReplayCommand::Kind::CopyFile;
            std::string from, to;
            if (!(words >> std::quoted(from) >> std::quoted(to))) return fail("copy-file needs FROM TO");
            command.text = from;
            command.target = to;
        } else {
            return fail("unknown command '" + word + "'");
        }
        commands.push_back(std::move(command));
    }
    return true;
}

std::unique_ptr<ReplayDriver> ReplayDriver::load(const std::string& file, std::string* error) {
    std::ifstream in(file);
    if (!in) {
        if (error) *error = "cannot read replay file " + file;
        return nullptr;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::vector<ReplayCommand> commands;
    if (!parseReplay(buffer.str(), commands, error)) return nullptr;
    return std::make_unique<ReplayDriver>(std::move(commands));
}

bool ReplayDriver::fail(const ReplayCommand& command, const std::string& reason) {
    failed_ = finished_ = true;
    failure_ = "replay line " + std::to_string(command.line) + ": " + reason;
    std::fprintf(stderr, "%s\n", failure_.c_str());
    return false;
}

bool ReplayDriver::expandType(const ReplayCommand& command, const std::string& language) {
    auto labels = keyboardTapSequence(language, command.text);
    if (!labels) return false;
    std::vector<ReplayCommand> taps;
    for (const std::string& label : *labels) {
        ReplayCommand tap;
        tap.kind = ReplayCommand::Kind::TapLabel;
        tap.line = command.line;
        tap.text = label;
        taps.push_back(std::move(tap));
    }
    commands_.erase(commands_.begin() + long(next_));
    commands_.insert(commands_.begin() + long(next_), taps.begin(), taps.end());
    return true;
}

double ReplayDriver::tick(double now, ReplayHost& host) {
    using Kind = ReplayCommand::Kind;
    constexpr double kNever = 1e300;
    while (!finished_) {
        if (next_ >= commands_.size()) {
            // Let the last touch's frames finish, then end.
            if (!host.settled() && (settleSince_ < 0 || now - settleSince_ < kSettleTimeoutSeconds)) {
                if (settleSince_ < 0) settleSince_ = now;
                return now + 0.05;
            }
            finished_ = true;
            break;
        }
        ReplayCommand& command = commands_[next_];
        if (!active_) {
            // Every command starts on a settled screen (except the middle of a drag).
            if (!host.settled() && command.kind != Kind::Wait) {
                if (settleSince_ < 0) settleSince_ = now;
                if (now - settleSince_ < kSettleTimeoutSeconds) return now + 0.05;
            }
            settleSince_ = -1;
            active_ = true;
            startedAt_ = now;
            framesAtStart_ = host.framesDrawn();
        }
        switch (command.kind) {
            case Kind::ReadAloud:
                command.kind = Kind::TapLabel;
                command.text = i18n::translate(host.language(), "speech.read_aloud");
                active_ = false;
                continue;
            case Kind::AssertSpeaking:
                if (!host.speaking()) {
                    fail(command, "read-aloud is silent");
                    return kNever;
                }
                break;
            case Kind::AssertSilent:
                if (host.speaking()) {
                    fail(command, "read-aloud is still speaking");
                    return kNever;
                }
                if (host.framesFromTouchToSilence() > 0) {
                    fail(command, "read-aloud fell silent " + std::to_string(host.framesFromTouchToSilence()) +
                                      " frames after the touch, not in its frame");
                    return kNever;
                }
                break;
            case Kind::AssertHighlight: {
                const int wanted = int(command.x1), shown = host.highlightedSentence();
                if (shown == wanted) break;
                const bool passed = shown > wanted || (!host.speaking() && host.settled());
                if (passed || now - startedAt_ > kHighlightTimeoutSeconds) {
                    fail(command, "expected the highlight on sentence " + std::to_string(wanted) + ", but it is " +
                                      (shown < 0 ? std::string("on none") : "on sentence " + std::to_string(shown)));
                    return kNever;
                }
                return now + 0.02;  // the speech moves on by itself
            }
            case Kind::AssertIdleWarning:
            case Kind::AssertNoIdleWarning:
                if (host.idleWarningVisible() != (command.kind == Kind::AssertIdleWarning)) {
                    fail(command, host.idleWarningVisible() ? "the idle warning is on screen" : "no idle warning is on screen");
                    return kNever;
                }
                break;
            case Kind::WaitRebuild:
                if (host.previewBuilds() < 0) {
                    fail(command, "wait-rebuild needs the kiosk started with --preview");
                    return kNever;
                }
                if (host.previewBuilds() >= int(command.x1) && host.settled()) break;
                // Real seconds: a null window's clock jumps while a save waits for the folder to be quiet.
                if (!realStart_) realStart_ = std::chrono::steady_clock::now();
                if (std::chrono::steady_clock::now() - *realStart_ > std::chrono::duration<double>(kWaitRebuildSeconds)) {
                    fail(command, "only " + std::to_string(host.previewBuilds()) + " builds finished, not " +
                                      std::to_string(int(command.x1)));
                    return kNever;
                }
                // The save reaches the folder watcher's thread in real time; a null window's clock would not wait.
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                return now + 0.05;
            case Kind::AssertPanel:
                if (!anyContains(host.previewPanelLines(), command.text)) {
                    fail(command, "no panel line contains '" + command.text + "' (lines: " + quoted(host.previewPanelLines()) + ")");
                    return kNever;
                }
                break;
            case Kind::AssertProblem:
                if (!anyContains(host.previewProblemLines(), command.text)) {
                    fail(command, "no problem contains '" + command.text + "' (problems: " + quoted(host.previewProblemLines()) + ")");
                    return kNever;
                }
                break;
            case Kind::AssertNoProblems:
                if (!host.previewProblemLines().empty()) {
                    fail(command, "the problem list is not empty: " + quoted(host.previewProblemLines()));
                    return kNever;
                }
                break;
            case Kind::CopyFile: {
                std::error_code error;
                std::filesystem::copy_file(command.text, command.target, std::filesystem::copy_options::overwrite_existing, error);
                if (error) {
                    fail(command, "cannot copy " + command.text + " to " + command.target + ": " + error.message());
                    return kNever;
                }
                break;
            }
            case Kind::Tap:
                host.pushPointer({platform::PointerEvent::Kind::Down, command.x1, command.y1, now});
                host.pushPointer({platform::PointerEvent::Kind::Up, command.x1, command.y1, now});
                break;
            case Kind::Drag: {
                double duration = command.milliseconds / 1000.0;
                if (!dragPressed_) {
                    host.pushPointer({platform::PointerEvent::Kind::Down, command.x1, command.y1, now});
                    dragPressed_ = true;
                    lastMoveAt_ = now;
                }
                double t = duration > 0 ? std::clamp((now - startedAt_) / duration, 0.0, 1.0) : 1.0;
                float x = command.x1 + float(t) * (command.x2 - command.x1);
                float y = command.y1 + float(t) * (command.y2 - command.y1);
                if (now > lastMoveAt_) {
                    host.pushPointer({platform::PointerEvent::Kind::Move, x, y, now});
                    lastMoveAt_ = now;
                }
                if (t < 1.0) return std::min(now + kMoveInterval, startedAt_ + duration);
                host.pushPointer({platform::PointerEvent::Kind::Up, command.x2, command.y2, now});
                break;
            }
            case Kind::Wait:
                if (now < startedAt_ + command.milliseconds / 1000.0) return startedAt_ + command.milliseconds / 1000.0;
                waits_.push_back({command.line, command.milliseconds, host.framesDrawn() - framesAtStart_, framesAtStart_});
                break;
            case Kind::Type:
                if (!expandType(command, host.language())) {
                    fail(command, "cannot type '" + command.text + "' on the " + host.language() + " keyboard");
                    return kNever;
                }
                active_ = false;
                continue;
            case Kind::TapLabel: {
                const TapTarget* target = host.tapTargets().find(command.text);
                if (!target) {
                    std::string seen;
                    for (const TapTarget& t : host.tapTargets().visible()) {
                        if (seen.size() > 400) break;
                        seen += (seen.empty() ? "" : ", ") + ("'" + t.label + "'");
                    }
                    fail(command, "no visible target labelled '" + command.text + "' (visible: " + seen + ")");
                    return kNever;
                }
                float x = (target->min.x + target->max.x) / 2, y = (target->min.y + target->max.y) / 2;
                host.pushPointer({platform::PointerEvent::Kind::Down, x, y, now});
                host.pushPointer({platform::PointerEvent::Kind::Up, x, y, now});
                break;
            }
            case Kind::WaitForLabel:
                if (host.tapTargets().find(command.text)) break;
                if (now - startedAt_ > kWaitForLabelSeconds) {
                    fail(command, "no target labelled '" + command.text + "' appeared");
                    return kNever;
                }
                return now + 0.05;
            case Kind::AssertScreen: {
                std::string actual(screenName(host.currentScreen()));
                if (actual != command.text) {
                    fail(command, "expected screen " + command.text + ", but the screen is " + actual);
                    return kNever;
                }
                break;
            }
            case Kind::AssertMemory: {
                std::string actual;
                for (const auto& name : host.screenMemory()) actual += (actual.empty() ? "" : " ") + name;
                if (actual != command.text) {
                    fail(command, "expected screen states [" + command.text + "], but there are [" + actual + "]");
                    return kNever;
                }
                break;
            }
            case Kind::AssertFreshVisitor: {
                std::string left;
                for (const auto& item : host.visitorLeftovers()) left += (left.empty() ? "" : ", ") + item;
                if (!left.empty()) {
                    fail(command, "the last visitor left: " + left);
                    return kNever;
                }
                break;
            }
            case Kind::AssertAttract: {
                const bool expected = command.text == "on";
                if (host.attracting() != expected) {
                    fail(command, std::string("expected the attract state ") + (expected ? "on" : "off") +
                                      ", but it is " + (expected ? "off" : "on"));
                    return kNever;
                }
                break;
            }
            case Kind::Screenshot:
                if (!screenshotRequested_) {
                    host.requestScreenshot(command.text);
                    screenshotRequested_ = true;
                }
                if (host.screenshotPending()) return now + 0.02;
                screenshotRequested_ = false;
                break;
        }
        // The command is done.
        active_ = false;
        realStart_.reset();
        dragPressed_ = false;
        lastMoveAt_ = 0;
        ++next_;
        if (command.kind == Kind::Tap || command.kind == Kind::Drag || command.kind == Kind::TapLabel)
            return now;  // the app draws the touch's frames before the next command
    }
    return kNever;
}

}  // namespace kiosk
