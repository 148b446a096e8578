#!/usr/bin/python3
"""How many real calendar exports the kiosk accepts, and how many it expands
exactly like python3-recurring-ical-events.

Reads the .ics files from ../shared/realworld/ics (next to the repository, or
REALWORLD=/path/to/realworld). Those files belong to other projects: they are
measured here, never copied into this repository. Not part of the test run.

  tests/realworld/measure_calendars.py [--kiosk-pack build/kiosk-pack] [--icaljs DIR] [--verbose]

For each file:
- accepted: `kiosk-pack check` on a source folder holding just this calendar exits 0;
- occurrences: `kiosk-pack events` over 1970-2038 (Europe/Berlin) against
  reference_occurrences.py over the same span. Files the reference itself
  cannot expand (it raises, or takes over a minute) are counted apart.
- with --icaljs (a node_modules folder holding npm's ical.js, or ICALJS_DIR):
  the same against ical.js (icaljs_occurrences.mjs), and the files where the
  two references agree with each other, which is where a difference is ours.
"""
import argparse
import datetime
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPOSITORY = HERE.parent.parent
ZONE = "Europe/Berlin"
FROM_YEAR, TO_YEAR = 1970, 2038

PACK_TOML = """[pack]
id = "calendar-measure"
default_language = "de"
languages = ["de"]
time_zone = "Europe/Berlin"
valid_until = 2038-01-01

[pack.title]
de = "Kalender"
"""
ORGANISATIONS = "id;name\ncalendar;Kalender\n"


def realworld_folder():
    candidates = [os.environ.get("REALWORLD")] if os.environ.get("REALWORLD") else []
    candidates += [REPOSITORY.parent / "shared" / "realworld", REPOSITORY.parent.parent / "shared" / "realworld"]
    for candidate in candidates:
        if candidate and (pathlib.Path(candidate) / "ics").is_dir():
            return pathlib.Path(candidate) / "ics"
    sys.exit("no realworld/ics folder found (set REALWORLD=...)")


def accepted(kiosk_pack, ics):
    with tempfile.TemporaryDirectory() as folder:
        source = pathlib.Path(folder)
        (source / "pack.toml").write_text(PACK_TOML)
        (source / "organisations.csv").write_text(ORGANISATIONS)
        (source / "events").mkdir()
        (source / "events" / "calendar.ics").write_bytes(ics.read_bytes())
        run = subprocess.run([kiosk_pack, "check", str(source)], capture_output=True, text=True, timeout=120)
        return run.returncode == 0, run.stderr.strip()


def ours(kiosk_pack, ics):
    run = subprocess.run([kiosk_pack, "events", str(ics), "--from", f"{FROM_YEAR}-01-01T00:00:00",
                          "--to", f"{TO_YEAR}-01-01T00:00:00", "--time-zone", ZONE, "--json"],
                         capture_output=True, text=True, timeout=120)
    document = json.loads(run.stdout)
    pairs = []
    for occurrence in document["occurrences"]:
        if occurrence["all_day"]:
            pairs.append([occurrence["start"], occurrence["end"]])
        else:
            pairs.append([int(datetime.datetime.fromisoformat(occurrence[k]).timestamp()) for k in ("start", "end")])
    return sorted(pairs, key=lambda pair: (str(type(pair[0])), pair))


def reference(ics):
    try:
        run = subprocess.run([sys.executable, str(HERE / "reference_occurrences.py"), str(ics), str(FROM_YEAR),
                              str(TO_YEAR), ZONE], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, "the reference took over a minute"
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "failed"
    return json.loads(run.stdout), ""


def icaljs(ics, modules):
    try:
        run = subprocess.run(["node", str(HERE / "icaljs_occurrences.mjs"), str(ics), str(FROM_YEAR), str(TO_YEAR)],
                             capture_output=True, text=True, timeout=60, env={**os.environ, "ICALJS_DIR": modules})
    except subprocess.TimeoutExpired:
        return None
    if run.returncode != 0:
        return None
    zone = __import__("zoneinfo").ZoneInfo(ZONE)
    pairs = []
    for pair in json.loads(run.stdout):
        pair = [int(datetime.datetime.fromisoformat(k[2:]).replace(tzinfo=zone).timestamp())
                if isinstance(k, str) and k.startswith("F:") else k for k in pair]
        if isinstance(pair[0], str) and pair[0] == pair[1]:
            pair[1] = (datetime.date.fromisoformat(pair[0]) + datetime.timedelta(days=1)).isoformat()
        pairs.append(pair)
    return sorted(pairs, key=lambda pair: (str(type(pair[0])), pair))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiosk-pack", default=str(REPOSITORY / "build" / "kiosk-pack"))
    parser.add_argument("--icaljs", default=os.environ.get("ICALJS_DIR"))
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    files = sorted(realworld_folder().glob("*.ics"))
    accepted_count = compared = matching = 0
    agreeing = matching_agreeing = matching_icaljs = expanded_icaljs = 0
    for ics in files:
        ok, why = accepted(options.kiosk_pack, ics)
        accepted_count += ok
        second = icaljs(ics, options.icaljs) if options.icaljs else None
        if second is not None:
            expanded_icaljs += 1
            try:
                matching_icaljs += ours(options.kiosk_pack, ics) == second
            except Exception:
                pass
        expected, failure = reference(ics)
        if expected is None:
            print(f"{ics.name}: {'accepted' if ok else 'REFUSED'}; reference cannot expand it ({failure})")
            if not ok and options.verbose:
                print("   ", why.replace("\n", "\n    "))
            continue
        compared += 1
        try:
            got = ours(options.kiosk_pack, ics)
        except Exception as error:  # a crash counts as a difference
            got = [f"kiosk-pack events failed: {error}"]
        same = got == expected
        matching += same
        if second is not None and second == expected:
            agreeing += 1
            matching_agreeing += same
        line = f"{ics.name}: {'accepted' if ok else 'REFUSED'}; occurrences {'match' if same else 'DIFFER'}"
        if options.icaljs:
            line += "; the references agree" if second == expected else "; the references differ"
        if not same:
            missing = [pair for pair in expected if pair not in got]
            extra = [pair for pair in got if pair not in expected]
            line += f" ({len(got)} ours, {len(expected)} reference; first missing {missing[:2]}, first extra {extra[:2]})"
        print(line)
        if not ok and options.verbose:
            print("   ", why.replace("\n", "\n    "))
    print(f"\naccepted by kiosk-pack check: {accepted_count} of {len(files)} ({100 * accepted_count / len(files):.1f}%)")
    print(f"occurrences identical to python3-recurring-ical-events: {matching} of {compared} files the reference "
          f"expands ({100 * matching / max(compared, 1):.1f}%); {len(files) - compared} files it cannot expand")
    if options.icaljs:
        print(f"occurrences identical to ical.js: {matching_icaljs} of {expanded_icaljs} files it expands "
              f"({100 * matching_icaljs / max(expanded_icaljs, 1):.1f}%)")
        print(f"where the two references agree ({agreeing} files): identical in {matching_agreeing} "
              f"({100 * matching_agreeing / max(agreeing, 1):.1f}%)")


if __name__ == "__main__":
    main()
