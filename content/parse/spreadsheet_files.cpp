#include "content/parse/spreadsheet_files.h"

#include <expat.h>

namespace content::sheet {

namespace {

// A sheet of a few thousand organisations is a few MB of XML; far more is a
// damaged or crafted file.
constexpr zip_uint64_t kMaxEntryBytes = 256u << 20;

std::string_view localName(const XML_Char* name) {
    std::string_view full(name);
    size_t separator = full.rfind('\x01');
    return separator == std::string_view::npos ? full : full.substr(separator + 1);
}

struct WalkState {
    const XmlHandler* handler;
    XML_Parser parser;
    Attributes attributes;
    bool refusedEntity = false;
};

void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* state = static_cast<WalkState*>(data);
    state->attributes.clear();
    for (size_t i = 0; attributes[i]; i += 2) state->attributes.emplace(localName(attributes[i]), attributes[i + 1]);
    if (state->handler->start) state->handler->start(localName(name), state->attributes);
}

void XMLCALL onEnd(void* data, const XML_Char* name) {
    auto* state = static_cast<WalkState*>(data);
    if (state->handler->end) state->handler->end(localName(name));
}

void XMLCALL onText(void* data, const XML_Char* text, int length) {
    auto* state = static_cast<WalkState*>(data);
    if (state->handler->text) state->handler->text(std::string_view(text, static_cast<size_t>(length)));
}

void XMLCALL onEntityDeclaration(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                 const XML_Char*, const XML_Char*, const XML_Char*) {
    auto* state = static_cast<WalkState*>(data);
    state->refusedEntity = true;
    XML_StopParser(state->parser, XML_FALSE);
}

}  // namespace

std::unique_ptr<Archive> Archive::open(const std::filesystem::path& file) {
    int errorCode = 0;
    zip_t* zip = zip_open(file.c_str(), ZIP_RDONLY, &errorCode);
    if (!zip) return nullptr;
    return std::unique_ptr<Archive>(new Archive(zip));
}

Archive::~Archive() { zip_discard(zip_); }

bool Archive::has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

std::optional<std::string> Archive::read(const std::string& name) {
    zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
    if (index < 0) return std::nullopt;
    zip_file_t* file = zip_fopen_index(zip_, static_cast<zip_uint64_t>(index), 0);
    if (!file) return std::nullopt;
    std::string bytes;
    char buffer[65536];
    bool ok = true;
    for (;;) {
        zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) ok = false;
        if (got <= 0) break;
        bytes.append(buffer, static_cast<size_t>(got));
        if (bytes.size() > kMaxEntryBytes) {
            ok = false;
            break;
        }
    }
    zip_fclose(file);
    if (!ok) return std::nullopt;
    return bytes;
}

bool walkXml(std::string_view xml, const XmlHandler& handler, std::string* error) {
    XML_Parser parser = XML_ParserCreateNS(nullptr, '\x01');
    WalkState state{&handler, parser, {}, false};
    XML_SetUserData(parser, &state);
    XML_SetElementHandler(parser, onStart, onEnd);
    XML_SetCharacterDataHandler(parser, onText);
    XML_SetEntityDeclHandler(parser, onEntityDeclaration);
    bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK;
    if (!ok && error) {
        *error = state.refusedEntity ? std::string("it declares XML entities")
                                     : std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                                           std::to_string(XML_GetCurrentLineNumber(parser));
    }
    XML_ParserFree(parser);
    return ok;
}

const std::string& attribute(const Attributes& attributes, std::string_view name) {
    static const std::string none;
    auto it = attributes.find(name);
    return it == attributes.end() ? none : it->second;
}

}  // namespace content::sheet
