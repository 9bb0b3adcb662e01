#include "dxnews/analyzer/theme_classifier.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dxnews/analyzer/tokenizer.h"
#include "dxnews/core/plain_article.h"

namespace dxnews::analyzer {
namespace {

const ThemeClassifier& Classifier() {
  static const ThemeClassifier* classifier = [] {
    Result<ThemeClassifier> loaded = ThemeClassifier::LoadBuiltin();
    REQUIRE(loaded.ok());
    return new ThemeClassifier(std::move(loaded).value());
  }();
  return *classifier;
}

std::set<std::string> Primary(const std::string& title, const std::string& body) {
  std::set<std::string> out;
  for (const ThemeScore& s : Classifier().Classify(title, body)) {
    if (s.primary) out.insert(s.id);
  }
  return out;
}

const ThemeScore* Find(const std::vector<ThemeScore>& scores, const std::string& id) {
  for (const ThemeScore& s : scores) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

int EvidenceCount(const ThemeScore& score, const std::string& term) {
  for (const ThemeEvidence& e : score.evidence) {
    if (e.term == term) return e.count;
  }
  return 0;
}

/// "a, b" -> {"a", "b"}; "" -> {}.
std::set<std::string> SplitIds(const std::string& list) {
  std::set<std::string> out;
  std::stringstream in(list);
  std::string id;
  while (std::getline(in, id, ',')) {
    const size_t begin = id.find_first_not_of(' ');
    if (begin == std::string::npos) continue;
    out.insert(id.substr(begin, id.find_last_not_of(' ') - begin + 1));
  }
  return out;
}

PlainArticle ReadThemeArticle(const std::string& name) {
  std::ifstream in(std::string(DXNEWS_CORPUS_DIR) + "/articles/themes/" + name);
  REQUIRE(in);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Result<PlainArticle> parsed = ParsePlainArticle(text, name);
  REQUIRE(parsed.ok());
  return std::move(parsed).value();
}

bool AboutDx(const std::string& title, const std::string& body) {
  return Classifier().Gate(title, Tokenize(title), body, Tokenize(body)).primary;
}

}  // namespace

TEST_CASE("the builtin taxonomy has at least 15 documented themes with the gold ids", "[themes]") {
  const std::vector<ThemeInfo>& themes = Classifier().themes();
  CHECK(themes.size() >= 15);
  std::set<std::string> ids;
  for (const ThemeInfo& t : themes) {
    CHECK_FALSE(t.label.empty());
    CHECK_FALSE(t.description.empty());
    ids.insert(t.id);
  }
  for (const char* id : {"dx-day",
                         "digital-government",
                         "digital-economy",
                         "digital-society",
                         "data",
                         "digital-infrastructure",
                         "online-public-services",
                         "cashless-payments",
                         "emerging-tech",
                         "cybersecurity",
                         "digital-skills",
                         "community-tech-teams",
                         "policy",
                         "rankings",
                         "e-commerce",
                         "digital-health",
                         "digital-education",
                         "smart-city",
                         "agriculture-dx",
                         "enterprise-dx"}) {
    CHECK(ids.count(id) == 1);
  }
}

TEST_CASE("a provincial online-services story", "[themes]") {
  const std::string title = "Tỉnh Bình An đưa 100% dịch vụ công trực tuyến lên mức độ 4";
  const std::string body =
      "Sáng 14/6, Trung tâm Phục vụ hành chính công tỉnh cho biết người dân đã nộp hơn 20.000 "
      "hồ sơ trực tuyến. Các thủ tục hành chính được giải quyết qua Cổng dịch vụ công. Người dân "
      "có thể thanh toán phí bằng ví điện tử.";
  const std::vector<ThemeScore> scores = Classifier().Classify(title, body);
  REQUIRE_FALSE(scores.empty());
  CHECK(scores.front().id == "online-public-services");
  CHECK(scores.front().primary);
  CHECK(EvidenceCount(scores.front(), "dịch vụ công trực tuyến") == 1);
  CHECK(EvidenceCount(scores.front(), "thủ tục hành chính") == 1);
  // "dịch vụ công trực tuyến" is one longest match, not also "dịch vụ công".
  CHECK(EvidenceCount(scores.front(), "dịch vụ công") == 0);
  const ThemeScore* cashless = Find(scores, "cashless-payments");
  REQUIRE(cashless != nullptr);
  CHECK(cashless->score < scores.front().score);
}

TEST_CASE("abbreviations count, case-sensitively", "[themes]") {
  const std::string body =
      "Hội nghị bàn về CQS, KTS và XHS. Tỉnh đặt mục tiêu phát triển KTS chiếm 20% GRDP.";
  const std::vector<ThemeScore> scores = Classifier().Classify("", body);
  const ThemeScore* economy = Find(scores, "digital-economy");
  REQUIRE(economy != nullptr);
  CHECK(EvidenceCount(*economy, "KTS") == 2);
  CHECK(Find(scores, "digital-government") != nullptr);
  CHECK(Find(scores, "digital-society") != nullptr);
  // "ai" (who) is not "AI".
  CHECK(Find(Classifier().Classify("", "Không ai biết ai đã làm việc này."), "emerging-tech") == nullptr);
  CHECK(Find(Classifier().Classify("", "Ứng dụng AI trong sản xuất."), "emerging-tech") != nullptr);
  CHECK(AboutDx("", "Tỉnh đẩy mạnh CĐS trong năm 2021."));
}

TEST_CASE("false friends do not count", "[themes]") {
  const std::string electronics =
      "Bộ chuyển đổi số - tương tự (DAC) giúp tai nghe tái tạo âm thanh. Mạch chuyển đổi số "
      "này dùng chip 32 bit.";
  CHECK_FALSE(AboutDx("Đánh giá tai nghe mới", electronics));
  CHECK_FALSE(AboutDx("", "Nhà mạng hoàn tất chuyển đổi số thuê bao 11 số sang 10 số."));
  CHECK(AboutDx("", "Doanh nghiệp cần chuyển đổi số để tồn tại."));
  CHECK(Find(Classifier().Classify("", "Cổ phiếu của ngân hàng đã lên sàn UPCoM."), "e-commerce") == nullptr);
  CHECK(Find(Classifier().Classify("", "Nông sản của hợp tác xã đã lên sàn."), "e-commerce") != nullptr);
  const std::string cs = "Em theo học ngành khoa học máy tính tại trường đại học.";
  CHECK(Find(Classifier().Classify("", cs), "emerging-tech") == nullptr);
}

TEST_CASE("tone placement, case, NFD and diacritic-free text all match", "[themes]") {
  const std::vector<ThemeScore> upper = Classifier().Classify("", "Phát triển ĐÔ THỊ THÔNG MINH");
  const std::vector<ThemeScore> lower = Classifier().Classify("", "Phát triển đô thị thông minh");
  const ThemeScore* a = Find(upper, "smart-city");
  REQUIRE(a != nullptr);
  const ThemeScore* b = Find(lower, "smart-city");
  REQUIRE(b != nullptr);
  CHECK(a->score == Approx(b->score));
  // "hóa" vs "hoá", and NFD "ó" (o + U+0301).
  CHECK(Find(Classifier().Classify("", "đẩy mạnh số hoá dữ liệu"), "data") != nullptr);
  CHECK(Find(Classifier().Classify("", "đẩy mạnh so\xCC\x81 ho\xCC\x81\x61 dữ liệu"), "data") != nullptr);
  const std::string ascii =
      "Tinh day manh chuyen doi so, phat trien chinh quyen so va thanh toan khong dung tien mat "
      "cho nguoi dan trong nam nay";
  CHECK(AboutDx("", ascii));
  const std::set<std::string> primary = Primary("", ascii);
  CHECK((primary.count("digital-government") + primary.count("cashless-payments")) >= 1);
}

TEST_CASE("title matches weigh more and scores are normalised by length", "[themes]") {
  const std::string body = "Tỉnh triển khai an toàn thông tin và thương mại điện tử.";
  const std::vector<ThemeScore> plain = Classifier().Classify("", body);
  const std::vector<ThemeScore> titled = Classifier().Classify("Thương mại điện tử bùng nổ", body);
  CHECK(Find(titled, "e-commerce")->score > Find(plain, "e-commerce")->score);
  CHECK(titled.front().id == "e-commerce");
  std::string long_body;
  for (int i = 0; i < 60; ++i) long_body += "Người dân đến chợ mua rau và cá vào buổi sáng sớm. ";
  const std::vector<ThemeScore> diluted = Classifier().Classify("", body + long_body);
  CHECK(Find(diluted, "e-commerce")->score < Find(plain, "e-commerce")->score);
}

TEST_CASE("one to three primary themes", "[themes]") {
  const std::string title = "Ngày Chuyển đổi số quốc gia: tôn vinh Tổ công nghệ số cộng đồng";
  const std::string body =
      "Nhân Ngày Chuyển đổi số quốc gia 10/10, tỉnh biểu dương 50 Tổ công nghệ số cộng đồng đã "
      "đi từng ngõ, gõ từng nhà hướng dẫn người dân cài đặt ứng dụng. Các tổ công nghệ số cộng "
      "đồng cũng giúp bà con mở tài khoản ngân hàng. Tỉnh có 2 bệnh viện triển khai bệnh án điện tử.";
  const std::vector<ThemeScore> scores = Classifier().Classify(title, body);
  const std::set<std::string> primary = Primary(title, body);
  CHECK(primary.size() >= 1);
  CHECK(primary.size() <= 3);
  CHECK(primary.count("community-tech-teams") == 1);
  CHECK(primary.count("dx-day") == 1);
  CHECK(primary.count("digital-health") == 0);
  for (size_t i = 1; i < scores.size(); ++i) CHECK(scores[i - 1].score >= scores[i].score);
  CHECK(Classifier().Classify("Thời tiết", "Hôm nay trời mưa to ở vùng núi.").empty());
}

TEST_CASE("annotated corpus articles get exactly their main themes", "[themes]") {
  const std::string name =
      GENERATE(as<std::string>{}, "thu-vien-so-ung-dung.txt", "chuyen-doi-so-tong-quan-danh-sach.txt",
               "hop-tac-xa-nong-nghiep-cds.txt", "ngay-cds-ba-chu-de.txt", "bo-chuyen-doi-so-dac.txt",
               "viet-tat-cds-kts-cqs.txt");
  CAPTURE(name);
  const PlainArticle article = ReadThemeArticle(name);
  const std::string* want = article.Header("themes_primary");
  REQUIRE(want != nullptr);
  const std::set<std::string> expected = SplitIds(*want);
  CHECK(AboutDx(article.title, article.body) == !expected.empty());
  if (expected.empty()) return;  // not about CĐS: the gate says so, whatever themes fire
  CHECK(Primary(article.title, article.body) == expected);
}

TEST_CASE("a theme cited in one sentence is context, not a main theme", "[themes]") {
  const std::string ecommerce =
      "Sàn thương mại điện tử của tỉnh có 300 gian hàng. Doanh thu thương mại điện tử tăng 20%. ";
  // Policy reaches half of the top score in both texts; only the spread differs.
  const std::string one_sentence = "Theo kế hoạch chuyển đổi số, tỉnh sẽ hoàn thiện hành lang pháp lý.";
  const std::string two_sentences =
      "Tỉnh đã ban hành kế hoạch chuyển đổi số. Tỉnh sẽ hoàn thiện hành lang pháp lý.";
  const std::vector<ThemeScore> once = Classifier().Classify("", ecommerce + one_sentence);
  const std::vector<ThemeScore> twice = Classifier().Classify("", ecommerce + two_sentences);
  REQUIRE(Find(once, "policy") != nullptr);
  CHECK(Find(once, "policy")->sentences == 1);
  CHECK(Find(once, "policy")->strong);
  CHECK(Find(once, "policy")->score >= 0.5 * once.front().score);
  CHECK_FALSE(Find(once, "policy")->primary);
  CHECK(Find(once, "e-commerce")->primary);
  CHECK(Find(twice, "policy")->sentences == 2);
  CHECK(Find(twice, "policy")->primary);
}

TEST_CASE("a sentence listing many triggers weighs like one clear mention", "[themes]") {
  const std::vector<ThemeScore> list =
      Classifier().Classify("", "Cáp quang, băng rộng, 4G và 5G đã phủ tới mọi thôn bản.");
  const std::vector<ThemeScore> single = Classifier().Classify("", "Tỉnh đã có 5G.");
  REQUIRE(Find(list, "digital-infrastructure") != nullptr);
  CHECK(EvidenceCount(*Find(list, "digital-infrastructure"), "cáp quang") == 1);
  CHECK(Find(list, "digital-infrastructure")->score == Approx(Find(single, "digital-infrastructure")->score));
  const std::vector<ThemeScore> spread =
      Classifier().Classify("", "Tỉnh có cáp quang tới mọi xã. Mạng 5G đã phủ thành phố.");
  CHECK(Find(spread, "digital-infrastructure")->score > Find(single, "digital-infrastructure")->score);
}

TEST_CASE("sector words are strong evidence only next to chuyển đổi số", "[themes]") {
  const std::vector<ThemeScore> near =
      Classifier().Classify("", "Nhiều trường học đẩy mạnh chuyển đổi số. Nhà trường mua thêm máy chiếu.");
  const std::vector<ThemeScore> far = Classifier().Classify(
      "",
      "Nhiều trường học mua thêm máy chiếu và bàn ghế mới cho năm học tới, còn tỉnh thì đẩy mạnh "
      "chuyển đổi số. Nhà trường mua thêm máy chiếu.");
  REQUIRE(Find(near, "digital-education") != nullptr);
  REQUIRE(Find(far, "digital-education") != nullptr);
  CHECK(Find(near, "digital-education")->strong);
  CHECK_FALSE(Find(far, "digital-education")->strong);
  CHECK(Find(near, "digital-education")->score > Find(far, "digital-education")->score);
  // "số hóa" is an umbrella word but too weak to promote a sector word.
  const std::vector<ThemeScore> weak = Classifier().Classify("", "Nhiều trường học số hóa học bạ.");
  CHECK_FALSE(Find(weak, "digital-education")->strong);
}

TEST_CASE("a malformed taxonomy is rejected with its location", "[themes]") {
  Result<ThemeClassifier> missing_gate = ThemeClassifier::LoadFromString(
      "[[theme]]\nid = \"x\"\nlabel = \"X\"\ndescription = \"d\"\n", "t.toml");
  REQUIRE_FALSE(missing_gate.ok());
  CHECK(missing_gate.status().message().find("gate") != std::string::npos);
  Result<ThemeClassifier> bad_term = ThemeClassifier::LoadFromString(
      "[gate]\nterms = [{ t = \"chuyển đổi số\", w = 3 }]\n"
      "[[theme]]\nid = \"x\"\nlabel = \"X\"\ndescription = \"d\"\nterms = [\"thiếu trọng số\"]\n",
      "t.toml");
  REQUIRE_FALSE(bad_term.ok());
  CHECK(bad_term.status().message().find("t.toml:7") != std::string::npos);
  Result<ThemeClassifier> typo = ThemeClassifier::LoadFromString(
      "[gate]\ntrems = []\n[[theme]]\nid = \"x\"\nlabel = \"X\"\ndescription = \"d\"\n", "t.toml");
  CHECK_FALSE(typo.ok());
  Result<ThemeClassifier> negative_dx = ThemeClassifier::LoadFromString(
      "[gate]\nterms = [{ t = \"chuyển đổi số\", w = 3 }]\n"
      "[[theme]]\nid = \"x\"\nlabel = \"X\"\ndescription = \"d\"\nterms = [{ t = \"a\", w = 1, dx = -2 }]\n",
      "t.toml");
  REQUIRE_FALSE(negative_dx.ok());
  CHECK(negative_dx.status().message().find("t.toml:7") != std::string::npos);
}

}  // namespace dxnews::analyzer
