// importPack: the steps in the order the brief's promises require. Nothing in
// the pack is parsed before the signature over manifest.json is checked; the
// new content is built in its own version folder; the `live` link changes in
// one rename at the very end. Any refusal removes what this attempt wrote.
#include "content/pack/importer.h"

#include <signal.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <fstream>
#include <mutex>
#include <new>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "content/core/content_limits.h"
#include "content/core/clock.h"
#include "content/core/content_freshness.h"
#include "content/core/data_dir.h"
#include "content/core/recurrence.h"
#include "content/core/time_zone.h"
#include "content/db/database_builder.h"
#include "content/pack/content_checks.h"
#include "content/pack/content_json.h"
#include "content/pack/data_dir_ops.h"
#include "content/pack/display_copy.h"
#include "content/pack/durable_files.h"
#include "content/pack/fault_points.h"
#include "content/pack/hashing.h"
#include "content/pack/kept_content.h"
#include "content/pack/manifest.h"
#include "content/pack/minisign.h"
#include "content/pack/pack_builder.h"
#include "content/pack/pack_limits.h"
#include "content/pack/staging.h"
#include "content/pack/zip_reader.h"

namespace content {

namespace fs = std::filesystem;
using namespace content::pack;

namespace {

// What a pack may weigh. Generous for a city's content (10,000 records and
// 500 pictures are some tens of MB), small enough that a hostile stick cannot
// fill the kiosk's disk.
constexpr uint64_t kMaxPackBytes = 1ull << 30;
constexpr uint64_t kMaxUnpackedBytes = 2ull << 30;
constexpr uint64_t kMaxSignatureBytes = 4096;
const uint64_t kMaxContentJsonBytes = ContentLimits{}.maxJsonBytes;

struct Refused {
    ImportError error;
    std::string detail;
};

[[noreturn]] void refuse(ImportError error, std::string detail) { throw Refused{error, std::move(detail)}; }

// What a failed write means for staff: a read-only or foreign-owned data
// folder is not a full disk, and saying so would send them the wrong way.
ImportError writeFailure(int errorNumber) {
    return (errorNumber == EROFS || errorNumber == EACCES || errorNumber == EPERM) ? ImportError::ReadOnly
                                                                                   : ImportError::DiskFull;
}

ImportError fromZipProblem(ZipProblem problem) {
    switch (problem) {
        case ZipProblem::None: return ImportError::None;
        case ZipProblem::NotAZip: return ImportError::NotAPack;
        case ZipProblem::UnsafePath: return ImportError::UnsafePath;
        case ZipProblem::TooLarge: return ImportError::TooLarge;
        case ZipProblem::Bomb: return ImportError::TooLarge;
        case ZipProblem::WriteFailed: return writeFailure(errno);
    }
    return ImportError::NotAPack;
}

// The pack copied into DATA/incoming before anything reads it: a stick pulled
// or a synced file replaced mid-import cannot change what we verified.
fs::path copyToIncoming(const fs::path& packFile, const fs::path& dataDir, const std::string& nonce) {
    std::error_code error;
    fs::create_directories(data_dir::incoming(dataDir), error);
    if (error)
        refuse(writeFailure(error.value()), "cannot create " + data_dir::incoming(dataDir).string() + ": " + error.message());
    // A link or a FIFO on a stick is never followed: a link could point at
    // /dev/zero or at a file of the kiosk, a FIFO would block the import.
    std::error_code statusError;
    const fs::file_status status = fs::symlink_status(packFile, statusError);
    if (statusError || !fs::exists(status))
        refuse(ImportError::CannotRead, "cannot open " + packFile.string() + ": " + statusError.message());
    if (!fs::is_regular_file(status))
        refuse(ImportError::NotAPack, packFile.filename().string() + " is a link or not a normal file; copy the pack itself");
    std::ifstream in(packFile, std::ios::binary);
    if (!in) refuse(ImportError::CannotRead, "cannot open " + packFile.string() + ": " + std::strerror(errno));
    fs::path copy = data_dir::incoming(dataDir) / (nonce + ".kpack");
    std::ofstream out(copy, std::ios::binary | std::ios::trunc);
    if (!out) refuse(writeFailure(errno), "cannot create " + copy.string() + ": " + std::strerror(errno));
    std::vector<char> buffer(1 << 20);
    uint64_t total = 0;
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        std::streamsize got = in.gcount();
        if (got <= 0) break;
        total += static_cast<uint64_t>(got);
        if (total > kMaxPackBytes)
            refuse(ImportError::TooLarge, "the pack is larger than " + std::to_string(kMaxPackBytes >> 20) + " MB");
        if (!out.write(buffer.data(), got)) refuse(ImportError::DiskFull, "cannot write " + copy.string());
    }
    if (in.bad()) refuse(ImportError::CannotRead, "reading " + packFile.string() + " failed (was the stick removed?)");
    out.close();
    if (!out) refuse(ImportError::DiskFull, "cannot write " + copy.string());
    return copy;
}

std::vector<MinisignPublicKey> trustedKeys(const std::vector<std::string>& keyTexts) {
    std::vector<MinisignPublicKey> keys;
    for (const auto& text : keyTexts)
        if (auto key = parseMinisignPublicKey(text, nullptr)) keys.push_back(*key);
    return keys;
}

class Import {
public:
    Import(const fs::path& packFile, const ImportOptions& options, ImportResult& result)
        : packFile_(packFile), options_(options), dataDir_(options.dataDir), result_(result) {}

    // Everything up to the switch: afterwards versions/<versionName()> holds
    // the finished, checked version and nothing points at it yet.
    void stage() {
        now_ = nowUtcOr(options_.nowUtc);
        deadline_ = std::chrono::steady_clock::now() + std::chrono::seconds(options_.timeLimitSeconds);
        nonce_ = randomHex(6);
        fs::path copy = copyToIncoming(packFile_, dataDir_, nonce_);
        reached("copied");
        checkCancelled();

        ZipProblem problem = ZipProblem::None;
        std::string detail;
        ZipReadLimits limits;
        auto zip = ZipReader::open(copy, limits, &problem, &detail);
        if (!zip) refuse(fromZipProblem(problem), detail);

        Manifest manifest = verifiedManifest(*zip);
        reached("verified");
        checkListedFiles(*zip, manifest);
        checkSequenceAndExpiry(manifest);
        checkCancelled();

        versionName_ = manifest.packId + "-" + std::to_string(manifest.sequence) + "-" + nonce_;
        partialDir_ = data_dir::versions(dataDir_) / (versionName_ + ".partial");
        extractFiles(*zip, manifest);
        reached("extracted");
        checkCancelled();

        Content content = readContent(manifest);
        checkImagesAndBuildDatabase(content);
        reached("database-built");
        writeManifestAndPublish(manifest);
        reached("version-ready");
        checkCancelled();
        zip.reset();
        std::error_code ignored;
        fs::remove(copy, ignored);
    }

    const std::string& versionName() const { return versionName_; }
    const ImportResult& result() const { return result_; }
    // The version is referenced now (live or staged): a later refusal must not remove it.
    void keepVersion() { partialDir_.clear(); }

    // Removes what this attempt wrote (a refusal or an exception).
    void discard() {
        std::error_code ignored;
        if (!partialDir_.empty()) fs::remove_all(partialDir_, ignored);
        if (!nonce_.empty()) fs::remove(data_dir::incoming(dataDir_) / (nonce_ + ".kpack"), ignored);
    }

    // A step done: the fault point tests kill at, and the caller's progress.
    void reached(const char* step) {
        faultPoint(step);
        if (options_.progress) options_.progress(step);
    }

private:
    void checkCancelled() {
        if (options_.cancelled && options_.cancelled()) refuse(ImportError::Cancelled, "the import was stopped");
        if (outOfTime()) refuseOutOfTime();
    }

    bool outOfTime() const { return std::chrono::steady_clock::now() > deadline_; }

    [[noreturn]] void refuseOutOfTime() const {
        refuse(ImportError::TooLarge, "the import took longer than the " + std::to_string(options_.timeLimitSeconds) +
                                          " seconds a kiosk allows for one pack");
    }

    std::string readEntry(ZipReader& zip, const ZipEntryInfo& entry, uint64_t maxBytes) {
        std::string bytes, detail;
        ZipProblem problem = zip.read(entry, maxBytes, &bytes, &detail);
        if (problem != ZipProblem::None) refuse(fromZipProblem(problem), detail);
        return bytes;
    }

    Manifest verifiedManifest(ZipReader& zip) {
        const ZipEntryInfo* signatureEntry = zip.find(kSignatureName);
        if (!signatureEntry) refuse(ImportError::NoSignature, "the pack has no manifest.json.minisig");
        const ZipEntryInfo* manifestEntry = zip.find(kManifestName);
        if (!manifestEntry) refuse(ImportError::NotAPack, "the pack has no manifest.json");
        std::string signature = readEntry(zip, *signatureEntry, kMaxSignatureBytes);
        std::string manifestText = readEntry(zip, *manifestEntry, kMaxManifestBytes);

        auto keys = trustedKeys(options_.trustedPublicKeys);
        MinisignVerification verification = verifyMinisign(signature, manifestText, keys);
        result_.signerKeyId = verification.keyIdHex;
        switch (verification.outcome) {
            case MinisignVerification::Outcome::Valid: break;
            case MinisignVerification::Outcome::Malformed: refuse(ImportError::BadSignature, verification.detail);
            case MinisignVerification::Outcome::UnknownKey:
                refuse(ImportError::UnknownKey, keys.empty() ? "no trusted key is configured" : verification.detail);
            case MinisignVerification::Outcome::BadSignature: refuse(ImportError::BadSignature, verification.detail);
        }

        ManifestProblem problem = ManifestProblem::None;
        std::string detail;
        auto manifest = parseManifest(manifestText, &problem, &detail);
        if (!manifest) refuse(problem == ManifestProblem::UnknownFormat ? ImportError::UnknownFormat : ImportError::BadContent, detail);
        result_.packId = manifest->packId;
        result_.sequence = manifest->sequence;
        result_.createdAt = manifest->createdAt;
        manifestText_ = manifestText;
        return *manifest;
    }

    void checkListedFiles(const ZipReader& zip, const Manifest& manifest) {
        uint64_t total = 0;
        bool hasContent = false;
        for (const auto& file : manifest.files) {
            if (!isSafeEntryName(file.path)) refuse(ImportError::UnsafePath, "the manifest lists the unsafe path " + quoteForMessage(file.path));
            bool isImage = file.path.starts_with("images/") && isValidImageName(file.path.substr(7));
            if (file.path == kContentName) hasContent = true;
            else if (!isImage) refuse(ImportError::BadContent, "the manifest lists " + quoteForMessage(file.path) + ", which a pack may not hold");
            uint64_t limit = isImage ? kMaxImageBytes : kMaxContentJsonBytes;
            if (file.size > limit)
                refuse(ImportError::TooLarge, "'" + file.path + "' is " + std::to_string(file.size) + " bytes, at most " +
                                                  std::to_string(limit) + " allowed");
            total += file.size;
        }
        if (total > kMaxUnpackedBytes) refuse(ImportError::TooLarge, "the pack unpacks to more than 2 GB");
        if (!hasContent) refuse(ImportError::BadContent, "the manifest does not list content.json");
        for (const auto& entry : zip.entries())
            if (entry.name != kManifestName && entry.name != kSignatureName && !manifest.file(entry.name))
                refuse(ImportError::UnlistedFile, quoteForMessage(entry.name) + " is in the pack but not in its manifest");
        for (const auto& file : manifest.files)
            if (!zip.find(file.path)) refuse(ImportError::MissingFile, "'" + file.path + "' is listed in the manifest but missing");
    }

    void checkSequenceAndExpiry(const Manifest& manifest) {
        if (std::string older = sequenceNotNewerLocked(dataDir_, manifest.packId, manifest.sequence); !older.empty())
            refuse(ImportError::SequenceNotNewer, older);
        if (!manifest.validUntil.empty()) {
            auto expiry = validUntilInstant(manifest.validUntil, kDefaultTimeZone);
            if (!expiry) refuse(ImportError::BadContent, "valid_until '" + manifest.validUntil + "' is not a date");
            if (now_ >= *expiry) refuse(ImportError::Expired, "the pack was valid until " + manifest.validUntil);
        }
    }

    void extractFiles(ZipReader& zip, const Manifest& manifest) {
        std::error_code error;
        fs::create_directories(partialDir_ / data_dir::kImagesFolder, error);
        if (error) refuse(writeFailure(error.value()), "cannot create " + partialDir_.string() + ": " + error.message());
        for (const auto& file : manifest.files) {
            const ZipEntryInfo* entry = zip.find(file.path);
            fs::path destination = partialDir_ / file.path;
            uint64_t written = 0;
            std::string detail;
            // One byte more than the manifest says tells "larger" from "equal".
            ZipProblem problem = zip.extract(*entry, file.size, destination, &written, &detail);
            if (problem == ZipProblem::TooLarge)
                refuse(ImportError::FileChanged, "'" + file.path + "' is larger than the manifest says");
            if (problem != ZipProblem::None) refuse(fromZipProblem(problem), detail);
            if (written != file.size)
                refuse(ImportError::FileChanged, "'" + file.path + "' has " + std::to_string(written) +
                                                     " bytes, the manifest says " + std::to_string(file.size));
            auto hash = sha256HexOfFile(destination);
            if (!hash) refuse(ImportError::DiskFull, "cannot read back " + destination.string());
            if (*hash != file.sha256) refuse(ImportError::FileChanged, "'" + file.path + "' was changed after signing");
        }
    }

    Content readContent(const Manifest& manifest) {
        auto text = readWholeFile(partialDir_ / kContentName, kMaxContentJsonBytes);
        if (!text) refuse(ImportError::DiskFull, "cannot read back content.json");
        ContentJsonProblem problem = ContentJsonProblem::None;
        std::string detail;
        auto content = parseContentJson(*text, ContentLimits{}, &problem, &detail);
        if (!content) {
            refuse(problem == ContentJsonProblem::BadText    ? ImportError::BadText
                   : problem == ContentJsonProblem::TooLarge ? ImportError::TooLarge
                                                             : ImportError::BadContent,
                   detail);
        }
        // The database is what the kiosk reads; the verified text stays, deflated,
        // for a newer software to rebuild the database from (content/pack/rebuild.h).
        std::string keepError;
        if (!keepContentCopy(partialDir_ / kContentName, partialDir_, &keepError)) refuse(ImportError::DiskFull, keepError);
        std::error_code ignored;
        fs::remove(partialDir_ / kContentName, ignored);
        if (content->pack.id != manifest.packId || content->pack.sequence != manifest.sequence)
            refuse(ImportError::BadContent, "content.json names a different pack than the manifest");
        if (content->pack.validUntil != manifest.validUntil)
            refuse(ImportError::BadContent, "valid_until in content.json (" + quoteForMessage(content->pack.validUntil) +
                                                ") differs from the manifest's (" + quoteForMessage(manifest.validUntil) + ")");
        if (content->pack.languages != manifest.languages)
            refuse(ImportError::BadContent, "the languages in content.json differ from the manifest's");
        const ManifestCounts& counts = manifest.counts;
        if (counts.organisations != content->organisations.size() || counts.events != content->events.size() ||
            counts.guides != content->guides.size() || counts.images != content->images.size())
            refuse(ImportError::BadContent, "the record counts in content.json differ from the manifest");
        std::set<std::string> listedImages;
        for (const auto& file : manifest.files)
            if (file.path.starts_with("images/")) listedImages.insert(file.path.substr(7));
        std::set<std::string> contentImages(content->images.begin(), content->images.end());
        for (const auto& image : content->images)
            if (!listedImages.count(image)) refuse(ImportError::BrokenReference, "the picture '" + image + "' is not in the pack");
        for (const auto& image : listedImages)
            if (!contentImages.count(image)) refuse(ImportError::BadContent, "the picture '" + image + "' is not named in content.json");
        ContentCheck check = checkContent(*content);
        if (!check.ok())
            refuse(check.problem == ContentProblem::BrokenReference ? ImportError::BrokenReference : ImportError::BadContent,
                   check.detail);
        result_.defaultLanguage = content->pack.defaultLanguage;
        result_.organisations = content->organisations.size();
        result_.events = content->events.size();
        result_.guides = content->guides.size();
        result_.images = content->images.size();
        return std::move(*content);
    }

    void checkImages(const Content& content) {
        const fs::path imagesDir = partialDir_ / data_dir::kImagesFolder;
        const fs::path displayDir = imagesDir / data_dir::kDisplayImagesFolder;
        const fs::path listDir = imagesDir / data_dir::kListImagesFolder;
        // All pictures together first, from their headers: decoding is what
        // takes the time (and a pack of thousands of 4096 x 4096 ones minutes).
        if (std::string tooMany = checkPicturePixels(imagesDir, content.images); !tooMany.empty())
            refuse(ImportError::TooLarge, tooMany);
        std::error_code error;
        for (const fs::path& folder : {displayDir, listDir}) {
            fs::create_directories(folder, error);
            if (error) refuse(ImportError::BadImage, "cannot create " + folder.string() + ": " + error.message());
        }
        // One decode both checks a picture and makes its smaller copies. Pictures
        // are independent, so they are handled on two threads (the scaling and
        // encoding of the copies would otherwise double the import's time);
        // the first problem in the pack's order is the one reported.
        auto checkOne = [&](const std::string& image) {
            return checkImageFile(
                imagesDir / image, [&](const DecodedPicture& picture) -> std::string {
                    std::string writeError;
                    if (!writePictureCopies(picture, displayDir / image, listDir / image, &writeError))
                        return writeError;
                    return {};
                });
        };
        std::vector<std::string> problems(content.images.size());
        std::atomic<size_t> next{0};
        // An exception must not leave the helper thread (it would end the
        // process): the first one is kept and thrown again after the join.
        std::exception_ptr failure;
        std::atomic<bool> failed{false};
        std::mutex failureMutex;
        auto work = [&] {
            try {
                for (size_t i = next++; i < content.images.size() && !outOfTime() && !failed; i = next++)
                    problems[i] = checkOne(content.images[i]);
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure) failure = std::current_exception();
                failed = true;
            }
        };
        std::thread helper(work);
        work();
        helper.join();
        if (failure) std::rethrow_exception(failure);
        if (outOfTime()) refuseOutOfTime();
        for (const auto& problem : problems)
            if (!problem.empty()) refuse(ImportError::BadImage, problem);
    }

    // The pictures (their own two threads) and the database need nothing of
    // each other, so they are made at the same time: each alone leaves a core
    // idle for long stretches (the database build is one thread). A picture's
    // problem is reported before the database's, as when they ran in turn;
    // the database is not started for nothing when the pack is stopped first.
    void checkImagesAndBuildDatabase(const Content& content) {
        std::exception_ptr pictureFailure, databaseFailure;
        std::thread pictures([&] {
            try {
                checkImages(content);
            } catch (...) {
                pictureFailure = std::current_exception();
            }
        });
        try {
            checkCancelled();
            buildAndCheckDatabase(content);
        } catch (...) {
            databaseFailure = std::current_exception();
        }
        pictures.join();
        if (pictureFailure) std::rethrow_exception(pictureFailure);
        if (databaseFailure) std::rethrow_exception(databaseFailure);
        checkCancelled();
    }

    void buildAndCheckDatabase(const Content& content) {
        Expansion expansion = expandWithinLimits(content, now_, ContentLimits{}, [&] { return outOfTime(); });
        if (expansion.outOfTime) refuseOutOfTime();
        if (!expansion.problem.empty()) refuse(ImportError::TooLarge, english(expansion.problem));
        fs::path dbFile = partialDir_ / data_dir::kDatabaseFile;
        std::string error;
        if (!buildDatabase(content, expansion.occurrences, dbFile, &error)) refuse(ImportError::DatabaseFailed, error);
        if (!checkDatabase(dbFile, &error)) refuse(ImportError::DatabaseFailed, error);
    }

    void writeManifestAndPublish(const Manifest& manifest) {
        std::string error;
        if (!writeFileAtomically(partialDir_ / data_dir::kManifestFile, manifestText_, &error))
            refuse(ImportError::DiskFull, error);
        if (!fsyncTree(partialDir_)) refuse(ImportError::DiskFull, "cannot sync " + partialDir_.string());
        fs::path finalDir = data_dir::versions(dataDir_) / versionName_;
        std::error_code renameError;
        fs::rename(partialDir_, finalDir, renameError);
        if (renameError) refuse(ImportError::DiskFull, "cannot rename " + partialDir_.string() + ": " + renameError.message());
        partialDir_ = finalDir;  // a refusal from here on still removes it
        fsyncPath(data_dir::versions(dataDir_));
    }

    fs::path packFile_;
    const ImportOptions& options_;
    fs::path dataDir_;
    ImportResult& result_;
    int64_t now_ = 0;
    std::chrono::steady_clock::time_point deadline_;
    std::string nonce_;
    std::string versionName_;
    fs::path partialDir_;
    std::string manifestText_;
};

// A detail quotes values from the pack; a NUL or another control character in
// one would cut the sentence short on screen or in the report, so each is
// spelled out.
std::string withVisibleControlCharacters(const std::string& text) {
    std::string visible;
    for (char c : text) {
        unsigned char byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            char code[12];
            std::snprintf(code, sizeof code, "<U+%04X>", byte);
            visible += code;
        } else {
            visible += c;
        }
    }
    return visible;
}

// The frame both halves share: the data folder's lock, the clean-up of
// interrupted imports, one Import run by `body`, a refusal turned into the
// result (and what this attempt wrote removed), one line in the log for an
// import and for a refusal (a staged version is logged when it is published).
template <typename Body>
ImportResult runImport(const fs::path& packFile, const ImportOptions& options, bool logSuccess, Body body) {
    ImportResult result;
    std::error_code error;
    fs::create_directories(data_dir::versions(options.dataDir), error);
    if (error) {
        result.error = writeFailure(error.value());
        result.detail = "cannot create " + data_dir::versions(options.dataDir).string() + ": " + error.message();
        return result;
    }
    DataDirLock lock(options.dataDir, true);
    if (!lock.held()) {
        const int lockErrno = errno;
        result.error = writeFailure(lockErrno);
        result.detail = "the data folder " + options.dataDir.string() + " cannot be locked: " + std::strerror(lockErrno);
        return result;
    }
    cleanupDataDirLocked(options.dataDir);
    Import import(packFile, options, result);
    try {
        body(import);
    } catch (const Refused& refused) {
        result.error = refused.error;
        result.detail = refused.detail;
        import.discard();
    } catch (const std::bad_alloc&) {
        // Within every content limit this does not happen; a memory cap on the
        // importing process (kiosk-pack import --memory-limit-mb) makes it a refusal.
        result.error = ImportError::OutOfMemory;
        result.detail = "the import needed more memory than this kiosk allows for one pack";
        import.discard();
    } catch (const std::exception& exception) {
        // e.g. a filesystem_error: still a refusal, never a crash.
        result.error = ImportError::DatabaseFailed;
        result.detail = exception.what();
        import.discard();
    }
    result.detail = withVisibleControlCharacters(result.detail);
    if (!result.ok() || logSuccess) appendImportLog(options.dataDir, packFile, result, nowUtcOr(options.nowUtc));
    return result;
}

}  // namespace

ImportResult importPack(const fs::path& packFile, const ImportOptions& options) {
    return runImport(packFile, options, true, [&](Import& import) {
        import.stage();
        std::string error;
        if (!switchLiveLocked(options.dataDir, import.versionName(), import.result().packId, import.result().sequence, &error,
                              [&](const char* step) { import.reached(step); }))
            refuse(ImportError::DiskFull, error);
        import.keepVersion();  // live now: never discard it
        cleanupDataDirLocked(options.dataDir);
    });
}

ImportResult stagePack(const fs::path& packFile, const ImportOptions& options, StagedVersion* staged) {
    ImportResult result = runImport(packFile, options, false, [&](Import& import) {
        discardStagedLocked(options.dataDir);  // one preview at a time
        import.stage();
        std::string error;
        if (!replaceSymlink(data_dir::staging(options.dataDir), fs::path("versions") / import.versionName(), &error))
            refuse(ImportError::DiskFull, error);
        import.keepVersion();
        if (staged) staged->versionName = import.versionName();
    });
    if (staged) staged->result = result;
    return result;
}

}  // namespace content

namespace content::pack {

void appendImportLog(const fs::path& dataDir, const fs::path& packFile, const ImportResult& result, int64_t nowUtc) {
    nlohmann::json line = {{"time", formatUtcIso(nowUtc)},
                           {"pack_file", packFile.string()},
                           {"result", importErrorCode(result.error)},
                           {"detail", result.detail},
                           {"pack_id", result.packId},
                           {"sequence", result.sequence},
                           {"created_at", result.createdAt},
                           {"organisations", result.organisations},
                           {"events", result.events},
                           {"guides", result.guides},
                           {"images", result.images}};
    if (!result.signerKeyId.empty()) line["key_id"] = result.signerKeyId;
    appendLogLine(dataDir, line);
}

}  // namespace content::pack
