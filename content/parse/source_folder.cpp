#include "content/parse/source_folder.h"

#include <algorithm>
#include <fstream>
#include <map>

#include "content/core/text_checks.h"
#include "content/parse/source_context.h"

namespace content {

namespace source {

// images/: JPEG and PNG files referenced by name. The bytes are checked to be
// what the name says (a renamed .bmp or .heic would fail later, on the kiosk).
void readImagesFolder(Context& context) {
    const std::filesystem::path folder = context.dir / "images";
    std::error_code missing;
    if (!std::filesystem::exists(std::filesystem::symlink_status(folder, missing))) return;
    if (refuseIfNotPlain(context, folder, "images", /*wantFolder=*/true)) return;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        const std::string file = "images/" + name;
        if (name.starts_with(".")) continue;
        // A picture linked to somewhere outside the folder is never packed.
        if (entry.is_symlink()) {
            refuseIfNotPlain(context, entry.path(), file, false);
            continue;
        }
        if (!entry.is_regular_file()) {
            context.warning(file, 0, "", say("images.not_directly"));
            continue;
        }
        const std::string extension = lower(entry.path().extension().string());
        if (extension != ".jpg" && extension != ".jpeg" && extension != ".png") {
            context.warning(file, 0, "", say("images.other_type"));
            continue;
        }
        if (!isValidUtf8(name) || findForbiddenCharacter(name)) {
            context.error(file, 0, "", say("images.bad_name"));
            continue;
        }
        unsigned char magic[8] = {};
        std::ifstream stream(entry.path(), std::ios::binary);
        stream.read(reinterpret_cast<char*>(magic), sizeof magic);
        const bool isPng = stream.gcount() == 8 && magic[0] == 0x89 && magic[1] == 'P' && magic[2] == 'N' && magic[3] == 'G' &&
                           magic[4] == '\r' && magic[5] == '\n' && magic[6] == 0x1A && magic[7] == '\n';
        const bool isJpeg = stream.gcount() >= 3 && magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF;
        if (!isPng && !isJpeg) {
            context.error(file, 0, "", say("images.not_a_picture"));
            continue;
        }
        if ((extension == ".png") != isPng)
            context.warning(file, 0, "", say("images.other_format", {{"format", isPng ? "PNG" : "JPEG"}}));
        context.imageNames.insert(name);
    }
    context.content.images.assign(context.imageNames.begin(), context.imageNames.end());
}

}  // namespace source

std::string formatDiagnostic(const Diagnostic& diagnostic) {
    std::string text = diagnostic.file;
    if (diagnostic.line > 0) text += (diagnostic.isRow ? " row " : " line ") + std::to_string(diagnostic.line);
    if (!diagnostic.columnLetter.empty() && !diagnostic.column.empty())
        text += ", column " + diagnostic.columnLetter + " (" + diagnostic.column + ")";
    else if (!diagnostic.columnLetter.empty() || !diagnostic.column.empty())
        text += ", column " + diagnostic.columnLetter + diagnostic.column;
    text += ": ";
    if (diagnostic.severity == Diagnostic::Severity::Warning) text += "warning: ";
    return text + diagnostic.message;
}

bool SourceReadResult::ok() const { return errorCount() == 0; }

size_t SourceReadResult::errorCount() const {
    return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
        return d.severity == Diagnostic::Severity::Error;
    }));
}

size_t SourceReadResult::warningCount() const { return diagnostics.size() - errorCount(); }

SourceReadResult readSourceFolder(const std::filesystem::path& dir) {
    source::Context context;
    context.dir = dir;
    SourceReadResult result;
    if (!std::filesystem::is_directory(dir)) {
        result.diagnostics.push_back({Diagnostic::Severity::Error, dir.string(), 0, "", english(say("file.not_folder")), false, "", say("file.not_folder")});
        return result;
    }
    // Order matters: the pack's zone and language are needed by everything,
    // images by organisations and guides, organisation ids by events.
    source::readPackToml(context);
    if (context.content.pack.languages.empty()) context.content.pack.languages = {context.content.pack.defaultLanguage};
    source::readImagesFolder(context);
    source::readOrganisations(context);
    source::readEvents(context);
    source::readGuides(context);
    if (!context.languagesGiven) {
        // Without a `languages` list the pack is in every language it uses.
        auto& languages = context.content.pack.languages;
        for (const std::string& lang : context.languagesUsed)
            if (std::find(languages.begin(), languages.end(), lang) == languages.end()) languages.push_back(lang);
    }
    // Files in the order they were read (pack.toml first), lines in order.
    std::map<std::string, size_t> fileOrder;
    for (const Diagnostic& diagnostic : context.diagnostics) fileOrder.emplace(diagnostic.file, fileOrder.size());
    std::stable_sort(context.diagnostics.begin(), context.diagnostics.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        return a.file != b.file ? fileOrder[a.file] < fileOrder[b.file] : a.line < b.line;
    });
    result.content = std::move(context.content);
    result.diagnostics = std::move(context.diagnostics);
    return result;
}

}  // namespace content
