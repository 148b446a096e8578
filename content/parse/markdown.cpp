#include "content/parse/markdown.h"

#include <algorithm>

#include <md4c.h>

#include <cstdlib>

#include "content/core/text_checks.h"

namespace content::markdown {

namespace {

// Entities may name any number; what is not a character becomes U+FFFD.
void appendUtf8(std::string& out, uint32_t codepoint) {
    if (codepoint == 0 || codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF)) codepoint = 0xFFFD;
    content::appendUtf8(out, codepoint);
}

// "&amp;", "&#228;", "&#xE4;" and the few named entities guide authors use.
std::string decodeEntity(std::string_view entity) {
    std::string out;
    if (entity.size() > 3 && entity[1] == '#') {
        bool hex = entity[2] == 'x' || entity[2] == 'X';
        std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
        appendUtf8(out, static_cast<uint32_t>(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10)));
        return out;
    }
    static const std::pair<const char*, uint32_t> named[] = {
        {"&amp;", '&'},      {"&lt;", '<'},        {"&gt;", '>'},       {"&quot;", '"'},     {"&apos;", '\''},
        {"&nbsp;", 0xA0},    {"&shy;", 0xAD},      {"&auml;", 0xE4},    {"&ouml;", 0xF6},    {"&uuml;", 0xFC},
        {"&Auml;", 0xC4},    {"&Ouml;", 0xD6},     {"&Uuml;", 0xDC},    {"&szlig;", 0xDF},   {"&euro;", 0x20AC},
        {"&ndash;", 0x2013}, {"&mdash;", 0x2014},  {"&hellip;", 0x2026}, {"&bdquo;", 0x201E}, {"&ldquo;", 0x201C},
        {"&rdquo;", 0x201D}, {"&middot;", 0xB7},
    };
    for (const auto& [name, codepoint] : named) {
        if (entity == name) {
            appendUtf8(out, codepoint);
            return out;
        }
    }
    return std::string(entity);  // unknown: shown as written
}

std::string attributeText(const MD_ATTRIBUTE& attribute) {
    std::string out;
    if (!attribute.text) return out;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        std::string_view part(attribute.text + attribute.substr_offsets[i],
                              attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]);
        out += attribute.substr_types[i] == MD_TEXT_ENTITY ? decodeEntity(part) : std::string(part);
    }
    return out;
}

std::string trimmed(const std::string& text) {
    size_t begin = text.find_first_not_of(" \t");
    if (begin == std::string::npos) return "";
    size_t end = text.find_last_not_of(" \t");
    return text.substr(begin, end - begin + 1);
}

// Collects md4c's callbacks into blocks. Text goes into the innermost open
// text block (heading, paragraph or list item); a paragraph inside a list
// item belongs to the item.
class Builder {
public:
    GuideParse result;

    int enterBlock(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_H: {
                int level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
                startBlock(level == 1 && !result.hasTitle ? Target::Title : Target::Heading);
                break;
            }
            case MD_BLOCK_P:
                if (listDepth_ == 0 || target_ == Target::None) startBlock(listDepth_ > 0 ? Target::ListItem : Target::Paragraph);
                else if (!current_.lines.empty() && !current_.lines.back().empty()) current_.lines.emplace_back();
                break;
            case MD_BLOCK_LI:
                startBlock(Target::ListItem);
                break;
            case MD_BLOCK_UL:
            case MD_BLOCK_OL:
                ++listDepth_;
                break;
            case MD_BLOCK_CODE:
                startBlock(Target::Paragraph);
                break;
            default:
                break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_H:
            case MD_BLOCK_LI:
            case MD_BLOCK_CODE:
                finishBlock();
                break;
            case MD_BLOCK_P:
                if (listDepth_ == 0) finishBlock();
                break;
            case MD_BLOCK_UL:
            case MD_BLOCK_OL:
                --listDepth_;
                break;
            default:
                break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void* detail) {
        if (type == MD_SPAN_IMG) {
            if (imageDepth_++ == 0) {
                imageSource_ = attributeText(static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src);
                imageAlt_.clear();
            }
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type) {
        if (type == MD_SPAN_IMG && --imageDepth_ == 0) {
            // The picture becomes its own block between the text around it.
            Target resume = target_;
            std::vector<std::string> before = std::move(current_.lines);
            current_ = GuideBlock{};
            current_.kind = kindFor(resume);
            current_.lines = std::move(before);
            finishBlock(false);
            GuideBlock image;
            image.kind = GuideBlock::Kind::Image;
            image.image = imageSource_;
            image.alt = trimmed(imageAlt_);
            result.imagePaths.push_back(imageSource_);
            result.text.blocks.push_back(std::move(image));
            if (resume != Target::None && resume != Target::Title) startBlock(resume);
            else target_ = resume;
        }
        return 0;
    }

    // The input md4c reads (with its padding), for clipping text pieces.
    void setInput(const char* begin, size_t size, size_t padding) {
        inputBegin_ = begin;
        inputEnd_ = begin + size;
        paddingEnd_ = inputEnd_ + padding;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
        // A piece that points into the input never reaches past its end (md4c
        // pieces from its own buffers, such as decoded entities, are left alone).
        if (text >= inputBegin_ && text < paddingEnd_) {
            if (text > inputEnd_) return 0;
            size = static_cast<MD_SIZE>(std::min<size_t>(size, static_cast<size_t>(inputEnd_ - text)));
        }
        std::string_view piece(text, size);
        if (imageDepth_ > 0) {
            if (type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) imageAlt_ += ' ';
            else if (type == MD_TEXT_ENTITY) imageAlt_ += decodeEntity(piece);
            else if (type != MD_TEXT_HTML) imageAlt_ += piece;
            return 0;
        }
        if (target_ == Target::None) return 0;
        if (current_.lines.empty()) current_.lines.emplace_back();
        switch (type) {
            case MD_TEXT_SOFTBR:
            case MD_TEXT_BR:
                // Easy German: the author's line breaks are the sentence breaks.
                current_.lines.emplace_back();
                break;
            case MD_TEXT_ENTITY:
                current_.lines.back() += decodeEntity(piece);
                break;
            case MD_TEXT_HTML:
                break;  // raw HTML is not shown on the kiosk
            case MD_TEXT_NULLCHAR:
                appendUtf8(current_.lines.back(), 0xFFFD);
                break;
            case MD_TEXT_CODE:
                // Code blocks deliver their own '\n's.
                for (char c : piece) {
                    if (c == '\n') current_.lines.emplace_back();
                    else current_.lines.back() += c;
                }
                break;
            default:
                current_.lines.back() += piece;
                break;
        }
        return 0;
    }

private:
    const char* inputBegin_ = nullptr;
    const char* inputEnd_ = nullptr;
    const char* paddingEnd_ = nullptr;
    enum class Target { None, Title, Heading, Paragraph, ListItem };
    Target target_ = Target::None;
    GuideBlock current_;
    int listDepth_ = 0;
    int imageDepth_ = 0;
    std::string imageSource_, imageAlt_;

    static GuideBlock::Kind kindFor(Target target) {
        switch (target) {
            case Target::Heading: return GuideBlock::Kind::Heading;
            case Target::ListItem: return GuideBlock::Kind::ListItem;
            default: return GuideBlock::Kind::Paragraph;
        }
    }

    void startBlock(Target target) {
        if (target_ != Target::None) finishBlock();
        target_ = target;
        current_ = GuideBlock{};
        current_.kind = kindFor(target);
    }

    void finishBlock(bool closeTarget = true) {
        std::vector<std::string> lines;
        for (std::string& line : current_.lines) {
            std::string clean = trimmed(line);
            if (!clean.empty()) lines.push_back(std::move(clean));
        }
        if (target_ == Target::Title) {
            std::string title;
            for (const std::string& line : lines) title += (title.empty() ? "" : " ") + line;
            if (!title.empty() || closeTarget) {
                if (!result.hasTitle) result.text.title = title;
                result.hasTitle = true;
            }
        } else if (target_ != Target::None && !lines.empty()) {
            current_.lines = std::move(lines);
            result.text.blocks.push_back(std::move(current_));
        }
        current_ = GuideBlock{};
        if (closeTarget) target_ = Target::None;
    }
};

}  // namespace

GuideParse parseGuide(std::string_view markdownText) {
    Builder builder;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = 0;  // plain CommonMark; raw HTML is dropped (see text())
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
        return static_cast<Builder*>(user)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* user) { return static_cast<Builder*>(user)->leaveBlock(type); };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* user) {
        return static_cast<Builder*>(user)->enterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* user) { return static_cast<Builder*>(user)->leaveSpan(type); };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
        return static_cast<Builder*>(user)->text(type, text, size);
    };
    // md4c (0.4.8) can look at the byte just past the end of its input, which
    // fuzzing reported as a heap-buffer-overflow when the input was a view of
    // exactly its bytes. So md4c always gets a private copy followed by
    // padding NULs: such a read stays inside memory this function owns and
    // sees a NUL, whatever the caller's buffer is.
    constexpr size_t kPadding = 16;
    std::string input;
    input.reserve(markdownText.size() + kPadding);
    input.append(markdownText);
    input.append(kPadding, '\0');
    builder.setInput(input.data(), markdownText.size(), kPadding);
    md_parse(input.data(), static_cast<MD_SIZE>(markdownText.size()), &parser, &builder);
    return std::move(builder.result);
}

}  // namespace content::markdown
