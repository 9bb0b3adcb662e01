// query_bench: in-process latency of Searcher::Search over the queries of bench/search_queries.tsv
// (top 10 with snippets and cluster folding, plus facets or date sort when the query's flags ask
// for them), and the folding check of bench/folding_queries.tsv, to compare with SQLite FTS5
// queried in process (bench/fts5_bench.py).
//
//   query_bench INDEX_DIR --queries search_queries.tsv [--folding folding_queries.tsv] [--rounds N]
//
// Queries: column 2 of each TSV line is the query as typed into `dxnews search`, optionally
// followed by " ||| " and flags: --facets, --sort relevance|date, --limit N, --from D, --to D,
// --province P, --source S, --theme T, --official O. Every query runs once to warm the caches,
// then N (default 3) timed rounds; p50/p99 over all timed runs, and p50 per kind (column 1).
// Folding: for each line "correct <TAB> folded <TAB> other tone", the share of the correct
// query's top 10 that the folded (and other-tone) query also returns, with the default options.
// Also prints the process's CPU time and peak RSS (getrusage). Prints figures, asserts nothing.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/index/searcher.h"
#include "dxnews/index/term_mapper.h"

namespace {

using dxnews::index::SearchOptions;

struct BenchQuery {
  std::string kind;
  std::string text;
  SearchOptions options;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "query_bench: %s\n", message.c_str());
  return 1;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string::size_type start = 0;
  for (;;) {
    auto tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

// Midnight (kEndOfDay: 23:59:59) of day `text` in Vietnam (UTC+7), in UTC seconds.
bool VietnamDay(const std::string& text, bool end_of_day, std::int64_t* seconds) {
  auto date = dxnews::analyzer::ParseCivilDate(text);
  if (!date) return false;
  *seconds = dxnews::analyzer::DaysSinceEpoch(*date) * 86400 - 7 * 3600 + (end_of_day ? 86399 : 0);
  return true;
}

// Applies the `dxnews search` flags of `flags` ("--facets --sort date") to `options`.
bool ParseFlags(const std::string& flags, SearchOptions* options, std::string* error) {
  std::istringstream in(flags);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& flag = words[i];
    if (flag == "--facets") {
      options->facets = true;
      continue;
    }
    if (i + 1 == words.size()) {
      *error = flag + " needs a value";
      return false;
    }
    const std::string& value = words[++i];
    std::int64_t seconds = 0;
    if (flag == "--sort" && (value == "date" || value == "relevance")) {
      options->sort = value == "date" ? SearchOptions::Sort::kDate : SearchOptions::Sort::kRelevance;
    } else if (flag == "--limit") {
      options->limit = std::atoi(value.c_str());
    } else if ((flag == "--from" || flag == "--to") && VietnamDay(value, flag == "--to", &seconds)) {
      (flag == "--from" ? options->from : options->to) = seconds;
    } else if (flag == "--province") {
      options->provinces.push_back(value);
    } else if (flag == "--source") {
      options->sources.push_back(value);
    } else if (flag == "--theme") {
      options->themes.push_back(value);
    } else if (flag == "--official") {
      options->officials.push_back(value);
    } else {
      *error = "unsupported flag " + flag + " " + value;
      return false;
    }
  }
  return true;
}

bool ReadQueries(const std::string& path, std::vector<BenchQuery>* queries, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields = SplitTabs(line);
    if (fields.size() < 2) {
      *error = path + ":" + std::to_string(number) + ": expected kind<TAB>query<TAB>fts5";
      return false;
    }
    BenchQuery q;
    q.kind = fields[0];
    q.text = fields[1];
    auto bar = q.text.find(" ||| ");
    if (bar != std::string::npos) {
      std::string flags = q.text.substr(bar + 5);
      q.text.resize(bar);
      if (!ParseFlags(flags, &q.options, error)) {
        *error = path + ":" + std::to_string(number) + ": " + *error;
        return false;
      }
    }
    queries->push_back(std::move(q));
  }
  return true;
}

double Percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto k = static_cast<std::size_t>(p / 100 * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(k, values.size() - 1)];
}

double CpuSeconds(const rusage& usage) {
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Top-10 article ids of `query` with the default options; empty on error or no hit.
std::vector<std::int64_t> TopIds(const dxnews::index::Searcher& searcher, const std::string& query) {
  std::vector<std::int64_t> ids;
  auto results = searcher.Search(query, {});
  if (!results.ok()) return ids;
  for (const auto& hit : results.value().hits) ids.push_back(hit.id);
  return ids;
}

double Overlap(const std::vector<std::int64_t>& want, const std::vector<std::int64_t>& got) {
  std::set<std::int64_t> have(got.begin(), got.end());
  long common = std::count_if(want.begin(), want.end(), [&](std::int64_t id) { return have.count(id) > 0; });
  return static_cast<double>(common) / static_cast<double>(want.size());
}

int RunFolding(const dxnews::index::Searcher& searcher, const std::string& path) {
  std::ifstream in(path);
  if (!in) return Fail("cannot read " + path);
  std::vector<double> folded, tone;
  int lines = 0, folded_empty = 0, folded_full = 0;
  std::string differing;  // one line per query whose folded or other-tone top 10 differs
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() < 3) return Fail(path + ": expected correct<TAB>folded<TAB>other_tone");
    ++lines;
    std::vector<std::int64_t> want = TopIds(searcher, f[0]);
    if (want.empty()) continue;
    std::vector<std::int64_t> got = TopIds(searcher, f[1]);
    folded_empty += got.empty();
    folded.push_back(Overlap(want, got));
    folded_full += folded.back() == 1.0;
    tone.push_back(Overlap(want, TopIds(searcher, f[2])));
    if (folded.back() < 1.0 || tone.back() < 1.0) {
      differing += "  " + f[0] + " | " + f[1] + ": " + std::to_string(static_cast<int>(100 * folded.back() + 0.5)) +
                   "%, " + f[2] + ": " + std::to_string(static_cast<int>(100 * tone.back() + 0.5)) + "%\n";
    }
  }
  auto mean = [](const std::vector<double>& v) {
    double sum = 0;
    for (double x : v) sum += x;
    return v.empty() ? 0.0 : sum / static_cast<double>(v.size());
  };
  std::printf("dxnews folding: %d queries, %zu with results; top-10 overlap with the correct form: "
              "folded %.1f%% (%d identical, %d empty), other tone placement %.1f%%\n",
              lines, folded.size(), 100 * mean(folded), folded_full, folded_empty, 100 * mean(tone));
  std::printf("%s", differing.c_str());
  auto cds = searcher.Search("chuyen doi so", {});
  if (cds.ok()) {
    std::printf("dxnews folding: \"chuyen doi so\" finds %lld articles (%zu shown)%s%s\n",
                static_cast<long long>(cds.value().total), cds.value().hits.size(),
                cds.value().did_you_mean.empty() ? "" : ", did you mean: ", cds.value().did_you_mean.c_str());
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string index_dir, queries_path, folding_path;
  int rounds = 3;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--queries") queries_path = value();
    else if (arg == "--folding") folding_path = value();
    else if (arg == "--rounds") rounds = std::atoi(value().c_str());
    else if (index_dir.empty() && arg.rfind("--", 0) != 0) index_dir = arg;
    else return Fail("unknown argument " + arg);
  }
  if (index_dir.empty() || (queries_path.empty() && folding_path.empty()) || rounds < 1) {
    return Fail("usage: query_bench INDEX_DIR --queries TSV [--folding TSV] [--rounds N]");
  }
  auto mapper = dxnews::index::TermMapper::LoadBuiltin();
  if (!mapper.ok()) return Fail(mapper.status().ToString());
  auto open_start = std::chrono::steady_clock::now();
  auto searcher = dxnews::index::Searcher::Open(index_dir, mapper.value());
  if (!searcher.ok()) return Fail(searcher.status().ToString());
  double open_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - open_start).count();
  auto docs = searcher.value()->DocCount();

  if (!queries_path.empty()) {
    std::vector<BenchQuery> queries;
    std::string error;
    if (!ReadQueries(queries_path, &queries, &error)) return Fail(error);
    std::vector<double> all;
    std::map<std::string, std::vector<double>> by_kind;
    std::vector<std::string> kinds;  // in file order
    rusage before{};
    for (int round = 0; round <= rounds; ++round) {
      if (round == 1) getrusage(RUSAGE_SELF, &before);
      for (const BenchQuery& q : queries) {
        auto start = std::chrono::steady_clock::now();
        auto results = searcher.value()->Search(q.text, q.options);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!results.ok()) return Fail(q.text + ": " + results.status().ToString());
        if (round == 0) {
          if (by_kind.find(q.kind) == by_kind.end()) kinds.push_back(q.kind);
          by_kind[q.kind];
          continue;  // warm-up
        }
        all.push_back(ms);
        by_kind[q.kind].push_back(ms);
      }
    }
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    std::printf("dxnews query (in process, %lld articles, open %.0f ms): %zu queries x %d rounds after a warm-up: "
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms; CPU %.2f ms/query\n",
                docs.ok() ? static_cast<long long>(docs.value()) : -1LL, open_ms, queries.size(), rounds,
                Percentile(all, 50), Percentile(all, 99), Percentile(all, 100),
                1000 * (CpuSeconds(after) - CpuSeconds(before)) / static_cast<double>(all.size()));
    std::printf("dxnews query p50 by kind:");
    for (const std::string& kind : kinds) std::printf(" %s %.2f ms", kind.c_str(), Percentile(by_kind[kind], 50));
    std::printf("\n");
  }
  if (!folding_path.empty() && RunFolding(*searcher.value(), folding_path) != 0) return 1;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("dxnews query process: peak RSS %.1f MB, CPU %.2f s\n", static_cast<double>(usage.ru_maxrss) / 1024,
              CpuSeconds(usage));
  return 0;
}
