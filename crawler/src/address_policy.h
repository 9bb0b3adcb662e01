// Which resolved IP addresses a crawler may connect to. Public crawling must never reach loopback,
// private (RFC 1918, unique-local), link-local, CGNAT, multicast or unspecified addresses: a hostile
// page or redirect could otherwise make us probe the machine or network we run on (SSRF).
#ifndef DXNEWS_CRAWLER_ADDRESS_POLICY_H_
#define DXNEWS_CRAWLER_ADDRESS_POLICY_H_

#include <array>
#include <cstdint>
#include <string>

struct sockaddr;

namespace dxnews::crawler {

/// True for 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.168/16, 224/4 and 240/4
/// (reserved, including broadcast). `address` is in host byte order.
bool IsNonPublicIpv4(std::uint32_t address);

/// True for ::, ::1, fc00::/7, fe80::/10, ff00::/8, and IPv4-mapped (::ffff:a.b.c.d) or
/// IPv4-compatible (::a.b.c.d) forms of a non-public IPv4 address. `bytes` in network order.
bool IsNonPublicIpv6(const std::array<std::uint8_t, 16>& bytes);

/// True if `address` is AF_INET or AF_INET6 and non-public as above; true for any other family.
bool IsNonPublicAddress(const sockaddr& address);

/// The numeric form of an AF_INET/AF_INET6 address ("127.0.0.1", "::1"); "?" otherwise.
std::string AddressToString(const sockaddr& address);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_ADDRESS_POLICY_H_
