#include "command.h"

#include "commands.h"

namespace dxnews::cli {

const std::vector<CommandEntry>& Commands() {
  static const std::vector<CommandEntry> kCommands = {
      {"analyze", "Analyse one article: officials, documents, dates, places, province, themes",
       MakeAnalyzeCommand},
      {"crawl", "Crawl news sites (registry sources or home-page URLs) into the article store; cron-safe",
       MakeCrawlCommand},
      {"extract", "Extract the article of a saved HTML page (title, lead, text, dates, author...) as JSON",
       MakeExtractCommand},
      {"import", "Load HTML pages, plain-text articles, directories and WARC files into the article store",
       MakeImportCommand},
      {"normalize", "Normalise Vietnamese text from stdin (NFC, one tone placement) or print its search key",
       MakeNormalizeCommand},
      {"segment", "Join the syllables of Vietnamese words with _ (word segmentation), stdin -> stdout",
       MakeSegmentCommand},
      {"serve", "Serve a directory (e.g. corpus/demo) on 127.0.0.1 for crawling by hand, until Ctrl-C",
       MakeServeCommand},
  };
  return kCommands;
}

}  // namespace dxnews::cli
