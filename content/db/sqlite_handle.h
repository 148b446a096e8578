// Small RAII wrappers over the SQLite C API used by the database builder and
// the content store: a connection and a prepared statement that is reset
// before each use, so a statement prepared once can run for the store's life.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace content::db {

class Connection {
public:
    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept : handle_(other.handle_) { other.handle_ = nullptr; }
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // `flags` as for sqlite3_open_v2. On failure returns false and sets `error`.
    bool open(const std::filesystem::path& file, int flags, std::string* error);
    void close();
    sqlite3* get() const { return handle_; }
    explicit operator bool() const { return handle_ != nullptr; }

    // Runs one or more statements without results.
    bool exec(std::string_view sql, std::string* error);
    std::string lastError() const;

private:
    sqlite3* handle_ = nullptr;
};

class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept : stmt_(other.stmt_) { other.stmt_ = nullptr; }
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(const Connection& connection, std::string_view sql, std::string* error);
    explicit operator bool() const { return stmt_ != nullptr; }

    // Resets the statement and clears its bindings: call before binding anew.
    Statement& start();
    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, int64_t value);
    Statement& bindInt(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bindNull(int index);

    // True while there is a row; false when done or on error (see failed()).
    bool step();
    // Steps a statement that returns no rows; true on success.
    bool run();
    bool failed() const { return lastResult_ != SQLITE_ROW && lastResult_ != SQLITE_DONE; }

    std::string text(int column) const;
    std::string_view textView(int column) const;  // valid until the next step
    int64_t integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* stmt_ = nullptr;
    int lastResult_ = SQLITE_DONE;
};

}  // namespace content::db
