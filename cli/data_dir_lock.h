// DataDirLock: an exclusive flock(2) on a lock file of the data directory (CrawlLockPath in
// data_files.h: <data dir>/crawl.lock) held while a crawl runs, so that a
// second `dxnews crawl` on the same data directory (cron firing while the previous run is still
// busy) refuses to start instead of fetching and writing the same URLs twice. The kernel drops
// the lock when the process dies, so a crash never leaves a stale lock behind.
#ifndef DXNEWS_CLI_DATA_DIR_LOCK_H_
#define DXNEWS_CLI_DATA_DIR_LOCK_H_

#include <string>

#include "dxnews/core/result.h"

namespace dxnews::cli {

class DataDirLock {
 public:
  /// Takes the lock on the file `path` (creating it; its directory must exist), without waiting.
  /// kUnavailable when another process holds it; kIoError when the file cannot be opened.
  static Result<DataDirLock> Acquire(const std::string& path);

  DataDirLock(DataDirLock&& other) noexcept;
  DataDirLock& operator=(DataDirLock&&) = delete;
  DataDirLock(const DataDirLock&) = delete;
  ~DataDirLock();  ///< Releases the lock.

 private:
  explicit DataDirLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_DATA_DIR_LOCK_H_
