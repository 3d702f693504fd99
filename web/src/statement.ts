/**
 * Reading operations pasted from a bank statement: CSV with `;` or `,` (with or without a header
 * line), or copied lines such as "22/04/2013 RETRAIT BANCONTACT 505,00". Each line gives a date,
 * an amount and a label; the user confirms each one before it is added.
 */
import { normaliseAmount } from './money.js';

export type TxKind = 'atm_withdrawal' | 'card_payment' | 'contactless' | 'online_card_payment' | 'transfer' | 'direct_debit' | 'other';

export interface ParsedLine {
  /** The line as pasted. */
  source: string;
  date: string;
  /** hh:mm when the line has a time. */
  time: string;
  amount: string;
  label: string;
  kind: TxKind;
}

const DATE_RES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/, (m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`],
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})\b/, (m) => `20${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`],
];
const TIME_RE = /\b([01]?\d|2[0-3])[:h]([0-5]\d)\b/;

function validDate(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}

/** The kind of operation a statement label suggests (the user can change it). */
export function guessKind(label: string): TxKind {
  const l = label.toLowerCase();
  if (/retrait|\batm\b|geldautomaat|geldopneming|cash|distributeur|dab\b|withdrawal/.test(l)) return 'atm_withdrawal';
  if (/sans contact|contactless|contactloos/.test(l)) return 'contactless';
  if (/virement|overschrijving|transfer|sepa ct/.test(l)) return 'transfer';
  if (/prélèvement|prelevement|domiciliëring|domiciliering|domiciliation|direct debit/.test(l)) return 'direct_debit';
  if (/internet|online|web|www\.|\.com|paypal|e-commerce|vad\b/.test(l)) return 'online_card_payment';
  if (/carte|kaart|card|cb\b|paiement|betaling|achat|aankoop|payment|bancontact|maestro|visa|mastercard/.test(l)) return 'card_payment';
  return 'other';
}

function splitCsv(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (ch === sep && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function findDate(s: string): { date: string; rest: string } | null {
  for (const [re, f] of DATE_RES) {
    const m = re.exec(s);
    if (m) {
      const date = f(m);
      if (validDate(date)) return { date, rest: s.slice(0, m.index) + ' ' + s.slice(m.index + m[0].length) };
    }
  }
  return null;
}

function fromCells(cells: string[], source: string, header: string[] | null): ParsedLine | null {
  const col = (names: RegExp) => (header ? header.findIndex((h) => names.test(h.toLowerCase())) : -1);
  let date: string | null = null;
  let amount: string | null = null;
  let label = '';
  let time = '';
  const di = col(/date|datum/);
  const ai = col(/montant|bedrag|amount|débit|debit/);
  const li = col(/libell|omschrijving|description|label|détail|detail|mededeling|communication/);
  if (di >= 0) date = findDate(cells[di] ?? '')?.date ?? null;
  if (ai >= 0) amount = normaliseAmount(cells[ai] ?? '');
  if (li >= 0) label = cells[li] ?? '';
  const used = new Set([di, ai, li]);
  cells.forEach((c, i) => {
    if (used.has(i) || !c) return;
    if (!date) {
      const d = findDate(c);
      if (d) {
        date = d.date;
        used.add(i);
        const t = TIME_RE.exec(c);
        if (t) time = `${t[1]!.padStart(2, '0')}:${t[2]}`;
        return;
      }
    }
    if (!time && TIME_RE.test(c) && /^\s*\d{1,2}[:h]\d{2}(:\d{2})?\s*$/.test(c)) {
      const t = TIME_RE.exec(c)!;
      time = `${t[1]!.padStart(2, '0')}:${t[2]}`;
      used.add(i);
      return;
    }
    if (!amount && /\d/.test(c) && /^[-+\d\s.,'€\u00a0\u202fEUR]+$/i.test(c)) {
      const a = normaliseAmount(c);
      if (a && a !== '0.00') {
        amount = a;
        used.add(i);
        return;
      }
    }
    if (!label && /[a-zA-Z\u00c0-\u024f]{2,}/.test(c)) label = c;
  });
  if (!date || !amount) return null;
  return { source, date, time, amount, label: label.trim(), kind: guessKind(label) };
}

/** Thousands separators that are never a gap between words: dot (comma in English), apostrophe, (narrow) no-break space. */
const HARD_SEP = /^[.,'\u00a0\u202f]$/;
const SIGN_OR_CURRENCY = /(?:^|\s)(?:[-+]|EUR|€)$/i;

/**
 * The amounts with decimals on a free line, left to right, each with its span. A thousands group
 * joins the number on its right only when that number's leading group has exactly 3 digits and the
 * separator is a dot, an apostrophe or a no-break space — or a plain space when the group on the
 * left is not a lone number written after a word ("MAGASIN 2 308,00" is 308,00 at "MAGASIN 2";
 * "EUR 1 234,56", a column gap "VIREMENT   1 500,00" and "12 050,00" are joined: no amount is written "050").
 */
export function decimalAmounts(rest: string): { start: number; end: number; amount: string }[] {
  const out: { start: number; end: number; amount: string }[] = [];
  for (const m of rest.matchAll(/(?<!\d)(\d+)([.,])(\d{2})(?![\d])/g)) {
    let start = m.index!;
    let lead = m[1]!;
    let int = lead;
    let spaced = false;
    // Extend to the left, one thousands group at a time.
    for (;;) {
      if (lead.length !== 3) break;
      const before = rest.slice(0, start);
      const g = /(?:^|\D)(\d{1,3})([ .,'\u00a0\u202f])$/.exec(before);
      if (!g || g[2] === m[2]) break;
      const group = g[1]!;
      const sep = g[2]!;
      const gStart = before.length - group.length - sep.length;
      const left = rest.slice(0, gStart);
      let join = HARD_SEP.test(sep) || lead.startsWith('0');
      if (!join) {
        // A plain space: join unless the group is a lone number right after a word.
        // Not after a word: the start of the line, punctuation, a column gap of 2+ spaces, "EUR", a
        // space already used as thousands separator in this amount, or another group of 1–3 digits.
        const tail = left.trimEnd();
        const gap = left.length - tail.length;
        const attachedToWord =
          /[\p{L}\p{N}]$/u.test(tail) && (gap === 0 || (gap === 1 && !spaced && !SIGN_OR_CURRENCY.test(tail) && !/(?:^|\D)\d{1,3}$/.test(tail)));
        join = !attachedToWord;
        if (join) spaced = true;
      }
      if (!join) break;
      start = gStart;
      lead = group;
      int = group + int;
    }
    out.push({ start, end: m.index! + m[0].length, amount: `${int}.${m[3]}` });
  }
  return out;
}

const BALANCE = /^(?:(?:nouveau|ancien|nieuw|oud)\s+)?(?:solde|saldo|balance)\b/i;

function fromFreeLine(line: string): ParsedLine | null {
  const d = findDate(line);
  if (!d) return null;
  let rest = d.rest;
  // A second date on the line (the value date) is not part of the label.
  const d2 = findDate(rest);
  if (d2) rest = d2.rest;
  let time = '';
  const t = TIME_RE.exec(rest);
  if (t) {
    time = `${t[1]!.padStart(2, '0')}:${t[2]}`;
    rest = rest.slice(0, t.index) + ' ' + rest.slice(t.index + t[0].length);
  }
  // The amount: a signed one (a debit, "-505,00" or "505,00-") if there is one, else the first
  // number with decimals — a copied line may end with the balance ("RETRAIT 505,00 1 234,56") —,
  // else the last number. Every other amount with decimals is left out of the label too.
  const amounts = decimalAmounts(rest);
  const signed = amounts.find((a) => /-\s?$/.test(rest.slice(0, a.start)) || /^\s?-(?![\w\d])/.test(rest.slice(a.end)));
  let span: { start: number; end: number; amount: string } | undefined = signed ?? amounts[0];
  if (!span) {
    const last = [...rest.matchAll(/(?<![\d.,])\d+(?![\d.,])/g)].at(-1);
    if (last) span = { start: last.index!, end: last.index! + last[0].length, amount: last[0] };
  }
  if (!span) return null;
  const amount = normaliseAmount(span.amount);
  if (!amount || amount === '0.00') return null;
  // A sign before ("-505,00", "- 505,00") or after ("505,00-") belongs to the amount, not the label.
  let { start, end } = span;
  const pre = /[-+]\s?$/.exec(rest.slice(0, start));
  if (pre) start -= pre[0].length;
  const post = /^\s?-(?![\w\d])/.exec(rest.slice(end));
  if (post) end += post[0].length;
  let text = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  for (const other of amounts) if (other !== span) text = text.slice(0, other.start) + ' '.repeat(other.end - other.start) + text.slice(other.end);
  const label = text.replace(/(^|\s)(EUR|€)(?=\s|$)/gi, ' ').replace(/€/g, ' ').replace(/\s+/g, ' ').trim();
  // A balance line ("SOLDE AU 25/04/2013 : 12 345,67") is not an operation.
  if (BALANCE.test(label)) return null;
  return { source: line, date: d.date, time, amount, label, kind: guessKind(label) };
}

/** Every operation found in the pasted text, in order; lines without a date and an amount are skipped. */
export function parseStatement(text: string): ParsedLine[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return [];
  const semi = lines.filter((l) => l.includes(';')).length;
  const tabs = lines.filter((l) => l.includes('\t')).length;
  const sep = tabs >= lines.length / 2 ? '\t' : semi >= lines.length / 2 ? ';' : null;
  const commaCsv = !sep && lines.every((l) => (l.match(/,/g) ?? []).length >= 2) && lines.some((l) => /"/.test(l) || /^[^,]*date|datum/i.test(l));
  const out: ParsedLine[] = [];
  if (sep || commaCsv) {
    const s = sep ?? ',';
    let header: string[] | null = null;
    for (const line of lines) {
      const cells = splitCsv(line, s);
      if (!header && !findDate(line) && cells.some((c) => /date|datum|montant|bedrag|amount|libell|omschrijving/i.test(c))) {
        header = cells;
        continue;
      }
      const p = fromCells(cells, line, header);
      if (p) out.push(p);
    }
    return out;
  }
  for (const line of lines) {
    const p = fromFreeLine(line);
    if (p) out.push(p);
  }
  return out;
}
