#include "dxnews/index/index_writer.h"

#include <xapian.h>

#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>
#include <utility>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/index/term_mapper.h"
#include "index_schema.h"
#include "xapian_errors.h"

namespace dxnews::index {
namespace {

constexpr std::int64_t kVietnamOffsetSeconds = 7 * 3600;

// The Xapian document id of an article is its store id, so adding a new article needs no lookup
// of its id term and replacing or deleting one goes straight to the document.
bool ValidId(std::int64_t id) { return id >= 1 && id <= std::numeric_limits<Xapian::docid>::max(); }

Status BadId(std::int64_t id) {
  return Status::InvalidInput("article id " + std::to_string(id) + " is outside the index's document ids");
}

std::string Month(std::int64_t utc_seconds) {
  std::int64_t local_days = (utc_seconds + kVietnamOffsetSeconds) / 86400;
  if ((utc_seconds + kVietnamOffsetSeconds) % 86400 < 0) --local_days;
  std::string iso = analyzer::ToIso(analyzer::FromDaysSinceEpoch(static_cast<long>(local_days)));
  return iso.substr(0, 7);
}

std::string Joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) {
    if (!out.empty()) out += '\n';
    out += v;
  }
  return out;
}

// Adds the positional terms of one text field. Positions continue from *next_position so that
// a phrase never spans the title and the lead.
void AddText(const TermMapper& mapper, const std::string& text, TextField field, unsigned wdf,
             Xapian::termpos* next_position, Xapian::Document* doc,
             std::set<std::pair<std::string, std::string>>* spellings) {
  Xapian::termpos base = *next_position;
  Xapian::termpos last = base;
  std::string exact;
  for (const IndexTerm& term : mapper.Map(text)) {
    Xapian::termpos position = base + term.position;
    // Phrases match on the folded words, so only they carry positions (TermMapper decides).
    if (term.positional) {
      doc->add_posting(TermString(field, term.kind, term.text), position, wdf);
    } else {
      doc->add_term(TermString(field, term.kind, term.text), wdf);
    }
    if (term.kind == TermKind::kWordExact) exact = term.text;
    if (term.kind == TermKind::kWordFolded && spellings != nullptr) spellings->emplace(term.text, exact);
    last = std::max(last, position);
  }
  *next_position = last + 10;  // a gap wider than any phrase window
}

}  // namespace

struct IndexEntry::Impl {
  std::int64_t id = 0;
  Xapian::Document document;
  // (folded word, exact word) pairs where they differ: the diacritic forms "did you mean" offers.
  std::set<std::pair<std::string, std::string>> spellings;
  // The folded words of the title: Xapian's spelling table, for typos. Titles only, which keeps
  // the cost small and the vocabulary clean.
  std::vector<std::string> title_words;
};

IndexEntry::IndexEntry(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IndexEntry::IndexEntry(IndexEntry&&) noexcept = default;
IndexEntry& IndexEntry::operator=(IndexEntry&&) noexcept = default;
IndexEntry::~IndexEntry() = default;
std::int64_t IndexEntry::id() const { return impl_->id; }

IndexEntry IndexEntry::Build(const IndexDocument& doc, const TermMapper& mapper) {
  auto impl = std::make_unique<Impl>();
  impl->id = doc.id;
  Xapian::Document& xdoc = impl->document;
  Xapian::termpos position = 0;
  AddText(mapper, doc.title, TextField::kTitle, 1, &position, &xdoc, nullptr);
  position = 0;
  AddText(mapper, doc.title, TextField::kBody, internal::kTitleWdf, &position, &xdoc, &impl->spellings);
  AddText(mapper, doc.lead, TextField::kBody, 1, &position, &xdoc, &impl->spellings);
  AddText(mapper, doc.text, TextField::kBody, 1, &position, &xdoc, &impl->spellings);
  for (const IndexTerm& term : mapper.Map(doc.title)) {
    if (term.kind == TermKind::kWordExact) impl->title_words.push_back(term.text);
    if (term.kind == TermKind::kWordFolded) impl->title_words.back() = term.text;
  }

  xdoc.add_boolean_term(KeyTerm(KeyField::kId, std::to_string(doc.id)));
  if (!doc.source_id.empty()) xdoc.add_boolean_term(KeyTerm(KeyField::kSource, doc.source_id));
  if (!doc.source_name.empty()) xdoc.add_boolean_term(KeyTerm(KeyField::kSource, doc.source_name));
  for (const std::string& p : doc.provinces) xdoc.add_boolean_term(KeyTerm(KeyField::kProvince, p));
  if (!doc.province_name.empty()) xdoc.add_boolean_term(KeyTerm(KeyField::kProvince, doc.province_name));
  for (const std::string& t : doc.themes) xdoc.add_boolean_term(KeyTerm(KeyField::kTheme, t));
  for (const std::string& o : doc.officials) xdoc.add_boolean_term(KeyTerm(KeyField::kOfficial, o));
  for (const std::string& d : doc.documents) xdoc.add_boolean_term(KeyTerm(KeyField::kDocument, d));
  for (const std::string& e : doc.events) xdoc.add_boolean_term(KeyTerm(KeyField::kEvent, e));
  if (!doc.author.empty()) xdoc.add_boolean_term(KeyTerm(KeyField::kAuthor, doc.author));
  if (doc.cluster) xdoc.add_boolean_term(KeyTerm(KeyField::kCluster, std::to_string(*doc.cluster)));

  if (doc.published) {
    xdoc.add_value(internal::kSlotPublished, Xapian::sortable_serialise(static_cast<double>(*doc.published)));
    xdoc.add_value(internal::kSlotMonth, Month(*doc.published));
  }
  xdoc.add_value(internal::kSlotSource, doc.source_name.empty() ? doc.source_id : doc.source_name);
  if (!doc.provinces.empty()) xdoc.add_value(internal::kSlotProvince, doc.provinces.front());
  if (doc.cluster) xdoc.add_value(internal::kSlotCluster, std::to_string(*doc.cluster));
  xdoc.add_value(internal::kSlotThemes, Joined(doc.themes));
  xdoc.add_value(internal::kSlotOfficials, Joined(doc.officials));

  nlohmann::json data = {{internal::kDataId, doc.id},
                         {internal::kDataUrl, doc.url},
                         {internal::kDataTitle, doc.title},
                         {internal::kDataText, doc.lead.empty() ? doc.text : doc.lead + "\n" + doc.text},
                         {internal::kDataSourceId, doc.source_id},
                         {internal::kDataSourceName, doc.source_name},
                         {internal::kDataProvince, doc.province_name}};
  if (doc.published) data[internal::kDataPublished] = *doc.published;
  if (doc.cluster) data[internal::kDataCluster] = *doc.cluster;
  xdoc.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return IndexEntry(std::move(impl));
}

struct IndexWriter::Impl {
  std::string path;
  Xapian::WritableDatabase db;
  // "folded\0exact" of every diacritic form this writer has put in the synonym table, so that each
  // is added once rather than once per article.
  std::unordered_set<std::string> spellings_added;
};

IndexWriter::IndexWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IndexWriter::~IndexWriter() = default;

Result<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& path) {
  std::unique_ptr<IndexWriter> writer;
  Status status = internal::GuardXapian(path, [&] {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->db = Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN);
    const std::string format = impl->db.get_metadata(internal::kMetaFormat);
    if (impl->db.get_doccount() == 0) {
      impl->db.set_metadata(internal::kMetaFormat, internal::kIndexFormat);
    } else if (format != internal::kIndexFormat) {
      return Status::InvalidInput(path + ": the index was written by an older dxnews (run 'dxnews reindex')");
    }
    writer.reset(new IndexWriter(std::move(impl)));
    return Status();
  });
  if (!status.ok()) return status;
  return writer;
}

Status IndexWriter::Add(IndexEntry entry) {
  if (!ValidId(entry.impl_->id)) return BadId(entry.impl_->id);
  return internal::GuardXapian(impl_->path, [&] {
    impl_->db.replace_document(static_cast<Xapian::docid>(entry.impl_->id), entry.impl_->document);
    // The synonym table maps a folded word to its diacritic forms ("chuyen_doi_so" ->
    // "chuyển_đổi_số"); the searcher picks the most frequent one for "did you mean".
    std::string key;
    for (const auto& [folded, exact] : entry.impl_->spellings) {
      key.assign(folded).append(1, '\0').append(exact);
      if (impl_->spellings_added.insert(key).second) impl_->db.add_synonym(folded, exact);
    }
    for (const std::string& word : entry.impl_->title_words) impl_->db.add_spelling(word);
    return Status();
  });
}

Status IndexWriter::Delete(std::int64_t id) {
  if (!ValidId(id)) return Status();  // never added
  return internal::GuardXapian(impl_->path, [&] {
    if (impl_->db.term_exists(KeyTerm(KeyField::kId, std::to_string(id)))) {
      impl_->db.delete_document(static_cast<Xapian::docid>(id));
    }
    return Status();
  });
}

Status IndexWriter::Commit(std::int64_t store_seq) {
  return internal::GuardXapian(impl_->path, [&] {
    impl_->db.set_metadata(internal::kMetaStoreSeq, std::to_string(store_seq));
    impl_->db.commit();
    return Status();
  });
}

Result<std::int64_t> IndexWriter::StoreSeq() const {
  std::int64_t seq = 0;
  Status status = internal::GuardXapian(impl_->path, [&] {
    std::string value = impl_->db.get_metadata(internal::kMetaStoreSeq);
    seq = value.empty() ? 0 : std::stoll(value);
    return Status();
  });
  if (!status.ok()) return status;
  return seq;
}

Result<std::int64_t> IndexWriter::DocCount() const { return internal::GuardedDocCount(impl_->path, impl_->db); }

Status CompactIndex(const std::string& from, const std::string& to) {
  return internal::GuardXapian(from, [&] {
    Xapian::Database(from).compact(to);
    return Status();
  });
}

}  // namespace dxnews::index
