// `dxnews normalize [--fold]`: stdin -> stdout, one output line per input line.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "commands.h"
#include "dxnews/analyzer/normalizer.h"
#include "line_filter.h"

namespace dxnews::cli {
namespace {

class NormalizeCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_flag("--fold", fold_, "Print the search key instead: lower case, no diacritics, đ -> d");
    encoding_.AddTo(app);
  }
  int Run(const GlobalOptions&) override {
    return FilterLines(std::cin, std::cout, encoding_, [this](std::string_view line, std::string* out) {
      out->append(fold_ ? analyzer::Fold(line) : analyzer::Normalize(line));
    });
  }

 private:
  bool fold_ = false;
  InputEncodingOption encoding_;
};

}  // namespace

std::unique_ptr<Command> MakeNormalizeCommand() { return std::make_unique<NormalizeCommand>(); }

}  // namespace dxnews::cli
