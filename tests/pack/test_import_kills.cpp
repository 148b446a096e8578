// The power-cut promise: `kiosk-pack import` killed with SIGKILL at random
// instants spread over the whole import (and at every named step through the
// KIOSK_IMPORT_KILL_AT hook) always leaves a live database that opens, passes
// its check and shows exactly the old or exactly the new content.
#include <doctest/doctest.h>

#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

#include "content/core/data_dir.h"
#include "content/db/content_store.h"
#include "content/db/database_builder.h"
#include "content/pack/importer.h"
#include "tests/data/pack/pack_factory.h"

using namespace pack_test;
using Clock = std::chrono::steady_clock;

namespace {

// Big enough that an import has distinct phases worth hitting (hundreds of
// records, several pictures), small enough for ~60 imports in under a minute.
Content versionedContent(uint64_t sequence) {
    Content content = sampleContent(sequence, "kill-test", "v" + std::to_string(sequence));
    for (int i = 0; i < 300; ++i) {
        Organisation o;
        o.id = "org-" + std::to_string(i);
        o.name.set("de", "Organisation " + std::to_string(i) + " v" + std::to_string(sequence));
        o.summary.set("de", "Eine Beschreibung, die lang genug ist, um etwas Arbeit zu machen " + std::to_string(i));
        content.organisations.push_back(o);
    }
    for (int i = 0; i < 8; ++i) {
        std::string name = "picture-" + std::to_string(i) + ".png";
        content.images.push_back(name);
        content.organisations[static_cast<size_t>(i)].image = name;
    }
    return content;
}

void writeVersionedPack(uint64_t sequence, const fs::path& out, const Keys& keys) {
    Content content = versionedContent(sequence);
    PackParts parts = partsFor(content);
    writePack(parts, out, keys);
}

struct Child {
    pid_t pid = -1;
};

Child startImport(const fs::path& pack, const fs::path& data, const fs::path& publicKey, const char* killAt = nullptr) {
    Child child;
    child.pid = ::fork();
    if (child.pid == 0) {
        if (killAt) ::setenv("KIOSK_IMPORT_KILL_AT", killAt, 1);
        int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, 1);
        ::dup2(devNull, 2);
        ::execl(KIOSK_PACK_BIN, KIOSK_PACK_BIN, "import", pack.c_str(), "--data", data.c_str(), "--trust",
                publicKey.c_str(), "--now", "2026-11-21T12:00:00Z", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    return child;
}

// Waits; returns the exit code, or -signal when killed.
int finish(Child child) {
    int status = 0;
    while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {}
    if (WIFSIGNALED(status)) return -WTERMSIG(status);
    return WEXITSTATUS(status);
}

// The live content must be one whole version: the sequence it claims and
// every record of that version, nothing of another.
uint64_t liveSequence(const fs::path& data) {
    std::string error;
    fs::path db = data_dir::live(data) / data_dir::kDatabaseFile;
    REQUIRE_MESSAGE(checkDatabase(db, &error), error);
    auto store = ContentStore::open(data, &error);
    REQUIRE_MESSAGE(store, error);
    uint64_t sequence = store->pack().sequence;
    std::string suffix = " v" + std::to_string(sequence);
    CHECK(store->organisationCount() == 302);
    auto first = store->organisation("org-0");
    auto last = store->organisation("org-299");
    REQUIRE(first);
    REQUIRE(last);
    CHECK(first->name.resolve("de") == "Organisation 0" + suffix);
    CHECK(last->name.resolve("de") == "Organisation 299" + suffix);
    CHECK(fs::exists(store->imagePath("picture-7.png")));
    return sequence;
}

}  // namespace

TEST_CASE("SIGKILL at any instant of an import leaves old or new content, never a mix") {
    TempDir dir;
    Keys keys = makeKeys();
    fs::path publicKey = dir.path / "trusted.pub";
    writeFile(publicKey, keys.publicFile);
    fs::path data = dir.path / "data";
    fs::path pack = dir.path / "next.kpack";

    uint64_t sequence = 1;
    writeVersionedPack(sequence, pack, keys);
    REQUIRE(finish(startImport(pack, data, publicKey)) == 0);
    REQUIRE(liveSequence(data) == 1);

    // How long a whole import takes here, to spread the kills over it.
    writeVersionedPack(++sequence, pack, keys);
    auto started = Clock::now();
    REQUIRE(finish(startImport(pack, data, publicKey)) == 0);
    const double importSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    MESSAGE("one import takes " << importSeconds << " s");
    uint64_t live = liveSequence(data);
    REQUIRE(live == 2);

    // Delays spread uniformly over the import's duration. When other work
    // slows this machine down the imports get longer; the range follows, so
    // the late steps (switch, sequence, cleanup) keep being hit too.
    std::mt19937 random(20261121);
    double range = importSeconds * 1.05;
    int killedWhileRunning = 0, endedOld = 0, endedNew = 0, oldInARow = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(45);
    while ((killedWhileRunning < 55 || endedOld < 3 || endedNew < 3) && Clock::now() < deadline) {
        writeVersionedPack(++sequence, pack, keys);
        Child child = startImport(pack, data, publicKey);
        const double wait = std::uniform_real_distribution<double>(0.0, range)(random);
        std::this_thread::sleep_for(std::chrono::duration<double>(wait));
        ::kill(child.pid, SIGKILL);
        int outcome = finish(child);
        if (outcome == -SIGKILL) ++killedWhileRunning;
        else CHECK(outcome == 0);
        uint64_t now = liveSequence(data);
        CHECK_MESSAGE((now == live || now == sequence), "live is ", now, ", expected ", live, " or ", sequence);
        if (outcome == 0) CHECK(now == sequence);
        (now == sequence ? endedNew : endedOld) += 1;
        oldInARow = now == sequence ? 0 : oldInARow + 1;
        if (oldInARow >= 8) range *= 1.25, oldInARow = 0;
        live = now;
    }
    MESSAGE(killedWhileRunning << " kills while importing (delays up to " << range << " s): " << endedOld << " left the old content, " << endedNew
                               << " the new");
    CHECK(killedWhileRunning >= 50);
    CHECK(endedOld >= 1);
    CHECK(endedNew >= 1);

    // The folder is not wedged: a normal import works and leftovers go.
    writeVersionedPack(++sequence, pack, keys);
    REQUIRE(finish(startImport(pack, data, publicKey)) == 0);
    CHECK(liveSequence(data) == sequence);
    size_t versions = 0;
    for (const auto& entry : fs::directory_iterator(data_dir::versions(data))) {
        (void)entry;
        ++versions;
    }
    CHECK(versions <= 2);
}

TEST_CASE("SIGKILL at every step of an import") {
    TempDir dir;
    Keys keys = makeKeys();
    fs::path publicKey = dir.path / "trusted.pub";
    writeFile(publicKey, keys.publicFile);
    fs::path data = dir.path / "data";
    fs::path pack = dir.path / "next.kpack";
    uint64_t sequence = 1;
    writeVersionedPack(sequence, pack, keys);
    REQUIRE(finish(startImport(pack, data, publicKey)) == 0);

    struct Step {
        const char* name;
        bool newIsLive;
    };
    for (Step step : {Step{"copied", false}, Step{"verified", false}, Step{"extracted", false},
                      Step{"database-built", false}, Step{"version-ready", false}, Step{"previous-switched", false},
                      Step{"live-switched", true}, Step{"sequence-saved", true}}) {
        CAPTURE(step.name);
        uint64_t before = liveSequence(data);
        writeVersionedPack(++sequence, pack, keys);
        CHECK(finish(startImport(pack, data, publicKey, step.name)) == -SIGKILL);
        CHECK(liveSequence(data) == (step.newIsLive ? sequence : before));
        if (step.newIsLive) {
            // Killed before sequences.json was written: the same pack still
            // counts as accepted, through the live manifest.
            ImportOptions options;
            options.dataDir = data;
            options.trustedPublicKeys = {keys.publicFile};
            options.nowUtc = utc("2026-11-21T12:00:00Z");
            CHECK(importPack(pack, options).error == ImportError::SequenceNotNewer);
        }
    }
    // After a kill between `previous` and `live`, rollback still has something.
    std::string error;
    CHECK(rollback(data, &error));
    CHECK(liveSequence(data) < sequence);
}
