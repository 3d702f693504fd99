/** Today as a legal date in a time zone: the entry points' default evaluation date (the engine has no clock). */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function today(timeZone: string): string {
  // A DateTimeFormat costs far more to build than to use: one per zone.
  let f = FORMATS.get(timeZone);
  if (!f) FORMATS.set(timeZone, (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f.format(new Date());
}
