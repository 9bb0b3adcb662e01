#include "compression.h"

#include <zlib.h>

namespace dxnews::store::internal {

Result<std::string> Compress(std::string_view bytes) {
  uLongf capacity = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(capacity, '\0');
  int code = compress2(reinterpret_cast<Bytef*>(out.data()), &capacity, reinterpret_cast<const Bytef*>(bytes.data()),
                       static_cast<uLong>(bytes.size()), 6);
  if (code != Z_OK) return Status::IoError(std::string("zlib compress failed: ") + zError(code));
  out.resize(capacity);
  return out;
}

Result<std::string> Decompress(std::string_view compressed, size_t size, const std::string& what) {
  if (size == 0) return std::string();
  std::string out(size, '\0');
  uLongf length = static_cast<uLongf>(size);
  int code = uncompress(reinterpret_cast<Bytef*>(out.data()), &length, reinterpret_cast<const Bytef*>(compressed.data()),
                        static_cast<uLong>(compressed.size()));
  if (code != Z_OK || length != size) {
    return Status::IoError(what + ": damaged compressed page (" + (code != Z_OK ? zError(code) : "size mismatch") + ")");
  }
  return out;
}

}  // namespace dxnews::store::internal
