// Occurrences of one .ics file as ical.js (npm "ical.js", the second
// reference) expands it, in the same form as reference_occurrences.py:
// timed ones as UTC seconds, floating ones as "F:YYYY-MM-DDTHH:MM:SS" (the
// caller reads them on the pack's clock), all-day ones as "YYYY-MM-DD". Events
// a public kiosk leaves out on purpose (private, cancelled, untitled) are left
// out here too. A measuring tool only: nothing in the build or tests runs it.
//
//   NODE_PATH=... node icaljs_occurrences.mjs FILE.ics FROM_YEAR TO_YEAR
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.env.ICALJS_DIR + "/");
const ICAL = require("ical.js");
const [file, fromYear, toYear] = process.argv.slice(2);
const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
for (const zone of root.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);

const kept = (component) => {
  const klass = String(component.getFirstPropertyValue("class") || "").toUpperCase();
  const status = String(component.getFirstPropertyValue("status") || "").toUpperCase();
  const summary = String(component.getFirstPropertyValue("summary") || "").trim();
  return klass !== "PRIVATE" && klass !== "CONFIDENTIAL" && status !== "CANCELLED" && summary !== "";
};
const pad = (n, w = 2) => String(n).padStart(w, "0");
const key = (time) => {
  if (time.isDate) return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.zone === ICAL.Timezone.localTimezone || !time.zone)
    return `F:${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  return time.toUnixTime();
};

const masters = new Map();
const singles = [];
for (const component of root.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  if (event.isRecurrenceException()) singles.push(event);
  else if (!masters.has(event.uid)) masters.set(event.uid, event);
  else singles.push(event);
}
const standalone = [];
for (const change of singles) {
  const master = change.isRecurrenceException() ? masters.get(change.uid) : undefined;
  if (master) master.relateException(change);
  else standalone.push(change);
}
const result = [];
const from = Number(fromYear), to = Number(toYear);
for (const event of [...masters.values(), ...standalone]) {
  if (!event.isRecurring()) {
    if (kept(event.component) && event.startDate.year >= from && event.startDate.year < to)
      result.push([key(event.startDate), key(event.endDate)]);
    continue;
  }
  const iterator = event.iterator();
  for (let next, n = 0; (next = iterator.next()) && n < 200000; n++) {
    if (next.year >= to) break;
    const details = event.getOccurrenceDetails(next);
    if (details.startDate.year < from || !kept(details.item.component)) continue;
    result.push([key(details.startDate), key(details.endDate)]);
  }
}
console.log(JSON.stringify(result));
