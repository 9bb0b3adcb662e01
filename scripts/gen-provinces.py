#!/usr/bin/python3
"""Generates corpus/provinces.toml: the 63 provinces before 1 July 2025, the 34 after the merger,
the old -> new mapping and the written forms of each name as they appear in the news.

Facts (GSO codes, official names, unit types) come from dvhcvn (GPL-3.0) and the mapping from
vnadministrative (MIT), both under ../shared/data/vi-admin-units (see NOTICE). Nothing is copied
verbatim from those files except the facts themselves; the variant lists below are ours.

Usage: scripts/gen-provinces.py [--shared DIR] [--out FILE] [--check]   (stdlib only)
--check compares instead of writing: exit 0 if FILE is up to date, 1 if not, 4 (CTest's skip
code in this project) if the shared data is absent.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

CITY_TYPE = "thành phố trực thuộc trung ương"
PROVINCE_TYPE = "tỉnh"

# Extra written forms seen in news, keyed by our id. Generated forms (prefixes, both tone
# placements, "TP."/"Tp" spellings) are added automatically and need not be listed.
EXTRA_VARIANTS = {
    "ho-chi-minh": ["TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Tp.HCM", "Tp HCM", "TP.HCMC",
                    "Thành phố HCM", "TP.Hồ Chí Minh", "Tp.Hồ Chí Minh"],
    "hue": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế",
            "tỉnh Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế", "Cố đô Huế"],
    "ba-ria-vung-tau": ["Bà Rịa–Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu",
                        "Bà Rịa — Vũng Tàu", "BR-VT", "BRVT", "BR - VT", "BR–VT"],
    "dak-lak": ["Đăk Lăk", "Đắc Lắc", "Đắk Lăk", "Đăk Lắk", "Daklak"],
    "dak-nong": ["Đăk Nông", "Đắc Nông"],
    "bac-kan": ["Bắc Cạn"],
    "kon-tum": ["Kontum"],
    "ha-noi": ["Thủ đô Hà Nội"],
    "thanh-hoa": ["xứ Thanh"],
}

# Forms that name the unit only in some contexts; a place matcher needs more evidence for them.
# "Sài Gòn" also names the newspaper Sài Gòn Giải Phóng, the river, a port and many firms;
# "Hồ Chí Minh" alone is most often the President (tư tưởng Hồ Chí Minh); "Vũng Tàu" and
# "Bà Rịa" are also cities inside the province; "Huế" alone is kept as unambiguous.
AMBIGUOUS_VARIANTS = {
    "ho-chi-minh": ["Sài Gòn", "Hồ Chí Minh"],
    "ba-ria-vung-tau": ["Vũng Tàu", "Bà Rịa"],
}

# Old-style (canonical) vs new-style tone placement for the open syllables oa, oe, uy (DOMAIN §4.1).
_TONES = {"̀", "́", "̉", "̃", "̣"}


def strip_marks(text):
    nfd = unicodedata.normalize("NFD", text)
    out = "".join(c for c in nfd if unicodedata.category(c) != "Mn")
    return out.replace("đ", "d").replace("Đ", "D")


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", strip_marks(name).lower()).strip("-")


def swap_tone_style(word, to_old):
    """Moves the tone of a word-final oa/oe/uy between its two vowels; returns the word."""
    nfd = unicodedata.normalize("NFD", word)
    m = re.search(r"([oOuU])([\u0300-\u036f]*)([aAeEyY])([\u0300-\u036f]*)$", nfd)
    if not m or (m.group(1).lower() == "u" and m.group(3).lower() != "y"):
        return word
    if m.group(1).lower() == "u" and nfd[:m.start()].lower().endswith("q"):
        return word  # "quý": the u belongs to the consonant
    first, second = m.group(2), m.group(4)
    tone = [c for c in first + second if c in _TONES]
    if not tone:
        return word
    first = "".join(c for c in first if c not in _TONES)
    second = "".join(c for c in second if c not in _TONES)
    if to_old:
        first += tone[0]
    else:
        second += tone[0]
    rebuilt = nfd[:m.start()] + m.group(1) + first + m.group(3) + second
    return unicodedata.normalize("NFC", rebuilt)


def tone_style(text, to_old):
    return " ".join(swap_tone_style(w, to_old) for w in text.split(" "))


def base_name(full):
    for prefix in ("Thành phố ", "Thành Phố ", "Tỉnh "):
        if full.startswith(prefix):
            return full[len(prefix):]
    raise ValueError("unexpected unit name: " + full)


def join_key(full):
    """Name key used to join the two sources: no prefix, old tone style, no spaces at hyphens."""
    name = tone_style(unicodedata.normalize("NFC", base_name(full)), True)
    return re.sub(r"\s*-\s*", "-", name).lower()


def written_forms(unit_id, name, unit_type):
    forms = [name]
    if unit_type == CITY_TYPE:
        for p in ("Thành phố ", "thành phố ", "TP ", "TP. ", "TP.", "Tp ", "Tp. ", "Tp."):
            forms.append(p + name)
    else:
        forms += ["Tỉnh " + name, "tỉnh " + name]
    forms += EXTRA_VARIANTS.get(unit_id, [])
    out = []
    for form in forms:
        for variant in (form, tone_style(form, True), tone_style(form, False)):
            if variant not in out:
                out.append(variant)
    return out


def load_old_units(shared):
    with open(os.path.join(shared, "data/vi-admin-units/dvhcvn/dvhcvn.json"), encoding="utf-8") as f:
        data = json.load(f)["data"]
    units = []
    for level1 in data:
        official = unicodedata.normalize("NFC", level1["name"])
        is_city = level1["type"] == "Thành phố Trung ương"
        name = tone_style(base_name(official), True)
        units.append({"id": slug(name), "code": level1["level1_id"], "name": name,
                      "official_name": official,
                      "type": CITY_TYPE if is_city else PROVINCE_TYPE})
    return units


def load_mapping(shared):
    """Returns {join_key(old): join_key(new)} from provinces.json, checked against new_to_old.json."""
    base = os.path.join(shared, "data/vi-admin-units/vnadministrative")
    with open(os.path.join(base, "provinces.json"), encoding="utf-8") as f:
        pairs = {join_key(p["name"]): join_key(p["new_name"]) for p in json.load(f)}
    with open(os.path.join(base, "new_to_old.json"), encoding="utf-8") as f:
        groups = json.load(f)["provinces"]
    check = {}
    for group in groups.values():
        for old in group["old_provinces"]:
            check[join_key(old["old_province_name"])] = join_key(group["new_province_name"])
    if check != pairs:
        sys.exit("provinces.json and new_to_old.json disagree")
    return pairs


def build(shared):
    old_units = load_old_units(shared)
    mapping = load_mapping(shared)
    by_key = {join_key(u["official_name"]): u for u in old_units}
    if set(by_key) != set(mapping):
        sys.exit("unmatched names: %s" % sorted(set(by_key) ^ set(mapping)))
    new_units = {}
    for key, unit in by_key.items():
        eponym = by_key[mapping[key]]  # every new unit keeps the name of one old member
        unit["new_unit"] = eponym["id"]
        new = new_units.setdefault(eponym["id"], dict(eponym, members=[]))
        new["members"].append(unit["id"])
    for unit in old_units:
        ambiguous = AMBIGUOUS_VARIANTS.get(unit["id"], [])
        forms = written_forms(unit["id"], unit["name"], unit["type"])
        unit["variants"] = [v for v in forms if v not in ambiguous]
        unit["ambiguous_variants"] = ambiguous
    news = sorted(new_units.values(), key=lambda u: u["code"])
    for unit in news:
        unit["members"].sort(key=lambda m: (m != unit["id"], m))
    return old_units, news


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(items):
    return "[" + ", ".join(toml_str(i) for i in items) + "]"


def render(old_units, new_units):
    merged = [u for u in new_units if len(u["members"]) > 1]
    lines = [
        "# Vietnamese provinces and centrally-run cities before and after the 1 July 2025 merger.",
        "# GENERATED by scripts/gen-provinces.py from ../shared/data/vi-admin-units: do not edit;",
        "# change the script and run it again. Sources and licences: NOTICE.",
        "#",
        "# [[old]]: the %d units before 1/7/2025 (GSO code, official name, type, new_unit)."
        % len(old_units),
        "# [[new]]: the %d units from 1/7/2025; %d unchanged, %d formed from %d old units."
        % (len(new_units), len(new_units) - len(merged), len(merged),
           sum(len(u["members"]) for u in merged)),
        "#   A new unit keeps the name and GSO code of one member, whose id it shares.",
        "# variants: written forms seen in news (prefixes, TP./Tp spellings, both tone placements).",
        "# ambiguous_variants: forms that also name other things (Sài Gòn, Hồ Chí Minh, Vũng Tàu);",
        "#   use them only with more evidence.",
        "",
    ]
    for u in old_units:
        lines += ["[[old]]", "id = " + toml_str(u["id"]), "code = " + toml_str(u["code"]),
                  "name = " + toml_str(u["name"]),
                  "official_name = " + toml_str(u["official_name"]),
                  "type = " + toml_str(u["type"]), "new_unit = " + toml_str(u["new_unit"]),
                  "variants = " + toml_list(u["variants"]),
                  "ambiguous_variants = " + toml_list(u["ambiguous_variants"]), ""]
    for u in new_units:
        lines += ["[[new]]", "id = " + toml_str(u["id"]), "code = " + toml_str(u["code"]),
                  "name = " + toml_str(u["name"]),
                  "official_name = " + toml_str(u["official_name"]),
                  "type = " + toml_str(u["type"]), "members = " + toml_list(u["members"]), ""]
    return "\n".join(lines)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(here, "../../shared"))
    parser.add_argument("--out", default=os.path.join(here, "../corpus/provinces.toml"))
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "data/vi-admin-units")):
        print("no shared data under " + args.shared, file=sys.stderr)
        sys.exit(4)
    old_units, new_units = build(args.shared)
    merged = [u for u in new_units if len(u["members"]) > 1]
    counts = (len(old_units), len(new_units), len(new_units) - len(merged), len(merged),
              sum(len(u["members"]) for u in merged))
    if counts != (63, 34, 11, 23, 52):
        sys.exit("unexpected counts old/new/unchanged/merged/members: %s" % (counts,))
    text = render(old_units, new_units)
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("%s is out of date: run scripts/gen-provinces.py" % args.out)
        print("%s is up to date" % args.out)
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s: %d old, %d new, %d unchanged, %d merged from %d" % ((args.out,) + counts))


if __name__ == "__main__":
    main()
