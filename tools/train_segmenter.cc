// dxnews_train_segmenter: trains the word segmenter model from gold-segmented corpora and word
// lists, writes the model file and prints word F1 (by syllable spans) on the evaluation sets.
// Run through scripts/train-segmenter.sh, which passes the project's standard inputs.
#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/segmenter.h"
#include "dxnews/analyzer/segmenter_trainer.h"

namespace {

using Word = std::vector<std::string>;
using Sentence = std::vector<Word>;

std::vector<std::string> Split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, sep)) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

bool ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(line);
  }
  return true;
}

// CoNLL-U: the FORM column keeps the spaces between the syllables of a word.
std::vector<Sentence> ReadConllu(const std::vector<std::string>& lines) {
  std::vector<Sentence> sentences(1);
  for (const std::string& line : lines) {
    if (line.empty()) {
      if (!sentences.back().empty()) sentences.emplace_back();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols = Split(line, '\t');
    if (cols.size() < 2 || cols[0].find_first_of("-.") != std::string::npos) continue;
    sentences.back().push_back(Split(cols[1], ' '));
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

// RDRsegmenter format: words separated by spaces, syllables joined with '_'. Lines that are
// only a timestamp ("2004/03/16 22:06:26") separate articles.
std::vector<Sentence> ReadJoined(const std::vector<std::string>& lines) {
  std::vector<Sentence> sentences;
  for (const std::string& line : lines) {
    if (line.size() >= 10 && line[4] == '/' && line[7] == '/' && isdigit(static_cast<unsigned char>(line[0]))) continue;
    Sentence s;
    for (const std::string& token : Split(line, ' ')) s.push_back(token == "_" ? Word{token} : Split(token, '_'));
    if (!s.empty()) sentences.push_back(s);
  }
  return sentences;
}

struct Counts {
  long gold = 0, system = 0, correct = 0;
  double F1() const { return gold + system == 0 ? 0.0 : 2.0 * double(correct) / double(gold + system); }
};

// Word spans [start, end) over syllable positions, from "continues the previous word" flags.
std::vector<std::pair<size_t, size_t>> Spans(const std::vector<bool>& joins) {
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = 0; i < joins.size(); ++i) {
    if (i == 0 || !joins[i]) spans.emplace_back(i, i + 1);
    else spans.back().second = i + 1;
  }
  return spans;
}

Counts Evaluate(const dxnews::analyzer::Segmenter& segmenter, const std::vector<Sentence>& sentences, bool fold) {
  Counts counts;
  std::vector<bool> predicted;
  for (const Sentence& s : sentences) {
    std::vector<std::string> tokens;
    std::vector<bool> gold;
    for (const Word& w : s) {
      for (size_t k = 0; k < w.size(); ++k) {
        tokens.push_back(fold ? dxnews::analyzer::Fold(w[k]) : w[k]);
        gold.push_back(k > 0);
      }
    }
    segmenter.Segment(std::vector<std::string_view>(tokens.begin(), tokens.end()), &predicted);
    auto g = Spans(gold), p = Spans(predicted);
    counts.gold += static_cast<long>(g.size());
    counts.system += static_cast<long>(p.size());
    for (const auto& span : p) counts.correct += std::binary_search(g.begin(), g.end(), span) ? 1 : 0;
  }
  return counts;
}

struct Options {
  std::vector<std::string> train_conllu, train_joined, word_lists, eval_conllu, eval_joined;
  std::string out;
  dxnews::analyzer::SegmenterTrainingOptions training;
};

int Fail(const std::string& message) {
  std::cerr << "dxnews_train_segmenter: error: " << message << "\n";
  return 1;
}

bool Load(const std::vector<std::string>& paths, bool conllu, std::vector<Sentence>* out) {
  for (const std::string& path : paths) {
    std::vector<std::string> lines;
    if (!ReadLines(path, &lines)) return false;
    std::vector<Sentence> s = conllu ? ReadConllu(lines) : ReadJoined(lines);
    out->insert(out->end(), s.begin(), s.end());
  }
  return true;
}

bool AddWordLists(const Options& options, dxnews::analyzer::SegmenterTrainer* trainer) {
  for (const std::string& path : options.word_lists) {
    std::vector<std::string> lines;
    if (!ReadLines(path, &lines)) return false;
    for (const std::string& line : lines) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> syllables = Split(line, ' ');
      trainer->AddWord(std::vector<std::string_view>(syllables.begin(), syllables.end()));
    }
  }
  return true;
}

void Report(const dxnews::analyzer::Segmenter& segmenter, const std::string& name, const std::vector<Sentence>& data) {
  for (bool fold : {false, true}) {
    Counts c = Evaluate(segmenter, data, fold);
    std::cout << name << (fold ? " (no diacritics)" : "") << ": word F1 " << c.F1() << "  (gold " << c.gold
              << ", system " << c.system << ", correct " << c.correct << ")\n";
  }
}

int Run(const Options& options) {
  std::vector<Sentence> train, eval_conllu, eval_joined;
  if (!Load(options.train_conllu, true, &train) || !Load(options.train_joined, false, &train)) {
    return Fail("cannot read the training files");
  }
  if (!Load(options.eval_conllu, true, &eval_conllu) || !Load(options.eval_joined, false, &eval_joined)) {
    return Fail("cannot read the evaluation files");
  }
  dxnews::analyzer::SegmenterTrainer trainer(options.training);
  if (!AddWordLists(options, &trainer)) return Fail("cannot read the word lists");
  for (const Sentence& s : train) trainer.AddSentence(s);
  std::string model = trainer.Train();
  std::ofstream out(options.out, std::ios::binary);
  if (!out.write(model.data(), static_cast<std::streamsize>(model.size())) || !out.flush()) {
    return Fail("cannot write " + options.out);
  }
  std::cout << "trained on " << train.size() << " sentences; model " << options.out << " (" << model.size()
            << " bytes)\n";
  auto segmenter = dxnews::analyzer::Segmenter::FromModel(model);
  if (!segmenter.ok()) return Fail(segmenter.status().ToString());
  if (!eval_conllu.empty()) Report(segmenter.value(), "eval conllu", eval_conllu);
  if (!eval_joined.empty()) Report(segmenter.value(), "eval joined", eval_joined);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Trains the dxnews word segmenter"};
  Options o;
  app.add_option("--train-conllu", o.train_conllu, "gold CoNLL-U training file (repeatable)");
  app.add_option("--train-joined", o.train_joined, "gold file with words joined by _ (repeatable)");
  app.add_option("--words", o.word_lists, "word list, one word per line, syllables separated by spaces");
  app.add_option("--eval-conllu", o.eval_conllu, "CoNLL-U file to report F1 on (never trained on)");
  app.add_option("--eval-joined", o.eval_joined, "_-joined file to report F1 on (never trained on)");
  app.add_option("--out", o.out, "model file to write")->required();
  app.add_option("--epochs", o.training.epochs, "training passes");
  app.add_option("--table-bits", o.training.table_bits, "log2 of the feature table size");
  app.add_option("--lexicon-folds", o.training.lexicon_folds,
                 "folds for adding the training words to the lexicon (0: keep them out)");
  bool no_caps = false;
  app.add_flag("--no-caps-copy", no_caps, "do not train on an ALL-CAPS copy of the sentences");
  CLI11_PARSE(app, argc, argv);
  o.training.caps_copy = !no_caps;
  return Run(o);
}
