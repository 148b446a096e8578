#!/usr/bin/env python3
"""Writes the spreadsheet fuzz target's seeds from the test sheets.

The target (tests/fuzz/fuzz_targets.cpp, `spreadsheet`) takes a workbook as
its parts: entries separated by NUL bytes, each "name\\ncontent". This turns
every .xlsx/.ods under tests/data into that form (XML entries only; pictures
and thumbnails are left out), one seed file each, in
tests/fuzz/corpus/spreadsheet/seed-<file name>.

    python3 tests/fuzz/make_spreadsheet_seeds.py
"""
import pathlib
import zipfile

root = pathlib.Path(__file__).resolve().parents[2]
out = root / "tests" / "fuzz" / "corpus" / "spreadsheet"
out.mkdir(parents=True, exist_ok=True)
sheets = sorted(p for p in (root / "tests" / "data").rglob("*") if p.suffix in (".xlsx", ".ods"))
for sheet in sheets:
    try:
        archive = zipfile.ZipFile(sheet)
    except zipfile.BadZipFile:
        continue  # a damaged sheet on purpose: nothing to take apart
    parts = []
    for info in archive.infolist():
        if not (info.filename.endswith(".xml") or info.filename.endswith(".rels") or info.filename == "mimetype"):
            continue
        body = archive.read(info.filename)
        if b"\0" in body:
            continue
        parts.append(info.filename.encode() + b"\n" + body)
    name = "seed-" + sheet.relative_to(root / "tests" / "data").as_posix().replace("/", "-")
    (out / name).write_bytes(b"\0".join(parts))
    print(out / name, len(parts), "parts")
