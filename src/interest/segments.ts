import { addToDay } from '../case/isoDay.js';

/**
 * Cuts the days [from, to] (inclusive) at each break day (a break starts a new segment) and at every
 * 1 January and 1 July, where rates change.
 * @example segments('2025-06-28', '2025-07-02', []) // [['2025-06-28','2025-06-30'], ['2025-07-01','2025-07-02']]
 */
export function segments(from: string, to: string, breaks: readonly string[]): [string, string][] {
  if (from > to) return [];
  const cuts = new Set(breaks.filter((b) => b > from && b <= to));
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++)
    for (const d of [`${y}-01-01`, `${y}-07-01`]) if (d > from && d <= to) cuts.add(d);
  const sorted = [...cuts].sort();
  const out: [string, string][] = [];
  let start = from;
  for (const cut of sorted) {
    out.push([start, addToDay(cut, { days: -1 })]);
    start = cut;
  }
  out.push([start, to]);
  return out;
}
