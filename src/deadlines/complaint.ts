/**
 * After a written complaint: the bank answers within its answer period (src/law/complaints.ts:
 * CMF L133-45 and PSD2 art. 101(2), 15 business days, 35 at most; before them the mediators' rules);
 * the mediator may be seized from the earlier of the bank's written answer and the end of that period,
 * and within one year of the complaint (C. consom. L612-2; Ombudsfin, rules of procedure art. 5).
 * The answer period runs from the latest possible day of the complaint, the year from its earliest
 * (the holder's duty), and a written answer known only within a span counts from its last day.
 */
import { addToDay } from '../case/isoDay.js';
import type { Case } from '../case/model.js';
import type { Calendar } from '../calendar/calendar.js';
import { addBusinessDays } from '../calendar/addBusinessDays.js';
import { reference } from '../law/index.js';
import { answerPeriodOn, softLawPeriodOn } from '../law/complaints.js';
import type { Deadline, Note } from './types.js';

const ANSWER: Record<string, Note> = {
  refused: { fr: 'refus', nl: 'weigering', en: 'refusal' },
  partial: { fr: 'accord partiel', nl: 'gedeeltelijk akkoord', en: 'partial agreement' },
  accepted: { fr: 'accord', nl: 'akkoord', en: 'agreement' },
};

export function complaintDeadlines(c: Case, cal: Calendar, asOf: string): Deadline[] {
  const received = c.complaint?.receivedOn;
  if (!received || c.complaint?.written === false) return [];
  const out: Deadline[] = [];
  const latest = received.lastDay;
  const rule = answerPeriodOn(c.jurisdiction, latest);
  let periodEnd = latest;
  const period = rule.period;
  if (period && 'businessDays' in period && rule.article) {
    const ref = reference(rule.article, latest);
    for (const [kind, n] of [['bank_answer_by', period.businessDays], ['bank_answer_final_by', period.exceptionalBusinessDays]] as const) {
      const date = addBusinessDays(latest, n, cal);
      if (kind === 'bank_answer_by') periodEnd = date;
      out.push({
        kind, date, basis: ref.citation, passed: asOf > date, article: ref.article, businessDays: true,
        note: {
          fr: `${n} jours ouvrables après la réception de la réclamation (${cal.labels.fr})`,
          nl: `${n} werkdagen na de ontvangst van de klacht (${cal.labels.nl})`,
          en: `${n} business days after the complaint was received (${cal.labels.en})`,
        },
      });
    }
  } else if (period && 'months' in period) periodEnd = addToDay(latest, { months: period.months });

  out.push(...softLawDeadlines(c, latest, cal, asOf));
  const ref = reference(rule.mediator, latest);
  const answered = c.complaint?.answeredOn ?? null;
  const byAnswer = answered !== null && answered.lastDay < periodEnd;
  const from = byAnswer ? answered.lastDay : periodEnd;
  const answer = c.complaint?.answer ? ANSWER[c.complaint.answer] : null;
  const because: Note = byAnswer
    ? {
        fr: `réponse écrite de la banque du ${answered.raw}${answer ? ` (${answer.fr})` : ''}, avant la fin de son délai de réponse (${periodEnd})`,
        nl: `schriftelijk antwoord van de bank van ${answered.raw}${answer ? ` (${answer.nl})` : ''}, vóór het einde van haar antwoordtermijn (${periodEnd})`,
        en: `the bank's written answer of ${answered.raw}${answer ? ` (${answer.en})` : ''}, before the end of its answer period (${periodEnd})`,
      }
    : answered
      ? {
          fr: `fin du délai de réponse de la banque, avant sa réponse écrite du ${answered.raw}`,
          nl: `einde van de antwoordtermijn van de bank, vóór haar schriftelijke antwoord van ${answered.raw}`,
          en: `end of the bank's answer period, before its written answer of ${answered.raw}`,
        }
      : period
        ? { fr: 'sans réponse écrite connue de la banque : fin de son délai de réponse', nl: 'zonder gekend schriftelijk antwoord van de bank: einde van haar antwoordtermijn', en: "no written answer from the bank known: end of its answer period" }
        : { fr: 'recevable une fois la réclamation écrite faite', nl: 'ontvankelijk zodra de schriftelijke klacht is ingediend', en: 'admissible once the written complaint has been made' };
  const exceptional = period && 'businessDays' in period
    ? { fr: ` ; ${period.exceptionalBusinessDays} jours ouvrables si la banque a envoyé une réponse d'attente motivée`, nl: `; ${period.exceptionalBusinessDays} werkdagen als de bank een gemotiveerd wachtantwoord stuurde`, en: `; ${period.exceptionalBusinessDays} business days if the bank sent a reasoned holding reply` }
    : { fr: '', nl: '', en: '' };
  const by = addToDay(received.firstDay, { years: 1 });
  out.push(
    {
      kind: 'mediator_referral_from', date: from, basis: ref.citation, passed: asOf > from, article: ref.article,
      note: {
        fr: `${because.fr}${byAnswer ? '' : exceptional.fr} — ${rule.basis.fr}`,
        nl: `${because.nl}${byAnswer ? '' : exceptional.nl} — ${rule.basis.nl}`,
        en: `${because.en}${byAnswer ? '' : exceptional.en} — ${rule.basis.en}`,
      },
      ...(period && 'businessDays' in period && !byAnswer ? { businessDays: true } : {}),
    },
    { kind: 'mediator_referral_by', date: by, basis: ref.citation, passed: asOf > by, article: ref.article },
  );
  return out;
}

/** The regulator's recommended periods (soft law): acknowledgment and answer (ACPR 2024-R-02). */
function softLawDeadlines(c: Case, latest: string, cal: Calendar, asOf: string): Deadline[] {
  const soft = softLawPeriodOn(c.jurisdiction, latest);
  if (!soft) return [];
  const ref = reference(soft.article, latest);
  const ack = addBusinessDays(latest, soft.ackBusinessDays, cal);
  const answer = addToDay(latest, { months: soft.answerMonths });
  const label = { fr: 'droit souple, non contraignant', nl: 'soft law, niet bindend', en: 'soft law, not binding' };
  return [
    {
      kind: 'bank_ack_by', date: ack, basis: ref.citation, passed: asOf > ack, article: ref.article, businessDays: true, softLaw: true,
      note: {
        fr: `accusé de réception recommandé dans les ${soft.ackBusinessDays} jours ouvrables de la réception (${label.fr} ; ${cal.labels.fr})`,
        nl: `ontvangstbevestiging aanbevolen binnen ${soft.ackBusinessDays} werkdagen na de ontvangst (${label.nl}; ${cal.labels.nl})`,
        en: `acknowledgment recommended within ${soft.ackBusinessDays} business days of receipt (${label.en}; ${cal.labels.en})`,
      },
    },
    {
      kind: 'bank_answer_soft_by', date: answer, basis: ref.citation, passed: asOf > answer, article: ref.article, softLaw: true,
      note: {
        fr: `réponse recommandée dans les ${soft.answerMonths} mois de la réception (${label.fr}) ; le délai légal des services de paiement reste celui de L133-45`,
        nl: `antwoord aanbevolen binnen ${soft.answerMonths} maanden na de ontvangst (${label.nl}); de wettelijke termijn voor betaaldiensten blijft die van L133-45`,
        en: `answer recommended within ${soft.answerMonths} months of receipt (${label.en}); the statutory period for payment services remains that of L133-45`,
      },
    },
  ];
}
