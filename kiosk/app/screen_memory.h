// What the screens remember between frames (query results, page heights, the
// keyboard's state), owned by AppState instead of hidden function-level
// statics. Each screen keeps one state struct of its own with a `kName`; it
// asks for it with `state.screens.get<ThatState>()` and gets a fresh one the
// first time. The idle reset and new content forget every state at once, so
// nothing the last visitor did, and nothing of the old content, survives.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <initializer_list>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace kiosk {

class ScreenMemory {
public:
    template <class State>
    State& get() {
        auto& slot = slots_[std::type_index(typeid(State))];
        if (!slot) slot = std::make_unique<Holder<State>>();
        return static_cast<Holder<State>&>(*slot).value;
    }

    // Back to fresh: every screen starts over (idle reset, new content).
    void forget() { slots_.clear(); }

    // Every state but the named ones starts over.
    void forgetAllBut(std::initializer_list<std::string_view> keep) {
        for (auto it = slots_.begin(); it != slots_.end();) {
            const std::string_view name = it->second->name();
            if (std::find(keep.begin(), keep.end(), name) == keep.end())
                it = slots_.erase(it);
            else
                ++it;
        }
    }

    // Which screens' states exist now, by name, sorted (tests, diagnostics).
    std::vector<std::string> held() const {
        std::vector<std::string> names;
        for (const auto& [type, slot] : slots_) names.push_back(slot->name());
        std::sort(names.begin(), names.end());
        return names;
    }

private:
    struct Slot {
        virtual ~Slot() = default;
        virtual const char* name() const = 0;
    };
    template <class State>
    struct Holder final : Slot {
        State value{};
        const char* name() const override { return State::kName; }
    };
    std::unordered_map<std::type_index, std::unique_ptr<Slot>> slots_;
};

}  // namespace kiosk
