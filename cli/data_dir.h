// Where dxnews keeps its SQLite and Xapian files: --data-dir, else $DXNEWS_DATA_DIR, else
// $XDG_DATA_HOME/dxnews, else $HOME/.local/share/dxnews.
#ifndef DXNEWS_CLI_DATA_DIR_H_
#define DXNEWS_CLI_DATA_DIR_H_

#include <string>

namespace dxnews::cli {

/// Resolves the data directory from the flag value (empty when not given) and the environment
/// values (nullptr when unset). Pure: main passes getenv() results in.
std::string ResolveDataDir(const std::string& flag, const char* dxnews_data_dir, const char* xdg_data_home,
                           const char* home);

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_DATA_DIR_H_
