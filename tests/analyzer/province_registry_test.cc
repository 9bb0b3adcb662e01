#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "dxnews/analyzer/normalizer.h"
#include "dxnews/analyzer/province_registry.h"

namespace dxnews::analyzer {
namespace {

ProvinceRegistry Builtin() {
  Result<ProvinceRegistry> loaded = ProvinceRegistry::LoadBuiltin();
  INFO(loaded.status().ToString());
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

std::vector<std::string> IdsOf(const std::vector<const Province*>& units) {
  std::vector<std::string> ids;
  for (const Province* unit : units) ids.push_back(unit == nullptr ? "<null>" : unit->id);
  return ids;
}

TEST_CASE("ProvinceRegistry has 63 old units, 34 new, 11 unchanged, 23 merged from 52",
          "[analyzer][province_registry]") {
  const ProvinceRegistry registry = Builtin();
  CHECK(registry.units(ProvinceEra::kBefore2025).size() == 63);
  CHECK(registry.units(ProvinceEra::kFrom2025).size() == 34);
  int unchanged = 0, merged = 0;
  size_t merged_members = 0;
  for (const Province& unit : registry.units(ProvinceEra::kFrom2025)) {
    if (unit.members.size() == 1) {
      ++unchanged;
      CHECK(unit.members[0] == unit.id);
    } else {
      ++merged;
      merged_members += unit.members.size();
    }
  }
  CHECK(unchanged == 11);
  CHECK(merged == 23);
  CHECK(merged_members == 52);
}

TEST_CASE("ProvinceRegistry::NewUnitOf follows the 1 July 2025 merger",
          "[analyzer][province_registry]") {
  auto [old_id, new_id] = GENERATE(table<std::string, std::string>({
      {"ha-giang", "tuyen-quang"},     {"binh-duong", "ho-chi-minh"},
      {"ba-ria-vung-tau", "ho-chi-minh"}, {"quang-nam", "da-nang"},
      {"long-an", "tay-ninh"},         {"hoa-binh", "phu-tho"},
      {"bac-giang", "bac-ninh"},       {"hai-duong", "hai-phong"},
      {"kon-tum", "quang-ngai"},       {"binh-dinh", "gia-lai"},
      {"bac-lieu", "ca-mau"},          {"kien-giang", "an-giang"},
      {"quang-binh", "quang-tri"},     {"hue", "hue"},
      {"ha-tinh", "ha-tinh"},          {"cao-bang", "cao-bang"},
  }));
  const ProvinceRegistry registry = Builtin();
  const Province* unit = registry.NewUnitOf(old_id);
  REQUIRE(unit != nullptr);
  CHECK(unit->id == new_id);
  CHECK(unit->era == ProvinceEra::kFrom2025);
}

TEST_CASE("ProvinceRegistry::MembersOf lists the old units of a new one, eponym first",
          "[analyzer][province_registry]") {
  const ProvinceRegistry registry = Builtin();
  CHECK(IdsOf(registry.MembersOf("ninh-binh")) ==
        std::vector<std::string>{"ninh-binh", "ha-nam", "nam-dinh"});
  CHECK(IdsOf(registry.MembersOf("ho-chi-minh")) ==
        std::vector<std::string>{"ho-chi-minh", "ba-ria-vung-tau", "binh-duong"});
  CHECK(IdsOf(registry.MembersOf("nghe-an")) == std::vector<std::string>{"nghe-an"});
  CHECK(registry.MembersOf("binh-duong").empty());  // not a new unit
  CHECK(registry.MembersOf("atlantis").empty());
}

TEST_CASE("ProvinceRegistry keeps old and new ids apart and knows codes and types",
          "[analyzer][province_registry]") {
  const ProvinceRegistry registry = Builtin();
  CHECK(registry.FindById(ProvinceEra::kBefore2025, "binh-duong") != nullptr);
  CHECK(registry.FindById(ProvinceEra::kFrom2025, "binh-duong") == nullptr);
  CHECK(registry.NewUnitOf("atlantis") == nullptr);

  const Province* hcm = registry.FindById(ProvinceEra::kFrom2025, "ho-chi-minh");
  REQUIRE(hcm != nullptr);
  CHECK(hcm->code == "79");
  CHECK(hcm->type == ProvinceType::kCentralCity);
  CHECK(hcm->name == "Hồ Chí Minh");
  // DOMAIN.md §1.4: a merged unit keeps the code of its eponymous member.
  CHECK(registry.FindById(ProvinceEra::kFrom2025, "an-giang")->code == "89");
  CHECK(registry.FindById(ProvinceEra::kFrom2025, "tuyen-quang")->code == "08");
  const Province* hoa_binh = registry.FindById(ProvinceEra::kBefore2025, "hoa-binh");
  REQUIRE(hoa_binh != nullptr);
  CHECK(hoa_binh->type == ProvinceType::kProvince);
  CHECK(hoa_binh->name == "Hòa Bình");  // canonical old tone style

  for (ProvinceEra era : {ProvinceEra::kBefore2025, ProvinceEra::kFrom2025}) {
    int cities = 0;
    for (const Province& unit : registry.units(era)) {
      cities += unit.type == ProvinceType::kCentralCity ? 1 : 0;
    }
    CHECK(cities == 6);  // Hà Nội, Hải Phòng, Huế, Đà Nẵng, TP HCM, Cần Thơ
  }
}

TEST_CASE("ProvinceRegistry name variants cover the forms written in news",
          "[analyzer][province_registry]") {
  std::map<std::string, PlaceNameVariant> by_text;
  for (const PlaceNameVariant& v : Builtin().NameVariants()) by_text.emplace(v.text, v);
  auto [text, old_id, ambiguous] = GENERATE(table<std::string, std::string, bool>({
      {"TP.HCM", "ho-chi-minh", false},       {"TPHCM", "ho-chi-minh", false},
      {"TP HCM", "ho-chi-minh", false},       {"TP. Hồ Chí Minh", "ho-chi-minh", false},
      {"Thành phố Hồ Chí Minh", "ho-chi-minh", false},
      {"Sài Gòn", "ho-chi-minh", true},       {"Hồ Chí Minh", "ho-chi-minh", true},
      {"Thừa Thiên Huế", "hue", false},       {"Huế", "hue", false},
      {"TP Huế", "hue", false},               {"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", false},
      {"BR-VT", "ba-ria-vung-tau", false},    {"Bà Rịa–Vũng Tàu", "ba-ria-vung-tau", false},
      {"Vũng Tàu", "ba-ria-vung-tau", true},  {"Đắk Lắk", "dak-lak", false},
      {"Đăk Lăk", "dak-lak", false},          {"Bắc Kạn", "bac-kan", false},
      {"Bắc Cạn", "bac-kan", false},          {"Hòa Bình", "hoa-binh", false},
      {"Hoà Bình", "hoa-binh", false},        {"Thanh Hoá", "thanh-hoa", false},
      {"tỉnh Hà Tĩnh", "ha-tinh", false},     {"Tỉnh Long An", "long-an", false},
  }));
  auto it = by_text.find(text);
  REQUIRE(it != by_text.end());
  CHECK(it->second.old_id == old_id);
  CHECK(it->second.ambiguous == ambiguous);
}

TEST_CASE("ProvinceRegistry: no written form names two units, every unit has its name",
          "[analyzer][province_registry]") {
  const ProvinceRegistry registry = Builtin();
  std::map<std::string, std::string> unit_of_key;
  for (const PlaceNameVariant& v : registry.NameVariants()) {
    auto [it, inserted] = unit_of_key.emplace(NormalizeLower(v.text), v.old_id);
    INFO(v.text);
    CHECK(it->second == v.old_id);
  }
  for (const Province& unit : registry.units(ProvinceEra::kBefore2025)) {
    INFO(unit.id);
    CHECK(unit_of_key[NormalizeLower(unit.name)] == unit.id);
    CHECK(unit_of_key[NormalizeLower(unit.official_name)] == unit.id);
  }
}

TEST_CASE("ProvinceRegistry built in equals corpus/provinces.toml",
          "[analyzer][province_registry]") {
  Result<ProvinceRegistry> file =
      ProvinceRegistry::LoadFromFile(DXNEWS_CORPUS_DIR "/provinces.toml");
  REQUIRE(file.ok());
  const ProvinceRegistry builtin = Builtin();
  for (ProvinceEra era : {ProvinceEra::kBefore2025, ProvinceEra::kFrom2025}) {
    CHECK(file.value().Ids(era) == builtin.Ids(era));
  }
  CHECK(file.value().NameVariants().size() == builtin.NameVariants().size());
}

TEST_CASE("ProvinceRegistry errors name the file, the line and the field",
          "[analyzer][province_registry]") {
  auto [file, expected] = GENERATE(table<std::string, std::string>({
      {"provinces_syntax_error.toml", "provinces_syntax_error.toml:6: "},
      {"provinces_bad_mapping.toml", "provinces_bad_mapping.toml:17: [[old]] 'new_unit'"},
      {"provinces_bad_type.toml", "provinces_bad_type.toml:7: [[old]] 'type': unknown type"},
      {"provinces_unknown_field.toml",
       "provinces_unknown_field.toml:8: [[old]] 'varaints': unknown field"},
  }));
  Result<ProvinceRegistry> loaded =
      ProvinceRegistry::LoadFromFile(DXNEWS_CORPUS_DIR "/test/" + file);
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kInvalidInput);
  CHECK_THAT(loaded.status().message(), Catch::Contains(expected));
}

TEST_CASE("ProvinceRegistry::LoadFromFile reports a missing file as an I/O error",
          "[analyzer][province_registry]") {
  Result<ProvinceRegistry> loaded = ProvinceRegistry::LoadFromFile("/nonexistent/provinces.toml");
  REQUIRE_FALSE(loaded.ok());
  CHECK(loaded.status().code() == Status::Code::kIoError);
}

}  // namespace
}  // namespace dxnews::analyzer
