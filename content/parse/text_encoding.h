// What a spreadsheet program writes when it saves "text": UTF-8 (with or
// without BOM), UTF-16 (Excel's "Unicode-Text", LibreOffice's "Unicode"), or
// the Windows-1252 code page (Excel's default "CSV (Trennzeichen-getrennt)" and
// LibreOffice's "Westeuropa (Windows-1252)"). Everything becomes UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace content::text {

enum class Encoding { Utf8, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

struct Decoded {
    std::string utf8;  // without BOM
    Encoding encoding = Encoding::Utf8;
};

// A BOM decides; else valid UTF-8 is UTF-8; else text whose every second byte
// is zero is UTF-16 without BOM; else Windows-1252, where every byte is a
// character (a Latin-1 or other legacy file reads nearly right, and the
// caller warns). Broken UTF-16 (a lone surrogate) becomes U+FFFD.
Decoded decode(std::string_view bytes);

// "UTF-16", "Windows-1252", ... for messages.
const char* encodingName(Encoding encoding);

}  // namespace content::text
