// The command table of the dxnews binary (ninja's kTools idea): every subcommand is an entry with
// a name, a one-line summary and a factory. main.cc builds the CLI11 parser from this table.
#ifndef DXNEWS_CLI_COMMAND_H_
#define DXNEWS_CLI_COMMAND_H_

#include <memory>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace dxnews::cli {

/// Exit codes of the binary (doc/manual.md, "Exit codes").
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2, kExitInterrupted = 130 };

/// Options shared by every command, parsed by main before the command runs.
struct GlobalOptions {
  std::string data_dir;  ///< resolved data directory (see data_dir.h)
  bool quiet = false;    ///< --quiet: no progress output
};

/// One subcommand. AddOptions registers its flags on its own CLI11 sub-app; Run does the work
/// and returns an ExitCode.
class Command {
 public:
  virtual ~Command() = default;
  virtual void AddOptions(CLI::App& app) = 0;
  virtual int Run(const GlobalOptions& global) = 0;
};

struct CommandEntry {
  const char* name;
  const char* summary;
  std::unique_ptr<Command> (*make)();
};

/// Every subcommand, in the order `dxnews --help` lists them.
const std::vector<CommandEntry>& Commands();

}  // namespace dxnews::cli

#endif  // DXNEWS_CLI_COMMAND_H_
