// The files dxnews keeps under its data directory, in one place: the article store
// (dxnews.sqlite), the search index (index/), written reports (reports/) and the crawl lock.
#ifndef DXNEWS_CLI_DATA_FILES_H_
#define DXNEWS_CLI_DATA_FILES_H_

#include <map>
#include <memory>
#include <string>

#include "dxnews/core/result.h"
#include "dxnews/store/article_store.h"

namespace dxnews::cli {

std::string StorePath(const std::string& data_dir);
std::string IndexPath(const std::string& data_dir);
std::string ReportsDir(const std::string& data_dir);
/// Optional "<source id>\t<outlet name>" lines naming outlets that are not in the source registry
/// (sites crawled with --url, the demo network), for reports.
std::string OutletNamesPath(const std::string& data_dir);

/// The names of OutletNamesPath(data_dir); empty when the file does not exist. kInvalidInput
/// naming the line for a line without a tab.
Result<std::map<std::string, std::string>> ReadOutletNames(const std::string& data_dir);
/// The file `dxnews crawl` holds an exclusive flock on while it runs (see data_dir_lock.h).
std::string CrawlLockPath(const std::string& data_dir);

/// Opens the article store of `data_dir`. With `create`, makes the directory and the store when
/// missing; without, kNotFound "no article store in DIR: ..." tells the user what to run first.
Result<std::unique_ptr<store::ArticleStore>> OpenStore(const std::string& data_dir, bool create);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_DATA_FILES_H_
