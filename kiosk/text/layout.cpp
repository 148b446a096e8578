// Line breaking and the layout cache. We break lines ourselves, between
// words, BEFORE reordering: FriBidi's reordering is per line, and ImGui's own
// wrapping knows neither bidi nor Arabic joining. Words and each final line
// are shaped (shapeTextLine: bidi runs, HarfBuzz for Arabic script) and
// measured on the shaped glyphs' advances.
#include <algorithm>
#include <cmath>
#include <limits>
#include <list>
#include <unordered_map>

#include "kiosk/text/line_shaper.h"
#include "kiosk/text/shaping.h"
#include "kiosk/text/text.h"

namespace kiosk::text {
namespace {

// The cache is bounded by the memory its layouts hold, not by their number:
// a shaped organisation description is a hundred times a button's label, and
// 4,096 of them (the old bound) grew the kiosk's heap by 12 MB while a
// visitor flung through the organisations. A screen's own texts are a few
// hundred kilobytes; the rest keeps the screens just left, so going back
// shapes nothing.
constexpr size_t kCacheBytes = size_t(3) << 20;
constexpr char32_t kEllipsis = 0x2026;
constexpr float kArabicLineFactor = 1.15f;
uint64_t gShapingRuns = 0;

// Shapes with the active font set; `style` fixes font and size.
struct Measurer {
    Style style = Style::Body;
    Line line(std::u32string_view logical, bool rtl) const {
        ++gShapingRuns;
        return shapeTextLine(logical, rtl, style, activeFontSet());
    }
    float width(std::u32string_view logical, bool rtl) const { return line(logical, rtl).width; }
};

bool isBreakingSpace(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000 || c == 0x2009 || c == 0x200A; }

Line makeLine(std::u32string_view logical, bool rtl, const Measurer& measure) { return measure.line(logical, rtl); }

// Index where a cut after `count` characters is allowed: never between a
// letter and its combining marks.
size_t cutPoint(std::u32string_view word, size_t count) {
    while (count > 1 && count < word.size() && isCombiningMark(word[count])) --count;
    return count;
}

// A web or e-mail address ("www.example.org/kurse", "info@example.org"):
// it is broken only after its own punctuation, never inside a word of it.
bool isAddress(std::u32string_view word) {
    if (word.find(U'@') != std::u32string_view::npos) return true;
    if (word.find(U"://") != std::u32string_view::npos || word.substr(0, 4) == U"www.") return true;
    // "example.org/path": a dot, then a slash later on.
    const size_t dot = word.find(U'.');
    return dot != std::u32string_view::npos && dot > 0 && word.find(U'/', dot) != std::u32string_view::npos;
}

bool isAddressBreakAfter(char32_t c) { return c == U'/' || c == U'.' || c == U'@' || c == U'-'; }

// Where a piece of an address that may hold up to `fits` characters ends:
// after the last '/', '.', '@' or '-' within it (the next piece starts with
// what follows, "example." | "org/kurse"). 0 when there is no such place.
size_t addressCut(std::u32string_view word, size_t fits) {
    for (size_t cut = std::min(fits, word.size()); cut > 1; --cut)
        if (isAddressBreakAfter(word[cut - 1]) && cut < word.size()) return cut;
    return 0;
}

// Splits one word that is wider than the line into pieces that fit; the only
// place a word is ever broken. Addresses break only after their punctuation;
// a piece of one with none that fits is cut like any word (better than
// running off the screen).
std::vector<std::u32string> splitLongWord(std::u32string_view word, bool rtl, float maxWidth, const Measurer& measure) {
    std::vector<std::u32string> pieces;
    const bool address = isAddress(word);
    while (!word.empty()) {
        // Longest prefix that fits (binary search, shaped width), at least one character.
        size_t lo = 1, hi = word.size();
        while (lo < hi) {
            size_t mid = (lo + hi + 1) / 2;
            if (measure.width(word.substr(0, mid), rtl) <= maxWidth)
                lo = mid;
            else
                hi = mid - 1;
        }
        size_t cut = cutPoint(word, lo);
        if (address && lo < word.size())
            if (size_t atPunctuation = addressCut(word, lo)) cut = atPunctuation;
        pieces.emplace_back(word.substr(0, cut));
        word.remove_prefix(cut);
    }
    return pieces;
}

void layoutParagraph(std::u32string_view text, bool rtl, float maxWidth, const Measurer& measure,
                     std::vector<Line>& out) {
    // Words (maximal runs without breaking spaces).
    std::vector<std::u32string_view> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isBreakingSpace(text[i])) ++i;
        size_t start = i;
        while (i < text.size() && !isBreakingSpace(text[i])) ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    if (words.empty()) {
        out.push_back(Line{});  // an empty line keeps its height (blank line in a guide)
        return;
    }
    const float spaceWidth = widestSpace(measure.style, activeFontSet());
    std::u32string current;
    float currentWidth = 0;
    auto flush = [&] {
        if (!current.empty()) out.push_back(makeLine(current, rtl, measure));
        current.clear();
        currentWidth = 0;
    };
    for (std::u32string_view word : words) {
        // A word's shaped width is the same alone as inside its line: joining
        // never crosses a space and bidi reordering does not change advances
        // (the space is counted as the widest of the fonts' spaces).
        const float wordWidth = measure.width(word, rtl);
        const float withWord = current.empty() ? wordWidth : currentWidth + spaceWidth + wordWidth;
        if (withWord <= maxWidth) {
            if (!current.empty()) current.push_back(U' ');
            current.append(word);
            currentWidth = withWord;
            continue;
        }
        flush();
        if (wordWidth <= maxWidth) {
            current.assign(word);
            currentWidth = wordWidth;
            continue;
        }
        std::vector<std::u32string> pieces = splitLongWord(word, rtl, maxWidth, measure);
        for (size_t p = 0; p + 1 < pieces.size(); ++p) out.push_back(makeLine(pieces[p], rtl, measure));
        current = pieces.back();
        currentWidth = measure.width(current, rtl);
    }
    flush();
}

bool resolveRtl(std::u32string_view text, Direction base) {
    if (base == Direction::RTL) return true;
    if (base == Direction::LTR) return false;
    return firstStrongIsRtl(text, false);
}

Measurer measurerFor(Style style) { return Measurer{style}; }

bool hasArabicScript(const std::vector<Line>& lines) {
    for (const Line& line : lines)
        for (char32_t c : toUtf32(line.visual))
            if ((c >= 0x0600 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF))
                return true;
    return false;
}

void finish(Paragraph& p, Style style) {
    p.style = style;
    // Arabic letters reach about 0.2 em further below the baseline than the
    // Latin font's descender; lines with them get that room so the tails of
    // the last line stay inside the paragraph's box (and out of the next line).
    p.lineHeight = lineHeight(style, hasArabicScript(p.lines) ? Direction::RTL : Direction::LTR);
    p.width = 0;
    for (const Line& l : p.lines) p.width = std::max(p.width, l.width);
    p.height = p.lineHeight * static_cast<float>(p.lines.size());
}

Paragraph computeLayout(std::string_view utf8, Style style, float maxWidth, Direction base) {
    Paragraph p;
    const std::u32string text = toUtf32(utf8);
    p.rtl = resolveRtl(text, base);
    const Measurer measure = measurerFor(style);
    if (maxWidth <= 0) maxWidth = std::numeric_limits<float>::max();
    size_t start = 0;
    while (true) {
        size_t newline = text.find(U'\n', start);
        std::u32string_view paragraph(text.data() + start, (newline == std::u32string::npos ? text.size() : newline) - start);
        if (!paragraph.empty() && paragraph.back() == U'\r') paragraph.remove_suffix(1);
        // With Auto, each '\n'-separated paragraph takes its own direction
        // (Unicode rule P2), so a German line followed by its Arabic
        // translation reads right in both; empty or neutral ones follow the first.
        const bool rtl = base == Direction::Auto ? firstStrongIsRtl(paragraph, p.rtl) : p.rtl;
        layoutParagraph(paragraph, rtl, maxWidth, measure, p.lines);
        if (newline == std::u32string::npos) break;
        start = newline + 1;
    }
    finish(p, style);
    return p;
}

Paragraph computeLabel(std::string_view utf8, Style style, float maxWidth, Direction base) {
    Paragraph p;
    std::u32string text = toUtf32(utf8);
    for (char32_t& c : text)
        if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
    p.rtl = resolveRtl(text, base);
    const Measurer measure = measurerFor(style);
    Line whole = makeLine(text, p.rtl, measure);
    if (maxWidth <= 0 || whole.width <= maxWidth) {
        p.lines.push_back(std::move(whole));
        finish(p, style);
        return p;
    }
    // Longest logical prefix that still fits with "…" after it.
    auto withEllipsis = [&](size_t count) {
        std::u32string cut = text.substr(0, cutPoint(text, count));
        while (!cut.empty() && isBreakingSpace(cut.back())) cut.pop_back();
        cut.push_back(kEllipsis);
        return cut;
    };
    size_t lo = 0, hi = text.size();
    while (lo < hi) {
        size_t mid = (lo + hi + 1) / 2;
        if (measure.width(withEllipsis(mid), p.rtl) <= maxWidth)
            lo = mid;
        else
            hi = mid - 1;
    }
    Line line = makeLine(withEllipsis(lo), p.rtl, measure);
    line.logical = toUtf8(text);  // the record keeps what the label means, not the cut
    p.lines.push_back(std::move(line));
    p.ellipsized = true;
    finish(p, style);
    return p;
}

// ---- LRU cache. Entries used in the current or the previous frame are never
// evicted, so a reference from layout() survives until the next frame ends.

struct Key {
    std::string text;
    int style, width, direction;
    bool label;
    bool operator==(const Key& o) const {
        return style == o.style && width == o.width && direction == o.direction && label == o.label && text == o.text;
    }
};
struct KeyHash {
    size_t operator()(const Key& k) const {
        size_t h = std::hash<std::string>()(k.text);
        h ^= (static_cast<size_t>(k.style) * 0x9E3779B97F4A7C15ull) + (static_cast<size_t>(k.width) << 8) +
             (static_cast<size_t>(k.direction) << 4) + (k.label ? 1 : 0);
        return h;
    }
};
struct Entry {
    Key key;
    Paragraph paragraph;
    int lastFrame = 0;
    size_t bytes = 0;
};

// What an entry holds on the heap, near enough: its node in the list and in
// the index, the key's text and every line's strings, runs and glyphs.
size_t heapBytes(const Key& key, const Paragraph& p) {
    size_t bytes = sizeof(Entry) + 64 + key.text.capacity() + p.lines.capacity() * sizeof(Line);
    for (const Line& line : p.lines) {
        bytes += line.visual.capacity() + line.logical.capacity() + line.runs.capacity() * sizeof(TextRun);
        for (const TextRun& run : line.runs) bytes += run.text.capacity() + run.glyphs.capacity() * sizeof(PlacedGlyph);
    }
    return bytes;
}

struct Cache {
    std::list<Entry> entries;  // most recently used first
    std::unordered_map<Key, std::list<Entry>::iterator, KeyHash> index;
    size_t bytes = 0;
};
Cache& cache() {
    static Cache c;
    return c;
}

int currentFrame() { return ImGui::GetCurrentContext() ? ImGui::GetFrameCount() : 0; }

const Paragraph& cached(std::string_view utf8, Style style, float maxWidth, Direction base, bool label) {
    Cache& c = cache();
    // Widths are rounded to whole pixels: a box that moves by a fraction of a
    // pixel must not re-shape its text.
    const int width = (maxWidth <= 0 || maxWidth >= 1e8f) ? -1 : static_cast<int>(std::floor(maxWidth));
    Key key{std::string(utf8), static_cast<int>(style), width, static_cast<int>(base), label};
    const int frame = currentFrame();
    auto found = c.index.find(key);
    if (found != c.index.end()) {
        c.entries.splice(c.entries.begin(), c.entries, found->second);
        found->second->lastFrame = frame;
        return found->second->paragraph;
    }
    const float w = width < 0 ? 0.0f : static_cast<float>(width);
    Paragraph p = label ? computeLabel(utf8, style, w, base) : computeLayout(utf8, style, w, base);
    const size_t bytes = heapBytes(key, p);
    c.entries.push_front(Entry{key, std::move(p), frame, bytes});
    c.index.emplace(std::move(key), c.entries.begin());
    c.bytes += bytes;
    while (c.bytes > kCacheBytes && c.entries.back().lastFrame < frame - 1) {
        c.bytes -= c.entries.back().bytes;
        c.index.erase(c.entries.back().key);
        c.entries.pop_back();
    }
    return c.entries.front().paragraph;
}

}  // namespace

const Paragraph& layout(std::string_view utf8, Style style, float maxWidth, Direction base) {
    return cached(utf8, style, maxWidth, base, false);
}

const Paragraph& layoutLabel(std::string_view utf8, Style style, float maxWidth, Direction base) {
    return cached(utf8, style, maxWidth, base, true);
}

float lineHeight(Style style) {
    const FontSet* fonts = activeFontSet();
    ImFont* font = fonts ? fonts->font(style) : nullptr;
    // The Latin font's ascent+descent, rounded up: merged Arabic glyphs sit on
    // the same baseline and fit into it.
    return font ? std::ceil(font->Ascent - font->Descent) : 0.0f;
}

float lineHeight(Style style, Direction direction) {
    const float latin = lineHeight(style);
    return direction == Direction::RTL ? std::ceil(latin * kArabicLineFactor) : latin;
}

float lineBoxHeight(Style style) { return lineHeight(style, Direction::RTL); }

void clearLayoutCache() {
    cache().entries.clear();
    cache().index.clear();
    cache().bytes = 0;
}

size_t layoutCacheSize() { return cache().entries.size(); }

size_t layoutCacheBytes() { return cache().bytes; }

size_t layoutCacheBudgetBytes() { return kCacheBytes; }

uint64_t shapingRuns() { return gShapingRuns; }

}  // namespace kiosk::text
