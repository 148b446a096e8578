#include "kiosk/widgets/image_cache.h"

#include <stb/stb_image_resize.h>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

#include "content/pack/content_checks.h"
#include "content/pack/display_copy.h"
#include "content/pack/durable_files.h"
#include "content/pack/picture_decoder.h"
#include "platform/wake.h"

namespace kiosk {

namespace {

std::string cacheKey(const std::filesystem::path& file, int maxWidth, int maxHeight) {
    return file.string() + "|" + std::to_string(maxWidth) + "x" + std::to_string(maxHeight);
}

// A copy is large enough for a place when it must be shrunk (or kept as it
// is) to fit: it then shows at the same size as the larger file would.
bool fillsPlace(int width, int height, int maxWidth, int maxHeight) { return width >= maxWidth || height >= maxHeight; }

// The picture for a place of maxWidth x maxHeight: the import's list copy
// when there is one and it is large enough, else `file` itself. Both go
// through the project's PNG/JPEG-only decoder (content/pack/picture_decoder.h).
std::optional<content::pack::DecodedPicture> decodeForPlace(const std::filesystem::path& file, int maxWidth,
                                                            int maxHeight) {
    if (const auto listCopy = content::pack::listCopyFor(file); !listCopy.empty()) {
        if (auto bytes = content::pack::readWholeFile(listCopy, content::pack::kMaxImageBytes)) {
            int width = 0, height = 0, channels = 0;
            if (content::pack::pictureInfo(*bytes, &width, &height, &channels) &&
                fillsPlace(width, height, maxWidth, maxHeight)) {
                if (auto picture = content::pack::decodePicture(*bytes, 4)) return picture;
            }
        }
    }
    return content::pack::decodePictureFile(file, 4, content::pack::kMaxImageBytes);
}

}  // namespace

ImageCache::ImageCache(size_t maxMegabytes) : maxBytes_(maxMegabytes << 20), decoder_([this] { decoderLoop(); }) {}

ImageCache::~ImageCache() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    decoder_.join();
    // Textures die with the GL context; deleting them here would need it current.
}

void ImageCache::attach(platform::TextureMaker* maker, bool decodeOnCaller) {
    maker_ = maker;
    decodeOnCaller_ = decodeOnCaller;
}

const ImageCache::Texture* ImageCache::get(const std::filesystem::path& file, int maxWidth, int maxHeight) {
    if (file.empty() || maxWidth <= 0 || maxHeight <= 0) return nullptr;
    std::string key = cacheKey(file, maxWidth, maxHeight);
    if (auto it = textures_.find(key); it != textures_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second.lru);
        it->second.lastFrame = frame_;
        return it->second.failed ? nullptr : &it->second.texture;
    }
    if (requested_.emplace(key, true).second) {
        if (decodeOnCaller_) {
            std::lock_guard lock(mutex_);
            done_.push_back(decode({key, file, maxWidth, maxHeight, epoch_}));
            return nullptr;  // made a texture by the next uploadPending()
        }
        std::lock_guard lock(mutex_);
        // Newest requests first: what the visitor looks at now matters most.
        jobs_.push_front({key, file, maxWidth, maxHeight, epoch_});
        wake_.notify_one();
    }
    return nullptr;
}

bool ImageCache::uploadPending(int maxUploads) {
    std::deque<Decoded> ready;
    {
        std::lock_guard lock(mutex_);
        while (!done_.empty() && int(ready.size()) < maxUploads) {
            if (done_.front().epoch == epoch_) ready.push_back(std::move(done_.front()));
            done_.pop_front();
        }
    }
    for (Decoded& image : ready) {
        requested_.erase(image.key);
        Entry entry;
        entry.failed = image.failed;
        entry.lastFrame = frame_;  // asked for by this frame or one just before
        if (!image.failed && !maker_) entry.failed = true;  // no window to draw it in
        if (!entry.failed) {
            entry.texture = {maker_->makeRgbaTexture(image.rgba.data(), image.width, image.height), image.width,
                             image.height};
            bytesInUse_ += size_t(image.width) * image.height * 4;
        }
        lru_.push_front(image.key);
        entry.lru = lru_.begin();
        textures_[image.key] = entry;
    }
    evictToFit();
    ++frame_;
    // A picture uploaded after the screen was drawn shows in the next frame.
    if (!ready.empty()) return true;
    std::lock_guard lock(mutex_);
    return !done_.empty();
}

void ImageCache::fitScreen(int width, int height) {
    if (width > 0 && height > 0) setMaxBytes(size_t(width) * size_t(height) * 4 / 2);
}

void ImageCache::setMaxBytes(size_t bytes) {
    if (bytes == maxBytes_) return;
    maxBytes_ = bytes;
    evictToFit();
}

void ImageCache::evictToFit() {
    // The least recently used go first. One the current frame asked for
    // stays even over the budget: evicting it would decode it again at once,
    // every frame (and the list is in order of use, so all before it stay too).
    while (bytesInUse_ > maxBytes_ && !lru_.empty()) {
        auto it = textures_.find(lru_.back());
        if (it != textures_.end() && it->second.lastFrame == frame_) break;
        lru_.pop_back();
        if (it == textures_.end()) continue;
        if (!it->second.failed) {
            maker_->destroyTexture(it->second.texture.id);
            bytesInUse_ -= size_t(it->second.texture.width) * it->second.texture.height * 4;
        }
        textures_.erase(it);
    }
}

void ImageCache::clear() {
    for (auto& [key, entry] : textures_) {
        if (!entry.failed) maker_->destroyTexture(entry.texture.id);
    }
    textures_.clear();
    lru_.clear();
    requested_.clear();
    bytesInUse_ = 0;
    std::lock_guard lock(mutex_);
    jobs_.clear();
    done_.clear();
    ++epoch_;
}

void ImageCache::decoderLoop() {
    // Linux gives each thread its own nice value: decoding pictures must never
    // take a core from the drawing thread, so this thread yields to it. A
    // failure (e.g. a sandbox forbidding it) only costs smoothness.
    constexpr int kDecoderNiceIncrement = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kDecoderNiceIncrement);
    for (;;) {
        Job job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stopping_ || !jobs_.empty(); });
            if (stopping_) return;
            job = std::move(jobs_.front());
            jobs_.pop_front();
        }
        Decoded decoded = decode(job);
        // The frame is asked for under the lock: a frame that takes the
        // picture has then also consumed the request. Asked for after the
        // unlock, this niced thread could be preempted in between and the
        // request arrive after that frame, waking the loop once more on a
        // screen that has long settled (the stray idle frame).
        std::lock_guard lock(mutex_);
        done_.push_back(std::move(decoded));
        platform::requestRedraw();
    }
}

ImageCache::Decoded ImageCache::decode(const Job& job) {
    Decoded out;
    out.key = job.key;
    out.epoch = job.epoch;
    auto picture = decodeForPlace(job.file, job.maxWidth, job.maxHeight);
    if (!picture) {
        out.failed = true;
        return out;
    }
    const int width = picture->width, height = picture->height;
    const unsigned char* pixels = picture->pixels.get();
    // Scale down to the shown size (never up): less memory, less upload work.
    float scale = std::min({1.0f, float(job.maxWidth) / width, float(job.maxHeight) / height});
    int targetWidth = std::max(1, int(width * scale + 0.5f));
    int targetHeight = std::max(1, int(height * scale + 0.5f));
    out.width = targetWidth;
    out.height = targetHeight;
    out.rgba.resize(size_t(targetWidth) * targetHeight * 4);
    if (targetWidth == width && targetHeight == height) {
        std::copy(pixels, pixels + out.rgba.size(), out.rgba.begin());
    } else {
        stbir_resize_uint8(pixels, width, height, 0, out.rgba.data(), targetWidth, targetHeight, 0, 4);
    }
    return out;
}

}  // namespace kiosk
