// The staff PIN: stored only as a libsodium crypto_pwhash_str hash (Argon2id,
// "interactive" limits) in kiosk.toml, and guarded against guessing: after
// three wrong PINs the keypad locks, and every further wrong PIN doubles the
// lock-out (30 s, 60 s, ... up to 15 min). A right PIN resets the count.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace content::station {

// The hash to store for `pin`, or an empty string when hashing failed (out of memory).
std::string hashStaffPin(const std::string& pin);
// True when `pin` matches `hash`. An empty or malformed hash matches nothing.
bool verifyStaffPin(const std::string& pin, const std::string& hash);
// A PIN staff can type on the keypad: 4 to 12 digits.
bool isAcceptablePin(const std::string& pin, std::string* why);

class StaffPinGate {
public:
    using Clock = std::chrono::steady_clock;
    enum class Outcome { Accepted, Wrong, LockedOut, NoPinConfigured };

    explicit StaffPinGate(std::string hash) : hash_(std::move(hash)) {}

    // Checks a typed PIN at time `now`. While locked out the PIN is not even
    // checked (so guessing costs nothing but time and reveals nothing).
    Outcome attempt(const std::string& pin, Clock::time_point now = Clock::now());
    // Seconds until the keypad accepts a PIN again (0 = now).
    int secondsLocked(Clock::time_point now = Clock::now()) const;
    int wrongAttempts() const { return wrongInARow_; }

    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::seconds kFirstLockout{30};
    static constexpr std::chrono::seconds kLongestLockout{15 * 60};

private:
    std::string hash_;
    int wrongInARow_ = 0;
    std::optional<Clock::time_point> lockedUntil_;
};

}  // namespace content::station
