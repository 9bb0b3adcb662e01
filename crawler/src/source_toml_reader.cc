#include "source_toml_reader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "dxnews/crawler/url.h"

namespace dxnews::crawler {
namespace {

/// What the reader knows while it reads one [[source]] table.
struct Context {
  const std::string& file;
  const ProvinceRefs& provinces;
  std::string id;  // empty until the id has been read
};

Status FieldError(const Context& ctx, const toml::node& at, std::string_view field,
                  const std::string& what) {
  std::string where = ctx.file + ":" + std::to_string(at.source().begin.line) + ": [[source]] ";
  if (!ctx.id.empty()) where += ctx.id + " ";
  return Status::InvalidInput(where + "'" + std::string(field) + "': " + what);
}

/// The element `index` of array `key`, or the table itself when it has none (for error lines).
const toml::node& NodeAt(const toml::table& table, std::string_view key, size_t index) {
  const toml::node* node = table.get(key);
  const toml::array* array = node == nullptr ? nullptr : node->as_array();
  if (array != nullptr && index < array->size()) return *array->get(index);
  return node != nullptr ? *node : table;
}

Status ReadString(const Context& ctx, const toml::table& table, std::string_view key,
                  bool required, std::string* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return required ? FieldError(ctx, table, key, "missing") : Status();
  std::optional<std::string> value = node->value_exact<std::string>();
  if (!value) return FieldError(ctx, *node, key, "expected a string");
  if (value->empty()) return FieldError(ctx, *node, key, "must not be empty");
  *out = std::move(*value);
  return Status();
}

Status ReadStringList(const Context& ctx, const toml::table& table, std::string_view key,
                      std::vector<std::string>* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status();
  const toml::array* array = node->as_array();
  if (array == nullptr) return FieldError(ctx, *node, key, "expected an array of strings");
  for (const toml::node& element : *array) {
    std::optional<std::string> value = element.value_exact<std::string>();
    if (!value || value->empty()) {
      return FieldError(ctx, element, key, "expected a non-empty string");
    }
    out->push_back(std::move(*value));
  }
  return Status();
}

std::optional<Confidence> ParseConfidence(std::string_view text) {
  for (Confidence c : {Confidence::kConfirmed, Confidence::kThirdParty, Confidence::kBackground}) {
    if (SourceRegistry::ConfidenceName(c) == text) return c;
  }
  return std::nullopt;
}

std::optional<SourceKind> ParseKind(std::string_view text) {
  for (SourceKind k : {SourceKind::kProvincialPartyPaper, SourceKind::kNational,
                       SourceKind::kSectorIct, SourceKind::kGovernmentPortal}) {
    if (SourceRegistry::KindName(k) == text) return k;
  }
  return std::nullopt;
}

Status ReadConfidence(const Context& ctx, const toml::table& table, Confidence* out) {
  std::string text;
  if (Status s = ReadString(ctx, table, "confidence", true, &text); !s.ok()) return s;
  std::optional<Confidence> value = ParseConfidence(text);
  if (!value) return FieldError(ctx, *table.get("confidence"), "confidence", "not C, 3 or K");
  *out = *value;
  return Status();
}

/// The host and path (without query) of an absolute http(s) URL, through the crawler's one URL
/// module; nullopt for anything else.
struct HostAndPath {
  std::string host;
  std::string path;
};

std::optional<HostAndPath> SplitHttpUrl(std::string_view url) {
  Result<Url> parsed = ParseUrl(url);
  if (!parsed.ok() || !parsed.value().userinfo.empty()) return std::nullopt;
  const Url& u = parsed.value();
  return HostAndPath{u.host, u.path.empty() ? "/" : u.path};
}

bool IsLowerHostName(std::string_view host) {
  if (host.empty()) return false;
  for (char c : host) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) return false;
  }
  return true;
}

Status ReadFeedList(const Context& ctx, const toml::table& table, std::string_view key,
                    std::vector<FeedRef>* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status();
  const toml::array* array = node->as_array();
  if (array == nullptr) return FieldError(ctx, *node, key, "expected an array of tables");
  for (const toml::node& element : *array) {
    const toml::table* feed = element.as_table();
    if (feed == nullptr) return FieldError(ctx, element, key, "expected { url, confidence }");
    FeedRef ref;
    Status s = ReadString(ctx, *feed, "url", true, &ref.url);
    if (s.ok()) s = ReadConfidence(ctx, *feed, &ref.confidence);
    if (!s.ok()) return s;
    if (!SplitHttpUrl(ref.url)) return FieldError(ctx, element, key, "not an http(s) URL");
    out->push_back(std::move(ref));
  }
  return Status();
}

Status ReadHints(const Context& ctx, const toml::table& table,
                 std::map<std::string, std::string>* out) {
  const toml::node* node = table.get("hints");
  if (node == nullptr) return Status();
  const toml::table* hints = node->as_table();
  if (hints == nullptr) return FieldError(ctx, *node, "hints", "expected a table of strings");
  for (const auto& [key, value] : *hints) {
    std::optional<std::string> text = value.value_exact<std::string>();
    if (!text) return FieldError(ctx, value, "hints", "expected a string value");
    out->emplace(std::string(key.str()), std::move(*text));
  }
  return Status();
}

/// A misspelt key ("exampels") must not be ignored silently.
Status CheckKnownKeys(const Context& ctx, const toml::table& table) {
  static const std::set<std::string_view> kKeys = {
      "id",       "name",     "kind",     "home",       "hosts",
      "province", "new_province", "feeds", "sitemaps", "article_patterns",
      "examples", "counter_examples", "confidence", "notes", "hints"};
  for (const auto& [key, value] : table) {
    if (kKeys.count(key.str()) == 0) {
      return FieldError(ctx, value, key.str(), "unknown field");
    }
  }
  return Status();
}

/// id, name, kind, home, hosts, confidence, notes: the fields every source has.
Status ReadIdentity(Context* ctx, const toml::table& table, SourceConfig* config) {
  Status s = ReadString(*ctx, table, "id", true, &config->id);
  if (!s.ok()) return s;
  ctx->id = config->id;
  std::string kind;
  s = ReadString(*ctx, table, "name", true, &config->name);
  if (s.ok()) s = ReadString(*ctx, table, "kind", true, &kind);
  if (s.ok()) s = ReadString(*ctx, table, "home", true, &config->home);
  if (s.ok()) s = ReadStringList(*ctx, table, "hosts", &config->hosts);
  if (s.ok()) s = ReadConfidence(*ctx, table, &config->confidence);
  if (s.ok()) s = ReadString(*ctx, table, "notes", false, &config->notes);
  if (!s.ok()) return s;
  std::optional<SourceKind> parsed_kind = ParseKind(kind);
  if (!parsed_kind) return FieldError(*ctx, *table.get("kind"), "kind", "unknown kind '" + kind + "'");
  config->kind = *parsed_kind;
  return Status();
}

Status CheckHosts(const Context& ctx, const toml::table& table, const SourceConfig& config) {
  if (config.hosts.empty()) return FieldError(ctx, table, "hosts", "at least one host is needed");
  for (size_t i = 0; i < config.hosts.size(); ++i) {
    if (!IsLowerHostName(config.hosts[i])) {
      return FieldError(ctx, NodeAt(table, "hosts", i), "hosts",
                        "'" + config.hosts[i] + "' is not a lower-case host name");
    }
  }
  std::optional<HostAndPath> home = SplitHttpUrl(config.home);
  if (!home) return FieldError(ctx, *table.get("home"), "home", "not an http(s) URL");
  if (home->host != config.hosts.front()) {
    return FieldError(ctx, *table.get("home"), "home", "its host must be the first of 'hosts'");
  }
  return Status();
}

Status CheckProvinces(const Context& ctx, const toml::table& table, const SourceConfig& config) {
  const ProvinceRefs& refs = ctx.provinces;
  if (!config.province.empty() && refs.new_unit_of_old.count(config.province) == 0) {
    return FieldError(ctx, *table.get("province"), "province",
                      "unknown pre-2025 province '" + config.province + "'");
  }
  if (!config.new_province.empty() && refs.new_ids.count(config.new_province) == 0) {
    return FieldError(ctx, *table.get("new_province"), "new_province",
                      "unknown post-2025 province '" + config.new_province + "'");
  }
  if (!config.province.empty() && !config.new_province.empty() &&
      refs.new_unit_of_old.at(config.province) != config.new_province) {
    return FieldError(ctx, *table.get("new_province"), "new_province",
                      "'" + config.province + "' belongs to '" +
                          refs.new_unit_of_old.at(config.province) + "' from 1/7/2025");
  }
  if (config.kind == SourceKind::kProvincialPartyPaper && config.new_province.empty()) {
    return FieldError(ctx, table, "new_province", "a provincial paper needs its province");
  }
  return Status();
}

Status CompilePatterns(const Context& ctx, const toml::table& table, ParsedSource* source) {
  const std::vector<std::string>& patterns = source->config.article_patterns;
  for (size_t i = 0; i < patterns.size(); ++i) {
    try {
      source->patterns.emplace_back(patterns[i], std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
      return FieldError(ctx, NodeAt(table, "article_patterns", i), "article_patterns",
                        "bad regex '" + patterns[i] + "': " + e.what());
    }
  }
  return Status();
}

/// How many patterns match `url`, and which one matched first (or -1).
int FirstMatch(const std::vector<std::regex>& patterns, const std::string& path) {
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (std::regex_search(path, patterns[i])) return static_cast<int>(i);
  }
  return -1;
}

/// Examples must be on the source's hosts and match a pattern; counter-examples must match none;
/// every pattern must match at least one example.
Status CheckExamples(const Context& ctx, const toml::table& table, const ParsedSource& source) {
  const SourceConfig& config = source.config;
  std::set<int> used;
  for (std::string_view key : {"examples", "counter_examples"}) {
    const bool positive = key == "examples";
    const std::vector<std::string>& urls = positive ? config.examples : config.counter_examples;
    for (size_t i = 0; i < urls.size(); ++i) {
      std::optional<HostAndPath> parts = SplitHttpUrl(urls[i]);
      const toml::node& at = NodeAt(table, key, i);
      if (!parts) return FieldError(ctx, at, key, "'" + urls[i] + "' is not an http(s) URL");
      if (std::find(config.hosts.begin(), config.hosts.end(), parts->host) == config.hosts.end()) {
        return FieldError(ctx, at, key, "'" + urls[i] + "' is not on one of the source's hosts");
      }
      int match = FirstMatch(source.patterns, parts->path);
      if (positive && match < 0) {
        return FieldError(ctx, at, key, "'" + urls[i] + "' matches no article_pattern");
      }
      if (!positive && match >= 0) {
        return FieldError(ctx, at, key, "'" + urls[i] + "' matches '" +
                                            config.article_patterns[match] + "'");
      }
      used.insert(match);
    }
  }
  for (size_t i = 0; i < source.patterns.size(); ++i) {
    if (used.count(static_cast<int>(i)) == 0) {
      return FieldError(ctx, NodeAt(table, "article_patterns", i), "article_patterns",
                        "'" + config.article_patterns[i] + "' is the first match of no example");
    }
  }
  return Status();
}

Result<ParsedSource> ReadSource(Context* ctx, const toml::table& table) {
  ParsedSource source;
  SourceConfig& config = source.config;
  Status s = ReadIdentity(ctx, table, &config);
  if (s.ok()) s = CheckKnownKeys(*ctx, table);
  if (s.ok()) s = CheckHosts(*ctx, table, config);
  if (s.ok()) s = ReadString(*ctx, table, "province", false, &config.province);
  if (s.ok()) s = ReadString(*ctx, table, "new_province", false, &config.new_province);
  if (s.ok()) s = CheckProvinces(*ctx, table, config);
  if (s.ok()) s = ReadFeedList(*ctx, table, "feeds", &config.feeds);
  if (s.ok()) s = ReadFeedList(*ctx, table, "sitemaps", &config.sitemaps);
  if (s.ok()) s = ReadStringList(*ctx, table, "article_patterns", &config.article_patterns);
  if (s.ok()) s = ReadStringList(*ctx, table, "examples", &config.examples);
  if (s.ok()) s = ReadStringList(*ctx, table, "counter_examples", &config.counter_examples);
  if (s.ok()) s = ReadHints(*ctx, table, &config.hints);
  if (s.ok()) s = CompilePatterns(*ctx, table, &source);
  if (s.ok()) s = CheckExamples(*ctx, table, source);
  if (!s.ok()) return s;
  return source;
}

/// Ids and hosts must be unique across the whole file.
Status CheckUnique(const Context& ctx, const toml::table& table, const SourceConfig& config,
                   std::set<std::string>* ids, std::set<std::string>* hosts) {
  if (!ids->insert(config.id).second) {
    return FieldError(ctx, *table.get("id"), "id", "duplicate id");
  }
  for (size_t i = 0; i < config.hosts.size(); ++i) {
    if (!hosts->insert(config.hosts[i]).second) {
      return FieldError(ctx, NodeAt(table, "hosts", i), "hosts",
                        "'" + config.hosts[i] + "' already belongs to another source");
    }
  }
  return Status();
}

}  // namespace

Result<std::vector<ParsedSource>> ReadSourcesToml(std::string_view toml, const std::string& file,
                                                  const ProvinceRefs& provinces) {
  toml::table root;
  try {
    root = toml::parse(toml, file);
  } catch (const toml::parse_error& e) {
    return Status::InvalidInput(file + ":" + std::to_string(e.source().begin.line) + ": " +
                                std::string(e.description()));
  }
  const toml::node* node = root.get("source");
  const toml::array* array = node == nullptr ? nullptr : node->as_array();
  if (array == nullptr || array->empty()) {
    return Status::InvalidInput(file + ": no [[source]] tables");
  }
  std::vector<ParsedSource> sources;
  std::set<std::string> ids, hosts;
  for (const toml::node& element : *array) {
    Context ctx{file, provinces, ""};
    const toml::table* table = element.as_table();
    if (table == nullptr) return FieldError(ctx, element, "source", "expected a table");
    Result<ParsedSource> source = ReadSource(&ctx, *table);
    if (!source.ok()) return source.status();
    if (Status s = CheckUnique(ctx, *table, source.value().config, &ids, &hosts); !s.ok()) {
      return s;
    }
    sources.push_back(std::move(source).value());
  }
  return sources;
}

}  // namespace dxnews::crawler
