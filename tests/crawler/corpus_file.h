// Reads test inputs from corpus/ (DXNEWS_CORPUS_DIR) for the crawler tests.
#ifndef DXNEWS_TESTS_CRAWLER_CORPUS_FILE_H_
#define DXNEWS_TESTS_CRAWLER_CORPUS_FILE_H_

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace dxnews::testing {

/// The bytes of corpus/<relative_path>; throws if the file cannot be read (a broken test setup).
inline std::string ReadCorpusFile(const std::string& relative_path) {
  const std::string path = std::string(DXNEWS_CORPUS_DIR) + "/" + relative_path;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace dxnews::testing

#endif  // DXNEWS_TESTS_CRAWLER_CORPUS_FILE_H_
