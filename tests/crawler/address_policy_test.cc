// Which resolved addresses the crawler refuses to connect to (see crawler/src/address_policy.h).
#include "address_policy.h"

#include <arpa/inet.h>

#include <catch2/catch.hpp>

namespace dxnews::crawler {
namespace {

bool NonPublicV4(const char* text) {
  in_addr address{};
  REQUIRE(inet_pton(AF_INET, text, &address) == 1);
  return IsNonPublicIpv4(ntohl(address.s_addr));
}

bool NonPublicV6(const char* text) {
  std::array<std::uint8_t, 16> bytes{};
  REQUIRE(inet_pton(AF_INET6, text, bytes.data()) == 1);
  return IsNonPublicIpv6(bytes);
}

TEST_CASE("AddressPolicy refuses loopback, private, link-local, CGNAT and multicast IPv4",
          "[address_policy]") {
  for (const char* address : {"127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                              "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0",
                              "224.0.0.1", "239.255.255.250", "255.255.255.255"}) {
    INFO(address);
    CHECK(NonPublicV4(address));
  }
}

TEST_CASE("AddressPolicy allows public IPv4 next to the refused blocks", "[address_policy]") {
  for (const char* address : {"8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1", "100.63.255.255",
                              "100.128.0.1", "169.253.0.1", "11.0.0.1", "203.162.4.191", "223.255.255.255"}) {
    INFO(address);
    CHECK_FALSE(NonPublicV4(address));
  }
}

TEST_CASE("AddressPolicy refuses non-public IPv6 and IPv4-mapped private addresses", "[address_policy]") {
  for (const char* address :
       {"::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "ff02::1", "::ffff:127.0.0.1",
        "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1"}) {
    INFO(address);
    CHECK(NonPublicV6(address));
  }
  for (const char* address : {"2001:4860:4860::8888", "2402:800::1", "::ffff:8.8.8.8"}) {
    INFO(address);
    CHECK_FALSE(NonPublicV6(address));
  }
}

TEST_CASE("AddressPolicy classifies sockaddr by family", "[address_policy]") {
  sockaddr_in v4{};
  v4.sin_family = AF_INET;
  REQUIRE(inet_pton(AF_INET, "192.168.0.7", &v4.sin_addr) == 1);
  CHECK(IsNonPublicAddress(reinterpret_cast<const sockaddr&>(v4)));
  CHECK(AddressToString(reinterpret_cast<const sockaddr&>(v4)) == "192.168.0.7");
  REQUIRE(inet_pton(AF_INET, "1.1.1.1", &v4.sin_addr) == 1);
  CHECK_FALSE(IsNonPublicAddress(reinterpret_cast<const sockaddr&>(v4)));
  sockaddr_in6 v6{};
  v6.sin6_family = AF_INET6;
  REQUIRE(inet_pton(AF_INET6, "::1", &v6.sin6_addr) == 1);
  CHECK(IsNonPublicAddress(reinterpret_cast<const sockaddr&>(v6)));
  CHECK(AddressToString(reinterpret_cast<const sockaddr&>(v6)) == "::1");
  sockaddr unix_family{};
  unix_family.sa_family = AF_UNIX;
  CHECK(IsNonPublicAddress(unix_family));
}

}  // namespace
}  // namespace dxnews::crawler
