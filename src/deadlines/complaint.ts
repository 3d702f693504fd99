/**
 * After a written complaint: the PSP answers within 15 business days, 35 at most in exceptional
 * situations (CMF L133-45, from 13/01/2018); the mediator may be seized once a written complaint was
 * made and within one year of it (France: C. consom. L612-2; Belgium: Ombudsfin, rules of procedure
 * art. 5). The year runs from the earliest possible day of the complaint (the holder's duty).
 */
import { addToDay } from '../case/isoDay.js';
import type { Case } from '../case/model.js';
import type { Calendar } from '../calendar/calendar.js';
import { addBusinessDays } from '../calendar/addBusinessDays.js';
import { reference } from '../law/index.js';
import type { Deadline } from './types.js';

export function complaintDeadlines(c: Case, cal: Calendar, asOf: string): Deadline[] {
  const received = c.complaint?.receivedOn;
  if (!received || c.complaint?.written === false) return [];
  const out: Deadline[] = [];
  const latest = received.lastDay;
  if (c.jurisdiction === 'FR' && latest >= '2018-01-13') {
    const ref = reference('fr.cmf.L133-45', latest);
    for (const [kind, n] of [['bank_answer_by', 15], ['bank_answer_final_by', 35]] as const) {
      const date = addBusinessDays(latest, n, cal);
      out.push({
        kind, date, basis: ref.citation, passed: asOf > date, article: ref.article, businessDays: true,
        note: {
          fr: `${n} jours ouvrables après la réception de la réclamation (${cal.labels.fr})`,
          nl: `${n} werkdagen na de ontvangst van de klacht (${cal.labels.nl})`,
          en: `${n} business days after the complaint was received (${cal.labels.en})`,
        },
      });
    }
  }
  const mediator = c.jurisdiction === 'FR' ? 'fr.cconsom.L612-2' : 'be.ombudsfin.procedure-art-5';
  const ref = reference(mediator, latest);
  const by = addToDay(received.firstDay, { years: 1 });
  out.push(
    {
      kind: 'mediator_referral_from', date: latest, basis: ref.citation, passed: asOf > latest, article: ref.article,
      note: { fr: 'recevable une fois la réclamation écrite faite', nl: 'ontvankelijk zodra de schriftelijke klacht is ingediend', en: 'admissible once the written complaint has been made' },
    },
    { kind: 'mediator_referral_by', date: by, basis: ref.citation, passed: asOf > by, article: ref.article },
  );
  return out;
}
