// `dxnews segment [--pretokenized]`: stdin -> stdout, one output line per input line, the
// syllables of each word joined with "_" and words separated by one space.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "console.h"
#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/tokenizer.h"
#include "line_filter.h"
#include "space_tokens.h"

namespace dxnews::cli {
namespace {

void AppendWords(const std::vector<std::string_view>& tokens, const std::vector<bool>& joins, std::string* out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) out->push_back(joins[i] ? '_' : ' ');
    out->append(tokens[i]);
  }
}

// Raw text: the analyzer's tokenizer keeps numbers, dates, document numbers, abbreviations,
// e-mail addresses and URLs whole and splits punctuation off words.
std::vector<std::string_view> TokenizeLine(std::string_view line, std::vector<analyzer::Token>* scratch) {
  scratch->clear();
  analyzer::Tokenize(line, scratch);
  std::vector<std::string_view> tokens;
  tokens.reserve(scratch->size());
  for (const analyzer::Token& t : *scratch) tokens.push_back(line.substr(t.begin, t.end - t.begin));
  return tokens;
}

class SegmentCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_flag("--pretokenized", pretokenized_,
                 "Input tokens are already separated by spaces: only join them, never split or re-space");
    encoding_.AddTo(app);
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
    std::vector<analyzer::Token> scratch;
    return FilterLines(std::cin, std::cout, encoding_, [&](std::string_view line, std::string* out) {
      std::vector<std::string_view> tokens = pretokenized_ ? SplitOnSpaces(line) : TokenizeLine(line, &scratch);
      seg.Segment(tokens, &joins);
      AppendWords(tokens, joins, out);
    });
  }

 private:
  bool pretokenized_ = false;
  InputEncodingOption encoding_;
};

}  // namespace

std::unique_ptr<Command> MakeSegmentCommand() { return std::make_unique<SegmentCommand>(); }

}  // namespace dxnews::cli
