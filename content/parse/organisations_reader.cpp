// organisations.csv: one row per organisation, translations in
// `<column>@<lang>` columns, every cell checked with line and column.
#include <algorithm>
#include <map>

#include "content/core/opening_hours.h"
#include "content/parse/csv.h"
#include "content/parse/source_context.h"

namespace content::source {

namespace {

constexpr const char* kFile = "organisations.csv";

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

}  // namespace

void readOrganisations(Context& context) {
    if (!std::filesystem::exists(context.dir / kFile)) {
        context.error(kFile, 0, "", "the file is missing; it lists the organisations, one per row");
        return;
    }
    auto text = readTextFile(context, kFile, /*checkCharacters=*/false);  // each cell is checked below
    if (!text) return;
    csv::ParseError parseError;
    auto table = csv::parseTable(*text, &parseError);
    if (!table) {
        context.error(kFile, parseError.line, "", parseError.message);
        return;
    }
    const std::string& defaultLanguage = context.content.pack.defaultLanguage;

    std::vector<ColumnSpec> specs;
    std::map<std::string, int> seenHeaders;
    bool hasId = false, hasName = false;
    for (const std::string& header : table->header) {
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
            context.warning(kFile, table->headerLine, header, "this column is unknown and is ignored");
            specs.push_back(spec);
            continue;
        }
        spec.column = known->second;
        if (!language.empty()) {
            // Language tags are lower case except region subtags; "AR" is forgiven.
            if (language.size() == 2) language = lower(language);
            if (!translatable(spec.column)) {
                context.warning(kFile, table->headerLine, header,
                                "only name, summary and description can be translated; this column is ignored");
                specs.push_back(spec);
                continue;
            }
            if (!isLanguageTag(language)) {
                std::string hint;
                if (auto code = suggestLanguageCode(language)) hint = "; write '" + base + "@" + *code + "'";
                context.error(kFile, table->headerLine, header, "'" + language + "' is not a language code" + hint);
                specs.push_back(spec);
                continue;
            }
            if (language == defaultLanguage) language.clear();  // same as the plain column
        }
        std::string key = base + "@" + (language.empty() ? defaultLanguage : language);
        if (auto [it, isNew] = seenHeaders.emplace(key, static_cast<int>(specs.size())); !isNew) {
            context.error(kFile, table->headerLine, header, "this column appears twice");
            specs.push_back(spec);
            continue;
        }
        spec.language = language;
        spec.used = true;
        hasId = hasId || spec.column == Column::Id;
        hasName = hasName || (spec.column == Column::Name && language.empty());
        if (translatable(spec.column))
            context.useLanguage(language.empty() ? defaultLanguage : language, kFile, table->headerLine, header);
        specs.push_back(spec);
    }
    if (!hasId || !hasName) {
        context.error(kFile, table->headerLine, "",
                      std::string("the first line must name the columns and include ") +
                          (!hasId ? "'id'" : "'name'") + " (the columns are: id, name, summary, description, categories, "
                          "languages, address, postcode, city, district, phone, email, website, opening_hours, image)");
        return;
    }

    std::map<std::string, int> idLines;
    for (const csv::Record& record : table->records) {
        Organisation organisation;
        if (record.fields.size() > specs.size()) {
            bool extraEmpty = std::all_of(record.fields.begin() + static_cast<std::ptrdiff_t>(specs.size()), record.fields.end(),
                                          [](const std::string& field) { return trim(field).empty(); });
            if (!extraEmpty) {
                context.error(kFile, record.line, "",
                              "this row has " + std::to_string(record.fields.size()) + " cells but the first line names only " +
                                  std::to_string(specs.size()) + " columns (is a ',' or ';' missing quotes?)");
                continue;
            }
        }
        // Every cell of a row reports the line the row starts on: with the
        // column name that finds it, also when a cell above spans lines.
        const int line = record.line;
        for (size_t i = 0; i < specs.size(); ++i) {
            const std::string raw = i < record.fields.size() ? record.fields[i] : std::string();
            if (!specs[i].used) continue;
            const ColumnSpec& spec = specs[i];
            const std::string& column = spec.header;
            if (auto problem = textProblem(raw)) {
                context.error(kFile, line, column, *problem);
                continue;
            }
            const std::string value = trim(raw);
            switch (spec.column) {
                case Column::Id:
                    organisation.id = value;
                    break;
                case Column::Name:
                case Column::Summary:
                case Column::Description:
                    if (!value.empty()) localized(organisation, spec.column).set(spec.language.empty() ? defaultLanguage : spec.language, value);
                    break;
                case Column::Categories:
                    for (const std::string& item : splitList(value)) {
                        std::string topic = lower(item);
                        if (!isValidId(topic)) {
                            context.error(kFile, line, column, invalidIdMessage(item, "counselling") + " (topics are keys from pack.toml [topics])");
                            continue;
                        }
                        if (!context.content.pack.topics.count(topic))
                            context.warning(kFile, line, column, "the topic '" + topic + "' has no label in pack.toml; add [topics." + topic + "]");
                        if (std::find(organisation.categories.begin(), organisation.categories.end(), topic) == organisation.categories.end())
                            organisation.categories.push_back(topic);
                    }
                    break;
                case Column::Languages:
                    for (const std::string& item : splitList(value)) {
                        if (isIso639_1(item)) {
                            if (std::find(organisation.languages.begin(), organisation.languages.end(), item) == organisation.languages.end())
                                organisation.languages.push_back(item);
                            continue;
                        }
                        auto suggestion = suggestLanguageCode(item);
                        context.error(kFile, line, column,
                                      "'" + item + "' is not a language code; write " +
                                          (suggestion ? "'" + *suggestion + "'" : std::string("two-letter codes like 'de, en, ar'")));
                    }
                    break;
                case Column::Email:
                    if (!value.empty() && !looksLikeEmail(value)) {
                        context.error(kFile, line, column, "'" + value + "' does not look like an e-mail address; write it like 'info@example.org'");
                    }
                    organisation.email = value;
                    break;
                case Column::Website:
                    if (!value.empty() && !looksLikeWebsite(value)) {
                        std::string withScheme = "https://" + value;
                        if (value.find("://") == std::string::npos && looksLikeWebsite(withScheme)) {
                            context.warning(kFile, line, column, "'" + value + "' is read as '" + withScheme + "'");
                            organisation.website = withScheme;
                        } else {
                            context.error(kFile, line, column, "'" + value + "' does not look like a web address; write it like 'https://www.example.org'");
                        }
                    } else {
                        organisation.website = value;
                    }
                    break;
                case Column::OpeningHours: {
                    std::string error;
                    if (!OpeningHours::parse(value, &error)) {
                        context.error(kFile, line, column, error);
                    }
                    organisation.openingHours = value;
                    break;
                }
                case Column::Image:
                    if (!value.empty() && !context.imageNames.count(value)) {
                        context.error(kFile, line, column, "the picture '" + value + "' is not in the images folder");
                    }
                    organisation.image = value;
                    break;
                default:
                    if (std::string* field = plainField(organisation, spec.column)) *field = value;
                    break;
            }
        }
        if (organisation.id.empty()) {
            context.error(kFile, record.line, "id", "the id is missing; every organisation needs one, like 'migrant-advice'");
            continue;
        }
        if (!isValidId(organisation.id)) {
            context.error(kFile, record.line, "id", invalidIdMessage(organisation.id, "migrant-advice"));
            continue;
        }
        if (auto [it, isNew] = idLines.emplace(organisation.id, record.line); !isNew) {
            context.error(kFile, record.line, "id", "the id '" + organisation.id + "' is already used on line " + std::to_string(it->second));
            continue;
        }
        if (!organisation.name.has(defaultLanguage)) {
            context.error(kFile, record.line, "name", "the name is missing");
        }
        // A row with problems is still listed, so events can find their
        // organisation; its errors already make the folder not ok.
        context.content.organisations.push_back(std::move(organisation));
    }
}

}  // namespace content::source
