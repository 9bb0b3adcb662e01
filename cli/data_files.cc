#include "data_files.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace dxnews::cli {

std::string StorePath(const std::string& data_dir) { return data_dir + "/dxnews.sqlite"; }
std::string IndexPath(const std::string& data_dir) { return data_dir + "/index"; }
std::string ReportsDir(const std::string& data_dir) { return data_dir + "/reports"; }
std::string OutletNamesPath(const std::string& data_dir) { return data_dir + "/outlets.tsv"; }

Result<std::map<std::string, std::string>> ReadOutletNames(const std::string& data_dir) {
  std::map<std::string, std::string> names;
  std::ifstream in(OutletNamesPath(data_dir));
  if (!in) return names;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
      return Status::InvalidInput(OutletNamesPath(data_dir) + ":" + std::to_string(number) +
                                  ": expected '<source id><TAB><outlet name>'");
    }
    names[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return names;
}
std::string CrawlLockPath(const std::string& data_dir) { return data_dir + "/crawl.lock"; }

Result<std::unique_ptr<store::ArticleStore>> OpenStore(const std::string& data_dir, bool create) {
  std::error_code error;
  if (create) {
    std::filesystem::create_directories(data_dir, error);
    if (error) return Status::IoError("cannot create data directory " + data_dir + ": " + error.message());
  } else if (!std::filesystem::exists(StorePath(data_dir), error)) {
    return Status::NotFound("no article store in " + data_dir +
                            ": run `dxnews import PATH...` or `dxnews crawl` first (or pass --data-dir)");
  }
  return store::ArticleStore::Open(StorePath(data_dir));
}

}  // namespace dxnews::cli
