#include "dxnews/core/plain_article.h"

namespace dxnews {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Splits "# key = value" into *header; false when the line is not of that form.
bool ParseHeader(std::string_view line, std::pair<std::string, std::string>* header) {
  line.remove_prefix(1);  // '#'
  size_t eq = line.find('=');
  if (eq == std::string_view::npos) return false;
  std::string_view key = Trim(line.substr(0, eq));
  if (key.empty()) return false;
  *header = {AsciiLower(key), std::string(Trim(line.substr(eq + 1)))};
  return true;
}

}  // namespace

const std::string* PlainArticle::Header(std::string_view key) const {
  const std::string* found = nullptr;
  for (const auto& [k, v] : headers) {
    if (k == key) found = &v;
  }
  return found;
}

Result<PlainArticle> ParsePlainArticle(std::string_view text, const std::string& source_name) {
  PlainArticle article;
  size_t pos = 0;
  int line_number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = Trim(text.substr(pos, end - pos));
    ++line_number;
    pos = end + 1;
    if (line.empty()) continue;
    if (line.front() == '#') {
      std::pair<std::string, std::string> header;
      if (!ParseHeader(line, &header)) {
        return Status::InvalidInput(source_name + ":" + std::to_string(line_number) +
                                    ": header line is not '# key = value'");
      }
      article.headers.push_back(std::move(header));
      continue;
    }
    article.title = std::string(line);
    break;
  }
  if (article.title.empty()) return Status::InvalidInput(source_name + ": no title line");
  std::string_view body = pos < text.size() ? text.substr(pos) : std::string_view();
  while (!body.empty() && (body.back() == '\n' || body.back() == '\r' || body.back() == ' ')) body.remove_suffix(1);
  article.body = std::string(body);
  return article;
}

}  // namespace dxnews
