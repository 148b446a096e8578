// guides/<guide-id>/<lang>.md and the optional guides/<guide-id>/guide.toml.
#include <toml++/toml.h>

#include <algorithm>

#include "content/parse/easy_german_checks.h"
#include "content/parse/markdown.h"
#include "content/parse/source_context.h"

namespace content::source {

namespace {

// Where an image path points: a file name directly under images/, or nullopt
// with the reason reported.
std::optional<std::string> resolveImage(Context& context, const std::string& file, int line, const std::string& guideId,
                                        const std::string& source) {
    if (source.find("://") != std::string::npos || source.starts_with("/")) {
        context.error(file, line, "", say("guide.picture_outside", {{"name", source}}));
        return std::nullopt;
    }
    const std::filesystem::path images = (context.dir / "images").lexically_normal();
    const std::filesystem::path target = (context.dir / "guides" / guideId / source).lexically_normal();
    std::string name;
    if (target.parent_path() == images) {
        name = target.filename().string();
    } else if (source.find('/') == std::string::npos && context.imageNames.count(source)) {
        name = source;  // a bare file name means the picture in images/
    } else {
        context.error(file, line, "", say("guide.picture_path", {{"name", source}, {"file", target.filename().string()}}));
        return std::nullopt;
    }
    if (!context.imageNames.count(name)) {
        context.error(file, line, "", say("picture.missing", {{"name", name}}));
        return std::nullopt;
    }
    return name;
}

int lineOfText(const std::string& text, const std::string& needle) {
    size_t offset = text.find(needle);
    return offset == std::string::npos ? 0 : lineAt(text, offset);
}

void readGuideToml(Context& context, Guide& guide, const std::string& file) {
    auto text = readTextFile(context, file);
    if (!text) return;
    toml::table root;
    try {
        root = toml::parse(*text, std::string_view(file));
    } catch (const toml::parse_error& error) {
        context.error(file, static_cast<int>(error.source().begin.line), "",
                      say("toml.syntax", {{"reason", std::string(error.description())}}));
        return;
    }
    for (const auto& [key, node] : root) {
        const int line = static_cast<int>(node.source().begin.line);
        const std::string name(key.str());
        if (name == "order") {
            if (auto order = node.value<int64_t>()) guide.order = static_cast<int>(*order);
            else context.error(file, line, "", say("guide.order"));
            continue;
        }
        auto value = node.value<std::string>();
        if (name != "picture" && name != "topic" && name != "link") {
            context.warning(file, line, "", say("guide.unknown_key", {{"key", name}}));
            continue;
        }
        if (!value) {
            context.error(file, line, "", say("guide.not_text", {{"key", name}}));
            continue;
        }
        if (auto problem = textProblem(*value)) {
            context.error(file, line, "", say("key_problem", {{"key", name}}).with("problem", *problem));
            continue;
        }
        std::string clean = trim(*value);
        if (name == "picture") {
            if (!clean.empty() && !context.imageNames.count(clean))
                context.error(file, line, "", say("picture.missing", {{"name", clean}}));
            guide.picture = clean;
        } else if (name == "topic") {
            if (!clean.empty() && !context.content.pack.topics.count(clean))
                context.warning(file, line, "", say("topic.no_label", {{"topic", clean}}));
            guide.topic = clean;
        } else {
            if (!clean.empty() && !looksLikeWebsite(clean)) {
                context.error(file, line, "", say("web_address", {{"value", clean}}));
                continue;
            }
            guide.link = clean;
        }
    }
}

void readGuideText(Context& context, Guide& guide, const std::string& file, const std::string& lang) {
    auto text = readTextFile(context, file);
    if (!text) return;
    markdown::GuideParse parsed = markdown::parseGuide(*text);
    if (lang == kEasyGerman)
        for (const easy_german::Finding& finding : easy_german::check(*text, /*markdown=*/true))
            context.warning(file, finding.line, "", finding.words);
    if (!parsed.hasTitle || trim(parsed.text.title).empty()) {
        context.error(file, 0, "", say("guide.no_title"));
        return;
    }
    bool ok = true;
    for (GuideBlock& block : parsed.text.blocks) {
        if (block.kind == GuideBlock::Kind::Image) {
            auto name = resolveImage(context, file, lineOfText(*text, block.image), guide.id, block.image);
            if (!name) ok = false;
            else block.image = *name;
            continue;
        }
        // Entities like &#x202E; can smuggle in what the file check did not see.
        for (const std::string& line : block.lines) {
            if (auto problem = textProblem(line)) {
                context.error(file, 0, "", *problem);
                ok = false;
            }
        }
    }
    if (auto problem = textProblem(parsed.text.title)) {
        context.error(file, 0, "", *problem);
        ok = false;
    }
    if (!ok) return;
    context.useLanguage(lang, file, 0, "");
    guide.texts[lang] = std::move(parsed.text);
}

}  // namespace

void readGuides(Context& context) {
    const std::filesystem::path folder = context.dir / "guides";
    std::error_code missing;
    if (!std::filesystem::exists(std::filesystem::symlink_status(folder, missing))) return;
    if (refuseIfNotPlain(context, folder, "guides", /*wantFolder=*/true)) return;
    std::vector<std::filesystem::path> guideFolders;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) guideFolders.push_back(entry.path());
    std::sort(guideFolders.begin(), guideFolders.end());

    for (const std::filesystem::path& guideFolder : guideFolders) {
        const std::string id = guideFolder.filename().string();
        const std::string base = "guides/" + id;
        if (id.starts_with(".")) continue;
        // A guide folder linked to somewhere else is never packed.
        if (std::filesystem::is_symlink(guideFolder)) {
            refuseIfNotPlain(context, guideFolder, base, /*wantFolder=*/true);
            continue;
        }
        if (!std::filesystem::is_directory(guideFolder)) {
            context.warning(base, 0, "", say("guide.file_in_guides"));
            continue;
        }
        if (!isValidId(id)) {
            context.error(base, 0, "", say("guide.folder_name").with("problem", invalidIdMessage(id, "what-is-a-volunteer")));
            continue;
        }
        Guide guide;
        guide.id = id;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(guideFolder)) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        bool anyText = false;
        for (const std::filesystem::path& path : files) {
            const std::string name = path.filename().string();
            const std::string file = base + "/" + name;
            if (name.starts_with(".")) continue;
            if (std::filesystem::is_symlink(path)) {
                refuseIfNotPlain(context, path, file, /*wantFolder=*/false);
                continue;
            }
            if (name == "guide.toml") {
                readGuideToml(context, guide, file);
                continue;
            }
            if (lower(path.extension().string()) != ".md" || !std::filesystem::is_regular_file(path)) {
                context.warning(file, 0, "", say("guide.other_file"));
                continue;
            }
            const std::string lang = path.stem().string();
            if (!isLanguageTag(lang)) {
                if (auto code = suggestLanguageCode(lang)) context.error(file, 0, "", say("guide.file_language_hint", {{"code", *code}}));
                else context.error(file, 0, "", say("guide.file_language"));
                continue;
            }
            anyText = true;
            readGuideText(context, guide, file, lang);
        }
        if (!anyText) {
            context.error(base, 0, "", say("guide.no_text", {{"folder", base}}));
            continue;
        }
        if (!guide.texts.empty() && !guide.texts.count(context.content.pack.defaultLanguage) &&
            !guide.texts.count(std::string(kEasyGerman)))
            context.warning(base, 0, "", say("guide.no_default_language", {{"language", context.content.pack.defaultLanguage}}));
        if (!guide.texts.empty()) context.content.guides.push_back(std::move(guide));
    }
    std::stable_sort(context.content.guides.begin(), context.content.guides.end(),
                     [](const Guide& a, const Guide& b) { return a.order < b.order; });
}

}  // namespace content::source
