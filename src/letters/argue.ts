/**
 * The argument of the claim, the formal notice, the reply to a refusal and the court claim, from
 * the assessment: first the facts in the holder's favour, each tied to its rule and decisions; then
 * why no franchise (or only the franchise) stays with her; then, for each fact the bank relies on,
 * the rule that defeats it — never conceding it. A fact against the holder that the bank does not
 * rely on is not mentioned.
 */
import type { ConductFact } from '../case/vocabulary.js';
import { CONDUCT } from '../caselaw/conduct.js';
import { day, eur, type Ctx } from './compose.js';
import { citeDecisions } from './decisions.js';
import { citeArticle, enactedBy } from './law.js';
import type { NoFranchiseReason } from './messages/types.js';
import type { Block } from './model.js';
import { clean } from './sanitize.js';

/** Decisions the law research gives for each argument (ids of src/caselaw), cited only when not later than the letter. */
const AUTHORITIES = {
  FR: {
    burden: ['fr-cass-com-2017-01-18-15-18102', 'fr-cass-com-2024-10-23-23-16267'],
    spoofed: ['fr-cass-com-2024-10-23-23-16267', 'fr-cass-com-2025-06-12-24-13777'],
  },
  BE: {
    burden: ['be-ombudsfin-2014-03-18-2013-1876', 'be-ondernemingsrb-brussel-nl-2025-03-13'],
    spoofed: [] as string[],
  },
} as const;

export const cite = (ctx: Ctx, id: string | null | undefined, paragraph?: string): string => (id ? citeArticle(id, ctx.lang, paragraph) : '');

/** Decisions on `fact` that found no gross negligence, from the assessment's factors. */
function decidedFor(ctx: Ctx, fact: ConductFact): string[] {
  const f = ctx.a.gross_negligence.factors.find((x) => x.fact === fact);
  return f ? f.precedents.filter((p) => p.gross_negligence === false).map((p) => p.id) : [];
}

function withDecisions(ctx: Ctx, text: string, ids: readonly string[]): string {
  const list = citeDecisions(ids, ctx.lang, ctx.date, 3);
  if (!list.length) return text;
  const see = ctx.m.argue.seeAlso(list.join(ctx.lang === 'fr' ? ' ; ' : '; '));
  // The decisions go before the sentence's closing ";" or ".".
  const end = /[;.]$/.test(text) ? text.slice(-1) : '';
  return `${end ? text.slice(0, -1) : text} ${see}${end}`;
}

const opsList = (ids: string[]) => ids.map((id) => clean(id, 40)).join(', ');

/** The facts in the holder's favour, strongest first. */
export function favourable(ctx: Ctx): string[] {
  const { c, a, m, law } = ctx;
  if (!law) return [];
  const r = law.regime;
  const items: string[] = [];
  const holds = (f: ConductFact) => c.conduct.find((k) => k.fact === f && k.status !== 'denied' && k.status !== 'disproven');
  const spoof = holds('caller_id_spoofed');
  if (spoof) items.push(withDecisions(ctx, m.argue.spoofed(spoof.note ? clean(spoof.note, 120) : null), [...AUTHORITIES[c.jurisdiction].spoofed, ...decidedFor(ctx, 'caller_id_spoofed')]));
  if (holds('caller_impersonated_bank')) items.push(m.argue.impersonated);
  if (holds('caller_knew_account_data')) items.push(m.argue.knewData);
  const last = (t: { rules: string[] }) => t.rules.at(-1);
  if (c.notification && c.incident.noticedAt) {
    const minutes = Math.round((c.notification.lo - c.incident.noticedAt.hi) / 60_000);
    if (minutes >= 0 && minutes <= 24 * 60) items.push(m.argue.blockedQuickly(minutes, cite(ctx, r.articles.notify)));
  }
  const after = a.transactions.filter((t) => last(t) === 'notification.after_blocking').map((t) => t.id);
  if (after.length) items.push(m.argue.afterBlocking(opsList(after), cite(ctx, r.articles.afterNotification)));
  const noSca = c.transactions.filter((t) => t.sca === false && t.consented !== true).map((t) => t.id);
  if (noSca.length && r.articles.sca) items.push(m.argue.noSca(opsList(noSca), cite(ctx, r.articles.sca)));
  if (c.evidence.authenticationProven !== true) items.push(withDecisions(ctx, m.argue.noProof(cite(ctx, r.articles.burden)), AUTHORITIES[c.jurisdiction].burden));
  if (c.incident.payerKeptInstrument === true && ['data_compromise', 'counterfeit', 'phishing'].includes(c.incident.kind))
    items.push(m.argue.keptCard(cite(ctx, r.articles.misappropriation)));
  return items;
}

const WHY: Record<string, NoFranchiseReason> = {
  'notification.after_blocking': 'after_blocking',
  'liability.no_strong_authentication': 'no_sca',
  'liability.no_proof_of_authentication': 'no_proof',
  'liability.no_blocking_means': 'no_blocking_means',
  'allocation.misappropriation': 'misappropriation',
  'allocation.residual': 'residual',
};

/** The franchise paragraph: the cap that stays with the holder, or why none does, rule by rule. */
export function franchise(ctx: Ctx): Block[] {
  const { a, m, c, law } = ctx;
  if (!law) return [];
  const r = law.regime;
  if (a.totals.payer_bears !== '0.00') {
    const capped = a.transactions.some((t) => t.rules.at(-1) === 'allocation.franchise' && t.payer_bears !== '0.00');
    return capped ? [{ type: 'paragraph', text: m.argue.franchise(eur(a.regime.franchise, m.locale), cite(ctx, r.articles.allocation, r.jurisdiction === 'FR' ? 'I' : undefined)) }] : [];
  }
  if (r.capCents === 0) return [];
  // Each reason cites the article the engine's trace applied to those operations.
  const reasons = new Map<NoFranchiseReason, string>();
  for (const t of a.transactions) {
    const rule = t.rules.at(-1) ?? '';
    const key = WHY[rule] ?? (rule === 'allocation.franchise' ? (c.incident.pspStaffInvolved ? 'psp_staff' : 'not_detectable') : null);
    if (!key || reasons.has(key)) continue;
    const entry = a.explanation.find((e) => e.rule === rule && e.article && (!e.transactions || e.transactions.includes(t.id)));
    reasons.set(key, entry?.article ? cite(ctx, entry.article.id, entry.article.paragraph) : cite(ctx, r.articles.allocation));
  }
  const why = [...reasons].map(([k, ref]) => m.argue.why[k](ref));
  return why.length ? [{ type: 'paragraph', text: m.argue.noFranchise(why.join(' ')) }] : [];
}

/** The legal basis: the allocation article, with its version for French law in a French letter. */
export function basis(ctx: Ctx): Block[] {
  if (!ctx.law) return [];
  const r = ctx.law.regime;
  const version = ctx.lang === 'fr' && r.jurisdiction === 'FR' ? enactedBy(r.articles.allocation, ctx.law.day) : null;
  return [{ type: 'paragraph', text: ctx.m.argue.basis(cite(ctx, r.articles.allocation), version) }];
}

/** The facts the bank relies on against the holder, each answered by the rule that defeats it. */
export function answered(ctx: Ctx, relied: readonly ConductFact[]): Block[] {
  const { c, a, m, law } = ctx;
  if (!law || a.gross_negligence.finding === 'established') return [];
  const against = c.conduct.filter((k) => {
    const role = CONDUCT[k.fact].role;
    if (role === 'mitigating' || role === 'context' || role === 'fraud' || k.status === 'disproven' || k.status === 'denied') return false;
    return k.status === 'alleged' || k.status === 'proven' || relied.includes(k.fact);
  });
  if (!against.length) return [];
  const items = against.map((k) =>
    withDecisions(ctx, m.argue.relied(m.facts[k.fact], k.status === 'alleged', m.argue.answers[k.fact] ?? m.argue.answerDefault), decidedFor(ctx, k.fact)));
  return [{ type: 'paragraph', text: m.argue.reliedIntro(cite(ctx, law.regime.articles.burden)) }, { type: 'list', items }];
}

/** The favourable facts as an introduced list, or nothing. */
export function favourBlocks(ctx: Ctx): Block[] {
  const items = favourable(ctx);
  return items.length ? [{ type: 'paragraph', text: ctx.m.argue.favourIntro }, { type: 'list', items }] : [];
}

export const dayOf = (ctx: Ctx, iso: string) => day(iso, ctx.m.locale);
