#!/usr/bin/env python3
"""Writes arabic_reference.json: how HarfBuzz's own command-line shaper
(hb-shape, Debian package libharfbuzz-bin) shapes Arabic and Persian words
with harakat in the Noto Sans Arabic fonts the kiosk uses. tests/test_text_shaping.cpp
compares the kiosk's shaping with it. Only needed when the cases or the fonts
change; the build and the tests never run hb-shape.

    python3 tests/data/shaping/make_reference.py > tests/data/shaping/arabic_reference.json
"""
import hashlib
import json
import subprocess

FONTS = [
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
]
# (text, language): the words whose marks sat on the wrong letter with the
# old presentation-form path, and Persian forms (pe, gaf, Farsi yeh, a ZWNJ).
CASES = [
    ("نشطون معًا", "ar"),
    ("وضّح", "ar"),
    ("عادةً", "ar"),
    ("مُساعدة", "ar"),
    ("لا", "ar"),
    ("پیگیری", "fa"),
    ("می\u200cروم", "fa"),
]


def shape(font, text, language):
    out = subprocess.run(
        ["hb-shape", "--output-format=json", "--no-glyph-names", "--direction=rtl", "--script=arab",
         "--language=" + language, "--bot", "--eot", "--remove-default-ignorables", "--font-file=" + font, text],
        check=True, capture_output=True, text=True).stdout
    return [[g["g"], g["cl"], g["ax"], g["ay"], g["dx"], g["dy"]] for g in json.loads(out)]


def main():
    version = subprocess.run(["hb-shape", "--version"], check=True, capture_output=True, text=True).stdout
    fonts = []
    for font in FONTS:
        data = open(font, "rb").read()
        fonts.append({
            "file": font,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "cases": [{"text": t, "language": lang, "glyphs": shape(font, t, lang)} for t, lang in CASES],
        })
    # One case per line, so a changed font shows up as a readable diff.
    dump = lambda value: json.dumps(value, ensure_ascii=False)
    print("{")
    print(' "made_by": %s,' % dump(version.splitlines()[0] + " (tests/data/shaping/make_reference.py)"))
    print(' "glyph_fields": %s,' % dump(["glyph", "cluster", "x_advance", "y_advance", "x_offset", "y_offset"]))
    print(' "fonts": [')
    for i, font in enumerate(fonts):
        print('  {"file": %s, "bytes": %d, "sha256": %s, "cases": [' % (dump(font["file"]), font["bytes"], dump(font["sha256"])))
        cases = font["cases"]
        for j, case in enumerate(cases):
            print('   %s%s' % (dump(case), "," if j + 1 < len(cases) else ""))
        print('  ]}%s' % ("," if i + 1 < len(fonts) else ""))
    print(' ]')
    print("}")


main()
