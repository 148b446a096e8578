#include "kiosk/widgets/image_cache.h"

#include <stb/stb_image_resize.h>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

#include "content/pack/content_checks.h"
#include "content/pack/picture_decoder.h"
#include "platform/wake.h"

namespace kiosk {

namespace {

std::string cacheKey(const std::filesystem::path& file, int maxWidth, int maxHeight) {
    return file.string() + "|" + std::to_string(maxWidth) + "x" + std::to_string(maxHeight);
}

}  // namespace

ImageCache::ImageCache(size_t maxBytes) : maxBytes_(maxBytes), decoder_([this] { decoderLoop(); }) {}

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
    std::lock_guard lock(mutex_);
    return !done_.empty();
}

void ImageCache::evictToFit() {
    while (bytesInUse_ > maxBytes_ && lru_.size() > 1) {
        auto it = textures_.find(lru_.back());
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
        {
            std::lock_guard lock(mutex_);
            done_.push_back(std::move(decoded));
        }
        platform::requestRedraw();
    }
}

ImageCache::Decoded ImageCache::decode(const Job& job) {
    Decoded out;
    out.key = job.key;
    out.epoch = job.epoch;
    // The project's PNG/JPEG-only decoder (content/pack/picture_decoder.h).
    auto picture = content::pack::decodePictureFile(job.file, 4, content::pack::kMaxImageBytes);
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
