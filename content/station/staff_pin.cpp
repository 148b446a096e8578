#include "content/station/staff_pin.h"

#include <sodium.h>

#include <algorithm>

namespace content::station {
namespace {

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

}  // namespace

std::string hashStaffPin(const std::string& pin) {
    if (!sodiumReady()) return {};
    char hash[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return hash;
}

bool verifyStaffPin(const std::string& pin, const std::string& hash) {
    if (!sodiumReady() || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool isAcceptablePin(const std::string& pin, std::string* why) {
    if (pin.size() < 4 || pin.size() > 12) {
        if (why) *why = "the PIN must have 4 to 12 digits";
        return false;
    }
    if (!std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (why) *why = "the PIN may only contain digits (the keypad has no letters)";
        return false;
    }
    return true;
}

StaffPinGate::Outcome StaffPinGate::attempt(const std::string& pin, Clock::time_point now) {
    if (hash_.empty()) return Outcome::NoPinConfigured;
    if (secondsLocked(now) > 0) return Outcome::LockedOut;
    if (verifyStaffPin(pin, hash_)) {
        wrongInARow_ = 0;
        lockedUntil_.reset();
        return Outcome::Accepted;
    }
    ++wrongInARow_;
    if (wrongInARow_ >= kFreeAttempts) {
        // 3rd wrong: 30 s, 4th: 60 s, 5th: 120 s, ... capped.
        int doublings = std::min(wrongInARow_ - kFreeAttempts, 10);
        auto lockout = std::min<std::chrono::seconds>(kFirstLockout * (1 << doublings), kLongestLockout);
        lockedUntil_ = now + lockout;
    }
    return Outcome::Wrong;
}

int StaffPinGate::secondsLocked(Clock::time_point now) const {
    if (!lockedUntil_ || now >= *lockedUntil_) return 0;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*lockedUntil_ - now).count();
    return static_cast<int>((left + 999) / 1000);
}

}  // namespace content::station
