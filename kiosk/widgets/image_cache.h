// Pictures for the screens without ever blocking a frame: a request returns
// the texture if it is ready, otherwise queues the file for a decoder thread
// (stb_image), which scales it down to the size it is shown at. Finished
// images become textures (through the window's TextureMaker) on the drawing
// thread, a few per frame, and are kept in a cache bounded by bytes (least
// recently used go first).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "platform/window.h"

namespace kiosk {

class ImageCache {
public:
    struct Texture {
        ImTextureID id = nullptr;
        int width = 0, height = 0;  // pixels of the (scaled) texture
    };

    explicit ImageCache(size_t maxBytes = 96u << 20);
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // Where textures are made. `decodeOnCaller`: decode in get() itself, for a
    // window without real time (the null window), so every run is the same.
    void attach(platform::TextureMaker* maker, bool decodeOnCaller);

    // The picture at `file`, scaled to fit maxWidth x maxHeight pixels.
    // Returns nullptr while it is being decoded (the caller draws a calm
    // placeholder; the cache wakes the loop when it is ready) or when the file
    // cannot be decoded.
    const Texture* get(const std::filesystem::path& file, int maxWidth, int maxHeight);

    // Once per frame on the drawing thread: uploads decoded images (a bounded
    // number, so a screen full of new pictures does not stall one frame).
    // Returns true when more uploads are waiting (the app draws another frame).
    bool uploadPending(int maxUploads = 3);

    // Drops every texture (new content arrived); pending decodes are abandoned.
    void clear();

    size_t bytesInUse() const { return bytesInUse_; }
    size_t textureCount() const { return textures_.size(); }
    // Pictures requested but not uploaded yet (screenshots wait for them).
    bool busy() const { return !requested_.empty(); }

private:
    struct Decoded {
        std::string key;
        std::vector<unsigned char> rgba;
        int width = 0, height = 0;
        bool failed = false;
        uint64_t epoch = 0;
    };
    struct Job {
        std::string key;
        std::filesystem::path file;
        int maxWidth, maxHeight;
        uint64_t epoch;
    };
    struct Entry {
        Texture texture;
        bool failed = false;
        std::list<std::string>::iterator lru;
    };

    void decoderLoop();
    static Decoded decode(const Job& job);
    void evictToFit();

    platform::TextureMaker* maker_ = nullptr;
    bool decodeOnCaller_ = false;
    size_t maxBytes_;
    size_t bytesInUse_ = 0;
    std::unordered_map<std::string, Entry> textures_;  // drawing thread only
    std::list<std::string> lru_;                       // front = most recently used
    std::unordered_map<std::string, bool> requested_;  // keys queued or decoding

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> jobs_;
    std::deque<Decoded> done_;
    uint64_t epoch_ = 0;
    bool stopping_ = false;
    std::thread decoder_;
};

}  // namespace kiosk
