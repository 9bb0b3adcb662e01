// BuildDigest: counts, groups and ranks the articles of a period. Every list is sorted with a
// total order (ties by name or id), so the same store gives the same digest byte for byte.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/report/digest.h"

namespace dxnews::report {
namespace {

bool Earlier(const ReportArticle* a, const ReportArticle* b) {
  return std::tie(a->published, a->id) < std::tie(b->published, b->id);
}

ArticleRef CopyOf(const ReportArticle& a) { return {a.id, a.source_name, a.url, a.title, a.day}; }

std::vector<const ReportArticle*> InPeriod(const std::vector<ReportArticle>& articles, const Period& period) {
  std::vector<const ReportArticle*> out;
  for (const ReportArticle& a : articles) {
    if (period.Contains(a.day)) out.push_back(&a);
  }
  std::sort(out.begin(), out.end(), Earlier);
  return out;
}

template <typename Key>
std::int64_t Distinct(const std::vector<const ReportArticle*>& articles, Key key) {
  std::set<std::string> seen;
  for (const ReportArticle* a : articles) {
    std::string k = key(*a);
    if (!k.empty()) seen.insert(k);
  }
  return static_cast<std::int64_t>(seen.size());
}

std::string ProvinceOf(const ReportArticle& a) { return a.analysis.province ? a.analysis.province->new_id : ""; }

std::vector<TopStory> TopStories(const std::vector<const ReportArticle*>& articles, std::size_t limit) {
  std::map<std::int64_t, std::vector<const ReportArticle*>> stories;  // already earliest first
  for (const ReportArticle* a : articles) stories[a->Story()].push_back(a);
  std::vector<TopStory> out;
  for (const auto& [cluster, copies] : stories) {
    TopStory story;
    story.cluster = cluster;
    story.title = copies.front()->title;
    story.summary = copies.front()->analysis.summary;
    story.day = copies.front()->day;
    story.outlets = Distinct(copies, [](const ReportArticle& a) { return a.source_id; });
    for (const ReportArticle* a : copies) story.copies.push_back(CopyOf(*a));
    out.push_back(std::move(story));
  }
  std::sort(out.begin(), out.end(), [](const TopStory& x, const TopStory& y) {
    if (x.outlets != y.outlets) return x.outlets > y.outlets;
    if (x.copies.size() != y.copies.size()) return x.copies.size() > y.copies.size();
    return std::tie(x.day, x.cluster) < std::tie(y.day, y.cluster);
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::map<std::string, std::int64_t> PrimaryThemeCounts(const std::vector<const ReportArticle*>& articles) {
  std::map<std::string, std::int64_t> counts;
  for (const ReportArticle* a : articles) {
    for (const analyzer::ThemeScore& t : a->analysis.themes) {
      if (t.primary) ++counts[t.id];
    }
  }
  return counts;
}

double Share(std::int64_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

std::vector<ThemeShare> Themes(const std::vector<const ReportArticle*>& current,
                               const std::vector<const ReportArticle*>& previous,
                               const std::vector<analyzer::ThemeInfo>& themes) {
  std::map<std::string, std::int64_t> now = PrimaryThemeCounts(current), before = PrimaryThemeCounts(previous);
  std::vector<ThemeShare> out;
  for (const analyzer::ThemeInfo& info : themes) {
    std::int64_t n = now.count(info.id) ? now[info.id] : 0, p = before.count(info.id) ? before[info.id] : 0;
    if (n == 0 && p == 0) continue;
    out.push_back({info.id, info.label, n, Share(n, current.size()), p, Share(p, previous.size())});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ThemeShare& x, const ThemeShare& y) { return x.articles > y.articles; });
  return out;
}

std::map<std::string, std::int64_t> KeywordDocumentCounts(const std::vector<const ReportArticle*>& articles) {
  std::map<std::string, std::int64_t> counts;
  for (const ReportArticle* a : articles) {
    std::set<std::string> words;
    for (const analyzer::Keyword& k : a->analysis.keywords) words.insert(k.word);
    for (const std::string& w : words) ++counts[w];
  }
  return counts;
}

void Provinces(const std::vector<const ReportArticle*>& current, const std::vector<const ReportArticle*>& previous,
               const analyzer::ProvinceRegistry& registry, Digest* digest) {
  std::unordered_map<std::string, Figure> counts;
  for (const ReportArticle* a : current) ++counts[ProvinceOf(*a)].current;
  for (const ReportArticle* a : previous) ++counts[ProvinceOf(*a)].previous;
  for (const analyzer::Province& unit : registry.units(analyzer::ProvinceEra::kFrom2025)) {
    Figure figure = counts.count(unit.id) ? counts[unit.id] : Figure{};
    if (figure.current == 0) digest->provinces_without_coverage.push_back(unit.name);
    if (figure.current == 0 && figure.previous == 0) continue;
    ProvinceCoverage coverage{unit.id, unit.name, {}, figure};
    for (const analyzer::Province* member : registry.MembersOf(unit.id)) {
      if (member->name != unit.name) coverage.former_names.push_back(member->name);
    }
    digest->provinces_covered.push_back(std::move(coverage));
  }
  std::stable_sort(digest->provinces_covered.begin(), digest->provinces_covered.end(),
                   [](const ProvinceCoverage& x, const ProvinceCoverage& y) {
                     return x.articles.current > y.articles.current;
                   });
}

}  // namespace

Digest BuildDigest(const DigestInput& input, const analyzer::ProvinceRegistry& provinces,
                   const std::vector<analyzer::ThemeInfo>& themes, const DigestOptions& options) {
  Digest digest;
  digest.period = input.period;
  digest.previous_period = PreviousPeriod(input.period);
  digest.filter = input.filter;
  std::vector<const ReportArticle*> current = InPeriod(input.current, digest.period);
  std::vector<const ReportArticle*> previous = InPeriod(input.previous, digest.previous_period);

  digest.articles = {static_cast<std::int64_t>(current.size()), static_cast<std::int64_t>(previous.size())};
  auto source = [](const ReportArticle& a) { return a.source_id; };
  digest.outlets = {Distinct(current, source), Distinct(previous, source)};
  digest.provinces = {Distinct(current, ProvinceOf), Distinct(previous, ProvinceOf)};

  digest.top_stories = TopStories(current, options.top_stories);
  digest.themes = Themes(current, previous, themes);

  std::vector<const ReportArticle*> reference;
  for (const ReportArticle& a : input.reference) {
    if (a.day < digest.previous_period.first) reference.push_back(&a);
  }
  for (const ReportArticle* a : previous) reference.push_back(a);
  digest.rising_terms =
      RisingTerms(KeywordDocumentCounts(current), static_cast<std::int64_t>(current.size()),
                  KeywordDocumentCounts(reference), static_cast<std::int64_t>(reference.size()), options.rising_terms);

  std::vector<ReportArticle> in_period;
  for (const ReportArticle* a : current) in_period.push_back(*a);
  digest.officials = ListOfficials(in_period);
  if (digest.officials.size() > options.officials) digest.officials.resize(options.officials);
  digest.documents = ListDocuments(in_period);
  if (digest.documents.size() > options.documents) digest.documents.resize(options.documents);
  // Events of the period and the days around it (announced ahead or reported late).
  Period window{analyzer::AddDays(digest.period.first, -7), analyzer::AddDays(digest.period.last, 7)};
  for (EventListing& event : ListEvents(in_period, provinces)) {
    if (window.Contains(event.day) && digest.events.size() < options.events) digest.events.push_back(std::move(event));
  }
  Provinces(current, previous, provinces, &digest);

  std::map<long, std::int64_t> per_day;
  for (const ReportArticle* a : current) ++per_day[analyzer::DaysSinceEpoch(a->day)];
  for (long d = analyzer::DaysSinceEpoch(digest.period.first); d <= analyzer::DaysSinceEpoch(digest.period.last);
       ++d) {
    digest.daily.push_back({analyzer::FromDaysSinceEpoch(d), per_day.count(d) ? per_day[d] : 0});
  }
  return digest;
}

}  // namespace dxnews::report
