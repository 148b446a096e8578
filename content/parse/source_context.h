// Internals of readSourceFolder (source_folder.h): the state the readers of
// the single files share, and the checks they have in common. Not a public
// contract; other modules use source_folder.h.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/parse/source_folder.h"

namespace content::source {

struct Context {
    std::filesystem::path dir;
    Content content;
    std::vector<Diagnostic> diagnostics;
    std::set<std::string> imageNames;        // files directly in images/
    bool languagesGiven = false;             // pack.toml listed `languages`
    std::set<std::string> languagesUsed;     // every content language met
    // The organisation list could not be read at all: calendars are then not
    // matched to organisations (each would only repeat that one problem).
    bool organisationsUnreadable = false;
    // A row was refused for its id or its shape: a calendar without an
    // organisation may well be that row's, so it adds no second error
    // ("there is no organisation with id ..."); it is reported once the rows
    // are fixed.
    bool organisationRowsRefused = false;

    void error(std::string file, int line, std::string column, std::string message) {
        diagnostics.push_back({Diagnostic::Severity::Error, std::move(file), line, std::move(column), std::move(message), false, "", {}});
    }
    void warning(std::string file, int line, std::string column, std::string message) {
        diagnostics.push_back({Diagnostic::Severity::Warning, std::move(file), line, std::move(column), std::move(message), false, "", {}});
    }
    void error(std::string file, int line, std::string column, CheckWords words) {
        report({Diagnostic::Severity::Error, std::move(file), line, std::move(column), "", false, "", std::move(words)});
    }
    void warning(std::string file, int line, std::string column, CheckWords words) {
        report({Diagnostic::Severity::Warning, std::move(file), line, std::move(column), "", false, "", std::move(words)});
    }
    // A diagnostic with words gets its English message from them.
    void report(Diagnostic diagnostic) {
        if (!diagnostic.words.empty()) diagnostic.message = english(diagnostic.words);
        diagnostics.push_back(std::move(diagnostic));
    }
    // Records a content language; warns once when pack.toml did not list it.
    void useLanguage(const std::string& lang, const std::string& file, int line, const std::string& column);
};

// The bytes of a file of the source folder, read without following a link
// at any level below the folder, only from a regular file, and at most
// sourceFileLimit() bytes; otherwise an error naming the file (or the link on
// its way) and nullopt.
std::optional<std::string> readSourceBytes(Context& context, const std::string& relativePath);
// The read limit for a file: kMaxSourceTableBytes for .csv and .ics, else
// kMaxSourceSmallFileBytes (content/core/content_limits.h).
uint64_t sourceFileLimit(const std::string& relativePath);
// For a directory entry: why it is not a real file (or, with `wantFolder`,
// a real folder) - a link, a device, a FIFO - or nullopt when it is.
std::optional<CheckWords> notPlainProblem(const std::filesystem::path& path, bool wantFolder);
// Reports notPlainProblem as an error on `relativePath`; true when it did.
bool refuseIfNotPlain(Context& context, const std::filesystem::path& path, const std::string& relativePath, bool wantFolder);

// Reads a text file of the source folder (through readSourceBytes). Invalid UTF-8 or (unless the
// caller checks each value itself, naming the column) forbidden characters are
// reported with their line, and the file is not read further (nullopt).
// CRLF becomes LF and a leading BOM is dropped.
std::optional<std::string> readTextFile(Context& context, const std::string& relativePath, bool checkCharacters = true);

// 1-based line of a byte offset in a text.
int lineAt(std::string_view text, size_t offset);

bool isValidId(std::string_view id);                 // [a-z0-9-]+
// A BCP 47 tag whose language CLDR names, in canonical case: "de", "hsb",
// "de-x-easy", "pt-BR" (content/core/language_tags.h).
bool isLanguageTag(std::string_view tag);
// For a common mistake ("Arabisch", "ua", "DE", "deu"), the code that was meant.
std::optional<std::string> suggestLanguageCode(std::string_view text);
bool looksLikeEmail(std::string_view text);
bool looksLikeWebsite(std::string_view text);        // http(s)://host.tld/...
// Splits "a, b; c | d" into trimmed, non-empty items.
std::vector<std::string> splitList(std::string_view text);
std::string trim(std::string_view text);
std::string lower(std::string_view text);
// "'x' is not a valid id; use only a-z, 0-9 and '-', like 'migrant-advice'"
CheckWords invalidIdMessage(std::string_view id, std::string_view example);
// The problem with a text for a diagnostic ("contains a control character (U+0007)"), or nullopt.
std::optional<CheckWords> textProblem(std::string_view text);

void readPackToml(Context& context);
void readImagesFolder(Context& context);
void readOrganisations(Context& context);
void readEvents(Context& context);
void readGuides(Context& context);

}  // namespace content::source
