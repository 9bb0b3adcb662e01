#include "crawl_progress.h"

#include <cstdio>

namespace dxnews::cli {
namespace {

std::string Fixed1(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

std::string Rate(std::size_t fetched, double elapsed_seconds) {
  return Fixed1(elapsed_seconds > 0 ? static_cast<double>(fetched) / elapsed_seconds : 0.0) + " pages/s";
}

std::string Bytes(std::size_t bytes) {
  if (bytes < 1000) return std::to_string(bytes) + " B";
  if (bytes < 1000 * 1000) return Fixed1(static_cast<double>(bytes) / 1e3) + " kB";
  return Fixed1(static_cast<double>(bytes) / 1e6) + " MB";
}

}  // namespace

std::string FormatCrawlDetail(const crawler::CrawlStats& stats) {
  return "queued " + std::to_string(stats.queued) + ", errors " + std::to_string(stats.errors) + ", " +
         std::to_string(stats.inserted) + " new";
}

std::string FormatCrawlProgress(const crawler::CrawlStats& stats, double elapsed_seconds) {
  return "fetched " + std::to_string(stats.fetched) + ", queued " + std::to_string(stats.queued) + ", errors " +
         std::to_string(stats.errors) + ", " + std::to_string(stats.inserted) + " new, " +
         Rate(stats.fetched, elapsed_seconds);
}

std::string FormatCrawlSummary(const crawler::CrawlStats& stats, std::size_t sites, double elapsed_seconds) {
  return "crawled " + std::to_string(sites) + (sites == 1 ? " site: " : " sites: ") + std::to_string(stats.fetched) +
         " fetched (" + Bytes(stats.bytes) + "), " + std::to_string(stats.inserted) + " new articles, " +
         std::to_string(stats.updated) + " updated, " + std::to_string(stats.unchanged) + " unchanged, " +
         std::to_string(stats.not_modified) + " not modified, " + std::to_string(stats.errors) + " errors, " +
         std::to_string(stats.robots_refused) + " refused by robots.txt, " + std::to_string(stats.too_old) +
         " too old, " + std::to_string(stats.not_articles) + " not articles (" + Fixed1(elapsed_seconds) + " s, " +
         Rate(stats.fetched, elapsed_seconds) + ")";
}

}  // namespace dxnews::cli
