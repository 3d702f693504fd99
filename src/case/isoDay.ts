/**
 * ISO calendar days (YYYY-MM-DD) by plain arithmetic, as Temporal.PlainDate gives them: days since
 * the epoch, whole days or months added (a month's end is constrained), days between. The hot paths
 * of parsing, deadlines and interest use these instead of building Temporal objects.
 */
const DAY = 86_400_000;

export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** YYYY-MM-DD plus whole days, months or years (a month's end is constrained: 31 Jan + 1 month = 28/29 Feb), as Temporal.PlainDate.add. */
export function addToDay(day: string, by: { days: number } | { months: number } | { years: number }): string {
  const [y, m, d] = partsOf(day);
  if ('days' in by) return isoDayOf((epochDaysOf(y, m, d) + by.days) * DAY);
  const months = 'months' in by ? by.months : by.years * 12;
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return isoDayOf(epochDaysOf(ny, nm, Math.min(d, daysInMonth(ny, nm))) * DAY);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDaysOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const dayNames = new Map<number, string>();

/** YYYY-MM-DD of a local wall-clock time given as ms since the epoch (years 1970–2099 here), one string per day. */
export function isoDayOf(localMs: number): string {
  const days = Math.floor(localMs / DAY);
  let name = dayNames.get(days);
  if (name === undefined) {
    if (dayNames.size > 100_000) dayNames.clear();
    name = new Date(days * DAY).toISOString().slice(0, 10);
    dayNames.set(days, name);
  }
  return name;
}

/** ISO day of the week of YYYY-MM-DD (1 Monday … 7 Sunday), as Temporal.PlainDate's dayOfWeek; 1970-01-01 was a Thursday. */
export const dayOfWeek = (day: string): number => ((((epochDaysOf(...partsOf(day)) + 3) % 7) + 7) % 7) + 1;

/** Year, month and day of YYYY-MM-DD. */
export const partsOf = (day: string): [number, number, number] => [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];

/** Days from `from` to `to` (negative when `to` is earlier), as PlainDate.until(…).days. */
export const daysBetween = (from: string, to: string): number => epochDaysOf(...partsOf(to)) - epochDaysOf(...partsOf(from));

export const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
