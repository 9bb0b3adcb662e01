#include "dxnews/crawler/url.h"

#include <catch2/catch.hpp>
#include <string>
#include <tuple>

namespace {

using dxnews::Status;
using dxnews::crawler::Url;

Url MustParse(const std::string& text) {
  auto url = dxnews::crawler::ParseUrl(text);
  INFO(text << " -> " << url.status().ToString());
  REQUIRE(url.ok());
  return url.value();
}

std::string ResolveString(const std::string& base, const std::string& reference) {
  auto url = dxnews::crawler::Resolve(base, reference);
  if (!url.ok()) return "ERROR " + url.status().message();
  return url.value().ToString();
}

std::string Canonical(const std::string& text) {
  auto url = dxnews::crawler::CanonicalizeUrl(text);
  if (!url.ok()) return "ERROR " + url.status().message();
  return url.value();
}

}  // namespace

TEST_CASE("ParseUrl splits every component of an absolute URL", "[crawler][url]") {
  const Url url =
      MustParse("HTTPS://bien.tap:mat-khau@WWW.BaoHaTinh.VN:8443/chuyen-doi-so/bai.html?trang=2&x#binh-luan");
  CHECK(url.scheme == "https");
  CHECK(url.userinfo == "bien.tap:mat-khau");
  CHECK(url.host == "www.baohatinh.vn");
  REQUIRE(url.port.has_value());
  CHECK(*url.port == 8443);
  CHECK(url.path == "/chuyen-doi-so/bai.html");
  CHECK(url.query == std::optional<std::string>("trang=2&x"));
  CHECK(url.fragment == std::optional<std::string>("binh-luan"));
  CHECK(url.ToString() ==
        "https://bien.tap:mat-khau@www.baohatinh.vn:8443/chuyen-doi-so/bai.html?trang=2&x#binh-luan");
}

TEST_CASE("ParseUrl distinguishes an absent query from an empty one", "[crawler][url]") {
  CHECK_FALSE(MustParse("http://baonghean.vn/rss/thoi-su").query.has_value());
  const Url empty = MustParse("http://baonghean.vn/rss/thoi-su?");
  REQUIRE(empty.query.has_value());
  CHECK(empty.query->empty());
  CHECK(MustParse("http://baonghean.vn").path.empty());
  CHECK(MustParse("http://baonghean.vn").PathAndQuery() == "/");
  CHECK(MustParse("http://baonghean.vn/a?b=1#c").PathAndQuery() == "/a?b=1");
}

TEST_CASE("ParseUrl handles IPv6 literals, empty ports and trailing whitespace", "[crawler][url]") {
  const Url v6 = MustParse("http://[2001:DB8::1]:8080/tin");
  CHECK(v6.host == "[2001:db8::1]");
  CHECK(v6.port == std::optional<std::uint16_t>(8080));
  CHECK_FALSE(MustParse("http://baoyenbai.com.vn:/").port.has_value());
  const Url wrapped = MustParse("  \n https://baoyenbai.com.vn/kinh-te/\n\tbai-viet-123.html \r\n");
  CHECK(wrapped.path == "/kinh-te/bai-viet-123.html");
}

TEST_CASE("ParseUrl percent-encodes raw UTF-8 and spaces in the path and query", "[crawler][url]") {
  const Url url = MustParse("https://baolongan.vn/tag/chuyển đổi số?q=số hoá");
  CHECK(url.path == "/tag/chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91");
  CHECK(url.query == std::optional<std::string>("q=s%E1%BB%91%20ho%C3%A1"));
  CHECK(MustParse("http://a.vn/100%").path == "/100%25");
  CHECK(MustParse("http://a.vn/%e1%bb%83").path == "/%e1%bb%83");
}

TEST_CASE("ParseUrl rejects non-http schemes and malformed authorities", "[crawler][url]") {
  using Row = std::tuple<std::string, std::string>;
  auto [text, fragment] = GENERATE(table<std::string, std::string>({
      Row{"mailto:toasoan@baohatinh.vn", "unsupported scheme \"mailto\""},
      Row{"javascript:void(0)", "unsupported scheme \"javascript\""},
      Row{"ftp://files.baohatinh.vn/a.pdf", "unsupported scheme \"ftp\""},
      Row{"/tin-tuc/bai.html", "not an absolute URL"},
      Row{"", "not an absolute URL"},
      Row{"https://", "missing host"},
      Row{"https:baohatinh.vn", "missing host"},
      Row{"http://bao hatinh.vn/", "invalid character in host"},
      Row{"http://baohatinh.vn:80a/", "port is not a number"},
      Row{"http://baohatinh.vn:65536/", "port out of range"},
      Row{"http://[2001:db8::1/", "unterminated IPv6 literal"},
      Row{"http://[zz]/", "malformed IPv6 literal"},
  }));
  auto url = dxnews::crawler::ParseUrl(text);
  INFO(text);
  REQUIRE_FALSE(url.ok());
  CHECK(url.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(url.status().message(), Catch::Matchers::Contains(fragment));
}

TEST_CASE("ParseUrl rejects URLs longer than the limit", "[crawler][url]") {
  const std::string huge = "https://baohatinh.vn/" + std::string(dxnews::crawler::kMaxUrlLength, 'a');
  auto url = dxnews::crawler::ParseUrl(huge);
  REQUIRE_FALSE(url.ok());
  CHECK_THAT(url.status().message(), Catch::Matchers::Contains("longer than"));
  CHECK(url.status().message().size() < 400);
}

TEST_CASE("Resolve follows the RFC 3986 section 5.4.1 normal examples", "[crawler][url]") {
  const std::string base = "http://a/b/c/d;p?q";
  using Row = std::tuple<std::string, std::string>;
  auto [reference, expected] = GENERATE(table<std::string, std::string>({
      Row{"g", "http://a/b/c/g"},
      Row{"./g", "http://a/b/c/g"},
      Row{"g/", "http://a/b/c/g/"},
      Row{"/g", "http://a/g"},
      Row{"//g", "http://g"},
      Row{"?y", "http://a/b/c/d;p?y"},
      Row{"g?y", "http://a/b/c/g?y"},
      Row{"#s", "http://a/b/c/d;p?q#s"},
      Row{"g#s", "http://a/b/c/g#s"},
      Row{"g?y#s", "http://a/b/c/g?y#s"},
      Row{";x", "http://a/b/c/;x"},
      Row{"g;x", "http://a/b/c/g;x"},
      Row{"g;x?y#s", "http://a/b/c/g;x?y#s"},
      Row{"", "http://a/b/c/d;p?q"},
      Row{".", "http://a/b/c/"},
      Row{"./", "http://a/b/c/"},
      Row{"..", "http://a/b/"},
      Row{"../", "http://a/b/"},
      Row{"../g", "http://a/b/g"},
      Row{"../..", "http://a/"},
      Row{"../../", "http://a/"},
      Row{"../../g", "http://a/g"},
  }));
  INFO(reference);
  CHECK(ResolveString(base, reference) == expected);
}

TEST_CASE("Resolve follows the RFC 3986 section 5.4.2 abnormal examples", "[crawler][url]") {
  const std::string base = "http://a/b/c/d;p?q";
  using Row = std::tuple<std::string, std::string>;
  auto [reference, expected] = GENERATE(table<std::string, std::string>({
      Row{"../../../g", "http://a/g"},
      Row{"../../../../g", "http://a/g"},
      Row{"/./g", "http://a/g"},
      Row{"/../g", "http://a/g"},
      Row{"g.", "http://a/b/c/g."},
      Row{".g", "http://a/b/c/.g"},
      Row{"g..", "http://a/b/c/g.."},
      Row{"..g", "http://a/b/c/..g"},
      Row{"./../g", "http://a/b/g"},
      Row{"./g/.", "http://a/b/c/g/"},
      Row{"g/./h", "http://a/b/c/g/h"},
      Row{"g/../h", "http://a/b/c/h"},
      Row{"g;x=1/./y", "http://a/b/c/g;x=1/y"},
      Row{"g;x=1/../y", "http://a/b/c/y"},
      Row{"g?y/./x", "http://a/b/c/g?y/./x"},
      Row{"g?y/../x", "http://a/b/c/g?y/../x"},
      Row{"g#s/./x", "http://a/b/c/g#s/./x"},
      Row{"g#s/../x", "http://a/b/c/g#s/../x"},
  }));
  INFO(reference);
  CHECK(ResolveString(base, reference) == expected);
}

TEST_CASE("Resolve handles the link shapes of Vietnamese news sites", "[crawler][url]") {
  const std::string base = "https://baohatinh.vn/chuyen-doi-so/";
  CHECK(ResolveString(base, "//cdn.baohatinh.vn/anh/1.jpg") == "https://cdn.baohatinh.vn/anh/1.jpg");
  CHECK(ResolveString(base, "ha-tinh-so-hoa-ho-so-post271234.html") ==
        "https://baohatinh.vn/chuyen-doi-so/ha-tinh-so-hoa-ho-so-post271234.html");
  CHECK(ResolveString(base, "/rss/home.rss") == "https://baohatinh.vn/rss/home.rss");
  CHECK(ResolveString("https://baohatinh.vn/tim-kiem?q=cds&trang=1", "?q=cds&trang=2") ==
        "https://baohatinh.vn/tim-kiem?q=cds&trang=2");
  CHECK(ResolveString("https://baohatinh.vn/a?x=1", "#top") == "https://baohatinh.vn/a?x=1#top");
  CHECK(ResolveString("https://baohatinh.vn", "tin-moi") == "https://baohatinh.vn/tin-moi");
  CHECK(ResolveString(base, "HTTP://BaoNgheAn.vn/rss/../rss/thoi-su") == "http://baonghean.vn/rss/thoi-su");
}

TEST_CASE("Resolve rejects references that are not http(s)", "[crawler][url]") {
  const std::string base = "https://baohatinh.vn/";
  CHECK_THAT(ResolveString(base, "javascript:void(0)"), Catch::Matchers::StartsWith("ERROR"));
  CHECK_THAT(ResolveString(base, "mailto:toasoan@baohatinh.vn"), Catch::Matchers::StartsWith("ERROR"));
  CHECK_THAT(ResolveString(base, "tel:0239123456"), Catch::Matchers::StartsWith("ERROR"));
  CHECK_THAT(ResolveString("khong-phai-url", "a.html"), Catch::Matchers::Contains("base"));
}

TEST_CASE("Canonicalize lower-cases, drops default ports, fragments and dot segments", "[crawler][url]") {
  CHECK(Canonical("HTTPS://WWW.BaoHaTinh.VN:443/a/./b/../c.html#binh-luan") ==
        "https://www.baohatinh.vn/a/c.html");
  CHECK(Canonical("http://baohatinh.vn:80") == "http://baohatinh.vn/");
  CHECK(Canonical("http://baohatinh.vn:8080/") == "http://baohatinh.vn:8080/");
  CHECK(Canonical("https://baohatinh.vn:80/") == "https://baohatinh.vn:80/");
  CHECK(Canonical("https://baohatinh.vn./x") == "https://baohatinh.vn/x");
  CHECK(Canonical("https://baohatinh.vn/x?") == "https://baohatinh.vn/x");
}

TEST_CASE("Canonicalize removes tracking parameters and keeps the others in order", "[crawler][url]") {
  CHECK(
      Canonical("https://baogialai.com.vn/bai-post1.html?utm_source=zalo&trang=2&fbclid=IwAR0&id=7&zarsrc=30&"
                "UTM_Medium=x&gidzl=abc&_gl=1*x&gclid=z") ==
      "https://baogialai.com.vn/bai-post1.html?trang=2&id=7");
  CHECK(Canonical("https://a.vn/?utm_campaign=cds") == "https://a.vn/");
  CHECK(Canonical("https://a.vn/?b=2&&a=1&") == "https://a.vn/?b=2&a=1");
  CHECK(Canonical("https://a.vn/?utm%5Fsource=x&q=1") == "https://a.vn/?q=1");
  CHECK(Canonical("https://a.vn/?utmost=1") == "https://a.vn/?utmost=1");
}

TEST_CASE("Canonicalize normalises percent-encoding", "[crawler][url]") {
  CHECK(Canonical("https://a.vn/tag/chuy%e1%bb%83n-%7Edoi%2ds%E1%BB%91") ==
        "https://a.vn/tag/chuy%E1%BB%83n-~doi-s%E1%BB%91");
  CHECK(Canonical("https://a.vn/tag/chuyển") == Canonical("https://a.vn/tag/chuy%e1%bb%83n"));
  CHECK(Canonical("https://a.vn/a%2fb") == "https://a.vn/a%2Fb");
  CHECK(Canonical("https://a.vn/a/%2E%2E/b") == "https://a.vn/b");
  CHECK(Canonical("https://a.vn/?q=ho%c3%a1") == "https://a.vn/?q=ho%C3%A1");
}

TEST_CASE("Canonicalize is idempotent", "[crawler][url]") {
  const std::string text =
      GENERATE(as<std::string>{}, "HTTP://A.vn:80/x/../y/%7e?utm_id=1&b=%2f#f", "https://baohatinh.vn",
               "http://[::1]:443/./a?", "https://a.vn/%zz/ố?x=%");
  const Url once = dxnews::crawler::Canonicalize(MustParse(text));
  CHECK(dxnews::crawler::Canonicalize(once) == once);
  CHECK(dxnews::crawler::Canonicalize(MustParse(once.ToString())) == once);
}

TEST_CASE("Host returns the lower-cased host or an error", "[crawler][url]") {
  auto host = dxnews::crawler::Host("https://WWW.BaoQuangNinh.vn/x");
  REQUIRE(host.ok());
  CHECK(host.value() == "www.baoquangninh.vn");
  CHECK_FALSE(dxnews::crawler::Host("/x").ok());
}

TEST_CASE("IsSameSite treats www. as the same site but not other subdomains", "[crawler][url]") {
  using dxnews::crawler::IsSameSite;
  CHECK(IsSameSite(MustParse("https://www.baohatinh.vn/a"), MustParse("http://baohatinh.vn:8080/b")));
  CHECK(IsSameSite(MustParse("https://baohatinh.vn/"), MustParse("https://baohatinh.vn/")));
  CHECK_FALSE(IsSameSite(MustParse("https://m.baohatinh.vn/"), MustParse("https://baohatinh.vn/")));
  CHECK_FALSE(IsSameSite(MustParse("https://baohatinh.vn/"), MustParse("https://baohatinh.vn.evil.com/")));
  CHECK(dxnews::crawler::SiteOf("www.") == "www.");
  CHECK(dxnews::crawler::SiteOf("www.sggp.org.vn") == "sggp.org.vn");
}

TEST_CASE("url_fuzz: Canonicalize strips every trailing dot of the host", "[crawler][url][regression]") {
  // Input found by url_fuzz: a newline inside the URL glued "baohatinh" to "../c", and stripping a
  // single dot made Canonicalize non-idempotent.
  const Url once = dxnews::crawler::Canonicalize(MustParse("https://baohatinh\n../c/./d?q"));
  CHECK(once.host == "baohatinh");
  CHECK(dxnews::crawler::Canonicalize(once) == once);
  CHECK(Canonical("http://.../") == "http://./");
}
