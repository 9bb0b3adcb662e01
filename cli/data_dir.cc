#include "data_dir.h"

namespace dxnews::cli {

std::string ResolveDataDir(const std::string& flag, const char* dxnews_data_dir, const char* xdg_data_home,
                           const char* home) {
  if (!flag.empty()) return flag;
  if (dxnews_data_dir != nullptr && *dxnews_data_dir != '\0') return dxnews_data_dir;
  if (xdg_data_home != nullptr && *xdg_data_home != '\0') return std::string(xdg_data_home) + "/dxnews";
  if (home != nullptr && *home != '\0') return std::string(home) + "/.local/share/dxnews";
  return ".dxnews";
}

}  // namespace dxnews::cli
