/** Today as a legal date in a time zone: the entry points' default evaluation date (the engine has no clock). */
export function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
