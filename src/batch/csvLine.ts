/**
 * CSV lines for the results and errors files (RFC 4180: a field with a comma, quote or line break
 * is quoted, its quotes doubled). Written out rather than with csv-stringify: a fixed set of string
 * columns needs no options, and csv-stringify's per-record work was 4× this on a million rows.
 */
const SPECIAL = /[",\r\n]/;

const field = (v: string | number): string => {
  const s = typeof v === 'number' ? String(v) : v;
  return SPECIAL.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvLine = (cells: readonly (string | number)[]): string => cells.map(field).join(',') + '\n';
