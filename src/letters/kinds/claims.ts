/** The letters that claim the refund: the claim, the formal notice, the reply to a refusal. */
import type { ConductFact, RefusalGround } from '../../case/vocabulary.js';
import { CONDUCT } from '../../caselaw/conduct.js';
import { percent } from '../../format.js';
import { answered, basis, cite, favourBlocks, franchise } from '../argue.js';
import { day, eur, facts, operationsTable, signature, when, type Ctx } from '../compose.js';
import type { Block } from '../model.js';

/** The refund deadline (L133-18, VII.35, VII.43) as the assessment computed it. */
function deadline(ctx: Ctx): Block[] {
  const d = ctx.a.deadlines.find((x) => x.kind === 'bank_refund_by');
  if (!d || !ctx.law) return [];
  const ref = cite(ctx, ctx.law.regime.articles.refund);
  return [{ type: 'paragraph', text: d.note?.en.startsWith('immediately') ? ctx.m.claim.deadlineImmediate(ref) : ctx.m.claim.deadlineNextDay(day(d.date, ctx.m.locale), ref) }];
}

/** Whether the mediator or Ombudsfin may still be seized: the assessment's step, else its deadline against the letter's date. */
export function mediatorOpen(ctx: Ctx): boolean {
  const step = ctx.a.next_steps.steps.find((s) => s.step === 'mediator');
  if (step?.status === 'closed') return false;
  const by = ctx.a.deadlines.find((d) => d.kind === 'mediator_referral_by');
  return !by || by.date >= ctx.date;
}

/**
 * The bank's refusal grounds as the case records them (`complaint.refusal_grounds`), and the facts
 * it relies on: when it invokes gross negligence, every fact of the case that could be held against
 * the holder — each is then answered, never conceded.
 */
export function refusalGrounds(ctx: Ctx): { grounds: RefusalGround[]; relied: ConductFact[] } {
  const grounds = [...(ctx.c.complaint?.refusalGrounds ?? [])];
  const relied = grounds.includes('gross_negligence')
    ? ctx.c.conduct.filter((k) => ['ground', 'aggravating'].includes(CONDUCT[k.fact].role)).map((k) => k.fact)
    : [];
  return { grounds, relied };
}

export function claim(ctx: Ctx): Block[] {
  const { m, a } = ctx;
  return [
    { type: 'paragraph', text: m.salutation },
    facts(ctx),
    { type: 'paragraph', text: m.claim.intro },
    operationsTable(ctx),
    ...favourBlocks(ctx),
    ...basis(ctx),
    ...franchise(ctx),
    { type: 'paragraph', text: m.claim.demand(eur(a.totals.refund_due, m.locale)) },
    ...deadline(ctx),
    { type: 'paragraph', text: m.claim.proof(cite(ctx, ctx.law!.regime.articles.burden)) },
    ...answered(ctx, refusalGrounds(ctx).relied),
    signature(ctx),
  ];
}

function interest(ctx: Ctx): Block[] {
  const { a, m } = ctx;
  if (!a.interest || !ctx.law) return [];
  const ref = a.jurisdiction === 'FR' ? cite(ctx, 'fr.cmf.L133-18', 'al. 3') : cite(ctx, ctx.law.regime.articles.refund);
  const last = a.interest.periods.at(-1)?.to ?? a.as_of;
  const blocks: Block[] = [
    { type: 'paragraph', text: m.formalNotice.interest(eur(a.interest.total, m.locale), day(a.interest.missing_rate_from ? last : a.as_of, m.locale), ref) },
    {
      type: 'table',
      header: [m.columns.from, m.columns.to, m.columns.days, m.columns.rate, m.columns.interest],
      rows: [
        ...a.interest.periods.map((p) => [day(p.from, m.locale), day(p.to, m.locale), String(p.days), percent(p.rate, m.locale), eur(p.amount, m.locale)]),
        [m.total, '', '', '', eur(a.interest.total, m.locale)],
      ],
      align: ['left', 'left', 'right', 'right', 'right'],
    },
  ];
  if (a.interest.missing_rate_from) blocks.push({ type: 'paragraph', text: m.formalNotice.interestStops(day(last, m.locale)) });
  return blocks;
}

export function formalNotice(ctx: Ctx): Block[] {
  const { m, a, c } = ctx;
  return [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.formalNotice.intro(c.complaint?.receivedOn ? when(c.complaint.receivedOn, ctx) : null) },
    operationsTable(ctx),
    ...favourBlocks(ctx),
    ...basis(ctx),
    ...franchise(ctx),
    { type: 'paragraph', text: m.formalNotice.demand(eur(a.totals.refund_due, m.locale)) },
    ...interest(ctx),
    ...answered(ctx, refusalGrounds(ctx).relied),
    { type: 'paragraph', text: mediatorOpen(ctx) ? m.formalNotice.ultimatumMediator(8) : m.formalNotice.ultimatumCourt(8) },
    signature(ctx),
  ];
}

/** The reply to a refusal: the bank's grounds answered one by one, then the favourable facts and the demand. */
export function replyToRefusal(ctx: Ctx): Block[] {
  const { m, a, c, law } = ctx;
  const recorded = refusalGrounds(ctx);
  // Without recorded grounds, the two a bank gives in nearly every refusal (../shared/reviews/legal-watch-2026-12.md §(b) 7).
  const grounds: RefusalGround[] = recorded.grounds.length ? recorded.grounds : ['gross_negligence', 'operation_authenticated'];
  const r = law!.regime;
  const refFor: Record<RefusalGround, string> = {
    gross_negligence: cite(ctx, r.articles.burden), operation_authenticated: cite(ctx, r.articles.burden),
    late_contest: cite(ctx, r.articles.contest ?? r.articles.allocation), late_notification: cite(ctx, r.articles.notify),
    consented: cite(ctx, r.articles.burden), payer_fraud: cite(ctx, r.articles.burden), other: cite(ctx, r.articles.allocation),
  };
  const points = grounds.map((g) => `${m.reply.grounds[g].bank} ${m.reply.grounds[g].answer(refFor[g])}`);
  return [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.reply.intro(c.complaint?.answeredOn ? when(c.complaint.answeredOn, ctx) : null, c.complaint?.receivedOn ? when(c.complaint.receivedOn, ctx) : null) },
    operationsTable(ctx),
    { type: 'paragraph', text: m.reply.pointIntro },
    { type: 'list', items: points },
    ...favourBlocks(ctx),
    ...answered(ctx, recorded.relied),
    ...franchise(ctx),
    { type: 'paragraph', text: m.reply.demand(eur(a.totals.refund_due, m.locale)) },
    { type: 'paragraph', text: mediatorOpen(ctx) ? m.formalNotice.ultimatumMediator(8) : m.formalNotice.ultimatumCourt(8) },
    signature(ctx),
  ];
}
