#include "dxnews/report/listings.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "dxnews/analyzer/normalizer.h"

namespace dxnews::report {
namespace {

ArticleRef RefOf(const ReportArticle& a) { return {a.id, a.source_name, a.url, a.title, a.day}; }

std::vector<const ReportArticle*> Oldest(const std::vector<ReportArticle>& articles) {
  std::vector<const ReportArticle*> out;
  for (const ReportArticle& a : articles) out.push_back(&a);
  std::sort(out.begin(), out.end(), [](const ReportArticle* x, const ReportArticle* y) {
    return std::tie(x->published, x->id) < std::tie(y->published, y->id);
  });
  return out;
}

// The common bookkeeping of an entry seen in several articles.
template <typename Entry>
void See(Entry* entry, const ReportArticle& a, std::set<std::int64_t>* stories) {
  if (entry->articles == 0) entry->first_seen = a.day;
  entry->last_seen = std::max(entry->last_seen, a.day, [](const CivilDate& x, const CivilDate& y) { return x < y; });
  ++entry->articles;
  stories->insert(a.Story());
  entry->refs.push_back(RefOf(a));
}

std::vector<std::string> ByUse(const std::map<std::string, std::int64_t>& counts) {
  std::vector<std::pair<std::string, std::int64_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  std::vector<std::string> out;
  for (const auto& item : sorted) out.push_back(item.first);
  return out;
}

}  // namespace

std::vector<OfficialListing> ListOfficials(const std::vector<ReportArticle>& articles) {
  struct Tally {
    OfficialListing entry;
    std::map<std::string, std::int64_t> titles, organizations;
    std::set<std::int64_t> stories;
  };
  std::map<std::string, Tally> by_name;
  for (const ReportArticle* a : Oldest(articles)) {
    std::set<std::string> seen_here;
    for (const analyzer::PersonMention& p : a->analysis.officials) {
      std::string key = analyzer::NormalizeLower(p.name);
      if (!seen_here.insert(key).second) continue;
      Tally& t = by_name[key];
      if (t.entry.articles == 0) t.entry.name = p.name;
      See(&t.entry, *a, &t.stories);
      for (const std::string& title : p.titles) ++t.titles[title];
      if (!p.organization.empty()) ++t.organizations[p.organization];
    }
  }
  std::vector<OfficialListing> out;
  for (auto& [key, t] : by_name) {
    t.entry.titles = ByUse(t.titles);
    std::vector<std::string> organizations = ByUse(t.organizations);
    if (!organizations.empty()) t.entry.organization = organizations.front();
    t.entry.stories = static_cast<std::int64_t>(t.stories.size());
    out.push_back(std::move(t.entry));
  }
  std::stable_sort(out.begin(), out.end(), [](const OfficialListing& x, const OfficialListing& y) {
    return x.stories != y.stories ? x.stories > y.stories : x.articles > y.articles;
  });
  return out;
}

std::vector<DocumentListing> ListDocuments(const std::vector<ReportArticle>& articles) {
  std::map<std::string, std::pair<DocumentListing, std::set<std::int64_t>>> by_number;
  for (const ReportArticle* a : Oldest(articles)) {
    std::set<std::string> seen_here;
    for (const analyzer::DocumentMention& d : a->analysis.documents) {
      std::string key = analyzer::NormalizeLower(d.number);
      if (!seen_here.insert(key).second) continue;
      auto& [entry, stories] = by_number[key];
      if (entry.articles == 0) {
        entry.number = d.number;
        entry.type = d.type;
        entry.issuer = d.issuer;
      }
      See(&entry, *a, &stories);
    }
  }
  std::vector<DocumentListing> out;
  for (auto& [key, item] : by_number) {
    item.first.stories = static_cast<std::int64_t>(item.second.size());
    out.push_back(std::move(item.first));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const DocumentListing& x, const DocumentListing& y) { return x.articles > y.articles; });
  return out;
}

std::vector<EventListing> ListEvents(const std::vector<ReportArticle>& articles,
                                     const analyzer::ProvinceRegistry& provinces) {
  std::map<std::tuple<std::int64_t, std::string, long>, EventListing> by_story;
  for (const ReportArticle* a : Oldest(articles)) {
    for (const analyzer::EventMention& e : a->analysis.events) {
      if (!e.date) continue;
      EventListing& entry = by_story[{a->Story(), e.type, analyzer::DaysSinceEpoch(*e.date)}];
      if (entry.articles == 0) {
        entry.day = *e.date;
        entry.type = e.type;
        entry.name = e.name;
        entry.participants = e.participants;
        if (const analyzer::Province* p = provinces.FindById(analyzer::ProvinceEra::kBefore2025, e.place_id)) {
          entry.place = p->name;
        }
      }
      if (!entry.refs.empty() && entry.refs.back().id == a->id) continue;
      ++entry.articles;
      entry.refs.push_back(RefOf(*a));
    }
  }
  std::vector<EventListing> out;
  for (auto& [key, entry] : by_story) out.push_back(std::move(entry));
  std::stable_sort(out.begin(), out.end(), [](const EventListing& x, const EventListing& y) { return x.day < y.day; });
  return out;
}

}  // namespace dxnews::report
