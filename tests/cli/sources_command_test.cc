// `dxnews sources` end to end through the command table: list and show from the built-in
// registry, an unknown id, and check against a real server on 127.0.0.1 and a closed port.
#include <CLI/CLI.hpp>
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "command.h"
#include "commands.h"
#include "support/temp_dir.h"
#include "support/test_http_server.h"

namespace dxnews::cli {
namespace {

struct RunOutcome {
  int code = -1;
  std::string out;
  std::string err;
};

// Parses `args` (after "sources") as main() would and runs the command, capturing its output.
RunOutcome RunSources(std::vector<std::string> args) {
  CLI::App app("test");
  CLI::App* sub = app.add_subcommand("sources");
  std::unique_ptr<Command> command = MakeSourcesCommand();
  command->AddOptions(*sub);
  args.insert(args.begin(), "sources");
  std::vector<const char*> argv = {"dxnews"};
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  app.parse(static_cast<int>(argv.size()), argv.data());
  std::ostringstream out, err;
  std::streambuf* old_out = std::cout.rdbuf(out.rdbuf());
  std::streambuf* old_err = std::cerr.rdbuf(err.rdbuf());
  RunOutcome outcome;
  outcome.code = command->Run(GlobalOptions{});
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  outcome.out = out.str();
  outcome.err = err.str();
  return outcome;
}

std::string Registry(const testing::TempDir& dir, const std::string& home, const std::string& host) {
  std::string path = dir.File("sources.toml");
  std::ofstream(path) << "[[source]]\nid = \"bao-tin-so\"\nname = \"Báo Tin Số\"\nkind = \"provincial-party-paper\"\n"
                      << "home = \"" << home << "/\"\nhosts = [\"" << host << "\"]\n"
                      << "province = \"quang-binh\"\nnew_province = \"quang-tri\"\n"
                      << "feeds = [{url = \"" << home << "/rss.xml\", confidence = \"C\"}]\n"
                      << "sitemaps = [{url = \"" << home << "/sitemap.xml\", confidence = \"C\"}]\n"
                      << "article_patterns = []\nexamples = []\nconfidence = \"C\"\nnotes = \"A test site on 127.0.0.1.\"\n";
  return path;
}

TEST_CASE("sources list filters by old or new province name, accents optional", "[cli][unit]") {
  RunOutcome all = RunSources({"list"});
  CHECK(all.code == 0);
  CHECK(std::count(all.out.begin(), all.out.end(), '\n') == 97);
  RunOutcome ha_tinh = RunSources({"list", "--province", "ha tinh"});
  CHECK(ha_tinh.out.find("bao-ha-tinh\tBáo Hà Tĩnh\tHà Tĩnh -> Hà Tĩnh\tprovincial-party-paper\n") != std::string::npos);
  CHECK(ha_tinh.out.find("bao-nghe-an") == std::string::npos);
  RunOutcome merged = RunSources({"list", "--province", "Tuyên Quang", "--json"});  // new unit: Hà Giang joined it
  CHECK(merged.out.find("\"id\": \"bao-ha-giang\"") != std::string::npos);
  CHECK(merged.out.find("\"id\": \"bao-tuyen-quang\"") != std::string::npos);
}

TEST_CASE("sources show prints every field, an unknown id exits 2 with suggestions", "[cli][unit]") {
  RunOutcome shown = RunSources({"show", "bao-ha-tinh"});
  CHECK(shown.code == 0);
  CHECK(shown.out.find("home: https://baohatinh.vn/") != std::string::npos);
  CHECK(shown.out.find("province (from 2025): Hà Tĩnh (ha-tinh)") != std::string::npos);
  RunOutcome typo = RunSources({"show", "bao-ha-tinhh"});
  CHECK(typo.code == 2);
  CHECK(typo.err.find("dxnews: error: unknown source id 'bao-ha-tinhh'; did you mean bao-ha-tinh") != std::string::npos);
}

TEST_CASE("sources check reports what a local server answers", "[cli][unit]") {
  testing::TestHttpServer server;
  testing::TempDir dir;
  std::string registry = Registry(dir, server.Url(""), "127.0.0.1");
  RunOutcome checked = RunSources({"check", "--registry", registry, "--allow-private", "--timeout", "5"});
  INFO(checked.out << checked.err);
  CHECK(checked.code == 0);
  CHECK(checked.out.find("bao-tin-so: ok\n") != std::string::npos);
  CHECK(checked.out.find("rss, 3 items") != std::string::npos);
  CHECK(checked.out.find("urlset, 4 entries") != std::string::npos);
  CHECK(checked.out.find("checked 1 sources: 1 answered, 0 unreachable; 3 of 3 URLs answered") != std::string::npos);
  RunOutcome json = RunSources({"check", "bao-tin-so", "--registry", registry, "--allow-private", "--json"});
  CHECK(json.out.find("\"format\": \"rss\"") != std::string::npos);
}

TEST_CASE("sources check fails politely when nothing answers", "[cli][unit]") {
  testing::TempDir dir;
  std::string registry = Registry(dir, "http://127.0.0.1:1", "127.0.0.1");
  RunOutcome checked = RunSources({"check", "--registry", registry, "--allow-private", "--timeout", "3"});
  CHECK(checked.code == 1);
  CHECK(checked.out.find("bao-tin-so: unreachable: ") != std::string::npos);
  CHECK(checked.out.find("checked 1 sources: 0 answered, 1 unreachable") != std::string::npos);
  CHECK(checked.err.find("dxnews: error: sources check: no source answered") != std::string::npos);
}

}  // namespace
}  // namespace dxnews::cli
