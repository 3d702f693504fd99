/**
 * The PSP's refund deadline once informed of the unauthorised operation: « immédiatement … et en
 * tout état de cause au plus tard à la fin du premier jour ouvrable suivant » (CMF L133-18, from
 * 13/01/2018; CDE VII.43 and PSD2 art. 73, from 09/08/2018); « immédiatement » before (L133-18
 * 2009; VII.35 2014; loi 2009 art. 36); within one month of the written contest under the former
 * card regime (anc. L132-4). The informed day is the contest, or the blocking notice for operations
 * made before it; an imprecise day gives the latest possible deadline, since this is the PSP's duty.
 * No deadline runs when the PSP reported a suspicion of the payer's fraud in writing.
 */
import { addToDay } from '../case/isoDay.js';
import type { Case } from '../case/model.js';
import { compareSpans, type Span } from '../case/legalDate.js';
import type { Calendar } from '../calendar/calendar.js';
import { nextBusinessDay } from '../calendar/nextBusinessDay.js';
import { reference } from '../law/index.js';
import { dayWithin } from '../law/regimes.js';
import { joinNotes, type Deadline, type Share } from './types.js';

const NEXT_BUSINESS_DAY = new Set(['fr.cmf-2018', 'be.cde-2018']);

/** When the PSP learnt of the operation: the contest, else the blocking notice if the operation preceded it. */
export function informedOn(c: Case, s: Share): Span | null {
  if (s.tx.contestedOn) return s.tx.contestedOn;
  if (c.notification && (s.tx.beforeNotification === true || compareSpans(s.tx.at, c.notification) === 'before')) return c.notification;
  return null;
}

export function bankRefundBy(c: Case, s: Share, cal: Calendar, asOf: string): Deadline | null {
  const { regime } = s;
  // A transfer refunded for a failed verification of payee is owed « sans délai » (Reg. 260/2012 art. 5c(8)),
  // not under L133-18 / VII.43: no business-day deadline and no L133-18 penalty is computed for it.
  if (!regime || s.excluded || s.refundNowCents === 0 || s.rule === 'transfer.payee_verification') return null;
  const informed = informedOn(c, s);
  if (!informed) return null;
  const day = informed.lastDay;
  const at = dayWithin(regime, day);
  let date: string;
  let note: Deadline['note'];
  const businessDays = NEXT_BUSINESS_DAY.has(regime.id);
  if (businessDays) {
    if (c.psp.fraudSuspicionReported === true) return null;
    date = nextBusinessDay(day, cal);
    const definition = cal.definition.source.split(';')[0]!.trim();
    note = {
      fr: `fin du premier jour ouvrable après le ${day} (${cal.labels.fr} ; jour ouvrable : ${definition})`,
      nl: `einde van de eerste werkdag na ${day} (${cal.labels.nl}; werkdag: ${definition})`,
      en: `end of the first business day after ${day} (${cal.labels.en}; business day: ${definition})`,
    };
  } else if (regime.id === 'fr.cmf-l132') {
    if (s.rule !== 'allocation.misappropriation') return null;
    date = addToDay(day, { months: 1 });
    note = { fr: 'un mois après la réception de la contestation écrite', nl: 'één maand na de ontvangst van de schriftelijke betwisting', en: 'one month after the written contest was received' };
  } else {
    date = day;
    note = { fr: 'immédiatement : le texte ne fixe pas de jour', nl: 'onmiddellijk: de tekst bepaalt geen aantal dagen', en: 'immediately: the text sets no day count' };
  }
  if (informed.firstDay !== informed.lastDay)
    note = joinNotes([note, {
      fr: `date d'information imprécise (${informed.raw}) : délai le plus tardif possible`,
      nl: `onnauwkeurige datum waarop de bank werd ingelicht (${informed.raw}): de laatst mogelijke termijn`,
      en: `imprecise day the bank was informed (${informed.raw}): the latest possible deadline`,
    }]);
  const ref = reference(regime.articles.refund, at);
  return { kind: 'bank_refund_by', date, basis: ref.citation, passed: asOf > date, transactions: [s.tx.id], note, article: ref.article, ...(businessDays ? { businessDays } : {}) };
}
