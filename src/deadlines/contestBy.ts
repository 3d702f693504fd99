/**
 * The holder's last day to contest (CMF L133-24: 13 months from the debit; L133-1-1: 70 days, 120 at
 * most by contract, for card payments to a payee's PSP outside the EEA; anc. L132-6: 70 days from
 * the operation; CDE VII.33 / PSD2 art. 71: 13 months). An imprecise debit date gives the earliest
 * possible deadline, since this is the holder's duty.
 */
import { isCard } from '../case/vocabulary.js';
import { addToDay } from '../case/isoDay.js';
import { reference } from '../law/index.js';
import { joinNotes, type Deadline, type Note, type Share } from './types.js';
import type { Assumptions } from '../law/assumptions.js';
import { nextWorkingDayIfClosed } from './workingDay.js';


export function contestBy(s: Share, asOf: string, a: Assumptions): Deadline | null {
  const { tx, regime } = s;
  if (!regime?.contest || !regime.articles.contest || s.excluded) return null;
  const fromOperation = 'days' in regime.contest;
  const start = fromOperation ? tx.at : (tx.bookedOn ?? tx.at);
  const nonEea = regime.jurisdiction === 'FR' && !fromOperation && tx.payeePspOutsideEea === true && isCard(tx.instrumentKind);
  const span = 'days' in regime.contest ? { days: regime.contest.days } : nonEea ? { days: 70 } : { months: regime.contest.months };
  const end = addToDay(start.firstDay, span);
  const firstDay = Number(start.firstDay.slice(8, 10));
  const notes: Note[] = [];
  // A last day on a Saturday, Sunday or legal holiday (CPC art. 642; C. jud. art. 53, by analogy only).
  const moved = nextWorkingDayIfClosed(regime.jurisdiction, end);
  const date = moved && a.deadline_end_moves === 'next_working_day' ? moved : end;
  if (moved)
    notes.push(date === moved
      ? { fr: `le ${end} n'est pas un jour ouvrable : reporté au ${moved} (par analogie)`, nl: `${end} is geen werkdag: verplaatst naar ${moved} (naar analogie)`, en: `${end} is not a working day: moved to ${moved} (by analogy)` }
      : { fr: `le ${end} n'est pas un jour ouvrable ; le délai n'est pas reporté (un report au ${moved} ne vaut que par analogie)`, nl: `${end} is geen werkdag; de termijn wordt niet verplaatst (verplaatsing naar ${moved} geldt enkel naar analogie)`, en: `${end} is not a working day; the limit is not moved (a move to ${moved} holds only by analogy)` });
  if ('months' in span && Number(end.slice(8, 10)) !== firstDay)
    notes.push({
      fr: `le ${firstDay} n'existe pas ${span.months} mois plus tard : dernier jour du mois`,
      nl: `dag ${firstDay} bestaat niet ${span.months} maanden later: laatste dag van de maand`,
      en: `day ${firstDay} does not exist ${span.months} months later: last day of the month`,
    });
  if (start.firstDay !== start.lastDay)
    notes.push({
      fr: `date de débit imprécise (${start.raw}) : délai le plus court possible`,
      nl: `onnauwkeurige datum van debitering (${start.raw}): de vroegst mogelijke termijn`,
      en: `imprecise debit date (${start.raw}): the earliest possible deadline`,
    });
  if (!fromOperation && !tx.bookedOn)
    notes.push({
      fr: "date de débit inconnue : la date de l'opération en tient lieu",
      nl: 'datum van debitering onbekend: de datum van de verrichting geldt in de plaats ervan',
      en: 'debit date unknown: the operation date stands for it',
    });
  if (nonEea || fromOperation) notes.push({ fr: "prolongeable par contrat jusqu'à 120 jours", nl: 'bij contract verlengbaar tot 120 dagen', en: 'the contract may extend it to 120 days' });
  const ref = reference(nonEea ? 'fr.cmf.L133-1-1' : regime.articles.contest, start.firstDay < regime.from ? regime.from : start.firstDay);
  return {
    kind: 'contest_by',
    date,
    basis: ref.citation,
    passed: asOf > date,
    transactions: [tx.id],
    ...(notes.length ? { note: joinNotes(notes) } : {}),
    article: ref.article,
    ...(moved ? { uses: ['deadline_end_moves' as const] } : {}),
  };
}
