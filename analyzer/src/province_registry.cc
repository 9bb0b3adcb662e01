#include "dxnews/analyzer/province_registry.h"

#include <toml++/toml.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "builtin_provinces.h"
#include "toml_text.h"

namespace dxnews::analyzer {
namespace {

constexpr std::string_view kCityType = "thành phố trực thuộc trung ương";
constexpr std::string_view kProvinceType = "tỉnh";

/// Where a value comes from, for error messages: "file:line: [[section]] 'field': what".
struct Location {
  const std::string& file;
  std::string_view section;
};

Status FieldError(const Location& loc, const toml::node& at, std::string_view field,
                  const std::string& what) {
  return Status::InvalidInput(loc.file + ":" + std::to_string(at.source().begin.line) + ": [[" +
                              std::string(loc.section) + "]] '" + std::string(field) +
                              "': " + what);
}

/// Reads a required, non-empty string.
Status ReadString(const Location& loc, const toml::table& table, std::string_view key,
                  std::string* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return FieldError(loc, table, key, "missing");
  std::optional<std::string> value = node->value_exact<std::string>();
  if (!value) return FieldError(loc, *node, key, "expected a string");
  if (value->empty()) return FieldError(loc, *node, key, "must not be empty");
  *out = std::move(*value);
  return Status();
}

/// Reads an optional array of non-empty strings (absent means empty).
Status ReadStringList(const Location& loc, const toml::table& table, std::string_view key,
                      std::vector<std::string>* out) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return Status();
  const toml::array* array = node->as_array();
  if (array == nullptr) return FieldError(loc, *node, key, "expected an array of strings");
  for (const toml::node& element : *array) {
    std::optional<std::string> value = element.value_exact<std::string>();
    if (!value || value->empty()) {
      return FieldError(loc, element, key, "expected a non-empty string");
    }
    out->push_back(std::move(*value));
  }
  return Status();
}

Status ReadType(const Location& loc, const toml::table& table, ProvinceType* out) {
  std::string type;
  if (Status s = ReadString(loc, table, "type", &type); !s.ok()) return s;
  if (type == kCityType) {
    *out = ProvinceType::kCentralCity;
  } else if (type == kProvinceType) {
    *out = ProvinceType::kProvince;
  } else {
    return FieldError(loc, *table.get("type"), "type", "unknown type '" + type + "'");
  }
  return Status();
}

/// A misspelt key ("varaints") must not be ignored silently.
Status CheckKnownKeys(const Location& loc, const toml::table& table, ProvinceEra era) {
  static const std::set<std::string_view> kCommon = {"id", "code", "name", "official_name",
                                                     "type"};
  static const std::set<std::string_view> kOld = {"new_unit", "variants", "ambiguous_variants"};
  static const std::set<std::string_view> kNew = {"members"};
  const std::set<std::string_view>& own = era == ProvinceEra::kBefore2025 ? kOld : kNew;
  for (const auto& [key, value] : table) {
    if (kCommon.count(key.str()) == 0 && own.count(key.str()) == 0) {
      return FieldError(loc, value, key.str(), "unknown field");
    }
  }
  return Status();
}

/// Reads one [[old]] or [[new]] table.
Result<Province> ReadUnit(const Location& loc, const toml::table& table, ProvinceEra era) {
  Province unit;
  unit.era = era;
  Status s = ReadString(loc, table, "id", &unit.id);
  if (s.ok()) s = ReadString(loc, table, "code", &unit.code);
  if (s.ok()) s = ReadString(loc, table, "name", &unit.name);
  if (s.ok()) s = ReadString(loc, table, "official_name", &unit.official_name);
  if (s.ok()) s = ReadType(loc, table, &unit.type);
  if (s.ok()) s = CheckKnownKeys(loc, table, era);
  if (era == ProvinceEra::kBefore2025) {
    if (s.ok()) s = ReadString(loc, table, "new_unit", &unit.new_unit);
    if (s.ok()) s = ReadStringList(loc, table, "variants", &unit.variants);
    if (s.ok()) s = ReadStringList(loc, table, "ambiguous_variants", &unit.ambiguous_variants);
  } else {
    if (s.ok()) s = ReadStringList(loc, table, "members", &unit.members);
    if (s.ok() && unit.members.empty()) {
      s = FieldError(loc, table, "members", "a new unit needs at least one member");
    }
  }
  if (!s.ok()) return s;
  return unit;
}

/// The units of one era, with the line of each table for later cross-reference errors.
struct UnitList {
  std::vector<Province> units;
  std::vector<const toml::table*> tables;
};

Result<UnitList> ReadUnits(const std::string& file, const toml::table& root, std::string_view key,
                           ProvinceEra era) {
  Location loc{file, key};
  const toml::node* node = root.get(key);
  const toml::array* array = node == nullptr ? nullptr : node->as_array();
  if (array == nullptr || array->empty()) {
    return Status::InvalidInput(file + ": missing or empty [[" + std::string(key) + "]] tables");
  }
  UnitList list;
  std::set<std::string> ids;
  for (const toml::node& element : *array) {
    const toml::table* table = element.as_table();
    if (table == nullptr) return FieldError(loc, element, key, "expected a table");
    Result<Province> unit = ReadUnit(loc, *table, era);
    if (!unit.ok()) return unit.status();
    if (!ids.insert(unit.value().id).second) {
      return FieldError(loc, *table->get("id"), "id", "duplicate id '" + unit.value().id + "'");
    }
    list.units.push_back(std::move(unit).value());
    list.tables.push_back(table);
  }
  return list;
}

/// Checks that old.new_unit and new.members describe the same partition of the old units.
Status CheckMapping(const std::string& file, const UnitList& old_list, const UnitList& new_list) {
  std::map<std::string, std::string> member_of;  // old id -> new id, from [[new]] members
  for (size_t i = 0; i < new_list.units.size(); ++i) {
    for (const std::string& member : new_list.units[i].members) {
      if (!member_of.emplace(member, new_list.units[i].id).second) {
        return FieldError({file, "new"}, *new_list.tables[i]->get("members"), "members",
                          "'" + member + "' is a member of two new units");
      }
    }
  }
  for (size_t i = 0; i < old_list.units.size(); ++i) {
    const Province& unit = old_list.units[i];
    auto it = member_of.find(unit.id);
    if (it == member_of.end() || it->second != unit.new_unit) {
      return FieldError({file, "old"}, *old_list.tables[i]->get("new_unit"), "new_unit",
                        "'" + unit.new_unit + "' does not list '" + unit.id + "' as a member");
    }
    member_of.erase(it);
  }
  if (!member_of.empty()) {
    return Status::InvalidInput(file + ": [[new]] 'members': unknown old unit '" +
                                member_of.begin()->first + "'");
  }
  return Status();
}

}  // namespace

ProvinceRegistry::ProvinceRegistry(std::vector<Province> old_units,
                                   std::vector<Province> new_units)
    : old_units_(std::move(old_units)), new_units_(std::move(new_units)) {
  for (size_t i = 0; i < old_units_.size(); ++i) old_index_.emplace(old_units_[i].id, i);
  for (size_t i = 0; i < new_units_.size(); ++i) new_index_.emplace(new_units_[i].id, i);
}

Result<ProvinceRegistry> ProvinceRegistry::LoadBuiltin() {
  return LoadFromString(BuiltinProvincesToml(), "<builtin>/corpus/provinces.toml");
}

Result<ProvinceRegistry> ProvinceRegistry::LoadFromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path);
  return LoadFromString(text.str(), path);
}

Result<ProvinceRegistry> ProvinceRegistry::LoadFromString(std::string_view toml,
                                                          const std::string& source_name) {
  Result<toml::table> parsed = internal::ParseTomlText(toml, source_name);
  if (!parsed.ok()) return parsed.status();
  const toml::table& root = parsed.value();
  Result<UnitList> old_list = ReadUnits(source_name, root, "old", ProvinceEra::kBefore2025);
  if (!old_list.ok()) return old_list.status();
  Result<UnitList> new_list = ReadUnits(source_name, root, "new", ProvinceEra::kFrom2025);
  if (!new_list.ok()) return new_list.status();
  if (Status s = CheckMapping(source_name, old_list.value(), new_list.value()); !s.ok()) return s;
  return ProvinceRegistry(std::move(old_list).value().units, std::move(new_list).value().units);
}

const Province* ProvinceRegistry::Find(const std::vector<Province>& units,
                                       const std::unordered_map<std::string, size_t>& index,
                                       std::string_view id) const {
  auto it = index.find(std::string(id));
  return it == index.end() ? nullptr : &units[it->second];
}

const Province* ProvinceRegistry::FindById(ProvinceEra era, std::string_view id) const {
  return era == ProvinceEra::kBefore2025 ? Find(old_units_, old_index_, id)
                                         : Find(new_units_, new_index_, id);
}

const Province* ProvinceRegistry::NewUnitOf(std::string_view old_id) const {
  const Province* old_unit = FindById(ProvinceEra::kBefore2025, old_id);
  return old_unit == nullptr ? nullptr : FindById(ProvinceEra::kFrom2025, old_unit->new_unit);
}

std::vector<const Province*> ProvinceRegistry::MembersOf(std::string_view new_id) const {
  std::vector<const Province*> members;
  if (const Province* unit = FindById(ProvinceEra::kFrom2025, new_id)) {
    for (const std::string& id : unit->members) {
      members.push_back(FindById(ProvinceEra::kBefore2025, id));
    }
  }
  return members;
}

std::vector<PlaceNameVariant> ProvinceRegistry::NameVariants() const {
  std::vector<PlaceNameVariant> variants;
  for (const Province& unit : old_units_) {
    for (const std::string& text : unit.variants) variants.push_back({text, unit.id, false});
    for (const std::string& text : unit.ambiguous_variants) {
      variants.push_back({text, unit.id, true});
    }
  }
  return variants;
}

std::vector<std::string> ProvinceRegistry::Ids(ProvinceEra era) const {
  std::vector<std::string> ids;
  for (const Province& unit : units(era)) ids.push_back(unit.id);
  return ids;
}

}  // namespace dxnews::analyzer
