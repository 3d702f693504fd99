/** Amounts and rates formatted for a locale ("3 088,00 €" in fr-FR, "€ 3.088,00" in nl-BE), formatters cached. */
const cache = new Map<string, Intl.NumberFormat>();

/** The number locale of each report language. */
export const LOCALES = { fr: 'fr-FR', nl: 'nl-BE', en: 'en-GB' } as const;

function formatter(locale: string, options: Intl.NumberFormatOptions, key: string): Intl.NumberFormat {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** A decimal-string amount in euros. */
export function euros(amount: string, locale: string): string {
  return formatter(locale, { style: 'currency', currency: 'EUR' }, `eur|${locale}`).format(Number(amount));
}

/** A rate given in percent as a decimal string: "12,21 %" (fr), "12.21%" (en). */
export function percent(rate: string, locale: string): string {
  const n = formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, `pct|${locale}`).format(Number(rate));
  return locale.startsWith('en') ? `${n}%` : `${n}\u00a0%`;
}
