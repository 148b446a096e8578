#include "content/pack/zip_writer.h"

#include <sys/stat.h>
#include <zip.h>

namespace content::pack {

bool writeZip(const std::filesystem::path& archive, const std::vector<ZipEntrySource>& entries, std::string* error) {
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        return false;
    };
    int errorCode = 0;
    zip_t* zip = zip_open(archive.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (!zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, errorCode);
        std::string why = "cannot create " + archive.string() + ": " + zip_error_strerror(&zipError);
        zip_error_fini(&zipError);
        return fail(why);
    }
    for (const auto& entry : entries) {
        zip_source_t* source = entry.file.empty()
                                   ? zip_source_buffer(zip, entry.bytes.data(), entry.bytes.size(), 0)
                                   : zip_source_file(zip, entry.file.c_str(), 0, -1);
        if (!source) {
            std::string why = "cannot read " + (entry.file.empty() ? entry.name : entry.file.string()) + ": " + zip_strerror(zip);
            zip_discard(zip);
            return fail(why);
        }
        zip_int64_t index = zip_file_add(zip, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            std::string why = "cannot add " + entry.name + ": " + zip_strerror(zip);
            zip_source_free(source);
            zip_discard(zip);
            return fail(why);
        }
        zip_set_file_compression(zip, index, entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_external_attributes(zip, index, 0, ZIP_OPSYS_UNIX, static_cast<zip_uint32_t>(entry.unixMode) << 16);
        // A fixed time keeps rebuilt packs byte-identical.
        zip_file_set_mtime(zip, index, 315532800 + 86400, 0);
    }
    if (zip_close(zip) != 0) {
        std::string why = "cannot write " + archive.string() + ": " + zip_strerror(zip);
        zip_discard(zip);
        return fail(why);
    }
    return true;
}

}  // namespace content::pack
