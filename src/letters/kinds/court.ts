/**
 * The claim to the court when the bank still refuses. The route depends on the amount and on where
 * the holder lives:
 * - France, up to 5 000 €: a requête to the tribunal judiciaire (art. 818 CPC), on Cerfa 16042*02
 *   (service-public.gouv.fr R14232, checked 12 Dec 2025), after the amicable attempt art. 750-1 CPC
 *   requires; the consumer may seize the court of the place where he lives (C. consom. R631-3).
 *   Above 5 000 €: an assignation served by a commissaire de justice.
 * - Belgium, up to 5 000 €: the juge de paix / vrederechter (art. 590 C. jud. since 1 Sept. 2018),
 *   seized by requête contradictoire (art. 1034bis ff. C. jud.); above, the tribunal de première
 *   instance by citation (../shared/reviews/legal-watch-2026-12.md §(b) 8).
 * - Holder living in another Member State than the bank's: the European Small Claims Procedure,
 *   standard claim form A (Regulation (EC) No 861/2007 as amended by Regulation (EU) 2015/2421:
 *   claims up to 5 000 € excluding interest and costs, since 14 July 2017), before the courts of
 *   the consumer's domicile (Regulation (EU) No 1215/2012 art. 18(1)).
 */
import { answered, basis, favourBlocks, franchise } from '../argue.js';
import { day, eur, operationsTable, signature, when, type Ctx } from '../compose.js';
import type { Block } from '../model.js';
import { clean } from '../sanitize.js';
import { refusalGrounds } from './claims.js';

const SMALL_CLAIM_CENTS = 500_000;

/** The law data cites Belgian texts in French ("C. civ., art. 2262bis, § 1, al. 1"): a Dutch or English letter cites them in its language. */
function belgianCite(ref: string, lang: Ctx['lang']): string {
  if (lang === 'fr') return ref;
  const m = /^C\. (civ|jud)\., art\. (.+)$/.exec(ref);
  if (!m) return ref;
  const art = m[2]!.replace(/, al\. 1$/, lang === 'nl' ? ', eerste lid' : '(1)');
  if (lang === 'nl') return m[1] === 'civ' ? `art. ${art} oud BW` : `art. ${art} Ger.W.`;
  return `${m[1] === 'civ' ? 'Belgian Civil Code' : 'Judicial Code'}, Article ${art}`;
}

export type CourtRoute = 'FR' | 'BE' | 'EU';

function centsOf(decimal: string): number {
  const [units, cents] = decimal.split('.') as [string, string];
  return Number(units) * 100 + Number(cents);
}

export function courtRoute(ctx: Ctx): { route: CourtRoute; small: boolean } {
  const residence = ctx.c.parties.residence;
  const route: CourtRoute = residence && residence !== ctx.c.jurisdiction ? 'EU' : ctx.c.jurisdiction;
  return { route, small: centsOf(ctx.a.totals.refund_due) <= SMALL_CLAIM_CENTS };
}

export function courtRecipient(ctx: Ctx): { subject: string; lines: string[] } {
  const k = ctx.m.court;
  const { route, small } = courtRoute(ctx);
  if (!small) return { subject: k.subjectAbove, lines: [k.recipientAbove] };
  if (route === 'EU') return { subject: k.subjectEU, lines: [k.recipientEU] };
  return route === 'FR' ? { subject: k.subjectFR, lines: [k.recipientFR] } : { subject: k.subjectBE, lines: [k.recipientBE] };
}

export function courtClaim(ctx: Ctx): Block[] {
  const { m, a, c } = ctx;
  const k = m.court;
  const { route, small } = courtRoute(ctx);
  const procedure = route === 'FR' ? (small ? k.procedureFR : k.procedureFRAbove) : route === 'BE' ? (small ? k.procedureBE : k.procedureBEAbove) : small ? k.procedureEU : k.procedureEUAbove;
  const steps: string[] = [];
  if (c.complaint?.receivedOn) steps.push(k.amicableSteps.complaint(when(c.complaint.receivedOn, ctx)));
  if (c.complaint?.answeredOn) steps.push(k.amicableSteps.answer(when(c.complaint.answeredOn, ctx)));
  steps.push(k.amicableSteps.notice);
  if (a.next_steps.steps.some((x) => x.step === 'mediator' && (x.status === 'done' || x.status === 'closed'))) steps.push(k.amicableSteps.mediator);
  // The assessment's way to court (next_steps.court): the amicable attempt, the lawyer, the limitation.
  const way = a.next_steps.court;
  const notes: string[] = [procedure];
  if (way?.amicable_attempt_required && c.jurisdiction === 'FR') notes.push(k.amicableRequired);
  if (way?.lawyer_required) notes.push(k.lawyerRequired);
  const texts = way ? way.limitation.basis.map((b) => (c.jurisdiction === 'BE' ? belgianCite(b, ctx.lang) : b)).join(ctx.lang === 'fr' ? ' ; ' : '; ') : '';
  const limitation = way
    ? way.limitation.passed
      ? k.limitationPassed(day(way.limitation.until, m.locale), texts)
      : k.limitation(way.limitation.years, day(way.limitation.until, m.locale), texts)
    : null;
  return [
    { type: 'paragraph', text: notes.join(' ') },
    { type: 'paragraph', text: k.parties(clean(c.parties.holder.name) || m.holderUnknown, clean(c.parties.bank.name) || m.bankUnknown) },
    { type: 'paragraph', text: k.object(eur(a.totals.refund_due, m.locale), a.interest ? eur(a.interest.total, m.locale) : null) },
    { type: 'heading', text: k.grounds },
    operationsTable(ctx),
    ...favourBlocks(ctx),
    ...basis(ctx),
    ...franchise(ctx),
    ...answered(ctx, refusalGrounds(ctx).relied),
    { type: 'heading', text: k.amicable },
    { type: 'list', items: steps },
    ...(limitation ? [{ type: 'paragraph' as const, text: limitation }] : []),
    signature(ctx),
  ];
}
