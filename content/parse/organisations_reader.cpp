// The organisation list: one row per organisation, translations in
// `<column>@<lang>` columns, every cell checked and reported with the row and
// column a spreadsheet program shows. Staff keep it as a LibreOffice (.ods) or
// Excel/Google Sheets (.xlsx) file, or save it as text (.csv, or Excel's
// "Unicode-Text" .txt) in whatever encoding and separator the program chose.
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "content/core/language_tags.h"
#include "content/core/opening_hours.h"
#include "content/parse/csv.h"
#include "content/parse/easy_german_checks.h"
#include "content/parse/source_context.h"
#include "content/parse/spreadsheet.h"
#include "content/parse/text_encoding.h"

namespace content::source {

namespace {

// The names the list may have; exactly one of them is read.
constexpr const char* kListFiles[] = {"organisations.ods", "organisations.xlsx", "organisations.csv", "organisations.txt"};

enum class Column {
    Id, Name, Summary, Description, Categories, Languages, Address, Postcode, City, District,
    Phone, Email, Website, OpeningHours, Image,
};

const std::map<std::string, Column>& columnNames() {
    static const std::map<std::string, Column> names = {
        {"id", Column::Id},           {"name", Column::Name},         {"summary", Column::Summary},
        {"description", Column::Description}, {"categories", Column::Categories}, {"languages", Column::Languages},
        {"address", Column::Address}, {"postcode", Column::Postcode}, {"city", Column::City},
        {"district", Column::District}, {"phone", Column::Phone},     {"email", Column::Email},
        {"website", Column::Website}, {"opening_hours", Column::OpeningHours}, {"image", Column::Image},
    };
    return names;
}

bool translatable(Column column) {
    return column == Column::Name || column == Column::Summary || column == Column::Description;
}

// What one header cell means.
struct ColumnSpec {
    Column column = Column::Id;
    std::string language;  // empty = the pack's default language
    std::string header;    // as written, for diagnostics
    bool used = false;     // false: unknown or ignored
};

LocalizedText& localized(Organisation& organisation, Column column) {
    if (column == Column::Name) return organisation.name;
    if (column == Column::Summary) return organisation.summary;
    return organisation.description;
}

std::string* plainField(Organisation& organisation, Column column) {
    switch (column) {
        case Column::Address: return &organisation.address;
        case Column::Postcode: return &organisation.postcode;
        case Column::City: return &organisation.city;
        case Column::District: return &organisation.district;
        case Column::Phone: return &organisation.phone;
        default: return nullptr;
    }
}

// The list as a table, whatever program saved it; nullopt after reporting why not.
std::optional<csv::Table> readList(Context& context, const std::string& file) {
    const std::filesystem::path path = context.dir / file;
    sheet::ReadError sheetError;
    if (file.ends_with(".ods") || file.ends_with(".xlsx")) {
        // A link or a FIFO is never opened (the text files get the same from readSourceBytes).
        if (refuseIfNotPlain(context, path, file, false)) return std::nullopt;
        auto table = file.ends_with(".ods") ? sheet::readOds(path, &sheetError) : sheet::readXlsx(path, &sheetError);
        if (!table) context.error(file, 0, "", sheetError.words);
        return table;
    }
    // Bounded, link-free, and a table with more rows than a pack holds is
    // refused before it is parsed (readSourceBytes says why).
    auto bytes = readSourceBytes(context, file);
    if (!bytes) return std::nullopt;
    text::Decoded decoded = text::decode(*bytes);
    if (decoded.encoding == text::Encoding::Windows1252) {
        context.warning(file, 0, "", say("list.windows_1252"));
    }
    csv::ParseError parseError;
    auto table = csv::parseTable(decoded.utf8, &parseError);
    if (!table) context.error(file, parseError.line, "", parseError.words);
    return table;
}

// Which list to read: exactly one must be there.
std::optional<std::string> findList(Context& context) {
    std::vector<std::string> present;
    for (const char* name : kListFiles)
        if (std::filesystem::exists(context.dir / name)) present.push_back(name);
    if (present.empty()) {
        context.error("organisations.csv", 0, "", say("list.missing"));
        return std::nullopt;
    }
    if (present.size() > 1) {
        context.error(present[1], 0, "", say("list.two_lists", {{"other", present[0]}}));
        return std::nullopt;
    }
    return present[0];
}

}  // namespace

void readOrganisations(Context& context) {
    auto found = findList(context);
    auto table = found ? readList(context, *found) : std::nullopt;
    if (!table) {
        context.organisationsUnreadable = true;
        return;
    }
    const std::string file = *found;
    const bool isText = file.ends_with(".csv") || file.ends_with(".txt");
    const std::string& defaultLanguage = context.content.pack.defaultLanguage;

    // Every problem names the cell as the spreadsheet shows it.
    auto cellProblem = [&](Diagnostic::Severity severity, int row, size_t index, CheckWords words) {
        std::string header = index < table->header.size() ? table->header[index] : std::string();
        context.report({severity, file, row, std::move(header), "", true, sheet::columnLetters(index), std::move(words)});
    };
    auto cellError = [&](int row, size_t index, CheckWords words) {
        cellProblem(Diagnostic::Severity::Error, row, index, std::move(words));
    };
    auto cellWarning = [&](int row, size_t index, CheckWords words) {
        cellProblem(Diagnostic::Severity::Warning, row, index, std::move(words));
    };
    auto rowError = [&](int row, CheckWords words) {
        context.report({Diagnostic::Severity::Error, file, row, "", "", true, "", std::move(words)});
    };
    const int headerRow = table->headerRow;

    std::vector<ColumnSpec> specs;
    std::map<std::string, int> seenHeaders;
    size_t idIndex = 0, nameIndex = 0;
    bool hasId = false, hasName = false;
    for (const std::string& header : table->header) {
        const size_t index = specs.size();
        ColumnSpec spec;
        spec.header = header;
        if (header.empty()) {
            specs.push_back(spec);  // trailing separators: an unnamed, empty column
            continue;
        }
        std::string base = lower(header), language;
        if (size_t at = base.find('@'); at != std::string::npos) {
            language = header.substr(at + 1);
            base = base.substr(0, at);
        }
        auto known = columnNames().find(base);
        if (known == columnNames().end()) {
            cellWarning(headerRow, index, say("list.unknown_column"));
            specs.push_back(spec);
            continue;
        }
        spec.column = known->second;
        if (!language.empty()) {
            // Tags are case-insensitive; "AR" and "pt-br" are forgiven.
            language = language_tags::withCanonicalCase(language);
            if (!translatable(spec.column)) {
                cellWarning(headerRow, index, say("list.not_translatable"));
                specs.push_back(spec);
                continue;
            }
            if (!isLanguageTag(language)) {
                if (auto code = suggestLanguageCode(language))
                    cellError(headerRow, index, say("list.column_language_hint", {{"language", language}, {"column", base + "@" + *code}}));
                else
                    cellError(headerRow, index, say("list.column_language", {{"language", language}}));
                specs.push_back(spec);
                continue;
            }
            if (language == defaultLanguage) language.clear();  // same as the plain column
        }
        std::string key = base + "@" + (language.empty() ? defaultLanguage : language);
        if (auto [it, isNew] = seenHeaders.emplace(key, static_cast<int>(specs.size())); !isNew) {
            cellError(headerRow, index, say("list.column_twice"));
            specs.push_back(spec);
            continue;
        }
        spec.language = language;
        spec.used = true;
        if (spec.column == Column::Id) {
            hasId = true;
            idIndex = index;
        }
        if (spec.column == Column::Name && language.empty()) {
            hasName = true;
            nameIndex = index;
        }
        if (translatable(spec.column))
            context.useLanguage(language.empty() ? defaultLanguage : language, file, headerRow, header);
        specs.push_back(spec);
    }
    if (!hasId || !hasName) {
        context.report({Diagnostic::Severity::Error, file, headerRow, "", "", true, "",
                        say("list.missing_column", {{"column", !hasId ? "id" : "name"}})});
        context.organisationsUnreadable = true;
        return;
    }

    std::map<std::string, int> idRows;
    for (const csv::Record& record : table->records) {
        const int row = record.row;
        Organisation organisation;
        if (record.fields.size() > specs.size()) {
            size_t extra = specs.size();
            while (extra < record.fields.size() && trim(record.fields[extra]).empty()) ++extra;
            if (extra < record.fields.size()) {
                if (isText) {
                    // In a text file this is nearly always a separator inside a
                    // cell that lacks quotes: the row's cells are shifted.
                    context.organisationRowsRefused = true;
                    rowError(row, say("list.too_many_cells", {{"cells", std::to_string(record.fields.size())},
                                                              {"columns", std::to_string(specs.size())}}));
                    continue;
                }
                cellWarning(row, extra, say("list.cell_without_column"));
            }
        }
        for (size_t i = 0; i < specs.size(); ++i) {
            const std::string raw = i < record.fields.size() ? record.fields[i] : std::string();
            if (!specs[i].used) continue;
            const ColumnSpec& spec = specs[i];
            if (auto problem = textProblem(raw)) {
                cellError(row, i, *problem);
                continue;
            }
            const std::string value = trim(raw);
            switch (spec.column) {
                case Column::Id:
                    organisation.id = value;
                    break;
                case Column::Name:
                case Column::Summary:
                case Column::Description: {
                    const std::string& lang = spec.language.empty() ? defaultLanguage : spec.language;
                    if (value.empty()) break;
                    localized(organisation, spec.column).set(lang, value);
                    if (lang != kEasyGerman) break;
                    for (const easy_german::Finding& finding : easy_german::check(value, /*markdown=*/false)) {
                        // A deliberate exception: the card shows the summary as
                        // two lines of flowing text, so its short sentences
                        // share lines by design.
                        if (spec.column == Column::Summary && finding.rule == "sentences-per-line") continue;
                        const bool oneLine = value.find('\n') == std::string::npos;
                        cellWarning(row, i, oneLine ? finding.words
                                                    : say("list.in_cell_line", {{"line", std::to_string(finding.line)}})
                                                          .with("problem", finding.words));
                    }
                    break;
                }
                case Column::Categories:
                    for (const std::string& item : splitList(value)) {
                        std::string topic = lower(item);
                        if (!isValidId(topic)) {
                            cellError(row, i, say("list.invalid_topic", {{"id", item}, {"example", "counselling"}}));
                            continue;
                        }
                        if (!context.content.pack.topics.count(topic))
                            cellWarning(row, i, say("topic.no_label", {{"topic", topic}}));
                        if (std::find(organisation.categories.begin(), organisation.categories.end(), topic) == organisation.categories.end())
                            organisation.categories.push_back(topic);
                    }
                    break;
                case Column::Languages:
                    for (const std::string& item : splitList(value)) {
                        // BCP 47 tags are case-insensitive: "HSB" and "pt-br" are fine.
                        std::string tag = language_tags::withCanonicalCase(item);
                        if (isLanguageTag(tag)) {
                            if (std::find(organisation.languages.begin(), organisation.languages.end(), tag) == organisation.languages.end())
                                organisation.languages.push_back(tag);
                            continue;
                        }
                        auto suggestion = suggestLanguageCode(item);
                        cellError(row, i, suggestion ? say("list.language_hint", {{"value", item}, {"code", *suggestion}})
                                                     : say("list.language", {{"value", item}}));
                    }
                    break;
                case Column::Email:
                    if (!value.empty() && !looksLikeEmail(value)) {
                        cellError(row, i, say("list.email", {{"value", value}}));
                    }
                    organisation.email = value;
                    break;
                case Column::Website:
                    if (!value.empty() && !looksLikeWebsite(value)) {
                        std::string withScheme = "https://" + value;
                        if (value.find("://") == std::string::npos && looksLikeWebsite(withScheme)) {
                            cellWarning(row, i, say("list.website_read_as", {{"value", value}, {"website", withScheme}}));
                            organisation.website = withScheme;
                        } else {
                            cellError(row, i, say("web_address", {{"value", value}}));
                        }
                    } else {
                        organisation.website = value;
                    }
                    break;
                case Column::OpeningHours: {
                    CheckWords problem;
                    if (!OpeningHours::parse(value, &problem)) cellError(row, i, std::move(problem));
                    organisation.openingHours = value;
                    break;
                }
                case Column::Image:
                    if (!value.empty() && !context.imageNames.count(value)) {
                        cellError(row, i, say("picture.missing", {{"name", value}}));
                    }
                    organisation.image = value;
                    break;
                default:
                    if (std::string* field = plainField(organisation, spec.column)) *field = value;
                    break;
            }
        }
        if (organisation.id.empty()) {
            cellError(row, idIndex, say("list.id_missing"));
            context.organisationRowsRefused = true;
            continue;
        }
        if (!isValidId(organisation.id)) {
            cellError(row, idIndex, invalidIdMessage(organisation.id, "migrant-advice"));
            context.organisationRowsRefused = true;
            continue;
        }
        if (auto [it, isNew] = idRows.emplace(organisation.id, row); !isNew) {
            cellError(row, idIndex, say("list.id_twice", {{"id", organisation.id}, {"row", std::to_string(it->second)}}));
            continue;
        }
        if (!organisation.name.has(defaultLanguage)) cellError(row, nameIndex, say("list.name_missing"));
        // A row with problems is still listed, so events can find their
        // organisation; its errors already make the folder not ok.
        context.content.organisations.push_back(std::move(organisation));
    }
}

}  // namespace content::source
