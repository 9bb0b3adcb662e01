#include "command.h"

#include "commands.h"

namespace dxnews::cli {

const std::vector<CommandEntry>& Commands() {
  static const std::vector<CommandEntry> kCommands = {
      {"analyze", "Analyse one article: officials, documents, dates, places, province, themes",
       MakeAnalyzeCommand},
      {"extract", "Extract the article of a saved HTML page (title, lead, text, dates, author...) as JSON",
       MakeExtractCommand},
      {"import", "Load HTML pages, plain-text articles, directories and WARC files into the article store",
       MakeImportCommand},
      {"index", "Bring the search index up to date with the article store (only new or changed articles)",
       MakeIndexCommand},
      {"normalize", "Normalise Vietnamese text from stdin (NFC, one tone placement) or print its search key",
       MakeNormalizeCommand},
      {"reindex", "Rebuild the search index from the whole article store", MakeReindexCommand},
      {"search", "Search the articles: words, \"phrases\", AND/OR/NOT, field:value, date ranges, facets",
       MakeSearchCommand},
      {"segment", "Join the syllables of Vietnamese words with _ (word segmentation), stdin -> stdout",
       MakeSegmentCommand},
      {"show", "Print one stored article by id", MakeShowCommand},
      {"similar", "Articles most like one article (more like this)", MakeSimilarCommand},
  };
  return kCommands;
}

}  // namespace dxnews::cli
