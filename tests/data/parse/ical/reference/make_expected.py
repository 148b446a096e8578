#!/usr/bin/python3
"""Writes the expected occurrences of our calendar fixtures, as
python3-recurring-ical-events (Debian bookworm: 2.0.1 with python3-icalendar
4.0.3) expands them, to reference/<fixture>.json. test_ical compares the
kiosk's expansion with these files; the reference itself is never needed to
build or to run the tests. Run it again after changing a fixture:

  tests/data/parse/ical/reference/make_expected.py

Occurrences from 2026-01-01 to 2028-01-01 on Europe/Berlin's clock, as
[start, end] pairs: UTC seconds for timed ones, "YYYY-MM-DD" (end exclusive)
for all-day ones. Events a public kiosk leaves out on purpose (private,
cancelled, without a title) are left out here too; see
tests/realworld/reference_occurrences.py.

Fixtures of forms this version of the reference does not expand are not
listed; test_ical checks those against instances worked out from RFC 5545:
- this_and_future.ics: RECURRENCE-ID;RANGE=THISANDFUTURE (applied to one date only),
- several_rules.ics: a second RRULE (refused), EXRULE (ignored), RDATE;VALUE=PERIOD (fails),
- hostile_vtimezone.ics: a VTIMEZONE repeating every second (hangs).
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[4] / "tests" / "realworld"))
from reference_occurrences import occurrences  # noqa: E402

FIXTURES = [
    "google_export.ics",
    "thunderbird_export.ics",
    "outlook_windows_zone.ics",
    "outlook.ics",
    "wordpress_export.ics",
    "confluence_export.ics",
    "nextcloud_versions.ics",
    "apple_export.ics",
    "weekly_dst.ics",
    "exceptions.ics",
    "allday_utc_floating.ics",
]
FROM_YEAR, TO_YEAR = 2026, 2028

for name in FIXTURES:
    expected = occurrences(HERE.parent / name, FROM_YEAR, TO_YEAR, "Europe/Berlin")
    document = {"fixture": name, "from": f"{FROM_YEAR}-01-01T00:00:00", "to": f"{TO_YEAR}-01-01T00:00:00",
                "time_zone": "Europe/Berlin", "occurrences": expected}
    (HERE / (name[:-4] + ".json")).write_text(json.dumps(document, indent=1) + "\n")
    print(f"{name}: {len(expected)} occurrences")
