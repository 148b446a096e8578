#!/usr/bin/env python3
"""How our opening-hours reading compares with opening_hours.js on values
nobody on this project wrote (../shared/realworld/opening_hours). Not part of
the test run, and the real-world files are never copied into the repository.

    python3 tests/data/opening_hours/measure_realworld.py build/kiosk-pack \
        /work/shared/realworld/opening_hours/expected.json [--list rejected|disagreeing]

expected.json holds opening_hours.js 3.15.0's answers at 61 Berlin wall times
of 2027 with the Leipzig (Saxony) location. Only the values it accepts without
any warning are scored: the share of them that `kiosk-pack hours` accepts, and
of those the share whose open/closed/unknown answer agrees at every instant.
Saxony's school holidays of 2027 (opening_hours.js's own data) are passed with
--school-holidays so that SH means the same days for both.
"""
import json
import subprocess
import sys

SAXONY_SCHOOL_HOLIDAYS_2027 = [
    "2026-12-23/2027-01-02", "2027-02-08/2027-02-19", "2027-03-26/2027-04-02", "2027-05-07",
    "2027-05-15/2027-05-18", "2027-07-10/2027-08-20", "2027-10-11/2027-10-23", "2027-12-23/2028-01-01",
]
STATE_LETTER = {"open": "1", "closed": "0", "unknown": "u"}


def answers(kiosk_pack, value, instants):
    command = [kiosk_pack, "hours", value, "--holidays", "DE-SN", "--json"]
    for entry in SAXONY_SCHOOL_HOLIDAYS_2027:
        command += ["--school-holidays", entry]
    for instant in instants:
        command += ["--at", instant]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stderr.strip()
    document = json.loads(result.stdout)
    return "".join(STATE_LETTER[a["state"]] for a in document["at"]), ""


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    kiosk_pack, expected_path = sys.argv[1], sys.argv[2]
    listing = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--list" else None
    expected = json.load(open(expected_path, encoding="utf-8"))
    instants = expected["instants"]
    scored = [v for v in expected["values"] if v["verdict"] == "ok"]
    accepted = agreeing = 0
    rejected, disagreeing = [], []
    for entry in scored:
        states, error = answers(kiosk_pack, entry["value"], instants)
        if states is None:
            rejected.append((entry["value"], error))
            continue
        accepted += 1
        if states == entry["states"]:
            agreeing += 1
        else:
            disagreeing.append((entry["value"], entry["states"], states))
    print(f"values opening_hours.js accepts without warnings: {len(scored)}")
    print(f"accepted by kiosk-pack hours: {accepted} ({100.0 * accepted / len(scored):.1f}%)")
    print(f"of those, same answer at all {len(instants)} instants: {agreeing} ({100.0 * agreeing / max(accepted, 1):.1f}%)")
    if listing == "rejected":
        for value, error in rejected:
            print(f"{value!r}\n    {error}")
    if listing == "disagreeing":
        for value, theirs, ours in disagreeing:
            print(f"{value!r}\n    opening_hours.js {theirs}\n    ours             {ours}")


if __name__ == "__main__":
    main()
