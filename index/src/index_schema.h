// The layout of a dxnews Xapian document, shared by the writer and the searcher: value slots,
// metadata keys and the stored data (a JSON object).
#ifndef DXNEWS_INDEX_INDEX_SCHEMA_H_
#define DXNEWS_INDEX_INDEX_SCHEMA_H_

namespace dxnews::index::internal {

// Value slots.
constexpr unsigned kSlotPublished = 0;  // sortable_serialise(UTC seconds)
constexpr unsigned kSlotSource = 1;     // source id
constexpr unsigned kSlotProvince = 2;   // first (old-unit) province id
constexpr unsigned kSlotCluster = 3;    // cluster id; empty when the article has no cluster
constexpr unsigned kSlotMonth = 4;      // "2024-10" (Vietnam time)
constexpr unsigned kSlotThemes = 5;     // theme ids joined with "\n"
constexpr unsigned kSlotOfficials = 6;  // official names joined with "\n"

// Metadata: the last store change seq committed with the documents.
constexpr char kMetaStoreSeq[] = "dxnews.store_seq";
// Metadata: the layout of the terms and documents, kIndexFormat. Format 2: positions on folded
// words only (IndexTerm::positional) and Xapian document id = article id.
constexpr char kMetaFormat[] = "dxnews.index_format";
constexpr char kIndexFormat[] = "2";

// Stored data keys.
constexpr char kDataId[] = "id";
constexpr char kDataUrl[] = "url";
constexpr char kDataTitle[] = "title";
constexpr char kDataText[] = "text";  // lead + "\n" + text
constexpr char kDataSourceId[] = "source_id";
constexpr char kDataSourceName[] = "source";
constexpr char kDataProvince[] = "province";
constexpr char kDataPublished[] = "published";
constexpr char kDataCluster[] = "cluster";

// Within-document frequency increments: a title word counts more than a body word.
constexpr unsigned kTitleWdf = 3;

}  // namespace dxnews::index::internal

#endif  // DXNEWS_INDEX_INDEX_SCHEMA_H_
