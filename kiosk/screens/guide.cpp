// Guide reader. Easy German (Leichte Sprache) has rules for how text is set,
// and the reader follows them for every language: large type (larger still
// for Easy German), one sentence per line exactly as the author broke the
// lines (GuideBlock::lines), words never broken across lines (text::layout
// breaks only between words), sub-headings, and pictures beside the text they
// belong to in landscape, above it in portrait.
#include <algorithm>
#include <unordered_map>

#include "content/core/take_away.h"
#include "kiosk/app/frame_chrome.h"
#include "kiosk/app/routes.h"
#include "kiosk/app/screens.h"
#include "kiosk/screens/page_height.h"
#include "kiosk/screens/reading_measure.h"
#include "kiosk/i18n/i18n.h"
#include "kiosk/widgets/button.h"
#include "kiosk/widgets/icons.h"
#include "kiosk/widgets/scroll_area.h"
#include "kiosk/widgets/spoken_highlight.h"

namespace kiosk {

namespace {

struct GuideCache {
    uint64_t generation = 0;
    std::string id;
    std::optional<content::Guide> guide;
    const content::GuideText* text = nullptr;  // into guide
    std::string textLang;
    bool hasLink = false;
    bool hasPictureBlock = false;
};

// What this screen remembers between frames (owned by AppState).
struct GuideScreenState {
    static constexpr const char* kName = "guide";
    GuideCache guide;
};

const GuideCache& guideData(AppState& state, const std::string& id) {
    GuideCache& cache = state.screens.get<GuideScreenState>().guide;
    if (cache.generation == state.contentGeneration && cache.id == id) return cache;
    cache = {};
    cache.generation = state.contentGeneration;
    cache.id = id;
    if (!state.store) return cache;
    cache.guide = state.store->guide(id);
    if (!cache.guide) return cache;
    cache.text = cache.guide->resolve(state.language(), &cache.textLang);
    cache.hasLink = !content::guideLink(*cache.guide).empty();
    if (cache.text)
        for (const auto& block : cache.text->blocks)
            cache.hasPictureBlock = cache.hasPictureBlock || block.kind == content::GuideBlock::Kind::Image;
    return cache;
}

struct Styles {
    text::Style title, line, heading;
    float lineGap, blockGap;
};

Styles stylesFor(const AppState& state, const std::string& textLang) {
    const UiMetrics& ui = state.ui;
    // Easy German is already one size larger on every screen (the kiosk's
    // font scale); here it only gets more air between its short sentences.
    if (textLang == content::kEasyGerman)
        return {text::Style::Title, text::Style::Body, text::Style::Heading, ui.small(), ui.section()};
    return {text::Style::Title, text::Style::Body, text::Style::Heading, ui.tight(), ui.spacious()};
}

struct Reader {
    AppState& state;
    Rect view;
    std::string language;  // what the guide text is written in (read-aloud's voice)
    float x, textWidth;       // the text column (LTR coordinates)
    float pictureX = 0, pictureWidth = 0;  // the picture column in landscape (0 = pictures inline)
    float pictureBottom = 0;  // where the last picture beside the text ends

    const UiMetrics& ui() const { return state.ui; }

    float lines(const std::vector<std::string>& lines, text::Style style, float indent, float y, float lineGap) {
        float top = y;
        for (const std::string& line : lines) {
            // Each sentence starts on its own line; a long one wraps between words.
            const auto& p = text::layout(line, style, textWidth - indent);
            Rect box = ui().place(makeRect(x + indent, y, textWidth - indent, p.height), view);
            markSpoken(state, state.readAloud, line, language, p, box.min, textWidth - indent, text::Align::Start, ui().rtl);
            text::draw(state.drawList, p, box.min, textWidth - indent, state.theme.text, text::Align::Start, ui().rtl);
            y += p.height + lineGap;
        }
        return y - top;
    }

    // Draws a picture into the column at (px, y), at most `width` wide; returns its height.
    float picture(const std::string& image, float px, float y, float width) {
        const float maxHeight = ui().guidePictureHeight();
        const ImageCache::Texture* texture = state.images.get(state.imagePath(image), int(width), int(maxHeight));
        if (!texture) {
            float side = std::min(width, maxHeight);
            Rect box = ui().place(makeRect(px, y, side, side), view);
            icons::picturePlaceholder(state.drawList, box, state.theme.surfaceStrong, state.theme.border);
            return side;
        }
        float scale = std::min(width / texture->width, maxHeight / texture->height);
        float w = texture->width * scale, h = texture->height * scale;
        Rect box = ui().place(makeRect(px, y, w, h), view);
        state.drawList->AddImageRounded(texture->id, box.min, box.max, {0, 0}, {1, 1}, IM_COL32_WHITE, ui().small());
        return h;
    }

    // A picture beside the text from y on (landscape), or above the text that follows (portrait).
    float pictureBlock(const std::string& image, float y) {
        if (image.empty()) return 0;
        if (pictureWidth > 0) {
            float top = std::max(y, pictureBottom);
            pictureBottom = top + picture(image, pictureX, top, pictureWidth) + ui().section();
            return 0;  // the text runs on beside it
        }
        return picture(image, x, y, textWidth) + ui().spacious();
    }
};

}  // namespace

void drawGuideScreen(AppState& state, const Rect& area) {
    const UiMetrics& ui = state.ui;
    const std::string& id = state.route().id;
    const GuideCache& data = guideData(state, id);
    if (!data.guide || !data.text) {
        const auto& missing = text::layout(tr("guides.none"), text::Style::Heading, area.width() - 2 * ui.margin());
        text::draw(state.drawList, missing, {area.min.x + ui.margin(), area.min.y + ui.margin()},
                   area.width() - 2 * ui.margin(), state.theme.text, text::Align::Center, ui.rtl);
        return;
    }
    const content::GuideText& guideText = *data.text;
    const Styles styles = stylesFor(state, data.textLang);

    float& pageHeight = rememberedPageHeight(state, "guide:" + id);
    ScrollArea scroll(state, "guide:" + id, area, pageHeight);

    const float margin = ui.margin();
    const float fullWidth = area.width() - 2 * margin;
    // The text column is never wider than a comfortable line (about 66
    // characters); in portrait it is centred, with the margins it leaves.
    const float measure = readingMeasure(styles.line);
    Reader reader{state, area, data.textLang.empty() ? state.language() : data.textLang, area.min.x + margin,
                  std::min(fullWidth, measure)};
    if (ui.portrait) {
        reader.x = area.min.x + (area.width() - reader.textWidth) / 2;
    } else {
        const float gap = ui.columnGap();
        reader.textWidth = std::min(measure, (fullWidth - gap) * 0.62f);
        reader.pictureX = reader.x + reader.textWidth + gap;
        reader.pictureWidth = std::min(ui.guidePictureWidth(), fullWidth - reader.textWidth - gap);
    }
    float y = scroll.top() + ui.section();

    // Title, the fallback note, and "take it with you" when the guide has a link.
    const auto& title = text::layout(guideText.title, styles.title, reader.textWidth);
    const ImVec2 titleAt = ui.place(makeRect(reader.x, y, reader.textWidth, title.height), area).min;
    markSpoken(state, state.readAloud, guideText.title, reader.language, title, titleAt, reader.textWidth,
               text::Align::Start, ui.rtl);
    text::draw(state.drawList, title, titleAt, reader.textWidth, state.theme.text, text::Align::Start, ui.rtl);
    y += title.height + ui.small();
    y += drawFallbackNote(state, data.textLang, ui.place(makeRect(reader.x, y, reader.textWidth, 1), area).min,
                          reader.textWidth);
    y += ui.gap();
    if (data.hasLink) {
        const std::string& label = tr("takeaway.button");
        float w = std::min(reader.textWidth, std::max(ui.wideButtonWidth(), buttonWidth(state, label, text::Style::Button, true)));
        const float h = buttonHeightFor(state, ui.actionHeight());
        Rect r = ui.place(makeRect(reader.x, y, w, h), area);
        if (button(state, label, r, ButtonKind::Primary, text::Style::Button,
                   [](ImDrawList* d, const Rect& b, ImU32 c) { icons::qr(d, b, c); }))
            state.open(Screen::Qr, routes::qrForGuide(id));
        y += h + ui.section();
    }
    if (!data.hasPictureBlock) y += reader.pictureBlock(data.guide->picture, y);

    using Kind = content::GuideBlock::Kind;
    for (const content::GuideBlock& block : guideText.blocks) {
        switch (block.kind) {
            case Kind::Heading:
                if (block.lines.size() == 1 && block.lines.front() == guideText.title) break;
                y += ui.small();
                y += reader.lines(block.lines, styles.heading, 0, y, styles.lineGap) + ui.hairline();
                break;
            case Kind::Paragraph:
                y += reader.lines(block.lines, styles.line, 0, y, styles.lineGap) + styles.blockGap;
                break;
            case Kind::ListItem: {
                // A bullet at the start side, the sentences indented after it.
                const float indent = ui.wide();
                const float lh = text::lineHeight(styles.line);
                Rect dot = ui.place(makeRect(reader.x + ui.small(), y + lh * 0.5f - ui.halfRowPad(), ui.rowPad(), ui.rowPad()), area);
                state.drawList->AddCircleFilled({(dot.min.x + dot.max.x) / 2, (dot.min.y + dot.max.y) / 2},
                                                dot.width() / 2, state.theme.text);
                y += reader.lines(block.lines, styles.line, indent, y, styles.lineGap) + styles.lineGap;
                break;
            }
            case Kind::Image:
                y += reader.pictureBlock(block.image, y);
                break;
        }
    }
    float bottom = std::max(y, reader.pictureBottom);
    updatePageHeight(state, pageHeight, bottom - scroll.top() + ui.section());
}

}  // namespace kiosk
