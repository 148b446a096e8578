// Makes reference.json: opening_hours.js's answers for our own values.txt, the
// differential test's expectations (tests/test_opening_hours_reference.cpp).
// A test-writing tool only; nothing in the build or the tests runs it.
//
//   mkdir /tmp/ohjs && cd /tmp/ohjs && npm install opening_hours@3.15.0
//   TZ=Europe/Berlin NODE_PATH=/tmp/ohjs/node_modules \
//     node tests/data/opening_hours/make_reference.js tests/data/opening_hours/values.txt \
//     > tests/data/opening_hours/reference.json
//
// For every value: "ok" (accepted without warnings), "warn" (accepted with
// warnings) or "reject", and for accepted values the state at every instant
// ("1" open, "0" closed, "u" unknown), once with Saxony's holidays (Leipzig)
// and once with Berlin's. School holidays (SH) are opening_hours.js's own data
// for Saxony; the test gives ours the same dates.
'use strict';
const fs = require('fs');
const OpeningHours = require('opening_hours');

if (process.env.TZ !== 'Europe/Berlin') {
    console.error('run with TZ=Europe/Berlin: the instants are Berlin wall times');
    process.exit(2);
}

// Berlin wall times in 2027: holidays of Saxony and Berlin, the days around
// them, both clock changes, midnights, month ends, first and last weekdays.
const instants = [
    '2027-01-01T11:00', '2027-01-02T09:30', '2027-01-04T07:59', '2027-01-04T08:00', '2027-01-06T10:00',
    '2027-01-07T18:30', '2027-01-30T23:30', '2027-01-31T01:30', '2027-02-10T10:00', '2027-02-26T12:15',
    '2027-03-04T17:00', '2027-03-08T10:00', '2027-03-26T10:00', '2027-03-28T01:30', '2027-03-28T03:30',
    '2027-03-29T10:00', '2027-04-01T14:00', '2027-04-05T09:00', '2027-04-30T23:00', '2027-05-01T00:30',
    '2027-05-06T10:00', '2027-05-07T10:00', '2027-05-16T12:00', '2027-05-17T10:00', '2027-05-27T10:00',
    '2027-06-26T13:00', '2027-07-03T10:30', '2027-07-29T16:00', '2027-08-15T12:00', '2027-09-02T09:00',
    '2027-09-20T10:00', '2027-10-03T12:00', '2027-10-04T08:45', '2027-10-15T14:00', '2027-10-30T23:30',
    '2027-10-31T00:30', '2027-10-31T02:30', '2027-10-31T12:00', '2027-11-01T12:00', '2027-11-16T21:00',
    '2027-11-17T10:00', '2027-11-18T10:00', '2027-11-27T06:00', '2027-12-05T15:00', '2027-12-23T10:00',
    '2027-12-24T11:00', '2027-12-24T15:00', '2027-12-25T12:00', '2027-12-26T12:00', '2027-12-31T13:00',
    '2027-12-31T23:59',
];

const places = {
    'DE-SN': { lat: 51.34, lon: 12.37, address: { country_code: 'de', state: 'Sachsen' } },
    'DE-BE': { lat: 52.52, lon: 13.40, address: { country_code: 'de', state: 'Berlin' } },
};

function answers(value, place) {
    const oh = new OpeningHours(value, place, { mode: 0, locale: 'en' });
    return {
        warnings: oh.getWarnings().length,
        states: instants.map((iso) => {
            const date = new Date(iso);
            if (oh.getUnknown(date)) return 'u';
            return oh.getState(date) ? '1' : '0';
        }).join(''),
    };
}

const values = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
const result = { peer: 'opening_hours.js ' + require('opening_hours/package.json').version + ', mode 0', instants, values: [] };
for (const value of values) {
    const entry = { value };
    try {
        const saxony = answers(value, places['DE-SN']);
        const berlin = answers(value, places['DE-BE']);
        entry.verdict = saxony.warnings ? 'warn' : 'ok';
        entry['DE-SN'] = saxony.states;
        entry['DE-BE'] = berlin.states;
    } catch (error) {
        entry.verdict = 'reject';
    }
    result.values.push(entry);
}
process.stdout.write(JSON.stringify(result, null, 1) + '\n');
