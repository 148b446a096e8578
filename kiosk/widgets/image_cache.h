// Pictures for the screens without ever blocking a frame: a request returns
// the texture if it is ready, otherwise queues the file for a decoder thread
// (stb_image), which scales it down to the size it is shown at. The decoder
// takes the import's list copy of the picture instead of the file asked for
// whenever that copy is large enough for the place (content/pack/display_copy.h),
// so a list row never decodes a screen-sized picture. Finished images become
// textures (through the window's TextureMaker) on the drawing thread, a few
// per frame, and are kept in a cache bounded by bytes (least recently used go
// first, never one the current frame asked for).
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

    // The textures' budget until fitScreen() sizes it. Under Mesa's llvmpipe a
    // texture lives in the kiosk's own memory, so this counts fully towards
    // its resident size.
    static constexpr size_t kDefaultMegabytes = 16;
    explicit ImageCache(size_t maxMegabytes = kDefaultMegabytes);
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

    // Once per frame on the drawing thread, after the screen was drawn:
    // uploads decoded images (a bounded number, so a screen full of new
    // pictures does not stall one frame). Returns true when the app must draw
    // another frame: pictures were uploaded (they show in the next frame) or
    // more uploads are waiting.
    bool uploadPending(int maxUploads = 3);

    // Sizes the budget by what one screen can show: every picture is a texture
    // of the size it is drawn at, and no screen gives its pictures more than
    // half its area (a list row's picture is a fifth of the row, a page's
    // picture block a fifth of the page), so half a screen of RGBA pixels
    // (1920x1080: 4 MB) holds the pictures of the screen shown and the ones
    // just scrolled past. The pictures one frame asks for are never evicted,
    // so a screen that shows more goes over the budget instead of decoding its
    // pictures again and again; older ones decode again in a few milliseconds
    // from their list copies.
    void fitScreen(int width, int height);
    void setMaxBytes(size_t bytes);

    // Drops every texture (new content arrived); pending decodes are abandoned.
    void clear();

    size_t bytesInUse() const { return bytesInUse_; }
    size_t maxBytes() const { return maxBytes_; }
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
        uint64_t lastFrame = 0;  // the frame that last asked for it
        std::list<std::string>::iterator lru;
    };

    void decoderLoop();
    static Decoded decode(const Job& job);
    void evictToFit();

    platform::TextureMaker* maker_ = nullptr;
    bool decodeOnCaller_ = false;
    size_t maxBytes_;
    size_t bytesInUse_ = 0;
    uint64_t frame_ = 0;  // counts uploadPending() calls: one a frame
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
