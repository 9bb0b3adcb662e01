// Bylines and credits of Vietnamese articles (DOMAIN.md §3.4): "Tin, ảnh: Minh Châu",
// "Bài và ảnh: ...", "Tin: A, Ảnh: B", a bare name on the last line ("Phương An", "L.Thọ", "NVĐ"),
// "Theo Báo Nhân Dân", "(Theo sggp.org.vn)", "Nguồn: TTXVN"; and dateline tags that open a lead
// ("(Baonghean.vn) -", "ĐNO -").
#ifndef DXNEWS_CRAWLER_BYLINE_H_
#define DXNEWS_CRAWLER_BYLINE_H_

#include <string>
#include <string_view>

namespace dxnews::crawler {

/// The author named by a byline line ("Tin, ảnh: Minh Châu" -> "Minh Châu"); "" if `line` is not one.
std::string ParseBylineLine(std::string_view line);

/// The outlet credited by "Theo ...", "(Theo ...)" or "Nguồn: ..."; "" if `line` is not a credit.
std::string ParseCreditLine(std::string_view line);

/// True when `line` looks like a bare author name: 1-5 words, each capitalised (or initials such
/// as "L.Thọ", "NVĐ"), at most 40 bytes, no sentence punctuation.
bool IsBareName(std::string_view line);

/// `lead` without a leading dateline tag such as "(Baonghean.vn) - " or "ĐNO - ".
std::string StripDatelineTag(std::string_view lead);

}  // namespace dxnews::crawler

#endif  // DXNEWS_CRAWLER_BYLINE_H_
