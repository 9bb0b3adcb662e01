// dxnews_test_site_server [SITE_DIR]: runs TestHttpServer (default site: corpus/site) until it
// is killed, after printing its port on stdout. For shell tests and the crawl benchmark, which
// need a real local site to crawl.
#include <unistd.h>

#include <exception>
#include <iostream>
#include <string>

#include "support/test_http_server.h"

int main(int argc, char** argv) {
  try {
    const std::string site = argc > 1 ? argv[1] : std::string(DXNEWS_CORPUS_DIR) + "/site";
    dxnews::testing::TestHttpServer server(site);
    std::cout << server.port() << std::endl;
    for (;;) pause();  // until a signal ends the process
  } catch (const std::exception& e) {
    std::cerr << "dxnews_test_site_server: " << e.what() << '\n';
    return 1;
  }
}
