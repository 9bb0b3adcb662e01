// `dxnews show ID [--json]`: one article of the store, as `dxnews search` numbers it.
#include <CLI/CLI.hpp>

#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "commands.h"
#include "console.h"
#include "data_files.h"
#include "dxnews/store/article_store.h"
#include "vietnam_time.h"

namespace dxnews::cli {
namespace {

nlohmann::json ArticleJson(const store::StoredArticle& a) {
  return {{"id", a.id},
          {"url", a.url},
          {"source", a.source_id},
          {"title", a.title},
          {"lead", a.lead},
          {"text", a.text},
          {"published", a.published ? nlohmann::json(FormatVietnamTime(*a.published)) : nlohmann::json()},
          {"author", a.author},
          {"credit", a.credit},
          {"tags", a.tags},
          {"province", a.province},
          {"cluster", a.cluster ? nlohmann::json(*a.cluster) : nlohmann::json()},
          {"fetched_at", FormatVietnamTime(a.fetched_at)}};
}

class ShowCommand : public Command {
 public:
  void AddOptions(CLI::App& app) override {
    app.add_option("id", id_, "Article id (as `dxnews search` shows it)")->required();
    app.add_flag("--json", json_, "Print the article as JSON");
  }

  int Run(const GlobalOptions& global) override {
    Result<std::unique_ptr<store::ArticleStore>> store = store::ArticleStore::Open(StorePath(global.data_dir));
    if (!store.ok()) return ReportFailure(store.status());
    Result<store::StoredArticle> article = store.value()->Get(id_);
    if (!article.ok()) return ReportFailure(article.status());
    const store::StoredArticle& a = article.value();
    if (json_) {
      std::cout << ArticleJson(a).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      return std::cout ? kExitOk : kExitFailure;
    }
    std::cout << a.title << '\n' << a.url << '\n';
    std::string meta = a.source_id;
    if (a.published) meta += (meta.empty() ? "" : " · ") + FormatVietnamTime(*a.published);
    if (!a.author.empty()) meta += (meta.empty() ? "" : " · ") + a.author;
    if (!a.province.empty()) meta += (meta.empty() ? "" : " · ") + a.province;
    if (!meta.empty()) std::cout << meta << '\n';
    std::cout << '\n';
    if (!a.lead.empty()) std::cout << a.lead << "\n\n";
    std::cout << a.text << '\n';
    return std::cout ? kExitOk : kExitFailure;
  }

 private:
  std::int64_t id_ = 0;
  bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> MakeShowCommand() { return std::make_unique<ShowCommand>(); }

}  // namespace dxnews::cli
