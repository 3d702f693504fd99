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
const AMOUNT_RE = /[-+]?\d{1,3}(?:[ .\u00a0\u202f']\d{3})*(?:[.,]\d{2})(?:\s?-)?|[-+]?\d+(?:[.,]\d{1,2})?/g;

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

function fromFreeLine(line: string): ParsedLine | null {
  const d = findDate(line);
  if (!d) return null;
  let rest = d.rest;
  let time = '';
  const t = TIME_RE.exec(rest);
  if (t) {
    time = `${t[1]!.padStart(2, '0')}:${t[2]}`;
    rest = rest.slice(0, t.index) + ' ' + rest.slice(t.index + t[0].length);
  }
  // The amount is the last number with decimals, else the last number.
  const nums = [...rest.matchAll(AMOUNT_RE)].filter((m) => /\d/.test(m[0]));
  const withDec = nums.filter((m) => /[.,]\d{2}(\s?-)?$/.test(m[0].trim()));
  const pick = (withDec.length ? withDec : nums).at(-1);
  if (!pick) return null;
  const amount = normaliseAmount(pick[0]);
  if (!amount || amount === '0.00') return null;
  const label = (rest.slice(0, pick.index) + ' ' + rest.slice(pick.index! + pick[0].length)).replace(/\s+/g, ' ').replace(/\s*(EUR|€)\s*/gi, ' ').trim();
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
