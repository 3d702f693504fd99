import { Temporal } from 'temporal-polyfill';

/**
 * Cuts the days [from, to] (inclusive) at each break day (a break starts a new segment) and at every
 * 1 January and 1 July, where rates change.
 * @example segments('2025-06-28', '2025-07-02', []) // [['2025-06-28','2025-06-30'], ['2025-07-01','2025-07-02']]
 */
export function segments(from: string, to: string, breaks: readonly string[]): [string, string][] {
  if (from > to) return [];
  const cuts = new Set(breaks.filter((b) => b > from && b <= to));
  const first = Temporal.PlainDate.from(from);
  const last = Temporal.PlainDate.from(to);
  for (let y = first.year; y <= last.year; y++)
    for (const d of [`${y}-01-01`, `${y}-07-01`]) if (d > from && d <= to) cuts.add(d);
  const sorted = [...cuts].sort();
  const out: [string, string][] = [];
  let start = from;
  for (const cut of sorted) {
    out.push([start, Temporal.PlainDate.from(cut).subtract({ days: 1 }).toString()]);
    start = cut;
  }
  out.push([start, to]);
  return out;
}
