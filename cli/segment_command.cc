// `dxnews segment [--pretokenized]`: stdin -> stdout, one output line per input line, the
// syllables of each word joined with "_" and words separated by one space.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/segmenter.h"
#include "line_filter.h"
#include "raw_tokens.h"

namespace dxnews::cli {
namespace {

std::string JoinWords(const std::vector<std::string_view>& tokens, const std::vector<bool>& joins) {
  std::string out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out.push_back(joins[i] ? '_' : ' ');
    out.append(tokens[i]);
  }
  return out;
}

class SegmentCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_flag("--pretokenized", pretokenized_,
                 "Input tokens are already separated by spaces: only join them, never split or re-space");
  }
  int Run(const GlobalOptions&) override {
    Result<analyzer::Segmenter> segmenter = analyzer::Segmenter::LoadBuiltin();
    if (!segmenter.ok()) {
      PrintError(segmenter.status().ToString());
      return kExitFailure;
    }
    const analyzer::Segmenter& seg = segmenter.value();
    // C stdio synchronisation made reading a third of the run time; nothing else reads stdin.
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    std::vector<bool> joins;
    return FilterLines(std::cin, std::cout, [&](const std::string& line) {
      std::vector<std::string_view> tokens = pretokenized_ ? SplitOnSpaces(line) : SplitRawTokens(line);
      seg.Segment(tokens, &joins);
      return JoinWords(tokens, joins);
    });
  }

 private:
  bool pretokenized_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeSegmentCommand() { return std::make_unique<SegmentCommand>(); }

}  // namespace dxnews::cli
