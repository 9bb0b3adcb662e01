#include "command.h"

#include "commands.h"

namespace dxnews::cli {

const std::vector<CommandEntry>& Commands() {
  static const std::vector<CommandEntry> kCommands = {
      {"analyze", "Analyse one article: officials, documents, dates, places, province, themes",
       MakeAnalyzeCommand},
      {"cluster", "Group reprints of one story in the article store into clusters (also run by import)",
       MakeClusterCommand},
      {"crawl", "Crawl news sites (registry sources or home-page URLs) into the article store; cron-safe",
       MakeCrawlCommand},
      {"demo", "Run the whole system on the built-in demo news network: serve, crawl, analyse, index, digest",
       MakeDemoCommand},
      {"digest", "Write the weekly media summary (HTML, Markdown or JSON): top stories, themes, officials...",
       MakeDigestCommand},
      {"documents", "List the legal documents cited: counts, first and last seen, the articles",
       MakeDocumentsCommand},
      {"events", "List the dated events reported (what, when, where, who) with their articles", MakeEventsCommand},
      {"export", "Export articles with metadata and analysis as JSON lines or CSV, for other tools",
       MakeExportCommand},
      {"extract", "Extract the article of a saved HTML page (title, lead, text, dates, author...) as JSON",
       MakeExtractCommand},
      {"import", "Load HTML pages, plain-text articles, directories and WARC files into the article store",
       MakeImportCommand},
      {"index", "Bring the search index up to date with the article store (only new or changed articles)",
       MakeIndexCommand},
      {"normalize", "Normalise Vietnamese text from stdin (NFC, one tone placement) or print its search key",
       MakeNormalizeCommand},
      {"officials", "List the officials in the news: titles, counts, first and last seen, the articles",
       MakeOfficialsCommand},
      {"reanalyze",
       "Analyse again the stored articles whose analysis is missing or from another analyzer version",
       MakeReanalyzeCommand},
      {"reindex", "Rebuild the search index from the whole article store", MakeReindexCommand},
      {"search", "Search the articles: words, \"phrases\", AND/OR/NOT, field:value, date ranges, facets",
       MakeSearchCommand},
      {"segment", "Join the syllables of Vietnamese words with _ (word segmentation), stdin -> stdout",
       MakeSegmentCommand},
      {"serve", "Serve a directory (e.g. corpus/demo) on 127.0.0.1 for crawling by hand, until Ctrl-C",
       MakeServeCommand},
      {"sources", "List the news sources, show one, or check that their robots.txt, feeds and sitemaps answer",
       MakeSourcesCommand},
      {"show", "Print one stored article by id", MakeShowCommand},
      {"similar", "Articles most like one article (more like this)", MakeSimilarCommand},
      {"trends", "Count articles per day, week or month for queries, themes, officials or provinces",
       MakeTrendsCommand},
  };
  return kCommands;
}

}  // namespace dxnews::cli
