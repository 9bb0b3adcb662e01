// dxnews: parses the global flags, dispatches to the subcommand from the command table, and maps
// everything that escapes to an exit code (doc/manual.md, "Exit codes").
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "console.h"
#include "data_dir.h"

namespace {

using dxnews::cli::kExitFailure;
using dxnews::cli::kExitOk;
using dxnews::cli::kExitUsage;

int Main(int argc, char** argv) {
  CLI::App app{"dxnews: follows how the Vietnamese press covers chuyển đổi số (digital transformation)", "dxnews"};
  app.set_version_flag("--version", "dxnews 0.1.0");
  std::string data_dir_flag;
  dxnews::cli::GlobalOptions global;
  app.add_option("--data-dir", data_dir_flag,
                 "Data directory (default: $DXNEWS_DATA_DIR, else $XDG_DATA_HOME/dxnews)");
  app.add_flag("-q,--quiet", global.quiet, "No progress output");
  app.require_subcommand(0, 1);
  app.fallthrough();

  struct Entry {
    CLI::App* sub;
    std::unique_ptr<dxnews::cli::Command> command;
  };
  std::vector<Entry> entries;
  for (const auto& e : dxnews::cli::Commands()) {
    CLI::App* sub = app.add_subcommand(e.name, e.summary);
    auto command = e.make();
    command->AddOptions(*sub);
    entries.push_back({sub, std::move(command)});
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    dxnews::cli::PrintError(std::string(e.what()) + " (run 'dxnews --help' or 'dxnews COMMAND --help')");
    return kExitUsage;
  }

  global.data_dir = dxnews::cli::ResolveDataDir(data_dir_flag, std::getenv("DXNEWS_DATA_DIR"),
                                                std::getenv("XDG_DATA_HOME"), std::getenv("HOME"));
  for (auto& entry : entries) {
    if (entry.sub->parsed()) return entry.command->Run(global);
  }
  std::cerr << app.help();
  dxnews::cli::PrintError("no command given");
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Main(argc, argv);
  } catch (const std::exception& e) {
    dxnews::cli::PrintError(std::string("internal error: ") + e.what());
  } catch (...) {
    dxnews::cli::PrintError("internal error: unknown exception");
  }
  return kExitFailure;
}
