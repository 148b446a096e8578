// Text for the visitor: fonts, line breaking, Arabic shaping, bidi order and
// drawing. Everything here runs on the UI thread (the layout cache is not
// locked). Screens never call ImGui's own text functions for visitor text:
// they lay a string out here (our line breaking between words, then per line
// FriBidi's bidi levels and run order, and HarfBuzz shaping of the Arabic-script
// runs with the font's own tables) and draw the result, so Arabic and Farsi
// join correctly with their vowel marks on the right letters, mixed Arabic +
// numbers + Latin names read in the right order, and words are never broken
// across lines.
//
// Typical use in a screen:
//   const auto& p = text::layout(title, text::Style::Heading, boxWidth);
//   text::draw(drawList, p, topLeft, boxWidth, color, text::Align::Start, rtlUi);
//   y += p.height;
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace kiosk::text {

// The text styles of the interface. Sizes are physical (millimetres, from
// fonts/fonts.toml) so text reads the same on any screen size.
enum class Style { Small, Body, BodyBold, Button, Heading, Title, Display };
inline constexpr int kStyleCount = 7;

// Base direction of a paragraph. Auto takes the first strong character
// (Arabic letter -> RTL, Latin letter -> LTR, none -> LTR), separately for
// every '\n'-separated paragraph of a text.
enum class Direction { Auto, LTR, RTL };

// Horizontal alignment inside a box, relative to the interface direction:
// Start is the left edge in an LTR interface and the right edge in an RTL one.
enum class Align { Start, Center, End };

// The three text-size steps a visitor can choose.
inline constexpr float kTextScales[3] = {1.0f, 1.25f, 1.5f};

// ---------------------------------------------------------------- fonts

struct ShapedFonts;  // kiosk/text/shaped_glyphs.h

// Font atlas for every style, holding only the glyphs that the interface and
// the live content need. Per style one ImGui font: the Latin/Cyrillic font
// with the symbols fonts merged into it, by code point; each code point comes
// from the first font in fonts/fonts.toml that has it. The Arabic-script font
// is shaped with HarfBuzz, so its glyphs are baked by glyph id into the same
// texture (every glyph that shaping the needed code points can produce).
class FontSet {
public:
    struct Request {
        std::vector<uint32_t> codepoints;  // content text (ContentStore::codepoints()); UI strings are added automatically
        float pxPerMm = 3.6f;              // physical pixel density of the configured screen
        float textScale = 1.0f;            // visitor's text-size step (kTextScales)
    };

    FontSet() = default;
    // A set keeps being the active one when it moves (the kiosk takes over
    // the set its start-up built on another core) and stops being it when it goes.
    FontSet(FontSet&& other) noexcept;
    FontSet& operator=(FontSet&& other) noexcept;
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;
    ~FontSet();

    // Builds (or rebuilds) the fonts into `atlas` (normally ImGui::GetIO().Fonts),
    // clearing what was there. Needs no GL context; afterwards the caller
    // recreates the GL texture (ImGui_ImplOpenGL3_DestroyFontsTexture /
    // CreateFontsTexture). Makes this the active font set for layout()/draw(),
    // and drops every cached layout (the FontSet must outlive its use). After
    // the texture upload, atlas->ClearTexData() may free the CPU pixel copies
    // (8-20 MB): layout and drawing need only the glyph tables. Takes about
    // 35-60 ms for ~3000 glyphs. Returns false and sets `error` when a font
    // file cannot be read.
    bool build(ImFontAtlas* atlas, const Request& request, std::string* error = nullptr);

    // True when build() with `request` would change the atlas (new code points,
    // other density or text size).
    bool needsRebuild(const Request& request) const;

    ImFont* font(Style style) const { return fonts_[static_cast<int>(style)]; }
    float pixelSize(Style style) const { return pixelSizes_[static_cast<int>(style)]; }
    float textScale() const { return built_.textScale; }
    size_t glyphCount() const { return glyphCount_; }  // ImGui's and the shaped fonts' together
    // The HarfBuzz-shaped fonts and their baked glyphs (null before build()).
    const ShapedFonts* shaped() const { return shaped_.get(); }

private:
    std::shared_ptr<ShapedFonts> shaped_;
    ImFont* fonts_[kStyleCount] = {};
    float pixelSizes_[kStyleCount] = {};
    Request built_;
    std::vector<uint32_t> builtCodepoints_;  // sorted, what the atlas holds
    size_t glyphCount_ = 0;
    bool isBuilt_ = false;
    std::vector<std::vector<ImWchar>> ranges_;  // glyph ranges handed to ImGui, kept alive
};

// The font set layout() and draw() use (the last one built).
const FontSet* activeFontSet();

// Every code point of the interface itself: all translations, keyboard
// layouts, digits, punctuation and symbols the widgets draw.
std::vector<uint32_t> interfaceCodepoints();

// ---------------------------------------------------------------- layout

// A piece of a line in one font and one direction, placed from the line's left
// edge. Runs of a shaped font (Arabic script) carry HarfBuzz's glyphs; the
// others carry their characters for ImGui's font.
struct PlacedGlyph {
    uint32_t glyph = 0;    // glyph id in the shaped font
    uint32_t cluster = 0;  // index into the line (UTF-32) of the first character it draws
    float x = 0, y = 0;    // pen position from the run's left edge and the baseline (pixels, y down), offsets applied
};
struct TextRun {
    float x = 0, width = 0;
    int font = -1;                    // fonts.toml entry of a shaped run, -1 for ImGui's font
    std::string text;                 // ImGui runs: characters in visual order, UTF-8
    std::vector<PlacedGlyph> glyphs;  // shaped runs, left to right
};

struct Line {
    std::string visual;   // characters in visual (left-to-right) order, mirrored, UTF-8
    std::string logical;  // the same line as written (for tests, recording and search)
    float width = 0;      // measured on the shaped text, in pixels
    std::vector<TextRun> runs;  // what draw() draws, left to right
};

struct Paragraph {
    std::vector<Line> lines;
    Style style = Style::Body;
    bool rtl = false;       // resolved base direction
    float width = 0;        // widest line
    float height = 0;       // lines * lineHeight
    float lineHeight = 0;   // lineHeight(style); 15 % more when the text has Arabic script (deeper descenders)
    bool ellipsized = false;  // drawLabel() cut the text
};

// Lays `utf8` out in lines no wider than maxWidth (pixels; <= 0 or huge = one
// line per '\n'). Breaks only between words (spaces); a single word wider than
// the line is the only thing ever split. The result is cached (LRU keyed by
// text, style, width, direction): the reference stays valid until the end of
// the next frame or the next font rebuild.
const Paragraph& layout(std::string_view utf8, Style style, float maxWidth, Direction base = Direction::Auto);

// One line, cut with "…" when wider than maxWidth ('\n' becomes a space).
const Paragraph& layoutLabel(std::string_view utf8, Style style, float maxWidth, Direction base = Direction::Auto);

// Line height of a style in pixels (0 before any font set is built): the
// Latin/Cyrillic line, the one layout() gives text without Arabic script.
float lineHeight(Style style);
// The line height layout() gives a line of that direction's script: Arabic and
// Farsi (RTL) lines are 15 % taller, room for their deeper descenders.
float lineHeight(Style style, Direction direction);
// Height of a fixed one-line box (row, badge, label) that must hold text of
// any language: the taller of the two. drawLabel() keeps a label of either
// script inside a box this high, so screens need no extra allowance.
float lineBoxHeight(Style style);

// Drops every cached layout (done automatically on a font rebuild).
void clearLayoutCache();
size_t layoutCacheSize();
// The heap the cached layouts hold (estimated), and its bound: layouts of the
// current and the previous frame are kept even above it.
size_t layoutCacheBytes();
size_t layoutCacheBudgetBytes();
// How many times the shaper ran (tests use it to prove steady frames are free).
uint64_t shapingRuns();

// ---------------------------------------------------------------- drawing

// Draws a laid-out paragraph into the box starting at topLeft, boxWidth wide.
// Align is relative to the interface direction (rtlUi).
void draw(ImDrawList* drawList, const Paragraph& paragraph, ImVec2 topLeft, float boxWidth, ImU32 color,
          Align align = Align::Start, bool rtlUi = false);

// One-line label that is cut with "…" instead of overflowing its box,
// vertically centred in boxHeight (if > 0). Returns the laid-out label.
const Paragraph& drawLabel(ImDrawList* drawList, std::string_view utf8, Style style, ImVec2 topLeft, float boxWidth,
                           float boxHeight, ImU32 color, Align align = Align::Start, bool rtlUi = false);

// ---------------------------------------------------------------- recording
// For the test "no text is drawn outside its container or the screen": while
// enabled, every draw() records what it drew, where, and the container it was
// given (the box and the draw list's clip rectangle).

struct DrawnText {
    std::string text;     // logical text of the paragraph
    std::string context;  // what the app said was on screen (e.g. "organisations/ar/portrait")
    ImVec2 textMin, textMax;  // rectangle the glyph lines occupy
    ImVec2 boxMin, boxMax;    // the box passed to draw()
    ImVec2 clipMin, clipMax;  // the draw list's clip rectangle at the time
};

// Problems in a set of records, one readable line each: text reaching outside
// its box (beyond `tolerance` pixels), or outside the screen [0,0]-screenSize
// where it is not clipped away. Text outside the clip rectangle (scrolled out
// of a list) is invisible and therefore fine.
std::vector<std::string> findOverflows(const std::vector<DrawnText>& records, ImVec2 screenSize,
                                       float tolerance = 1.0f);

void setRecording(bool enabled);
bool recording();
// A tag stored with every following record (screen, language, orientation).
void setRecordingContext(std::string context);
void clearRecorded();
// Distinct records so far (the same text at the same place is recorded once).
const std::vector<DrawnText>& recorded();
// JSON array of the records: [{"text","context","text_rect":[x0,y0,x1,y1],"box":[...],"clip":[...]}].
std::string recordedJson();
bool writeRecorded(const std::filesystem::path& file, std::string* error = nullptr);
// Reads what writeRecorded wrote (the layout tests read the kiosk's --dump-text).
std::vector<DrawnText> readRecorded(const std::filesystem::path& file);

// ---------------------------------------------------------------- utilities

std::u32string toUtf32(std::string_view utf8);  // invalid bytes become U+FFFD
std::string toUtf8(std::u32string_view text);
// Direction of the first strong character; `fallback` when there is none.
bool isRightToLeftText(std::string_view utf8, bool fallback = false);

}  // namespace kiosk::text
