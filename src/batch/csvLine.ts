/**
 * CSV lines for the results and errors files (RFC 4180: a field with a comma, quote or line break
 * is quoted, its quotes doubled). Written out rather than with csv-stringify: a fixed set of string
 * columns needs no options, and csv-stringify's per-record work was 4× this on a million rows.
 *
 * Cells are made inert for spreadsheets (OWASP "CSV Injection"): a text cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and Sheets
 * show it as text instead of running it as a formula (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`). The
 * amounts written here are never negative (formatCents of cents ≥ 0), so no number is changed.
 *
 * OWASP also warns of the separator: French and Belgian spreadsheets open a .csv splitting on `;`,
 * and ignore our quotes when they do, so `x;=cmd` would open as a cell `=cmd`. After a `;` (and any
 * quotes or spaces), a formula character gets the same `'`, and a cell with a `;` is quoted.
 */
const SPECIAL = /[",;\r\n]/;
const FORMULA = /^[=+\-@\t\r]/;
const AFTER_SEMICOLON = /;(["\s]*)(?=[=+\-@\t\r])/g;

/** The text of a cell as a spreadsheet must show it: never the start of a formula. */
export function inert(s: string): string {
  const t = FORMULA.test(s) ? `'${s}` : s;
  return t.includes(';') ? t.replace(AFTER_SEMICOLON, ";$1'") : t;
}

const field = (v: string | number): string => {
  const s = typeof v === 'number' ? String(v) : inert(v);
  return SPECIAL.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvLine = (cells: readonly (string | number)[]): string => cells.map(field).join(',') + '\n';
