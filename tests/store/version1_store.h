// Turns a current store back into what a version-1 store (articles, frontier, fetches) looked
// like, so that migration tests start from a real old file.
#ifndef DXNEWS_TESTS_STORE_VERSION1_STORE_H_
#define DXNEWS_TESTS_STORE_VERSION1_STORE_H_

#include "sqlite_db.h"

namespace dxnews::store::v1 {

inline Status DowngradeToVersion1(internal::Database& db) {
  return db.Exec(
      "DROP TABLE analyses; "
      "DROP TRIGGER articles_seq_insert; DROP TRIGGER articles_seq_update; DROP INDEX articles_seq; "
      "ALTER TABLE articles DROP COLUMN seq; "
      "DROP TABLE text_signatures; DROP INDEX articles_cluster_keys; "
      "PRAGMA user_version = 1");
}

}  // namespace dxnews::store::v1

#endif  // DXNEWS_TESTS_STORE_VERSION1_STORE_H_
