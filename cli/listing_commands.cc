// `dxnews officials|events|documents [--from D] [--to D] [--province P] [--theme T] [--query Q]
// [--limit N] [--json|--csv]`: who and what was in the news, with counts, first and last day seen
// and the articles. Default period: everything stored.
#include <CLI/CLI.hpp>

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "console.h"
#include "dxnews/report/csv.h"
#include "dxnews/report/listings.h"
#include "report_setup.h"

namespace dxnews::cli {
namespace {

using json = nlohmann::ordered_json;

enum class Listing { kOfficials, kEvents, kDocuments };

// Articles shown per entry in the readable output (JSON and CSV have them all).
constexpr std::size_t kRefsShown = 3;

json RefsJson(const std::vector<report::ArticleRef>& refs) {
  json out = json::array();
  for (const report::ArticleRef& r : refs) {
    out.push_back({{"id", r.id}, {"date", analyzer::ToIso(r.day)}, {"source", r.source_name}, {"url", r.url},
                   {"title", r.title}});
  }
  return out;
}

std::string RefIds(const std::vector<report::ArticleRef>& refs) {
  std::string out;
  for (const report::ArticleRef& r : refs) out += (out.empty() ? "" : " ") + std::to_string(r.id);
  return out;
}

void PrintRefs(const std::vector<report::ArticleRef>& refs) {
  for (std::size_t i = 0; i < refs.size() && i < kRefsShown; ++i) {
    std::cout << "    " << analyzer::ToIso(refs[i].day) << "  " << refs[i].source_name << "  " << refs[i].url << '\n';
  }
  if (refs.size() > kRefsShown) std::cout << "    ... " << refs.size() - kRefsShown << " more\n";
}

std::string Span(const analyzer::CivilDate& first, const analyzer::CivilDate& last) {
  return analyzer::ToIso(first) + (first == last ? "" : ".." + analyzer::ToIso(last));
}

class ListingCommand : public Command {
 public:
  explicit ListingCommand(Listing kind) : kind_(kind) {}

  void AddOptions(CLI::App& app) override {
    flags_.AddTo(app);
    app.add_option("--query", query_, "Only articles that match this search (as `dxnews search`; needs the index)");
    app.add_option("--limit", limit_, "Print at most N entries (0: all)")->capture_default_str();
    auto* json_flag = app.add_flag("--json", json_, "JSON: an array of entries with every article");
    app.add_flag("--csv", csv_, "CSV, one row per entry (columns in doc/manual.md)")->excludes(json_flag);
  }

  int Run(const GlobalOptions& global) override {
    Result<ReportModels> models = ReportModels::Load(global.data_dir);
    if (!models.ok()) return ReportFailure(models.status());
    Result<LoadedArticles> loaded = LoadFlaggedArticles(global.data_dir, models.value(), flags_, query_, false);
    if (!loaded.ok()) return ReportFailure(loaded.status());
    const std::vector<report::ReportArticle>& articles = loaded.value().articles;
    switch (kind_) {
      case Listing::kOfficials: Print(Trim(report::ListOfficials(articles))); break;
      case Listing::kEvents: Print(Trim(report::ListEvents(articles, models.value().provinces))); break;
      case Listing::kDocuments: Print(Trim(report::ListDocuments(articles))); break;
    }
    return std::cout ? kExitOk : kExitFailure;
  }

 private:
  template <typename T>
  std::vector<T> Trim(std::vector<T> list) const {
    if (limit_ > 0 && list.size() > static_cast<std::size_t>(limit_)) list.resize(static_cast<std::size_t>(limit_));
    return list;
  }

  void Print(const std::vector<report::OfficialListing>& list) const {
    if (json_) {
      json out = json::array();
      for (const auto& o : list) {
        out.push_back({{"name", o.name}, {"titles", o.titles}, {"organization", o.organization},
                       {"articles", o.articles}, {"stories", o.stories}, {"first_seen", analyzer::ToIso(o.first_seen)},
                       {"last_seen", analyzer::ToIso(o.last_seen)}, {"refs", RefsJson(o.refs)}});
      }
      std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    } else if (csv_) {
      std::cout << report::CsvRow({"name", "titles", "organization", "articles", "stories", "first_seen", "last_seen", "article_ids"});
      for (const auto& o : list) {
        std::string titles;
        for (const std::string& t : o.titles) titles += (titles.empty() ? "" : "; ") + t;
        std::cout << report::CsvRow({o.name, titles, o.organization, std::to_string(o.articles), std::to_string(o.stories),
                 analyzer::ToIso(o.first_seen), analyzer::ToIso(o.last_seen), RefIds(o.refs)});
      }
    } else {
      for (const auto& o : list) {
        std::cout << o.name << (o.titles.empty() ? "" : " — " + o.titles.front()) << "\n  " << o.articles
                  << " articles, " << o.stories << " stories, " << Span(o.first_seen, o.last_seen) << '\n';
        PrintRefs(o.refs);
      }
      if (list.empty()) std::cout << "no officials found\n";
    }
  }

  void Print(const std::vector<report::EventListing>& list) const {
    if (json_) {
      json out = json::array();
      for (const auto& e : list) {
        out.push_back({{"date", analyzer::ToIso(e.day)}, {"type", e.type}, {"name", e.name}, {"place", e.place},
                       {"participants", e.participants}, {"articles", e.articles}, {"refs", RefsJson(e.refs)}});
      }
      std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    } else if (csv_) {
      std::cout << report::CsvRow({"date", "type", "name", "place", "participants", "articles", "article_ids"});
      for (const auto& e : list) {
        std::string who;
        for (const std::string& p : e.participants) who += (who.empty() ? "" : "; ") + p;
        std::cout << report::CsvRow({analyzer::ToIso(e.day), e.type, e.name, e.place, who, std::to_string(e.articles), RefIds(e.refs)});
      }
    } else {
      for (const auto& e : list) {
        std::cout << analyzer::ToIso(e.day) << "  " << (e.name.empty() ? e.type : e.name)
                  << (e.place.empty() ? "" : " (" + e.place + ")") << '\n';
        if (!e.participants.empty()) {
          std::string who;
          for (const std::string& p : e.participants) who += (who.empty() ? "" : ", ") + p;
          std::cout << "  with " << who << '\n';
        }
        PrintRefs(e.refs);
      }
      if (list.empty()) std::cout << "no dated events found\n";
    }
  }

  void Print(const std::vector<report::DocumentListing>& list) const {
    if (json_) {
      json out = json::array();
      for (const auto& d : list) {
        out.push_back({{"number", d.number}, {"type", d.type}, {"issuer", d.issuer}, {"articles", d.articles},
                       {"stories", d.stories}, {"first_seen", analyzer::ToIso(d.first_seen)},
                       {"last_seen", analyzer::ToIso(d.last_seen)}, {"refs", RefsJson(d.refs)}});
      }
      std::cout << out.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    } else if (csv_) {
      std::cout << report::CsvRow({"number", "type", "issuer", "articles", "stories", "first_seen", "last_seen", "article_ids"});
      for (const auto& d : list) {
        std::cout << report::CsvRow({d.number, d.type, d.issuer, std::to_string(d.articles), std::to_string(d.stories),
                 analyzer::ToIso(d.first_seen), analyzer::ToIso(d.last_seen), RefIds(d.refs)});
      }
    } else {
      for (const auto& d : list) {
        std::cout << (d.type.empty() ? "" : d.type + " ") << d.number << (d.issuer.empty() ? "" : " (" + d.issuer + ")")
                  << "\n  " << d.articles << " articles, " << d.stories << " stories, "
                  << Span(d.first_seen, d.last_seen) << '\n';
        PrintRefs(d.refs);
      }
      if (list.empty()) std::cout << "no documents found\n";
    }
  }

  Listing kind_;
  ReportFlags flags_;
  std::string query_;
  int limit_ = 50;
  bool json_ = false, csv_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeOfficialsCommand() { return std::make_unique<ListingCommand>(Listing::kOfficials); }
std::unique_ptr<Command> MakeEventsCommand() { return std::make_unique<ListingCommand>(Listing::kEvents); }
std::unique_ptr<Command> MakeDocumentsCommand() { return std::make_unique<ListingCommand>(Listing::kDocuments); }

}  // namespace dxnews::cli
