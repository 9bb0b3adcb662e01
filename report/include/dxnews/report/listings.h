// Who and what was in the news: officials, events and legal documents over a set of articles,
// each with its counts, first and last day seen and the articles that mention it. The digest
// shows the top of these lists; `dxnews officials|events|documents` print them whole.
#ifndef DXNEWS_REPORT_LISTINGS_H_
#define DXNEWS_REPORT_LISTINGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dxnews/analyzer/province_registry.h"
#include "dxnews/report/report_article.h"

namespace dxnews::report {

using analyzer::CivilDate;

/// An article that mentions an entry.
struct ArticleRef {
  std::int64_t id = 0;
  std::string source_name;
  std::string url;
  std::string title;
  CivilDate day;
};

struct OfficialListing {
  std::string name;                 ///< the first spelling seen
  std::vector<std::string> titles;  ///< most used first
  std::string organization;         ///< the most used one, or ""
  std::int64_t articles = 0;
  std::int64_t stories = 0;  ///< distinct story clusters
  CivilDate first_seen, last_seen;
  std::vector<ArticleRef> refs;  ///< oldest first
};

struct DocumentListing {
  std::string number;
  std::string type;
  std::string issuer;
  std::int64_t articles = 0;
  std::int64_t stories = 0;
  CivilDate first_seen, last_seen;
  std::vector<ArticleRef> refs;
};

struct EventListing {
  CivilDate day;  ///< the day it happens
  std::string type;
  std::string name;
  std::string place;  ///< province name (before 2025), or ""
  std::vector<std::string> participants;
  std::int64_t articles = 0;  ///< articles of the story that report it
  std::vector<ArticleRef> refs;
};

/// Officials by name (tone placement and case ignored), most stories first, then most articles.
std::vector<OfficialListing> ListOfficials(const std::vector<ReportArticle>& articles);
/// Documents by number, most articles first.
std::vector<DocumentListing> ListDocuments(const std::vector<ReportArticle>& articles);
/// Dated events, one per story, type and day (reprints report the same event), by day.
std::vector<EventListing> ListEvents(const std::vector<ReportArticle>& articles,
                                     const analyzer::ProvinceRegistry& provinces);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_LISTINGS_H_
