/**
 * Dates of the case file: ISO 8601 in the legal time zone (Europe/Paris, Europe/Brussels) with its
 * offset when a time is given, or a `start/end` interval when only a time range is known.
 */
export type Jurisdiction = 'FR' | 'BE';

export const TIME_ZONE: Record<Jurisdiction, string> = { FR: 'Europe/Paris', BE: 'Europe/Brussels' };

/** The UTC offset ("+02:00") of a wall-clock time in a time zone. */
export function offsetAt(date: string, time: string, timeZone: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const zoned = (utc: number) => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour) % 24, Number(p.minute));
  };
  // Two passes: the offset at the guessed instant, then at the corrected one.
  let offset = zoned(wall) - wall;
  offset = zoned(wall - offset) - (wall - offset);
  const minutes = Math.round(offset / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
export const isTime = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);

/** A typed date: "22/04/2013", "22-4-2013", "22.04.2013" or "2013-04-22" → "2013-04-22"; null if not a real date. */
export function parseUserDate(input: string): string | null {
  const s = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let iso: string | null = null;
  if (m) iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/.exec(s);
  if (m) iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (!iso) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso ? iso : null;
}

/** Month names and their usual abbreviations in French, Dutch and English (accents optional), 1–12. */
const MONTHS: Record<string, number> = {};
[
  ['janvier janv jan januari january', 1], ['fevrier fevr fev februari february feb', 2], ['mars maart march mar mrt mrs', 3],
  ['avril avr april apr', 4], ['mai mei may', 5], ['juin juni june jun', 6], ['juillet juil juli july jul', 7], ['aout augustus august aug', 8],
  ['septembre sept september sep', 9], ['octobre oct oktober october okt', 10], ['novembre nov november', 11], ['decembre dec december', 12],
].forEach(([names, n]) => (names as string).split(' ').forEach((w) => (MONTHS[w] = n as number)));
const monthOf = (word: string): number | null => MONTHS[word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.$/, '')] ?? null;

/**
 * A date of a fact as typed, kept as precise as it was given: a day ("22/04/2013", "22 avril 2013",
 * "2013-04-22" → "2013-04-22"), a month only ("03/2025", "mars 2025", "maart 2025", "March 2025" →
 * "2025-03") or a year only ("2025"); never read as the first day of the month or year. Null if not a date.
 */
export function parseFactDate(input: string): string | null {
  const s = input.trim().replace(/\s+/g, ' ');
  const day = parseUserDate(s);
  if (day) return day;
  let m = /^(\d{1,2})[/.\- ](\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /^(?:(\d{1,2}) )?([\p{L}.]+) (\d{4})$/u.exec(s);
  const month = m ? monthOf(m[2]!) : null;
  if (m && month) {
    const ym = `${m[3]}-${String(month).padStart(2, '0')}`;
    return m[1] ? parseUserDate(`${ym}-${m[1].padStart(2, '0')}`) : ym;
  }
  if (/^(19|20)\d{2}$/.test(s)) return s;
  return null;
}

/** A typed time: "17:43", "17h43", "17u43" (Belgian Dutch), "17.43", "9:05", "8h" → "17:43"; null if not a time. */
export function parseUserTime(input: string): string | null {
  const m = /^([01]?\d|2[0-3])\s*[:hHuU.]\s*([0-5]\d)?$/.exec(input.trim());
  if (!m) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** "2013-04-22" → "22/04/2013", the way dates are typed in the forms. */
export function toUserDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A date and time typed in one field: "22/04/2013 17:40", "22-04-2013 17u40", "2013-04-22" → its parts, or null. */
export function parseUserDateTime(input: string): { date: string; time: string | null } | null {
  const m = /^(\S+)(?:\s+(?:à\s+|om\s+|at\s+)?(.+))?$/.exec(input.trim());
  if (!m) return null;
  const date = parseFactDate(m[1]!);
  const time = m[2] ? parseUserTime(m[2]) : null;
  if (!date || (m[2] && !time)) return null;
  return { date, time };
}

/** Typed date, optional time and optional end time → a case-file date or interval (a month or a year has no time). */
export function caseDate(dateInput: string, timeInput: string | undefined, untilInput: string | undefined, j: Jurisdiction): string | null {
  const date = parseFactDate(dateInput ?? '');
  if (!date) return null;
  if (!isDate(date)) return date;
  const tz = TIME_ZONE[j];
  const time = timeInput ? parseUserTime(timeInput) : null;
  const until = untilInput ? parseUserTime(untilInput) : null;
  if (!time) return date;
  const start = `${date}T${time}${offsetAt(date, time, tz)}`;
  if (!until || until === time) return start;
  if (until < time) return start;
  return `${start}/${date}T${until}${offsetAt(date, until, tz)}`;
}

/** Today as YYYY-MM-DD in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "2013-04-22" → "22 avril 2013" / "22 april 2013" / "22 April 2013". */
export function formatDate(day: string, lang: 'fr' | 'nl' | 'en'): string {
  if (!isDate(day.slice(0, 10))) return day;
  const locale = { fr: 'fr-FR', nl: 'nl-BE', en: 'en-GB' }[lang];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day.slice(0, 10)}T12:00:00Z`));
}

/** A case-file date or interval, shortly: "22/04/2013 17:43–18:05". */
export function formatCaseDate(value: string, lang: 'fr' | 'nl' | 'en'): string {
  const part = (p: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(p);
    const ym = /^(\d{4})(?:-(\d{2}))?$/.exec(p);
    if (ym) return ym[2] ? `${ym[2]}/${ym[1]}` : ym[1]!;
    if (!m) return p;
    const d = lang === 'en' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
    return m[4] ? `${d} ${m[4]}` : d;
  };
  const [a, b] = value.split('/');
  if (!b) return part(a!);
  const pa = part(a!);
  const pb = part(b);
  if (pa.slice(0, 10) === pb.slice(0, 10) && pb.length > 10) return `${pa}–${pb.slice(11)}`;
  return `${pa} – ${pb}`;
}
