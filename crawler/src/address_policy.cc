// Classification of resolved addresses for the private-address refusal (see address_policy.h).
#include "address_policy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>

namespace dxnews::crawler {
namespace {

bool InIpv4Block(std::uint32_t address, std::uint32_t block, int prefix_bits) {
  const std::uint32_t mask = prefix_bits == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix_bits);
  return (address & mask) == block;
}

std::uint32_t Ipv4FromBytes(const std::array<std::uint8_t, 16>& bytes) {
  return (std::uint32_t{bytes[12]} << 24) | (std::uint32_t{bytes[13]} << 16) |
         (std::uint32_t{bytes[14]} << 8) | std::uint32_t{bytes[15]};
}

}  // namespace

bool IsNonPublicIpv4(std::uint32_t address) {
  struct Block {
    std::uint32_t base;
    int bits;
  };
  static constexpr Block kBlocks[] = {
      {0x00000000, 8},   // 0/8 "this network"
      {0x0A000000, 8},   // 10/8
      {0x64400000, 10},  // 100.64/10 CGNAT
      {0x7F000000, 8},   // 127/8 loopback
      {0xA9FE0000, 16},  // 169.254/16 link-local (cloud metadata lives here)
      {0xAC100000, 12},  // 172.16/12
      {0xC0A80000, 16},  // 192.168/16
      {0xE0000000, 4},   // 224/4 multicast
      {0xF0000000, 4},   // 240/4 reserved and broadcast
  };
  for (const Block& block : kBlocks) {
    if (InIpv4Block(address, block.base, block.bits)) return true;
  }
  return false;
}

bool IsNonPublicIpv6(const std::array<std::uint8_t, 16>& bytes) {
  bool first_ten_zero = true;
  for (int i = 0; i < 10; ++i) first_ten_zero = first_ten_zero && bytes[i] == 0;
  if (first_ten_zero && bytes[10] == 0xFF && bytes[11] == 0xFF) {
    return IsNonPublicIpv4(Ipv4FromBytes(bytes));  // ::ffff:a.b.c.d
  }
  if (first_ten_zero && bytes[10] == 0 && bytes[11] == 0) {
    // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d: nothing public lives here.
    return true;
  }
  if ((bytes[0] & 0xFE) == 0xFC) return true;                      // fc00::/7 unique local
  if (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0x80) return true;  // fe80::/10 link-local
  if (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0xC0) return true;  // fec0::/10 site-local
  return bytes[0] == 0xFF;                                         // ff00::/8 multicast
}

bool IsNonPublicAddress(const sockaddr& address) {
  if (address.sa_family == AF_INET) {
    sockaddr_in v4;
    std::memcpy(&v4, &address, sizeof v4);
    return IsNonPublicIpv4(ntohl(v4.sin_addr.s_addr));
  }
  if (address.sa_family == AF_INET6) {
    sockaddr_in6 v6;
    std::memcpy(&v6, &address, sizeof v6);
    std::array<std::uint8_t, 16> bytes;
    std::memcpy(bytes.data(), &v6.sin6_addr, bytes.size());
    return IsNonPublicIpv6(bytes);
  }
  return true;
}

std::string AddressToString(const sockaddr& address) {
  char text[INET6_ADDRSTRLEN] = "?";
  if (address.sa_family == AF_INET) {
    sockaddr_in v4;
    std::memcpy(&v4, &address, sizeof v4);
    inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
  } else if (address.sa_family == AF_INET6) {
    sockaddr_in6 v6;
    std::memcpy(&v6, &address, sizeof v6);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
  }
  return text;
}

}  // namespace dxnews::crawler
