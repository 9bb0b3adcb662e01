// A thin wrapper over one SQLite connection and its prepared statements; the only code that talks
// to the SQLite C API (sqlite_db.cc). Every SQLite error becomes a Status naming the database path
// and the statement: SQLITE_BUSY/SQLITE_LOCKED -> kUnavailable "database is locked", everything
// else -> kIoError.
#ifndef DXNEWS_STORE_SQLITE_DB_H_
#define DXNEWS_STORE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dxnews/core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dxnews::store::internal {

class Database;

/// One prepared statement. Bind indexes start at 1, column indexes at 0. Move-only.
class Statement {
 public:
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  ~Statement();

  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);

  /// Advances: true when a row is available, false when done.
  Result<bool> Step();
  /// Steps until done (for statements that return no rows).
  Status Run();

  bool IsNull(int column) const;
  std::int64_t Int(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;

 private:
  friend class Database;
  Statement(const Database* db, sqlite3_stmt* stmt, std::string sql);
  Status Error(int code) const;

  const Database* db_;
  sqlite3_stmt* stmt_;
  std::string sql_;
  Status bind_error_;
};

/// One connection. Not thread-safe (one per thread or process).
class Database {
 public:
  /// Opens (creating) the database file at `path` with the given busy timeout.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, int busy_timeout_ms);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Runs one or more statements that return no rows.
  Status Exec(const std::string& sql);
  Result<Statement> Prepare(const std::string& sql) const;
  std::int64_t LastInsertRowId() const;
  /// Rows inserted, updated or deleted by the last statement that finished.
  std::int64_t Changes() const;
  const std::string& path() const { return path_; }

  /// The Status for SQLite result `code` while running `sql`.
  Status ErrorStatus(int code, const std::string& sql) const;

 private:
  Database(sqlite3* handle, std::string path) : handle_(handle), path_(std::move(path)) {}
  sqlite3* handle_;
  std::string path_;
};

}  // namespace dxnews::store::internal

#endif  // DXNEWS_STORE_SQLITE_DB_H_
