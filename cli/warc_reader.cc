#include "warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace dxnews::cli {
namespace {

constexpr std::int64_t kMaxBlock = 256LL << 20;  // a record larger than 256 MiB is refused

struct GzCloser {
  void operator()(gzFile_s* file) const { gzclose(file); }
};

// Buffered line and block reads over gzread (which reads plain files as they are and reads
// concatenated gzip members one after another).
class GzReader {
 public:
  explicit GzReader(gzFile_s* file) : file_(file) {}

  /// The next line without its "\r\n" or "\n"; false at the end of the file.
  bool ReadLine(std::string* line) {
    line->clear();
    for (;;) {
      if (pos_ == buffer_.size() && !Fill()) return !line->empty();
      size_t end = buffer_.find('\n', pos_);
      size_t stop = end == std::string::npos ? buffer_.size() : end;
      line->append(buffer_, pos_, stop - pos_);
      offset_ += stop - pos_;
      pos_ = stop;
      if (end != std::string::npos) {
        ++pos_;
        ++offset_;
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return true;
      }
    }
  }

  /// Exactly `size` bytes; false when the file ends first.
  bool ReadExact(size_t size, std::string* out) {
    out->clear();
    while (out->size() < size) {
      if (pos_ == buffer_.size() && !Fill()) return false;
      size_t take = std::min(size - out->size(), buffer_.size() - pos_);
      out->append(buffer_, pos_, take);
      pos_ += take;
      offset_ += take;
    }
    return true;
  }

  bool failed() const { return failed_; }
  std::int64_t offset() const { return offset_; }

 private:
  bool Fill() {
    buffer_.resize(1 << 16);
    int got = gzread(file_, buffer_.data(), static_cast<unsigned>(buffer_.size()));
    if (got < 0) failed_ = true;
    buffer_.resize(got > 0 ? static_cast<size_t>(got) : 0);
    pos_ = 0;
    return got > 0;
  }

  gzFile_s* file_;
  std::string buffer_;
  size_t pos_ = 0;
  std::int64_t offset_ = 0;
  bool failed_ = false;
};

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// Splits "Name: value" into a lower-cased name and a trimmed value; false when there is no colon.
bool SplitField(std::string_view line, std::string* name, std::string* value) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return false;
  *name = Lower(Trim(line.substr(0, colon)));
  *value = std::string(Trim(line.substr(colon + 1)));
  return true;
}

// Reads the header of one record; false at a clean end of file.
Result<bool> ReadRecordHeader(GzReader& in, WarcRecord* record, std::int64_t* length) {
  std::string line;
  do {
    if (!in.ReadLine(&line)) return false;
  } while (line.empty());
  if (line.rfind("WARC/", 0) != 0) return Status::InvalidInput("not a WARC record ('" + line.substr(0, 40) + "')");
  *length = -1;
  std::string name, value;
  while (in.ReadLine(&line) && !line.empty()) {
    if (!SplitField(line, &name, &value)) return Status::InvalidInput("malformed WARC header line '" + line + "'");
    if (name == "warc-type") record->type = value;
    if (name == "warc-date") record->date = value;
    if (name == "warc-target-uri") {
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
      record->target_uri = value;
    }
    if (name == "content-length") {
      char* end = nullptr;
      *length = std::strtoll(value.c_str(), &end, 10);
      if (end == value.c_str() || *end != '\0' || *length < 0) *length = -1;
    }
  }
  if (*length < 0 || *length > kMaxBlock) return Status::InvalidInput("missing or bad Content-Length");
  return true;
}

Status Dechunk(std::string* body) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t eol = body->find("\r\n", pos);
    if (eol == std::string::npos) return Status::InvalidInput("truncated chunked body");
    char* end = nullptr;
    unsigned long long size = std::strtoull(body->c_str() + pos, &end, 16);
    if (end == body->c_str() + pos) return Status::InvalidInput("bad chunk size");
    if (size == 0) break;
    if (eol + 2 + size > body->size()) return Status::InvalidInput("truncated chunk");
    out.append(*body, eol + 2, size);
    pos = eol + 2 + size + 2;
  }
  *body = std::move(out);
  return Status();
}

}  // namespace

Status ReadWarcFile(const std::string& path, const std::function<Status(const WarcRecord&)>& visit) {
  std::unique_ptr<gzFile_s, GzCloser> file(gzopen(path.c_str(), "rb"));
  if (!file) return Status::InvalidInput(path + ": cannot open file");
  GzReader in(file.get());
  for (;;) {
    std::int64_t start = in.offset();
    WarcRecord record;
    std::int64_t length = 0;
    Result<bool> more = ReadRecordHeader(in, &record, &length);
    if (!more.ok()) return more.status().WithContext(path + ": offset " + std::to_string(start));
    if (!more.value()) break;
    if (!in.ReadExact(static_cast<size_t>(length), &record.block)) {
      return Status::InvalidInput(path + ": offset " + std::to_string(start) + ": truncated record");
    }
    std::string line;  // a record ends with "\r\n\r\n" after its block
    for (int i = 0; i < 2; ++i) {
      if (in.ReadLine(&line) && !line.empty()) {
        return Status::InvalidInput(path + ": offset " + std::to_string(start) + ": record longer than its Content-Length");
      }
    }
    Status status = visit(record);
    if (!status.ok()) return status;
  }
  if (in.failed()) return Status::InvalidInput(path + ": damaged gzip data");
  return Status();
}

Status ParseHttpResponse(const std::string& block, HttpResponse* response) {
  size_t header_end = block.find("\r\n\r\n");
  size_t body_start = header_end == std::string::npos ? std::string::npos : header_end + 4;
  if (header_end == std::string::npos) {
    header_end = block.find("\n\n");
    body_start = header_end == std::string::npos ? std::string::npos : header_end + 2;
  }
  if (block.rfind("HTTP/", 0) != 0 || header_end == std::string::npos) {
    return Status::InvalidInput("not an HTTP response");
  }
  std::string_view headers(block.data(), header_end);
  size_t space = headers.find(' ');
  response->status = space == std::string_view::npos ? 0 : std::atoi(block.c_str() + space + 1);
  bool chunked = false;
  std::string name, value;
  size_t pos = headers.find('\n');
  while (pos != std::string_view::npos && pos < headers.size()) {
    size_t next = headers.find('\n', pos + 1);
    std::string_view line = headers.substr(pos + 1, (next == std::string_view::npos ? headers.size() : next) - pos - 1);
    if (SplitField(line, &name, &value)) {
      if (name == "content-type") response->content_type = value;
      if (name == "transfer-encoding" && Lower(value).find("chunked") != std::string::npos) chunked = true;
    }
    pos = next;
  }
  response->body = block.substr(body_start);
  return chunked ? Dechunk(&response->body) : Status();
}

}  // namespace dxnews::cli
