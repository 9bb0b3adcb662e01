#include "dxnews/index/searcher.h"

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "day_spy.h"
#include "did_you_mean.h"
#include "dxnews/index/query_parser.h"
#include "dxnews/index/synonyms.h"
#include "dxnews/index/term_mapper.h"
#include "facet_spy.h"
#include "index_schema.h"
#include "query_builder.h"
#include "xapian_errors.h"

namespace dxnews::index {
namespace {

// Fewer hits than this and the searcher looks for a better spelling of the query.
constexpr std::int64_t kFewResults = 3;

Xapian::Query AnyOf(KeyField field, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> parts;
  for (const std::string& v : values) parts.push_back(Xapian::Query(KeyTerm(field, v)));
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

Xapian::Query WithFilters(Xapian::Query query, const SearchOptions& options) {
  std::vector<Xapian::Query> filters;
  if (options.from || options.to) filters.push_back(internal::QueryBuilder::DateQuery(options.from, options.to));
  if (!options.provinces.empty()) filters.push_back(AnyOf(KeyField::kProvince, options.provinces));
  if (!options.themes.empty()) filters.push_back(AnyOf(KeyField::kTheme, options.themes));
  if (!options.officials.empty()) filters.push_back(AnyOf(KeyField::kOfficial, options.officials));
  if (!options.sources.empty()) filters.push_back(AnyOf(KeyField::kSource, options.sources));
  if (filters.empty()) return query;
  Xapian::Query filter(Xapian::Query::OP_AND, filters.begin(), filters.end());
  return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

std::set<std::string> TermsOf(const Xapian::Query& query) {
  return std::set<std::string>(query.get_terms_begin(), query.get_terms_end());
}

}  // namespace

struct Searcher::Impl {
  std::string path;
  Xapian::Database db;
  const TermMapper* mapper = nullptr;
  Synonyms synonyms;

  SearchHit Hit(const Xapian::Document& doc, double weight, const std::set<std::string>& query_terms) const;
  void AddCluster(SearchHit* hit) const;
  Status Run(const Xapian::Query& query, const SearchOptions& options, const std::set<std::string>& query_terms,
             SearchResults* results) const;
};

SearchHit Searcher::Impl::Hit(const Xapian::Document& doc, double weight,
                              const std::set<std::string>& query_terms) const {
  nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
  SearchHit hit;
  if (!data.is_object()) return hit;
  hit.id = data.value(internal::kDataId, std::int64_t{0});
  hit.url = data.value(internal::kDataUrl, "");
  hit.title = data.value(internal::kDataTitle, "");
  hit.source_id = data.value(internal::kDataSourceId, "");
  hit.source = data.value(internal::kDataSourceName, "");
  if (hit.source.empty()) hit.source = hit.source_id;
  hit.province = data.value(internal::kDataProvince, "");
  if (data.contains(internal::kDataPublished)) hit.published = data[internal::kDataPublished].get<std::int64_t>();
  if (data.contains(internal::kDataCluster)) hit.cluster = data[internal::kDataCluster].get<std::int64_t>();
  hit.score = weight;
  hit.snippet = MakeSnippet(data.value(internal::kDataText, ""), query_terms, *mapper);
  AddCluster(&hit);
  return hit;
}

// The other articles of the hit's story cluster, whether or not they match the query.
void Searcher::Impl::AddCluster(SearchHit* hit) const {
  if (!hit->cluster) return;
  const std::string term = KeyTerm(KeyField::kCluster, std::to_string(*hit->cluster));
  const std::string self = KeyTerm(KeyField::kId, std::to_string(hit->id));
  std::set<std::string> seen = {hit->source};
  hit->cluster_size = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    ++hit->cluster_size;
    Xapian::Document member = db.get_document(*it);
    std::string source = member.get_value(internal::kSlotSource);
    if (seen.insert(source).second) hit->other_sources.push_back(source);
  }
  if (hit->cluster_size == 0) hit->cluster_size = 1;
}

Status Searcher::Impl::Run(const Xapian::Query& query, const SearchOptions& options,
                           const std::set<std::string>& query_terms, SearchResults* results) const {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  if (options.sort == SearchOptions::Sort::kDate) {
    enquire.set_sort_by_value_then_relevance(internal::kSlotPublished, /*reverse=*/true);
  }
  if (options.collapse_clusters) enquire.set_collapse_key(internal::kSlotCluster);
  internal::FacetSpy spy;
  if (options.facets) enquire.add_matchspy(&spy);
  Xapian::doccount check_at_least = options.facets ? db.get_doccount() : 0;
  Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(std::max(options.offset, 0)),
                                       static_cast<Xapian::doccount>(std::max(options.limit, 0)), check_at_least);
  results->total = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    results->hits.push_back(Hit(it.get_document(), it.get_weight(), query_terms));
  }
  if (options.facets) results->facets = spy.Result();
  return Status();
}

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::~Searcher() = default;

Result<std::unique_ptr<Searcher>> Searcher::Open(const std::string& path, const TermMapper& mapper) {
  Result<Synonyms> synonyms = Synonyms::LoadBuiltin(mapper);
  if (!synonyms.ok()) return synonyms.status();
  std::unique_ptr<Searcher> searcher;
  Status status = internal::GuardXapian(path, [&] {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->db = Xapian::Database(path);
    impl->mapper = &mapper;
    impl->synonyms = std::move(synonyms).value();
    searcher.reset(new Searcher(std::move(impl)));
    return Status();
  });
  if (!status.ok()) return status;
  return searcher;
}

Result<SearchResults> Searcher::Search(std::string_view query_text, const SearchOptions& options) const {
  Result<QueryNode> parsed = ParseQuery(query_text);
  if (!parsed.ok()) return parsed.status().WithContext("query");
  SearchResults results;
  Status status = internal::GuardXapian(impl_->path, [&] {
    impl_->db.reopen();
    internal::QueryBuilder builder(impl_->db, *impl_->mapper, impl_->synonyms);
    Xapian::Query query = builder.Build(parsed.value());
    Status run = impl_->Run(WithFilters(query, options), options, TermsOf(query), &results);
    if (run.ok() && results.total < kFewResults) {
      results.did_you_mean = internal::SuggestDiacritics(impl_->db, *impl_->mapper, query_text, parsed.value());
    }
    return run;
  });
  if (!status.ok()) return status;
  return results;
}

namespace {

// Keeps the body words of an article for "more like this": unprefixed word terms, not numbers.
class WordDecider : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    if (term.empty()) return false;
    unsigned char first = static_cast<unsigned char>(term[0]);
    if (first >= 'A' && first <= 'Z') return false;  // prefixed: folded, syllable, title, metadata
    return !(first >= '0' && first <= '9');
  }
};

}  // namespace

Result<SearchResults> Searcher::Similar(std::int64_t id, int limit) const {
  SearchResults results;
  Status status = internal::GuardXapian(impl_->path, [&] {
    const std::string id_term = KeyTerm(KeyField::kId, std::to_string(id));
    auto posting = impl_->db.postlist_begin(id_term);
    if (posting == impl_->db.postlist_end(id_term)) {
      return Status::NotFound("article " + std::to_string(id) + " is not in the index (run 'dxnews index')");
    }
    Xapian::Document doc = impl_->db.get_document(*posting);
    Xapian::RSet rset;
    rset.add_document(*posting);
    Xapian::Enquire enquire(impl_->db);
    WordDecider decider;
    Xapian::ESet eset = enquire.get_eset(25, rset, &decider);
    std::vector<Xapian::Query> terms;
    for (auto it = eset.begin(); it != eset.end(); ++it) terms.emplace_back(*it);
    Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    std::vector<Xapian::Query> excluded = {Xapian::Query(id_term)};
    std::string cluster = doc.get_value(internal::kSlotCluster);
    if (!cluster.empty()) excluded.emplace_back(KeyTerm(KeyField::kCluster, cluster));
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                          Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
    SearchOptions options;
    options.limit = limit;
    return impl_->Run(query, options, TermsOf(query), &results);
  });
  if (!status.ok()) return status;
  return results;
}

Result<std::int64_t> Searcher::DocCount() const { return internal::GuardedDocCount(impl_->path, impl_->db); }

Result<DailyCounts> Searcher::CountByDay(std::string_view query_text, const SearchOptions& options) const {
  bool blank = query_text.find_first_not_of(" \t\n") == std::string_view::npos;
  std::optional<QueryNode> parsed;
  if (!blank) {
    Result<QueryNode> node = ParseQuery(query_text);
    if (!node.ok()) return node.status().WithContext("query");
    parsed = std::move(node).value();
  }
  DailyCounts counts;
  Status status = internal::GuardXapian(impl_->path, [&] {
    impl_->db.reopen();
    Xapian::Query query = Xapian::Query::MatchAll;
    if (parsed) query = internal::QueryBuilder(impl_->db, *impl_->mapper, impl_->synonyms).Build(*parsed);
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(WithFilters(query, options));
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    internal::DaySpy spy;
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, impl_->db.get_doccount());
    counts = spy.Result();
    return Status();
  });
  if (!status.ok()) return status;
  return counts;
}

Result<std::optional<std::pair<analyzer::CivilDate, analyzer::CivilDate>>> Searcher::DateSpan() const {
  std::optional<std::pair<analyzer::CivilDate, analyzer::CivilDate>> span;
  Status status = internal::GuardXapian(impl_->path, [&] {
    std::string lower = impl_->db.get_value_lower_bound(internal::kSlotPublished);
    std::string upper = impl_->db.get_value_upper_bound(internal::kSlotPublished);
    if (!lower.empty() && !upper.empty()) {
      span.emplace(analyzer::FromDaysSinceEpoch(internal::VietnamDayOf(lower)),
                   analyzer::FromDaysSinceEpoch(internal::VietnamDayOf(upper)));
    }
    return Status();
  });
  if (!status.ok()) return status;
  return span;
}

}  // namespace dxnews::index
