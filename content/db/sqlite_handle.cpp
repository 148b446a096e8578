#include "content/db/sqlite_handle.h"

namespace content::db {

Connection::~Connection() { close(); }

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        handle_ = other.handle_;
        other.handle_ = nullptr;
    }
    return *this;
}

bool Connection::open(const std::filesystem::path& file, int flags, std::string* error) {
    close();
    sqlite3* handle = nullptr;
    const int result = sqlite3_open_v2(file.c_str(), &handle, flags, nullptr);
    if (result != SQLITE_OK) {
        if (error) *error = "cannot open " + file.string() + ": " + (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(result));
        sqlite3_close(handle);
        return false;
    }
    handle_ = handle;
    sqlite3_extended_result_codes(handle_, 1);
    return true;
}

void Connection::close() {
    if (handle_) {
        // sqlite3_close_v2 defers the close until every statement is finalized,
        // so the order in which owners are destroyed does not matter.
        sqlite3_close_v2(handle_);
        handle_ = nullptr;
    }
}

bool Connection::exec(std::string_view sql, std::string* error) {
    char* message = nullptr;
    const std::string statement(sql);
    if (sqlite3_exec(handle_, statement.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        if (error) *error = message ? message : lastError();
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::string Connection::lastError() const { return handle_ ? sqlite3_errmsg(handle_) : "no database"; }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = other.stmt_;
        lastResult_ = other.lastResult_;
        other.stmt_ = nullptr;
    }
    return *this;
}

bool Statement::prepare(const Connection& connection, std::string_view sql, std::string* error) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    // PERSISTENT: these statements live as long as the store.
    const int result = sqlite3_prepare_v3(connection.get(), sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (result != SQLITE_OK) {
        if (error) *error = connection.lastError() + " in: " + std::string(sql.substr(0, 120));
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        return false;
    }
    return true;
}

Statement& Statement::start() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    lastResult_ = SQLITE_DONE;
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

bool Statement::step() {
    lastResult_ = sqlite3_step(stmt_);
    return lastResult_ == SQLITE_ROW;
}

bool Statement::run() {
    lastResult_ = sqlite3_step(stmt_);
    const bool ok = lastResult_ == SQLITE_DONE || lastResult_ == SQLITE_ROW;
    sqlite3_reset(stmt_);
    return ok;
}

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::string_view Statement::textView(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!data) return {};
    return std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

}  // namespace content::db
