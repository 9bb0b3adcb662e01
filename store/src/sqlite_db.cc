#include "sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace dxnews::store::internal {

Statement::Statement(const Database* db, sqlite3_stmt* stmt, std::string sql)
    : db_(db), stmt_(stmt), sql_(std::move(sql)) {}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), sql_(std::move(other.sql_)), bind_error_(std::move(other.bind_error_)) {
  other.stmt_ = nullptr;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Status Statement::Error(int code) const { return db_->ErrorStatus(code, sql_); }

Statement& Statement::Bind(int index, std::int64_t value) {
  int code = sqlite3_bind_int64(stmt_, index, value);
  if (code != SQLITE_OK && bind_error_.ok()) bind_error_ = Error(code);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view text) {
  int code = sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (code != SQLITE_OK && bind_error_.ok()) bind_error_ = Error(code);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  int code = sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  if (code != SQLITE_OK && bind_error_.ok()) bind_error_ = Error(code);
  return *this;
}

Statement& Statement::BindNull(int index) {
  int code = sqlite3_bind_null(stmt_, index);
  if (code != SQLITE_OK && bind_error_.ok()) bind_error_ = Error(code);
  return *this;
}

Result<bool> Statement::Step() {
  if (!bind_error_.ok()) return bind_error_;
  int code = sqlite3_step(stmt_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  Status error = Error(code);
  sqlite3_reset(stmt_);
  return error;
}

Status Statement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!row.value()) return Status();
  }
}

bool Statement::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string Statement::Blob(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  if (bytes == nullptr) return {};
  return std::string(static_cast<const char*>(bytes), static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, int busy_timeout_ms) {
  sqlite3* handle = nullptr;
  int code = sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
  if (code != SQLITE_OK) {
    std::string why = handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(code);
    sqlite3_close(handle);
    return Status::IoError(path + ": cannot open database: " + why);
  }
  sqlite3_extended_result_codes(handle, 1);
  sqlite3_busy_timeout(handle, busy_timeout_ms);
  return std::unique_ptr<Database>(new Database(handle, path));
}

Database::~Database() { sqlite3_close_v2(handle_); }

Status Database::ErrorStatus(int code, const std::string& sql) const {
  int primary = code & 0xff;
  std::string where = path_ + ": " + sql;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
    return Status::Unavailable("database is locked (" + where + ")");
  }
  return Status::IoError(std::string(sqlite3_errstr(code)) + ": " + sqlite3_errmsg(handle_) + " (" + where + ")");
}

Status Database::Exec(const std::string& sql) {
  int code = sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr);
  return code == SQLITE_OK ? Status() : ErrorStatus(code, sql);
}

Result<Statement> Database::Prepare(const std::string& sql) const {
  sqlite3_stmt* stmt = nullptr;
  int code = sqlite3_prepare_v2(handle_, sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (code != SQLITE_OK) return ErrorStatus(code, sql);
  return Statement(this, stmt, sql);
}

std::int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(handle_); }

std::int64_t Database::Changes() const { return sqlite3_changes(handle_); }

}  // namespace dxnews::store::internal
