#include "gzip_file.h"

#include <zlib.h>

namespace dxnews::crawler {

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Result<std::string> GunzipFile(std::string_view bytes, std::size_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) return Status::InvalidInput("gunzip: inflateInit2 failed");
  std::string out;
  char buffer[64 * 1024];
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  int code = Z_OK;
  while (true) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    code = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&stream);
      return Status::InvalidInput("gunzip: inflates to more than " + std::to_string(max_bytes) + " bytes");
    }
    if (code == Z_STREAM_END && stream.avail_in > 0 && IsGzip({reinterpret_cast<const char*>(stream.next_in),
                                                                static_cast<std::size_t>(stream.avail_in)})) {
      inflateReset(&stream);  // concatenated members
      continue;
    }
    if (code == Z_STREAM_END) break;
    if (code != Z_OK && code != Z_BUF_ERROR) break;
    if (code == Z_BUF_ERROR && stream.avail_in == 0) break;  // input ended mid-stream
  }
  inflateEnd(&stream);
  if (code != Z_STREAM_END) return Status::InvalidInput("gunzip: not gzip or truncated");
  return out;
}

}  // namespace dxnews::crawler
