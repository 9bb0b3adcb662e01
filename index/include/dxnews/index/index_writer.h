// IndexWriter: the one writer of the Xapian database under the data directory. Documents are
// turned into index entries (IndexEntry::Build, thread-safe, so callers can prepare them in worker
// threads) and added by the single writer; Commit() makes a batch durable together with the
// store change sequence it reached, which is how `dxnews index` knows where to resume.
#ifndef DXNEWS_INDEX_INDEX_WRITER_H_
#define DXNEWS_INDEX_INDEX_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "dxnews/core/result.h"
#include "dxnews/index/index_document.h"

namespace dxnews::index {

class TermMapper;

/// A document ready to be written: its terms, values and stored data. Move-only.
class IndexEntry {
 public:
  /// Maps the text of `doc` with `mapper`. Thread-safe (mapper is const).
  static IndexEntry Build(const IndexDocument& doc, const TermMapper& mapper);
  IndexEntry(IndexEntry&&) noexcept;
  IndexEntry& operator=(IndexEntry&&) noexcept;
  ~IndexEntry();

  std::int64_t id() const;

 private:
  friend class IndexWriter;
  struct Impl;
  explicit IndexEntry(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Writes one Xapian database. Not thread-safe; one writer per database (a second process gets
/// kUnavailable "index is locked").
class IndexWriter {
 public:
  /// Opens the database directory at `path`, creating it when missing.
  static Result<std::unique_ptr<IndexWriter>> Open(const std::string& path);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  /// Adds `entry`, replacing any document with the same id. Not durable until Commit().
  Status Add(IndexEntry entry);
  /// Removes the document with this id, if any.
  Status Delete(std::int64_t id);
  /// Makes everything added so far durable, recording `store_seq` as the last store change seq
  /// that is in the index (StoreSeq()). A kill before Commit loses only the uncommitted batch.
  Status Commit(std::int64_t store_seq);
  /// The store seq of the last Commit(); 0 for a new index.
  Result<std::int64_t> StoreSeq() const;
  /// The number of documents, committed or not.
  Result<std::int64_t> DocCount() const;

 private:
  struct Impl;
  explicit IndexWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// Writes a compacted copy of the index at `from` (no writer may have it open) to the new
/// directory `to`: every table rewritten full, as after one big commit, so it is smaller and
/// faster to read. Metadata (the store seq) and the spelling table come along.
Status CompactIndex(const std::string& from, const std::string& to);

}  // namespace dxnews::index

#endif  // DXNEWS_INDEX_INDEX_WRITER_H_
