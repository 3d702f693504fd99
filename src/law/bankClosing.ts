/**
 * The days banks are closed beyond the legal holidays, which lengthen a deadline counted in business
 * days (« jour ouvrable », CMF L133-4; « jour ouvrable / werkdag », CDE I.9, PSD2 art. 4(37)). The
 * TARGET system is closed on Good Friday and 26 December, which are not legal holidays in France
 * (outside Alsace-Moselle) nor in Belgium (date-holidays 3.37.0 lacks them). Default: add them
 * (assumption bank_closing_days); a bank's own yearly list goes in `psp.closing_days`.
 * Sources: ../shared/law/fr.md R-REFUND-1 and be-eu.md BE-REFUND-02 (corrections of 4 December 2026).
 */
export type ClosingDay = 'good_friday' | 'december_26';

export interface BankClosing {
  days: readonly ClosingDay[];
  /** What the default leaves to the bank's own list. */
  notIncluded: string;
  sources: readonly string[];
}

export const BANK_CLOSING: Readonly<Record<'FR' | 'BE', BankClosing>> = {
  FR: {
    days: ['good_friday', 'december_26'],
    notIncluded: 'a bank that opens on Saturdays, or closes on other days, gives its own list',
    sources: [
      'https://www.minutenews.fr/fermetures-agences-bancaires-calendrier-jours-feries-banques/ (CFONB calendrier de place 2025: 1 Jan, 18 and 21 Apr, 1 May, 25 and 26 Dec)',
      'https://cashbee.fr/lexique/jour-ferie-bancaire-une-realite-meconnue-pour-les-particuliers',
    ],
  },
  BE: {
    days: ['good_friday', 'december_26'],
    notIncluded: "the sector's yearly bridge and replacement days and, for branches, the Community days (11 July, 27 September, 15 November) come from Febelfin's yearly list",
    sources: [
      'https://securex.be/fr/lex4you/employeur/actualites/jours-de-fermeture-bancaire-en-2024',
      'https://sodalis.be/feestdagen-en-bankholidays-in-2019/',
    ],
  },
};
