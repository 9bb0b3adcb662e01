// Renderings of a Digest: JSON for machines (schema in doc/manual.md, "dxnews digest"), Markdown
// for e-mail, and one self-contained HTML file (inline CSS and SVG, no script, no external
// resource) that reads on a phone and prints on A4.
#ifndef DXNEWS_REPORT_DIGEST_FORMAT_H_
#define DXNEWS_REPORT_DIGEST_FORMAT_H_

#include <string>

#include "dxnews/report/digest.h"

namespace dxnews::report {

/// Pretty-printed with two spaces. Top-level keys: period, filter, totals, top_stories, themes,
/// rising_terms, officials, events, documents, provinces, daily.
std::string DigestToJson(const Digest& digest);
std::string DigestToMarkdown(const Digest& digest);
std::string DigestToHtml(const Digest& digest);

/// "+3", "-2" or "±0": the change shown next to a figure.
std::string Change(std::int64_t current, std::int64_t previous);

}  // namespace dxnews::report

#endif  // DXNEWS_REPORT_DIGEST_FORMAT_H_
