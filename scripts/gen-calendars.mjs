#!/usr/bin/env node
// Generates src/calendar/data/fr.json and src/calendar/data/be.json from
// date-holidays. date-holidays is a devDependency used only here, as a
// generator: the shipped package reads the generated JSON, never date-holidays.
//
// Usage: node scripts/gen-calendars.mjs
//
// Rules:
// - years 2000 to 2035 inclusive;
// - only holidays whose `type` is `public` (observances such as Pentecost
//   Sunday, Fête du Roi or Fête des morts are dropped);
// - the day is the first 10 characters of date-holidays' local `date`;
//   an entry spanning several days yields each of its days;
// - names in French; two holidays on one day (1 May 2008 = Ascension) are
//   joined with " / ";
// - FR regions.alsace-moselle: the public days that date-holidays lists for
//   FR-57, FR-67 and FR-68 (the three must agree) and that are not national.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'calendar', 'data');
const FROM = 2000;
const TO = 2035;
const LAST_VERIFIED_ON = '2026-12-01';
const LANG = 'fr';

const dhVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'date-holidays', 'package.json'), 'utf8'),
).version;

const DEFINITIONS = {
  FR: {
    text:
      "Un jour ouvrable est un jour au cours duquel le prestataire de services de paiement du payeur ou celui du bénéficiaire exerce une activité permettant d'exécuter des opérations de paiement.",
    source:
      'CMF L133-4 d) (ord. n° 2009-866); https://github.com/etalab/codes-juridiques-francais/blob/4c2a2cf55d6414b021b218823c7c0556f70f7c39/codes-en-vigueur/code-monetaire-et-financier/partie-legislative/livre-ier/titre-iii/chapitre-iii/section-1/article-l133-4.md',
  },
  BE: {
    text:
      '"business day" means a day on which the relevant payment service provider of the payer or the payment service provider of the payee involved in the execution of a payment transaction is open for business as required for the execution of a payment transaction',
    source:
      'Directive (EU) 2015/2366, art. 4(37) (CDE art. I.9 transposes it: numbering not verified)',
  },
};

const DAY_MS = 86_400_000;

/** YYYY-MM-DD plus n days, computed on the calendar date alone (no time zone). */
function plusDays(day, n) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Public holidays of one country (and state) as a map day → French name. */
function publicDays(country, state) {
  const hd = state
    ? new Holidays(country, state, { languages: [LANG] })
    : new Holidays(country, { languages: [LANG] });
  if (!hd.getCountries()[country]) throw new Error(`date-holidays has no country ${country}`);
  if (state && !(hd.getStates(country) ?? {})[state]) {
    throw new Error(`date-holidays has no state ${country}-${state}`);
  }
  const days = new Map();
  for (let year = FROM; year <= TO; year++) {
    for (const h of hd.getHolidays(year, LANG)) {
      if (h.type !== 'public') continue;
      const first = h.date.slice(0, 10);
      // number of calendar days covered: end - start, rounded (DST changes
      // make a local day 23 or 25 hours long).
      const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
      for (let i = 0; i < span; i++) {
        const day = plusDays(first, i);
        if (Number(day.slice(0, 4)) < FROM || Number(day.slice(0, 4)) > TO) continue;
        const prev = days.get(day);
        if (prev === undefined) days.set(day, h.name);
        else if (!prev.split(' / ').includes(h.name)) days.set(day, `${prev} / ${h.name}`);
      }
    }
  }
  return days;
}

function sortedObject(map) {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function build(jurisdiction, regions) {
  return {
    jurisdiction,
    generatedBy: `scripts/gen-calendars.mjs with date-holidays ${dhVersion}`,
    generatedOn: new Date().toISOString().slice(0, 10),
    lastVerifiedOn: LAST_VERIFIED_ON,
    years: { from: FROM, to: TO },
    definition: DEFINITIONS[jurisdiction],
    holidays: sortedObject(publicDays(jurisdiction)),
    regions,
  };
}

// France and Alsace-Moselle.
const frNational = publicDays('FR');
const alsaceMoselleStates = ['57', '67', '68'];
const extras = alsaceMoselleStates.map((state) => {
  const all = publicDays('FR', state);
  const extra = new Map([...all].filter(([day]) => !frNational.has(day)));
  const missing = [...frNational.keys()].filter((day) => !all.has(day));
  if (missing.length > 0) {
    throw new Error(`FR-${state} lacks national days ${missing.join(', ')}`);
  }
  return extra;
});
const [ref, ...others] = extras.map((m) => JSON.stringify(sortedObject(m)));
for (const [i, other] of others.entries()) {
  if (other !== ref) {
    throw new Error(`FR-${alsaceMoselleStates[i + 1]} differs from FR-57 in its extra days`);
  }
}

const outputs = {
  'fr.json': build('FR', { 'alsace-moselle': sortedObject(extras[0]) }),
  'be.json': build('BE', {}),
};

mkdirSync(outDir, { recursive: true });
for (const [file, data] of Object.entries(outputs)) {
  const path = join(outDir, file);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  const regionCounts = Object.entries(data.regions)
    .map(([name, days]) => `, ${name}: ${Object.keys(days).length} extra days`)
    .join('');
  console.log(
    `wrote ${path}: ${Object.keys(data.holidays).length} public days ${FROM}-${TO}${regionCounts}`,
  );
}
