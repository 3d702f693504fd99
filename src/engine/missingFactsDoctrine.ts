/**
 * The questions the rules of gross negligence turn on (issue 20, deliverable 3): the circumstances a
 * rule applied to this case leaves unknown (whether the number shown was the bank's, what the caller
 * knew, what the code message said, who called whom, whether the holder is vulnerable), whether the
 * PIN was ever written down and whether the holder was there when the card was taken (a theft), and
 * when he learnt of the loss or when the breach happened, placed before or after the operations.
 * `missingFacts` keeps only those whose answers change the result.
 */
import type { Case } from '../case/model.js';
import { addToDay } from '../case/isoDay.js';
import { parseLegalDate, type Span } from '../case/legalDate.js';
import type { ConductFact, ConductStatus } from '../case/vocabulary.js';
import type { Assumptions } from '../law/assumptions.js';
import { evaluateGrossNegligence } from './grossNegligence.js';

/** A question and, for each answer, the case with that answer filled in. */
export interface Candidate {
  pointer: string;
  question: string;
  values: { value: string; apply: (c: Case) => Case }[];
}

const withConduct = (c: Case, fact: ConductFact, status: ConductStatus): Case => ({
  ...c, conduct: [...c.conduct, { index: c.conduct.length, fact, status, note: null, at: null }],
});

/** Yes / no for a fact the file does not mention: the holder's answer, or what is proven against him. */
function ask(fact: ConductFact, yes: ConductStatus, no: ConductStatus): Candidate {
  return {
    pointer: '/conduct/-', question: `conduct.${fact}`,
    values: [{ value: yes, apply: (x) => withConduct(x, fact, yes) }, { value: no, apply: (x) => withConduct(x, fact, no) }],
  };
}

/** A day before the first operation and a day after the last: the two sides of "when". */
function around(c: Case): { before: Span; after: Span } | null {
  if (!c.transactions.length) return null;
  const first = c.transactions.reduce((f, t) => (t.at.lo < f.at.lo ? t : f)).at.firstDay;
  const last = c.transactions.reduce((l, t) => (t.at.hi > l.at.hi ? t : l)).at.lastDay;
  return { before: parseLegalDate(addToDay(first, { days: -1 }), c.timeZone), after: parseLegalDate(addToDay(last, { days: 1 }), c.timeZone) };
}

export function doctrineCandidates(c: Case, a: Assumptions): Candidate[] {
  const out: Candidate[] = [];
  const asked = new Set<string>();
  const gn = evaluateGrossNegligence(c, a);
  for (const app of gn.applications)
    for (const f of app.facts) {
      if (f.state !== 'unknown' || f.because.length || asked.has(f.fact) || f.role === 'breach') continue;
      asked.add(f.fact);
      if (f.fact === 'payer_vulnerable')
        out.push({
          pointer: '/payer/vulnerable', question: 'payer_vulnerable',
          values: [true, false].map((v) => ({ value: String(v), apply: (x: Case) => ({ ...x, payer: { ...x.payer, vulnerable: v } }) })),
        });
      else out.push(f.burden === 'holder' ? ask(f.fact, 'admitted', 'disproven') : ask(f.fact, 'proven', 'disproven'));
    }
  const mentioned = (fact: ConductFact) => c.conduct.some((k) => k.fact === fact);
  if (c.incident.kind === 'theft' || c.incident.kind === 'loss') {
    if (!mentioned('pin_written_with_card')) out.push(ask('pin_written_with_card', 'admitted', 'denied'));
    if (!mentioned('card_taken_in_presence') && !asked.has('card_taken_in_presence')) out.push(ask('card_taken_in_presence', 'admitted', 'disproven'));
  }
  const sides = around(c);
  if (!sides) return out;
  const when = (pointer: string, question: string, set: (x: Case, s: Span) => Case): Candidate => ({
    pointer, question,
    values: [
      { value: 'before_operations', apply: (x) => set(x, sides.before) },
      { value: 'after_operations', apply: (x) => set(x, sides.after) },
    ],
  });
  const knowledge = gn.applications.some((x) => x.rule.scope.runs === 'from_knowledge' && x.result !== 'not_gross');
  if (knowledge && !c.incident.noticedAt)
    out.push(when('/incident/noticed_at', 'noticed_at', (x, s) => ({ ...x, incident: { ...x.incident, noticedAt: s } })));
  for (const app of gn.applications) {
    if (app.rule.scope.runs !== 'from_breach' || app.result === 'not_gross' || app.result === 'not_grave' || app.result === 'defeated') continue;
    for (const k of c.conduct)
      if (app.rule.breach.includes(k.fact) && !k.at && (k.status === 'proven' || k.status === 'admitted') && !asked.has(`at:${k.index}`)) {
        asked.add(`at:${k.index}`);
        out.push(when(`/conduct/${k.index}/at`, `conduct_at.${k.fact}`, (x, s) => ({ ...x, conduct: x.conduct.map((y) => (y.index === k.index ? { ...y, at: s } : y)) })));
      }
  }
  return out;
}
