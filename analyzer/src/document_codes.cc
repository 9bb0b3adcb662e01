#include "document_codes.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dxnews::analyzer::internal {
namespace {

constexpr DocumentType kTypes[] = {
    {"Quyết định", "QĐ"}, {"Nghị quyết", "NQ"},    {"Nghị định", "NĐ"}, {"Thông tư", "TT"},
    {"Kế hoạch", "KH"},   {"Chỉ thị", "CT"},       {"Đề án", "ĐA"},     {"Thông báo", "TB"},
    {"Hướng dẫn", "HD"},  {"Chương trình", "CTr"}, {"Quy định", "QyĐ"}, {"Quy chế", "QC"},
    {"Kết luận", "KL"},   {"Công điện", "CĐ"},     {"Báo cáo", "BC"},   {"Tờ trình", "TTr"},
    {"Phương án", "PA"},  {"Dự án", "DA"},         {"Thông cáo", "TC"}, {"Luật", ""},
    {"Công văn", ""},     {"Công văn", "CV"},
};

// Lower-case syllables of each type name, and the abbreviations written in running text.
struct TypeSpelling {
  std::vector<std::string_view> words;
  const DocumentType* type;
};

const std::vector<TypeSpelling>& Spellings() {
  static const std::vector<TypeSpelling> spellings = [] {
    std::vector<TypeSpelling> out = {
        {{"quyết", "định"}, &kTypes[0]},
        {{"nghị", "quyết"}, &kTypes[1]},
        {{"nghị", "định"}, &kTypes[2]},
        {{"thông", "tư"}, &kTypes[3]},
        {{"kế", "hoạch"}, &kTypes[4]},
        {{"chỉ", "thị"}, &kTypes[5]},
        {{"đề", "án"}, &kTypes[6]},
        {{"thông", "báo"}, &kTypes[7]},
        {{"hướng", "dẫn"}, &kTypes[8]},
        {{"chương", "trình"}, &kTypes[9]},
        {{"quy", "định"}, &kTypes[10]},
        {{"kết", "luận"}, &kTypes[12]},
        {{"công", "điện"}, &kTypes[13]},
        {{"luật"}, &kTypes[19]},
        {{"công", "văn"}, &kTypes[20]},
        {{"qđ"}, &kTypes[0]},
        {{"nq"}, &kTypes[1]},
        {{"nđ"}, &kTypes[2]},
    };
    return out;
  }();
  return spellings;
}

struct Issuer {
  std::string_view code;
  std::string_view name;
};

constexpr Issuer kIssuers[] = {
    {"TTg", "Thủ tướng Chính phủ"},
    {"CP", "Chính phủ"},
    {"VPCP", "Văn phòng Chính phủ"},
    {"UBND", "Ủy ban nhân dân"},
    {"HĐND", "Hội đồng nhân dân"},
    {"TU", "Tỉnh ủy"},
    {"TW", "Trung ương"},
    {"HU", "Huyện ủy"},
    {"ĐU", "Đảng ủy"},
    {"BCĐ", "Ban Chỉ đạo"},
    {"BCĐTW", "Ban Chỉ đạo Trung ương"},
    {"VPTW", "Văn phòng Trung ương Đảng"},
    {"BTTTT", "Bộ Thông tin và Truyền thông"},
    {"BKHCN", "Bộ Khoa học và Công nghệ"},
    {"BCA", "Bộ Công an"},
    {"BNV", "Bộ Nội vụ"},
    {"BTC", "Bộ Tài chính"},
    {"BYT", "Bộ Y tế"},
    {"BGDĐT", "Bộ Giáo dục và Đào tạo"},
    {"BKHĐT", "Bộ Kế hoạch và Đầu tư"},
    {"BCT", "Bộ Công Thương"},
    {"BTP", "Bộ Tư pháp"},
    {"BQP", "Bộ Quốc phòng"},
    {"NHNN", "Ngân hàng Nhà nước Việt Nam"},
    {"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"},
    {"BGTVT", "Bộ Giao thông vận tải"},
    {"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"},
    {"BTNMT", "Bộ Tài nguyên và Môi trường"},
    {"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"},
    {"BXD", "Bộ Xây dựng"},
    {"BNG", "Bộ Ngoại giao"},
    {"TTCP", "Thanh tra Chính phủ"},
    {"TANDTC", "Tòa án nhân dân tối cao"},
    {"VKSNDTC", "Viện Kiểm sát nhân dân tối cao"},
    {"CTUBND", "Chủ tịch Ủy ban nhân dân"},
    {"BTCTW", "Ban Tổ chức Trung ương"},
    {"BTGTW", "Ban Tuyên giáo Trung ương"},
    {"SGDĐT", "Sở Giáo dục và Đào tạo"},
    {"STTTT", "Sở Thông tin và Truyền thông"},
    {"SNV", "Sở Nội vụ"},
    {"STNMT", "Sở Tài nguyên và Môi trường"},
    {"SYT", "Sở Y tế"},
    {"STC", "Sở Tài chính"},
};

struct NamedIssuer {
  std::vector<std::string_view> words;
  std::string_view name;
};

const std::vector<NamedIssuer>& NamedIssuers() {
  static const std::vector<NamedIssuer> issuers = {
      {{"bộ", "chính", "trị"}, "Bộ Chính trị"},
      {{"ban", "chấp", "hành", "trung", "ương"}, "Ban Chấp hành Trung ương"},
      {{"thủ", "tướng", "chính", "phủ"}, "Thủ tướng Chính phủ"},
      {{"thủ", "tướng"}, "Thủ tướng Chính phủ"},
      {{"chính", "phủ"}, "Chính phủ"},
      {{"quốc", "hội"}, "Quốc hội"},
      {{"trung", "ương"}, "Trung ương"},
      {{"ubnd", "tỉnh"}, "Ủy ban nhân dân tỉnh"},
      {{"ủy", "ban", "nhân", "dân", "tỉnh"}, "Ủy ban nhân dân tỉnh"},
      {{"hđnd", "tỉnh"}, "Hội đồng nhân dân tỉnh"},
      {{"tỉnh", "ủy"}, "Tỉnh ủy"},
      {{"thành", "ủy"}, "Thành ủy"},
  };
  return issuers;
}

// ASCII case-insensitive equality: symbols are sometimes typed "TTG" for "TTg".
bool SameCode(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const char x = a[i] >= 'a' && a[i] <= 'z' ? static_cast<char>(a[i] - 'a' + 'A') : a[i];
    const char y = b[i] >= 'a' && b[i] <= 'z' ? static_cast<char>(b[i] - 'a' + 'A') : b[i];
    if (x != y) return false;
  }
  return true;
}

bool WordsAt(const TokenWords& w, size_t i, const std::vector<std::string_view>& words) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (!w.Is(i + k, words[k])) return false;
  }
  return true;
}

// Positions in `list` (ascending) by the first of their words; every entry has words. Asking
// only the entries that start with the token's word keeps list order, so the first match is
// the same as when every entry is tried at every token.
template <typename Entry>
std::unordered_map<std::string_view, std::vector<size_t>> IndexByFirstWord(const std::vector<Entry>& list) {
  std::unordered_map<std::string_view, std::vector<size_t>> index;
  for (size_t k = 0; k < list.size(); ++k) index[list[k].words.at(0)].push_back(k);
  return index;
}

std::string Roman(int n) {
  static constexpr std::string_view kTens[] = {"", "X", "XX", "XXX"};
  static constexpr std::string_view kOnes[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
  if (n < 1 || n > 39) return std::to_string(n);
  return std::string(kTens[n / 10]) + std::string(kOnes[n % 10]);
}

}  // namespace

bool IsCitedByBareNumber(const DocumentType& type) {
  static constexpr std::string_view kStrong[] = {"Quyết định", "Nghị quyết", "Nghị định", "Thông tư",
                                                 "Chỉ thị",    "Luật",       "Đề án",     "Công văn",
                                                 "Công điện",  "Kết luận"};
  return std::find(std::begin(kStrong), std::end(kStrong), type.name) != std::end(kStrong);
}

const DocumentType* TypeForCode(std::string_view code) {
  for (const DocumentType& type : kTypes) {
    if (!type.code.empty() && type.code == code) return &type;
  }
  return nullptr;
}

const DocumentType* TypeNamedAt(const TokenWords& w, size_t i, size_t* length) {
  static const auto kByFirstWord = IndexByFirstWord(Spellings());
  const auto candidates = kByFirstWord.find(w.Key(i));
  if (candidates == kByFirstWord.end()) return nullptr;
  for (size_t k : candidates->second) {
    const TypeSpelling& s = Spellings()[k];
    if (WordsAt(w, i, s.words)) {
      *length = s.words.size();
      return s.type;
    }
  }
  return nullptr;
}

std::string IssuerForCode(std::string_view code) {
  for (const Issuer& issuer : kIssuers) {
    if (SameCode(issuer.code, code)) return std::string(issuer.name);
  }
  for (std::string_view prefix : {"UBTVQH", "QH"}) {
    if (code.substr(0, prefix.size()) == prefix && code.size() > prefix.size()) {
      const int term = std::atoi(std::string(code.substr(prefix.size())).c_str());
      const std::string body = prefix == "QH" ? "Quốc hội" : "Ủy ban Thường vụ Quốc hội";
      return term > 0 ? body + " khóa " + Roman(term) : std::string(code);
    }
  }
  return std::string(code);
}

std::string IssuerNamedAt(const TokenWords& w, size_t i, size_t* length) {
  static const auto kByFirstWord = IndexByFirstWord(NamedIssuers());
  const auto candidates = kByFirstWord.find(w.Key(i));
  if (candidates == kByFirstWord.end()) return std::string();
  for (size_t k : candidates->second) {
    const NamedIssuer& issuer = NamedIssuers()[k];
    if (WordsAt(w, i, issuer.words)) {
      *length = issuer.words.size();
      return std::string(issuer.name);
    }
  }
  return "";
}

}  // namespace dxnews::analyzer::internal
