// The staff PIN: only its Argon2id hash is kept, the right PIN opens, wrong
// PINs lock the keypad for a growing time, and a locked keypad does not even
// check (so a right PIN during a lock-out does not open either).
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "content/station/kiosk_config.h"
#include "content/station/staff_pin.h"

using namespace content::station;
using namespace std::chrono_literals;

TEST_CASE("the PIN is stored as an Argon2id hash and verified against it") {
    std::string hash = hashStaffPin("482913");
    REQUIRE(!hash.empty());
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("482913") == std::string::npos);
    CHECK(verifyStaffPin("482913", hash));
    CHECK(!verifyStaffPin("482914", hash));
    CHECK(!verifyStaffPin("", hash));
    // Salted: the same PIN hashes differently each time.
    CHECK(hashStaffPin("482913") != hash);
    CHECK(!verifyStaffPin("482913", ""));
    CHECK(!verifyStaffPin("482913", "not a hash"));
}

TEST_CASE("only 4 to 12 digits are accepted as a PIN") {
    std::string why;
    CHECK(isAcceptablePin("1234", &why));
    CHECK(isAcceptablePin("123456789012", &why));
    CHECK(!isAcceptablePin("123", &why));
    CHECK(why.find("4 to 12") != std::string::npos);
    CHECK(!isAcceptablePin("12a4", &why));
    CHECK(why.find("only contain digits") != std::string::npos);
}

TEST_CASE("three wrong PINs lock the keypad, further wrong ones double the lock-out") {
    StaffPinGate gate(hashStaffPin("2468"));
    auto t = StaffPinGate::Clock::time_point{} + 1000s;
    CHECK(gate.attempt("1111", t) == StaffPinGate::Outcome::Wrong);
    CHECK(gate.secondsLocked(t) == 0);
    CHECK(gate.attempt("2222", t) == StaffPinGate::Outcome::Wrong);
    CHECK(gate.secondsLocked(t) == 0);
    CHECK(gate.attempt("3333", t) == StaffPinGate::Outcome::Wrong);
    CHECK(gate.secondsLocked(t) == 30);

    // While locked even the right PIN is not accepted.
    CHECK(gate.attempt("2468", t + 10s) == StaffPinGate::Outcome::LockedOut);
    CHECK(gate.secondsLocked(t + 10s) == 20);

    // After the lock-out, one more wrong PIN locks for twice as long.
    t += 31s;
    CHECK(gate.secondsLocked(t) == 0);
    CHECK(gate.attempt("4444", t) == StaffPinGate::Outcome::Wrong);
    CHECK(gate.secondsLocked(t) == 60);
    t += 61s;
    CHECK(gate.attempt("5555", t) == StaffPinGate::Outcome::Wrong);
    CHECK(gate.secondsLocked(t) == 120);

    // The right PIN after the lock-out opens and resets the count.
    t += 121s;
    CHECK(gate.attempt("2468", t) == StaffPinGate::Outcome::Accepted);
    CHECK(gate.wrongAttempts() == 0);
    CHECK(gate.attempt("1111", t) == StaffPinGate::Outcome::Wrong);
    CHECK(gate.secondsLocked(t) == 0);
}

TEST_CASE("the lock-out never grows beyond 15 minutes") {
    StaffPinGate gate(hashStaffPin("2468"));
    auto t = StaffPinGate::Clock::time_point{} + 1000s;
    for (int i = 0; i < 12; ++i) {
        gate.attempt("0000", t);
        t += std::chrono::seconds(gate.secondsLocked(t) + 1);
    }
    gate.attempt("0000", t);
    CHECK(gate.secondsLocked(t) == 15 * 60);
}

TEST_CASE("without a configured PIN the staff screen stays locked") {
    StaffPinGate gate("");
    CHECK(gate.attempt("1234") == StaffPinGate::Outcome::NoPinConfigured);
    CHECK(gate.attempt("") == StaffPinGate::Outcome::NoPinConfigured);
}

TEST_CASE("kiosk-pack set-pin writes the hash into the config and keeps the rest") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("kiosk-set-pin-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    fs::path config = dir / "kiosk.toml";
    fs::copy_file(fs::path(TEST_DATA_DIR) / "station" / "good.toml", config);
    auto run = [&](const std::string& input) {
        std::string command = "printf '" + input + "' | " + KIOSK_PACK_BIN + " set-pin --config " + config.string() +
                              " >/dev/null 2>&1";
        return std::system(command.c_str());
    };
    CHECK(run("2468\\n2468\\n") == 0);
    LoadedConfig loaded = loadConfig(config);
    CHECK(loaded.messages.empty());
    CHECK(verifyStaffPin("2468", loaded.config.staffPinHash));
    CHECK(loaded.config.kioskId == "leipzig-gruenau-1");

    // Two different PINs, or a PIN that is too short, change nothing.
    const std::string before = loaded.config.staffPinHash;
    CHECK(run("1357\\n1358\\n") != 0);
    CHECK(run("12\\n12\\n") != 0);
    CHECK(loadConfig(config).config.staffPinHash == before);
    fs::remove_all(dir);
}
