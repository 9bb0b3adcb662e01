#include "source_report.h"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace dxnews::cli {
namespace {

using crawler::SourceConfig;
using Json = nlohmann::json;

std::string ProvinceName(const analyzer::ProvinceRegistry& provinces, analyzer::ProvinceEra era,
                         const std::string& id) {
  if (id.empty()) return "-";
  const analyzer::Province* unit = provinces.FindById(era, id);
  return unit != nullptr ? unit->name : id;
}

Json ProvinceJson(const analyzer::ProvinceRegistry& provinces, analyzer::ProvinceEra era, const std::string& id) {
  if (id.empty()) return nullptr;
  return Json{{"id", id}, {"name", ProvinceName(provinces, era, id)}};
}

Json FeedsJson(const std::vector<crawler::FeedRef>& feeds) {
  Json out = Json::array();
  for (const crawler::FeedRef& feed : feeds) {
    out.push_back({{"url", feed.url}, {"confidence", crawler::SourceRegistry::ConfidenceName(feed.confidence)}});
  }
  return out;
}

Json SourceObject(const SourceConfig& source, const analyzer::ProvinceRegistry& provinces) {
  return Json{{"id", source.id},
              {"name", source.name},
              {"kind", crawler::SourceRegistry::KindName(source.kind)},
              {"home", source.home},
              {"hosts", source.hosts},
              {"province", ProvinceJson(provinces, analyzer::ProvinceEra::kBefore2025, source.province)},
              {"new_province", ProvinceJson(provinces, analyzer::ProvinceEra::kFrom2025, source.new_province)},
              {"feeds", FeedsJson(source.feeds)},
              {"sitemaps", FeedsJson(source.sitemaps)},
              {"article_patterns", source.article_patterns},
              {"examples", source.examples},
              {"counter_examples", source.counter_examples},
              {"confidence", crawler::SourceRegistry::ConfidenceName(source.confidence)},
              {"notes", source.notes},
              {"hints", source.hints}};
}

void AddList(const std::string& key, const std::vector<std::string>& values, std::string* out) {
  *out += key + ":";
  if (values.empty()) *out += " (none)";
  *out += '\n';
  for (const std::string& value : values) *out += "  " + value + '\n';
}

void AddFeeds(const std::string& key, const std::vector<crawler::FeedRef>& feeds, std::string* out) {
  std::vector<std::string> lines;
  for (const crawler::FeedRef& feed : feeds) {
    lines.push_back(feed.url + " (" + std::string(crawler::SourceRegistry::ConfidenceName(feed.confidence)) + ")");
  }
  AddList(key, lines, out);
}

std::string ProbeLine(const crawler::ProbeResult& probe) {
  char head[64];
  std::string status = probe.answered ? std::to_string(probe.http_status) : "---";
  std::snprintf(head, sizeof head, "  %-8s %3s %6.2f s  ", crawler::ProbeKindName(probe.kind), status.c_str(),
                probe.seconds);
  std::string what;
  if (probe.parsed && probe.kind == crawler::ProbeKind::kRobots) {
    what = "robots.txt, " + std::to_string(probe.items) + " sitemap line(s)";
  } else if (probe.parsed) {
    what = probe.format + ", " + std::to_string(probe.items) + (probe.kind == crawler::ProbeKind::kFeed ? " items" : " entries");
  } else {
    what = probe.error.empty() ? "not parsed" : probe.error;
  }
  return head + what + "  " + probe.url + '\n';
}

}  // namespace

std::string SourceListLine(const SourceConfig& source, const analyzer::ProvinceRegistry& provinces) {
  std::string province = source.province.empty() && source.new_province.empty()
                             ? "-"
                             : ProvinceName(provinces, analyzer::ProvinceEra::kBefore2025, source.province) +
                                   " -> " + ProvinceName(provinces, analyzer::ProvinceEra::kFrom2025, source.new_province);
  return source.id + '\t' + source.name + '\t' + province + '\t' +
         std::string(crawler::SourceRegistry::KindName(source.kind));
}

std::string SourceDetails(const SourceConfig& source, const analyzer::ProvinceRegistry& provinces) {
  std::string out;
  out += "id: " + source.id + '\n';
  out += "name: " + source.name + '\n';
  out += "kind: " + std::string(crawler::SourceRegistry::KindName(source.kind)) + '\n';
  out += "home: " + source.home + '\n';
  AddList("hosts", source.hosts, &out);
  out += "province (before 2025): " + ProvinceName(provinces, analyzer::ProvinceEra::kBefore2025, source.province) +
         (source.province.empty() ? "" : " (" + source.province + ")") + '\n';
  out += "province (from 2025): " + ProvinceName(provinces, analyzer::ProvinceEra::kFrom2025, source.new_province) +
         (source.new_province.empty() ? "" : " (" + source.new_province + ")") + '\n';
  AddFeeds("feeds", source.feeds, &out);
  AddFeeds("sitemaps", source.sitemaps, &out);
  AddList("article patterns", source.article_patterns, &out);
  AddList("examples", source.examples, &out);
  AddList("counter-examples", source.counter_examples, &out);
  out += "confidence: " + std::string(crawler::SourceRegistry::ConfidenceName(source.confidence)) + '\n';
  out += "notes: " + source.notes + '\n';
  std::vector<std::string> hints;
  for (const auto& [key, value] : source.hints) hints.push_back(key + " = " + value);
  AddList("hints", hints, &out);
  return out;
}

std::string SourceJson(const SourceConfig& source, const analyzer::ProvinceRegistry& provinces, int indent) {
  return SourceObject(source, provinces).dump(indent);
}

std::string SourcesJson(const std::vector<const SourceConfig*>& sources, const analyzer::ProvinceRegistry& provinces) {
  Json out = Json::array();
  for (const SourceConfig* source : sources) out.push_back(SourceObject(*source, provinces));
  return out.dump(2);
}

std::string CheckReport(const crawler::SourceCheck& check) {
  std::string out = check.source_id + ": ";
  if (check.AnyAnswered()) {
    out += "ok\n";
  } else {
    std::string reason = check.probes.empty() || check.probes.front().error.empty() ? "no answer"
                                                                                     : check.probes.front().error;
    out += "unreachable: " + reason + '\n';
  }
  for (const crawler::ProbeResult& probe : check.probes) out += ProbeLine(probe);
  return out;
}

std::string CheckSummary(const std::vector<crawler::SourceCheck>& checks) {
  std::size_t answered = 0, urls = 0, urls_answered = 0;
  for (const crawler::SourceCheck& check : checks) {
    answered += check.AnyAnswered() ? 1 : 0;
    for (const crawler::ProbeResult& probe : check.probes) {
      ++urls;
      urls_answered += probe.answered ? 1 : 0;
    }
  }
  return "checked " + std::to_string(checks.size()) + " sources: " + std::to_string(answered) + " answered, " +
         std::to_string(checks.size() - answered) + " unreachable; " + std::to_string(urls_answered) + " of " +
         std::to_string(urls) + " URLs answered";
}

std::string ChecksJson(const std::vector<crawler::SourceCheck>& checks) {
  Json out = Json::array();
  for (const crawler::SourceCheck& check : checks) {
    Json probes = Json::array();
    for (const crawler::ProbeResult& p : check.probes) {
      probes.push_back({{"kind", crawler::ProbeKindName(p.kind)},
                        {"url", p.url},
                        {"answered", p.answered},
                        {"status", p.answered ? Json(p.http_status) : Json(nullptr)},
                        {"seconds", p.seconds},
                        {"parsed", p.parsed},
                        {"format", p.format},
                        {"items", p.items},
                        {"error", p.error}});
    }
    out.push_back({{"id", check.source_id}, {"answered", check.AnyAnswered()}, {"probes", probes}});
  }
  return out.dump(2);
}

}  // namespace dxnews::cli
