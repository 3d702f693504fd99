/**
 * UTC offsets of a legal time zone without Temporal on the hot path: the zone's transitions from
 * 1970 to 2100, read once from Temporal (so the same tz data), then a binary search. Outside that
 * range, or where a day starts next to a transition, callers fall back to Temporal (null here).
 */
import { Temporal } from 'temporal-polyfill';

const DAY = 86_400_000;
const FROM = Date.UTC(1970, 0, 1);
const TO = Date.UTC(2100, 0, 1);

interface Zone {
  /** Transition instants (epoch ms), ascending. */
  at: number[];
  /** offsets[i]: the offset (ms) before at[i]; offsets[at.length]: after the last one. */
  offsets: number[];
}

const zones = new Map<string, Zone>();

function zoneOf(timeZone: string): Zone {
  let z = zones.get(timeZone);
  if (z) return z;
  z = { at: [], offsets: [] };
  let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(FROM).toZonedDateTimeISO(timeZone);
  z.offsets.push(cursor.offsetNanoseconds / 1e6);
  while ((cursor = cursor.getTimeZoneTransition('next')) && cursor.epochMilliseconds < TO) {
    z.at.push(cursor.epochMilliseconds);
    z.offsets.push(cursor.offsetNanoseconds / 1e6);
  }
  zones.set(timeZone, z);
  return z;
}

/** Index of the offset period holding `ms`. */
function periodOf(z: Zone, ms: number): number {
  let lo = 0;
  let hi = z.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (z.at[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The zone's UTC offset (ms) at an instant, or null outside the table. */
export function offsetAt(ms: number, timeZone: string): number | null {
  if (ms < FROM + DAY || ms >= TO - DAY) return null;
  const z = zoneOf(timeZone);
  return z.offsets[periodOf(z, ms)]!;
}

/**
 * The instant a local day starts (its midnight): the one offset of the periods around it that maps
 * back to that midnight; null outside the table or when midnight is skipped or repeated there.
 */
export function localMidnight(epochDays: number, timeZone: string): number | null {
  const local = epochDays * DAY;
  if (local < FROM + 2 * DAY || local >= TO - 2 * DAY) return null;
  const z = zoneOf(timeZone);
  const before = z.offsets[periodOf(z, local - DAY)]!;
  const after = z.offsets[periodOf(z, local + DAY)]!;
  const fits = (o: number): boolean => z.offsets[periodOf(z, local - o)] === o;
  if (before === after) return local - before;
  const a = fits(before);
  const b = fits(after);
  return a !== b ? local - (a ? before : after) : null;
}

