// synthetic_store: builds a large article store for the index, digest and trends benchmarks from
// real article texts (one plain-text article per file: title line, lead line, body lines, as in
// vi-news-baomoi-2017, which carries no dates or sources).
//
//   synthetic_store --texts DIR --out STORE.sqlite --count N [--seed S] [--from 2019-01-01]
//                   [--to 2025-12-31]
//
// Article i is text i mod T (T texts). Copies after the first of a text get their body
// paragraphs rotated and one dropped, so they are not byte-identical. Each article gets a source
// drawn from corpus/sources.toml (its province is the source's), a URL on the source's host and
// a publication time drawn uniformly between --from and --to (Vietnam daytime hours), all from a
// seeded generator: the same arguments give the same store. Prints progress and a summary.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "dxnews/analyzer/civil_date.h"
#include "dxnews/analyzer/province_registry.h"
#include "dxnews/crawler/source_registry.h"
#include "dxnews/store/article_store.h"

namespace {

using dxnews::analyzer::CivilDate;

struct Text {
  std::string title, lead;
  std::vector<std::string> body;
};

int Fail(const std::string& message) {
  std::fprintf(stderr, "synthetic_store: %s\n", message.c_str());
  return 1;
}

bool ReadText(const std::filesystem::path& path, Text* text) {
  std::ifstream in(path);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) lines.push_back(line);
  }
  if (lines.size() < 3) return false;
  text->title = lines[0];
  text->lead = lines[1];
  text->body.assign(lines.begin() + 2, lines.end());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string texts_dir, out;
  long count = 0;
  unsigned seed = 20241010;
  std::string from = "2019-01-01", to = "2025-12-31";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (arg == "--texts") texts_dir = value();
    else if (arg == "--out") out = value();
    else if (arg == "--count") count = std::atol(value().c_str());
    else if (arg == "--seed") seed = static_cast<unsigned>(std::atol(value().c_str()));
    else if (arg == "--from") from = value();
    else if (arg == "--to") to = value();
    else return Fail("unknown argument " + arg);
  }
  auto first = dxnews::analyzer::ParseCivilDate(from), last = dxnews::analyzer::ParseCivilDate(to);
  if (texts_dir.empty() || out.empty() || count <= 0 || !first || !last) {
    return Fail("usage: synthetic_store --texts DIR --out STORE --count N [--seed S] [--from D] [--to D]");
  }

  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(texts_dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Text> texts;
  for (const auto& file : files) {
    Text text;
    if (ReadText(file, &text)) texts.push_back(std::move(text));
  }
  if (texts.empty()) return Fail("no article texts in " + texts_dir);

  auto provinces = dxnews::analyzer::ProvinceRegistry::LoadBuiltin();
  if (!provinces.ok()) return Fail(provinces.status().message());
  dxnews::crawler::ProvinceRefs refs;
  for (const auto& p : provinces.value().units(dxnews::analyzer::ProvinceEra::kBefore2025)) {
    refs.new_unit_of_old[p.id] = p.new_unit;
  }
  for (const auto& p : provinces.value().units(dxnews::analyzer::ProvinceEra::kFrom2025)) refs.new_ids.insert(p.id);
  auto sources = dxnews::crawler::SourceRegistry::LoadBuiltin(refs);
  if (!sources.ok()) return Fail(sources.status().message());
  const auto& outlets = sources.value().sources();

  auto store = dxnews::store::ArticleStore::Open(out);
  if (!store.ok()) return Fail(store.status().message());

  std::mt19937_64 random(seed);
  long first_day = dxnews::analyzer::DaysSinceEpoch(*first), last_day = dxnews::analyzer::DaysSinceEpoch(*last);
  std::uniform_int_distribution<long> day(first_day, last_day);
  std::uniform_int_distribution<long> second_of_day(0, 14 * 3600);  // 06:00-20:00 in Vietnam
  std::uniform_int_distribution<std::size_t> outlet(0, outlets.size() - 1);

  auto start = std::chrono::steady_clock::now();
  constexpr long kBatch = 5000;
  std::vector<dxnews::store::StoredArticle> batch;
  for (long i = 0; i < count; ++i) {
    const Text& text = texts[static_cast<std::size_t>(i) % texts.size()];
    long copy = i / static_cast<long>(texts.size());
    const auto& source = outlets[outlet(random)];
    dxnews::store::StoredArticle a;
    a.source_id = source.id;
    a.province = source.province;
    std::string home = source.home;
    if (!home.empty() && home.back() != '/') home += '/';
    a.url = home + "tin-tuc/bai-" + std::to_string(i) + ".html";
    a.title = text.title;
    a.lead = text.lead;
    std::vector<std::string> body = text.body;
    if (copy > 0 && body.size() > 1) {
      std::rotate(body.begin(), body.begin() + copy % static_cast<long>(body.size()), body.end());
      if (body.size() > 3) body.erase(body.begin() + copy % static_cast<long>(body.size()));
    }
    for (const std::string& paragraph : body) a.text += (a.text.empty() ? "" : "\n") + paragraph;
    a.published = (day(random) * 86400) + second_of_day(random) - 1 * 3600;  // 06:00 +07:00 = 23:00 UTC
    a.fetched_at = *a.published + 600;
    batch.push_back(std::move(a));
    if (static_cast<long>(batch.size()) == kBatch || i + 1 == count) {
      auto written = store.value()->UpsertBatch(batch);
      if (!written.ok()) return Fail(written.status().message());
      batch.clear();
      if ((i + 1) % 100000 == 0 || i + 1 == count) {
        double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "synthetic_store: %ld articles, %.0f/s\n", i + 1, (i + 1) / s);
      }
    }
  }
  std::printf("%ld articles from %zu texts, %s..%s, %zu outlets -> %s\n", count, texts.size(), from.c_str(),
              to.c_str(), outlets.size(), out.c_str());
  return 0;
}
