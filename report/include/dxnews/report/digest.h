// The weekly media summary: what the press published on digital transformation in one period,
// compared with the period before. BuildDigest() computes it from the articles; digest_json.h,
// digest_markdown.h and digest_html.h render it.
#ifndef DXNEWS_REPORT_DIGEST_H_
#define DXNEWS_REPORT_DIGEST_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/analyzer/theme_classifier.h"
#include "dxnews/report/listings.h"
#include "dxnews/report/log_likelihood.h"
#include "dxnews/report/period.h"
#include "dxnews/report/report_article.h"

namespace dxnews::report {

/// A figure of the period and the same figure for the period before.
struct Figure {
  std::int64_t current = 0;
  std::int64_t previous = 0;
};

/// A story cluster; the copies start with the original (the earliest).
struct TopStory {
  std::int64_t cluster = 0;
  std::string title;
  std::string summary;
  CivilDate day;
  std::int64_t outlets = 0;  ///< distinct outlets that carried it
  std::vector<ArticleRef> copies;
};

struct ThemeShare {
  std::string id;
  std::string label;
  std::int64_t articles = 0;           ///< articles with this as a main theme
  double share = 0;                    ///< of the period's articles, 0-1
  std::int64_t previous_articles = 0;
  double previous_share = 0;
};

/// Coverage of one province of the 34 (after 1 July 2025), with its old members' names.
struct ProvinceCoverage {
  std::string id;  ///< new unit id
  std::string name;
  std::vector<std::string> former_names;  ///< old units merged into it ("Bình Dương", ...)
  Figure articles;
};

struct DayCount {
  CivilDate day;
  std::int64_t articles = 0;
};

struct Digest {
  Period period;
  Period previous_period;
  std::string filter;  ///< human description of --province/--theme filters, or ""
  Figure articles, outlets, provinces;
  std::vector<TopStory> top_stories;
  std::vector<ThemeShare> themes;
  std::vector<RisingTerm> rising_terms;
  std::vector<OfficialListing> officials;  ///< most stories first; refs: the first is the example
  std::vector<EventListing> events;        ///< the period's events and the week around it, by day
  std::vector<DocumentListing> documents;
  std::vector<ProvinceCoverage> provinces_covered;  ///< most articles first
  std::vector<std::string> provinces_without_coverage;  ///< names of the 34, none this period
  std::vector<DayCount> daily;  ///< every day of the period, zeros included
};

struct DigestOptions {
  std::size_t top_stories = 10;
  std::size_t officials = 15;
  std::size_t rising_terms = 15;
  std::size_t documents = 15;
  std::size_t events = 40;
};

/// What the digest is computed from. Articles outside their period are ignored.
struct DigestInput {
  Period period;
  std::string filter;
  std::vector<ReportArticle> current;    ///< published in `period`
  std::vector<ReportArticle> previous;   ///< published in PreviousPeriod(period)
  std::vector<ReportArticle> reference;  ///< earlier weeks, the baseline of rising terms
};

Digest BuildDigest(const DigestInput& input, const analyzer::ProvinceRegistry& provinces,
                   const std::vector<analyzer::ThemeInfo>& themes, const DigestOptions& options = {});

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_DIGEST_H_
