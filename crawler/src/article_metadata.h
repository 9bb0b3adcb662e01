// Page metadata around the article body: <meta> tags (Open Graph, article:*, itemprop, name),
// JSON-LD fields, <link rel=canonical>, <title>, the first <h1>, tag links and byline elements.
#ifndef DXNEWS_CRAWLER_ARTICLE_METADATA_H_
#define DXNEWS_CRAWLER_ARTICLE_METADATA_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "html_tree.h"

namespace dxnews::crawler {

struct PageMetadata {
  /// content of <meta property|name|itemprop=KEY>, keys lower-cased; first value of each key.
  std::map<std::string, std::string> meta;
  std::vector<std::string> meta_tags;  ///< every article:tag value
  std::string json_ld;                 ///< the text of all application/ld+json scripts
  std::string canonical;               ///< href of <link rel=canonical>, as written
  std::string title_tag;               ///< <title> text
  std::string h1;                      ///< the first visible <h1> text
  int h1_node = -1;
  std::vector<std::string> tag_links;  ///< texts of rel=tag links and of links in "tags" boxes
  std::vector<std::string> author_elements;  ///< texts of author/byline-classed elements (< 60 bytes)
  std::vector<int> time_elements;      ///< <time> elements with a datetime attribute
  std::vector<int> date_elements;      ///< short elements whose class/id names a date or time
};

/// Collects the metadata of `tree`; `skipped` is MarkBoilerplate's mask (h1, time and date
/// elements inside boilerplate are ignored).
PageMetadata ReadPageMetadata(const HtmlTree& tree, const std::vector<char>& skipped);

/// The first string value of `"key": "value"` in JSON-LD text, with \" \/ \\ \uXXXX (BMP) undone;
/// for an object value, its "name". "" when absent.
std::string JsonLdField(std::string_view json, std::string_view key);

/// `title` without the site name: drops " - ", " | ", " – ", " — " segments that name `site_name`
/// or `host`, else a short trailing segment.
std::string StripSiteName(std::string_view title, std::string_view site_name, std::string_view host);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ARTICLE_METADATA_H_
