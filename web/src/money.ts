/**
 * Money as the API gives it: decimal strings ("3088.00"). Never parsed to a float: sums are done in
 * BigInt cents and display goes through Intl.NumberFormat with the string itself (exact decimals).
 */
export type Lang = 'fr' | 'nl' | 'en';

/** The number locale for a language and jurisdiction: fr-FR / fr-BE "3 088,00 €", nl-BE "€ 3.088,00". */
export function numberLocale(lang: Lang, jurisdiction: 'FR' | 'BE' | null = null): string {
  if (lang === 'nl') return 'nl-BE';
  if (lang === 'en') return 'en-GB';
  return jurisdiction === 'BE' ? 'fr-BE' : 'fr-FR';
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: string, lang: Lang, jurisdiction: 'FR' | 'BE' | null = null): string {
  const locale = numberLocale(lang, jurisdiction);
  let nf = formatters.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(locale, nf);
  }
  // Intl.NumberFormat formats a decimal string exactly (ECMA-402 "Intl.NumberFormat v3").
  return nf.format(amount as unknown as number);
}

/** "1234.5" / "1234,50" / "-12" → cents as BigInt; null when not an amount. */
export function toCents(amount: string): bigint | null {
  const m = /^(-)?(\d+)(?:[.,](\d{1,2}))?$/.exec(amount.trim());
  if (!m) return null;
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0');
  return m[1] ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The sum of decimal strings, as a decimal string with two decimals. */
export function sum(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((s, a) => s + (toCents(a) ?? 0n), 0n));
}

/** A user-typed amount ("505,00", "1.234,56", "1 234.56 €", "-77") → "505.00" (absolute value); null if unreadable. */
export function normaliseAmount(input: string): string | null {
  let s = input.replace(/EUR|€|[\s\u00a0\u202f']/gi, '').replace(/^\+/, '');
  s = s.replace(/^-|-$/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let int: string;
  let dec = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const sep = Math.max(lastComma, lastDot);
    int = s.slice(0, sep);
    dec = s.slice(sep + 1);
  } else if (lastComma >= 0 || lastDot >= 0) {
    const ch = lastComma >= 0 ? ',' : '.';
    const parts = s.split(ch);
    const tail = parts[parts.length - 1]!;
    if (parts.length === 2 && tail.length <= 2) {
      int = parts[0]!;
      dec = tail;
    } else int = parts.join('');
  } else int = s;
  int = int.replace(/[.,]/g, '');
  if (!/^\d+$/.test(int) || (dec && !/^\d{1,2}$/.test(dec))) return null;
  return fromCents(toCents(dec ? `${int}.${dec}` : int)!);
}
