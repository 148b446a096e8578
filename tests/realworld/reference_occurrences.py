#!/usr/bin/python3
"""Occurrences of one .ics file as python3-recurring-ical-events (Debian) expands it.

Prints one JSON list of [start, end] pairs: timed occurrences as UTC seconds,
all-day ones as "YYYY-MM-DD" dates, floating times read in ZONE. An all-day
event without an end lasts one day (RFC 5545 3.6.1; the reference gives it no
length). The span is FROM_YEAR-01-01 to TO_YEAR-01-01 on ZONE's clock. Events the
kiosk leaves out on purpose (private, confidential, cancelled, without a title)
are left out here too, so the comparison is about when things happen, not about
what a public kiosk shows.

usage: reference_occurrences.py FILE.ics FROM_YEAR TO_YEAR [ZONE]

A test-writing and measuring tool only: nothing in the build or the tests runs it.
"""
import datetime
import json
import sys

import icalendar
import pytz
import recurring_ical_events


def kept(event):
    if str(event.get("CLASS", "")).upper() in ("PRIVATE", "CONFIDENTIAL"):
        return False
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return False
    return str(event.get("SUMMARY", "")).strip() != ""


def key(value, zone):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = zone.localize(value)
        return int(value.timestamp())
    return value.isoformat()


def occurrences(path, from_year, to_year, zone_name="Europe/Berlin"):
    zone = pytz.timezone(zone_name)
    with open(path, "rb") as stream:
        calendar = icalendar.Calendar.from_ical(stream.read())
    result = []
    for event in recurring_ical_events.of(calendar).between((from_year, 1, 1), (to_year, 1, 1)):
        if not kept(event):
            continue
        start = event["DTSTART"].dt
        end = event["DTEND"].dt if "DTEND" in event else start
        if not isinstance(start, datetime.datetime) and not isinstance(end, datetime.datetime) and end == start:
            end = start + datetime.timedelta(days=1)
        result.append([key(start, zone), key(end, zone)])
    return sorted(result, key=lambda pair: (str(type(pair[0])), pair))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    print(json.dumps(occurrences(arguments[0], int(arguments[1]), int(arguments[2]), *arguments[3:4])))
