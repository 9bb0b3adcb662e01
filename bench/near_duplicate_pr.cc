// near_duplicate_pr: precision and recall of the near-duplicate decision (analyzer/near_duplicate.h)
// on pairs built from real articles, and signature throughput.
//
//   near_duplicate_pr DIR [--limit N] [--seed S] [--sweep] [--shingle K] [--min-shingles M]
//                     [--jaccard J] [--containment C] [--show-flagged N]
//
// DIR holds one article per .txt file (line 1 title, line 2 lead, then the body: the format of
// ../shared/data/vi-news-baomoi-2017, unpacked by near_duplicate_pr.sh). Up to N articles (default
// 4000) are read. Positive pairs are an article and a transformed copy of it:
//   header_footer  outlet header and footer lines added (bylines, "Theo ...", related-news titles)
//   trimmed        cut at a sentence end after 60-80% of the text
//   light_edit     2% of words deleted, 2% replaced by other words, two pairs of neighbouring
//                  sentences swapped, tone placement changed to the new style ("hòa" -> "hoà"),
//                  2% of words upper-cased
//   heavy_edit     the same with 5% deleted and 5% replaced
//   combined       header_footer + trimmed + light_edit
// Negative pairs are two different articles: random pairs, and hard pairs (each article with the
// other article sharing the most rare words, i.e. the same topic or event). A pair is predicted
// positive when the LSH index over all originals makes it a candidate and IsNearDuplicate holds,
// as in the clustering step. Prints P/R/F1 per transformation, the false positive rate per
// negative kind, and signatures per second (CPU time of this thread). Asserts nothing.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "dxnews/analyzer/near_duplicate.h"
#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/token.h"
#include "dxnews/analyzer/tokenizer.h"

namespace {

using dxnews::analyzer::ComputeSignature;
using dxnews::analyzer::EstimateSimilarity;
using dxnews::analyzer::NearDuplicateOptions;
using dxnews::analyzer::Similarity;
using dxnews::analyzer::SignatureIndex;
using dxnews::analyzer::TextSignature;

struct Article {
  std::string title;
  std::string text;  // lead + body, as the clustering step signs it
};

double ThreadSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::vector<Article> ReadArticles(const std::string& dir, std::size_t limit) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Article> articles;
  for (const std::string& path : paths) {
    if (articles.size() >= limit) break;
    std::ifstream in(path);
    std::string line, text;
    Article article;
    if (!std::getline(in, article.title)) continue;
    while (std::getline(in, line)) {
      if (!line.empty()) text += line + "\n";
    }
    article.text = text;
    articles.push_back(std::move(article));
  }
  return articles;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

// Sentences: cut after ". ", "! ", "? " and line ends.
std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool end = text[i] == '\n' ||
               ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 1 < text.size() && text[i + 1] == ' ');
    if (end) {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

const char* const kHeaders[] = {
    "(Báo điện tử) - Cập nhật lúc 08:15 ngày 12/05/2017",
    "Thứ Hai, 15/05/2017 - 10:42 | Chia sẻ | In bài viết",
    "Trang chủ > Xã hội > Thời sự",
    "TIN NÓNG | Theo dõi chúng tôi trên mạng xã hội",
};
const char* const kFooters[] = {
    "Theo Báo Tin Tức Tổng Hợp",
    "Nguyễn Văn Thành - Lê Thị Hồng",
    "Bản quyền thuộc về tòa soạn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    "Bình luận (0) | Gửi bình luận của bạn",
    "Ý kiến bạn đọc xin gửi về hộp thư của tòa soạn",
};

class Transformer {
 public:
  Transformer(const std::vector<Article>& articles, unsigned seed) : articles_(articles), random_(seed) {}

  std::string HeaderFooter(const std::string& text) {
    std::string out = std::string(kHeaders[Pick(4)]) + "\n" + std::string(kHeaders[Pick(4)]) + "\n" + text;
    out += std::string(kFooters[Pick(5)]) + "\n" + std::string(kFooters[Pick(5)]) + "\n";
    out += "Tin liên quan:\n";  // related-news titles of other articles
    for (int i = 0; i < 3; ++i) out += articles_[Pick(articles_.size())].title + "\n";
    return out;
  }

  std::string Trimmed(const std::string& text) {
    double fraction = std::uniform_real_distribution<double>(0.6, 0.8)(random_);
    auto keep = static_cast<std::size_t>(static_cast<double>(text.size()) * fraction);
    std::size_t cut = text.find_first_of(".\n", keep);
    return text.substr(0, cut == std::string::npos ? text.size() : cut + 1);
  }

  /// Deletes `rate` of the words, replaces another `rate`, swaps sentences, changes tone placement.
  std::string Edit(const std::string& text, double rate) {
    std::vector<std::string> sentences = Sentences(text);
    if (sentences.size() >= 4) {  // swap two neighbouring sentences, twice
      for (int i = 0; i < 2; ++i) {
        std::size_t at = Pick(sentences.size() - 1);
        std::swap(sentences[at], sentences[at + 1]);
      }
    }
    std::string joined;
    for (const std::string& s : sentences) joined += s;
    std::vector<std::string> words = Words(joined);
    std::string out;
    std::uniform_real_distribution<double> coin(0, 1);
    for (const std::string& word : words) {
      double c = coin(random_);
      if (c < rate) continue;  // deleted
      std::string w = c < 2 * rate ? RandomWord() : word;
      if (coin(random_) < 0.02) w = ToUpperAscii(w);
      out += NewTonePlacement(w) + " ";
    }
    return out;
  }

  std::size_t Pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

 private:
  std::string RandomWord() {
    std::vector<std::string> words = Words(articles_[Pick(articles_.size())].title);
    return words.empty() ? "và" : words[Pick(words.size())];
  }

  static std::string ToUpperAscii(std::string w) {
    for (char& c : w) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return w;
  }

  // The new-style tone placement of oa/oe/uy in open syllables ("hòa" -> "hoà").
  static std::string NewTonePlacement(std::string w) {
    static const std::pair<const char*, const char*> kPairs[] = {
        {"òa", "oà"}, {"óa", "oá"}, {"ỏa", "oả"}, {"õa", "oã"}, {"ọa", "oạ"}, {"òe", "oè"}, {"óe", "oé"},
        {"ỏe", "oẻ"}, {"ủy", "uỷ"}, {"ùy", "uỳ"}, {"ụy", "uỵ"}, {"Ủy", "Uỷ"}, {"Hòa", "Hoà"}, {"Hóa", "Hoá"}};
    for (const auto& [from, to] : kPairs) {
      std::size_t at = w.find(from);
      if (at != std::string::npos && at + std::string(from).size() == w.size()) {
        w.replace(at, std::string(from).size(), to);
      }
    }
    return w;
  }

  const std::vector<Article>& articles_;
  std::mt19937 random_;
};

// For each article, the other article sharing the most rare words (document frequency 2..20).
std::vector<std::pair<std::size_t, std::size_t>> HardNegatives(const std::vector<Article>& articles) {
  std::vector<std::set<std::string>> vocab(articles.size());
  std::unordered_map<std::string, std::vector<std::size_t>> postings;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    for (const std::string& w : Words(dxnews::analyzer::NormalizeLower(articles[i].text))) {
      if (w.size() >= 2 && vocab[i].insert(w).second) postings[w].push_back(i);
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    std::unordered_map<std::size_t, int> shared;
    for (const std::string& w : vocab[i]) {
      const std::vector<std::size_t>& docs = postings[w];
      if (docs.size() < 2 || docs.size() > 20) continue;
      for (std::size_t d : docs) {
        if (d != i) ++shared[d];
      }
    }
    std::size_t best = i;
    int most = 4;  // at least five shared rare words
    for (const auto& [d, n] : shared) {
      if (n > most) {
        most = n;
        best = d;
      }
    }
    if (best != i) pairs.emplace_back(i, best);
  }
  return pairs;
}

struct PairOutcome {
  bool candidate = false;
  Similarity similarity;
};

struct Counts {
  std::size_t positives = 0, detected = 0;
};

void PrintRow(const char* name, std::size_t tp, std::size_t positives, std::size_t fp) {
  double p = tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp);
  double r = positives == 0 ? 0.0 : double(tp) / double(positives);
  double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  std::printf("%-14s %6zu %6zu %6zu  %.4f  %.4f  %.4f\n", name, positives, tp, fp, p, r, f1);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: near_duplicate_pr DIR [--limit N] [--seed S] [--sweep] [--shingle K] [--min-shingles M]"
                 " [--show-flagged N] [--jaccard J] [--containment C]\n");
    return 2;
  }
  std::size_t limit = 4000;
  unsigned seed = 20171;
  bool sweep = false;
  std::size_t show_flagged = 0;
  NearDuplicateOptions options;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--limit" && i + 1 < argc) limit = std::stoul(argv[++i]);
    if (arg == "--seed" && i + 1 < argc) seed = static_cast<unsigned>(std::stoul(argv[++i]));
    if (arg == "--sweep") sweep = true;
    if (arg == "--shingle" && i + 1 < argc) options.shingle_size = std::stoul(argv[++i]);
    if (arg == "--min-shingles" && i + 1 < argc) options.min_shingles = std::stoul(argv[++i]);
    if (arg == "--show-flagged" && i + 1 < argc) show_flagged = std::stoul(argv[++i]);
    if (arg == "--jaccard" && i + 1 < argc) options.min_jaccard = std::stod(argv[++i]);
    if (arg == "--containment" && i + 1 < argc) options.min_containment = std::stod(argv[++i]);
  }
  std::vector<Article> articles = ReadArticles(argv[1], limit);
  if (articles.size() < 10) {
    std::fprintf(stderr, "near_duplicate_pr: fewer than 10 articles in %s\n", argv[1]);
    return 1;
  }

  double start = ThreadSeconds();
  std::size_t bytes = 0;
  std::vector<TextSignature> originals;
  for (const Article& a : articles) {
    originals.push_back(ComputeSignature(a.text, options));
    bytes += a.text.size();
  }
  double seconds = ThreadSeconds() - start;
  std::size_t too_short = 0;
  SignatureIndex index;
  for (std::size_t i = 0; i < originals.size(); ++i) {
    index.Add(static_cast<std::int64_t>(i), originals[i]);
    too_short += originals[i].empty() ? 1 : 0;
  }
  std::printf("articles %zu (%.1f MB), too short for a signature: %zu\n", articles.size(), double(bytes) / 1e6,
              too_short);
  std::printf("signatures: %.0f/s, %.1f MB/s (thread CPU time)\n", double(articles.size()) / seconds,
              double(bytes) / 1e6 / seconds);

  auto evaluate = [&](std::size_t a, const TextSignature& b) {
    PairOutcome outcome;
    std::vector<std::int64_t> candidates = index.Candidates(b);
    outcome.candidate = std::binary_search(candidates.begin(), candidates.end(), static_cast<std::int64_t>(a));
    outcome.similarity = EstimateSimilarity(originals[a], b);
    return outcome;
  };

  Transformer transform(articles, seed);
  const char* kKinds[] = {"header_footer", "trimmed", "light_edit", "heavy_edit", "combined"};
  std::map<std::string, std::vector<PairOutcome>> positives;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (originals[i].empty()) continue;  // too short: never clustered, counted above
    const std::string& text = articles[i].text;
    std::string copies[] = {transform.HeaderFooter(text), transform.Trimmed(text), transform.Edit(text, 0.02),
                            transform.Edit(text, 0.05),
                            transform.HeaderFooter(transform.Edit(transform.Trimmed(text), 0.02))};
    for (int k = 0; k < 5; ++k) positives[kKinds[k]].push_back(evaluate(i, ComputeSignature(copies[k], options)));
  }
  std::map<std::string, std::vector<PairOutcome>> negatives;
  std::size_t shown = 0;
  for (const auto& [a, b] : HardNegatives(articles)) {
    if (originals[a].empty() || originals[b].empty()) continue;
    negatives["hard"].push_back(evaluate(a, originals[b]));
    const PairOutcome& o = negatives["hard"].back();
    // Only the pairs below J 0.5 are shown: the doubtful ones.
    if (shown < show_flagged && o.candidate && o.similarity.jaccard < 0.5 &&
        dxnews::analyzer::IsNearDuplicate(o.similarity, options)) {
      ++shown;  // for a human to judge whether the "negative" is a real reprint in the data
      std::fprintf(stderr, "flagged J=%.2f C=%.2f\n  %s\n  %s\n", o.similarity.jaccard, o.similarity.containment,
                   articles[a].title.c_str(), articles[b].title.c_str());
    }
  }
  for (std::size_t n = 0; n < articles.size(); ++n) {
    std::size_t a = transform.Pick(articles.size()), b = transform.Pick(articles.size());
    if (a != b && !originals[a].empty() && !originals[b].empty()) negatives["random"].push_back(evaluate(a, originals[b]));
  }

  auto decide = [](const PairOutcome& o, const NearDuplicateOptions& opt) {
    return o.candidate && dxnews::analyzer::IsNearDuplicate(o.similarity, opt);
  };
  auto report = [&](const NearDuplicateOptions& opt) {
    std::size_t fp = 0, negatives_total = 0;
    for (const auto& [kind, outcomes] : negatives) {
      std::size_t flagged = 0, identical = 0;
      for (const PairOutcome& o : outcomes) {
        flagged += decide(o, opt) ? 1 : 0;
        identical += decide(o, opt) && o.similarity.jaccard >= 0.8 ? 1 : 0;
      }
      std::printf("negatives %-6s %6zu pairs, %zu predicted near-duplicate (%.4f), %zu of them with J >= 0.8\n",
                  kind.c_str(), outcomes.size(), flagged,
                  outcomes.empty() ? 0.0 : double(flagged) / double(outcomes.size()), identical);
      fp += flagged;
      negatives_total += outcomes.size();
    }
    std::printf("%-14s %6s %6s %6s  %-6s  %-6s  %-6s   (FP counted over all %zu negatives)\n", "transformation",
                "pairs", "TP", "FP", "P", "R", "F1", negatives_total);
    std::size_t all_tp = 0, all_pos = 0;
    for (const char* kind : kKinds) {
      std::size_t tp = 0;
      for (const PairOutcome& o : positives[kind]) tp += decide(o, opt) ? 1 : 0;
      PrintRow(kind, tp, positives[kind].size(), fp);
      all_tp += tp;
      all_pos += positives[kind].size();
    }
    PrintRow("all", all_tp, all_pos, fp);
  };
  std::printf("\nthresholds: jaccard >= %.2f, or containment >= %.2f with >= %zu shared shingles and jaccard >= %.2f\n",
              options.min_jaccard, options.min_containment, options.min_shared_shingles,
              options.min_jaccard_for_containment);
  report(options);
  if (sweep) {
    for (double j : {0.4, 0.5, 0.6}) {
      for (double c : {0.6, 0.65, 0.7, 0.8}) {
        NearDuplicateOptions o = options;
        o.min_jaccard = j;
        o.min_containment = c;
        std::printf("\nsweep: jaccard >= %.2f, containment >= %.2f\n", j, c);
        report(o);
      }
    }
  }
  return 0;
}
