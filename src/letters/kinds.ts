/**
 * The four letters, built from the assessment only: every figure, article and decision they cite
 * is the one the engine applied. (a) the claim to the bank; (b) the formal notice after refusal or
 * silence, with the penalty interest to date; (c) the referral to the mediator or Ombudsfin; (d) the
 * checklist of what to gather.
 */
import type { Case } from '../case/model.js';
import type { ConductFact } from '../case/vocabulary.js';
import { CONDUCT } from '../caselaw/conduct.js';
import { ENGINE_VERSION } from '../engine/assess.js';
import type { Assessment } from '../engine/types.js';
import { DEFAULT_ASSUMPTIONS } from '../law/assumptions.js';
import { cite } from '../law/index.js';
import { dayWithin, regimesOf, type Regime } from '../law/regimes.js';
import { bankName, bankRecipient, day, eur, facts, header, operationsTable, signature, when, type Ctx } from './compose.js';
import type { Block, Letter, LetterKind, LetterLang } from './model.js';
import { LETTER_MESSAGES } from './messages/index.js';
import { clean } from './sanitize.js';
import { percent } from '../format.js';

function regimeOf(ctx: Ctx): Regime | null {
  return regimesOf(ctx.c.jurisdiction, DEFAULT_ASSUMPTIONS).find((r) => r.id === ctx.a.regime.id && r.from === ctx.a.regime.from) ?? null;
}

/** The citation, in the letter's language, of an article as the regime's operations apply it. */
function citeIn(ctx: Ctx, id: string, paragraph?: string): string {
  const r = regimeOf(ctx)!;
  return cite(id, dayWithin(r, ctx.c.transactions[0]!.at.firstDay), paragraph, ctx.lang);
}

function basis(ctx: Ctx, r: Regime): Block[] {
  const { m, a } = ctx;
  const out: Block[] = [{ type: 'paragraph', text: m.claim.basis(r.label[ctx.lang], citeIn(ctx, r.articles.allocation)) }];
  const capped = a.transactions.some((t) => t.rules.at(-1) === 'allocation.franchise' && t.payer_bears !== '0.00');
  out.push({ type: 'paragraph', text: capped ? m.claim.franchise(eur(a.regime.franchise, m.locale), citeIn(ctx, r.articles.allocation, r.jurisdiction === 'FR' ? 'I' : undefined)) : a.totals.payer_bears === '0.00' ? m.claim.noFranchise : '' });
  return out.filter((b) => b.type !== 'paragraph' || b.text);
}

function deadline(ctx: Ctx, r: Regime): Block | null {
  const d = ctx.a.deadlines.find((x) => x.kind === 'bank_refund_by');
  if (!d) return null;
  const ref = citeIn(ctx, r.articles.refund);
  return { type: 'paragraph', text: d.note?.en.startsWith('immediately') ? ctx.m.claim.deadlineImmediate(ref) : ctx.m.claim.deadlineNextDay(day(d.date, ctx.m.locale), ref) };
}

/** Why the facts the bank alleges do not establish gross negligence, with the decisions on the holder's side. */
function grossNegligence(ctx: Ctx, r: Regime): Block[] {
  const { c, a, m } = ctx;
  if (a.gross_negligence.finding === 'established') return [];
  const alleged = c.conduct.filter((k) => !['mitigating', 'context', 'fraud'].includes(CONDUCT[k.fact].role));
  if (!alleged.length) return [];
  const reason = (f: ConductFact) => CONDUCT[f].reason[ctx.lang];
  const items = alleged.map((k) => m.claim.gnFact(m.facts[k.fact], m.status[k.status], k.status === 'disproven' ? '' : reason(k.fact)));
  const decided = new Set<string>();
  for (const f of a.gross_negligence.factors)
    for (const p of f.precedents) if (p.gross_negligence === false && decided.size < 3) decided.add(p.citation);
  const out: Block[] = [
    { type: 'paragraph', text: m.claim.gnIntro(citeIn(ctx, r.articles.burden)) },
    { type: 'list', items },
  ];
  if (decided.size) out.push({ type: 'paragraph', text: m.claim.precedents([...decided].join(' ; ')) });
  return out;
}

function claim(ctx: Ctx, r: Regime): Block[] {
  const { m, a } = ctx;
  return [
    { type: 'paragraph', text: m.salutation },
    facts(ctx),
    { type: 'paragraph', text: m.claim.intro },
    operationsTable(ctx),
    ...basis(ctx, r),
    { type: 'paragraph', text: m.claim.demand(eur(a.totals.refund_due, m.locale)) },
    ...[deadline(ctx, r)].filter((b): b is Block => b !== null),
    { type: 'paragraph', text: m.claim.proof(citeIn(ctx, r.articles.burden)) },
    ...grossNegligence(ctx, r),
    signature(ctx),
  ];
}

function formalNotice(ctx: Ctx, r: Regime): Block[] {
  const { m, a, c } = ctx;
  const blocks: Block[] = [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.formalNotice.intro(c.complaint?.receivedOn ? when(c.complaint.receivedOn, ctx) : null) },
    operationsTable(ctx),
    ...basis(ctx, r),
    { type: 'paragraph', text: m.formalNotice.demand(eur(a.totals.refund_due, m.locale)) },
  ];
  if (a.interest) {
    blocks.push(
      { type: 'paragraph', text: m.formalNotice.interest(eur(a.interest.total, m.locale), day(a.as_of, m.locale), a.jurisdiction === 'FR' ? cite('fr.cmf.L133-18', '2022-08-18', 'al. 3', ctx.lang) : citeIn(ctx, r.articles.refund)) },
      {
        type: 'table',
        header: [m.columns.from, m.columns.to, m.columns.days, m.columns.rate, m.columns.interest],
        rows: [
          ...a.interest.periods.map((p) => [day(p.from, m.locale), day(p.to, m.locale), String(p.days), percent(p.rate, m.locale), eur(p.amount, m.locale)]),
          [m.total, '', '', '', eur(a.interest.total, m.locale)],
        ],
        align: ['left', 'left', 'right', 'right', 'right'],
      },
    );
  }
  blocks.push({ type: 'paragraph', text: m.formalNotice.ultimatum(8) }, signature(ctx));
  return blocks;
}

function mediator(ctx: Ctx): Block[] {
  const { m, a } = ctx;
  const timeline = a.deadlines.map((d) => `${day(d.date, m.locale)} — ${m.deadlines[d.kind] ?? d.kind}`);
  return [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.mediator.intro(bankName(ctx)) },
    facts(ctx),
    operationsTable(ctx),
    { type: 'paragraph', text: m.mediator.claim(eur(a.totals.refund_due, m.locale)) },
    ...(timeline.length ? [{ type: 'paragraph' as const, text: m.mediator.timeline }, { type: 'list' as const, items: timeline }] : []),
    { type: 'paragraph', text: m.mediator.attachments },
    { type: 'list', items: m.mediator.attachmentList },
    signature(ctx),
  ];
}

function checklist(ctx: Ctx): Block[] {
  const { c, m } = ctx;
  const kind = c.incident.kind;
  const items = [m.checklist.blocking, m.checklist.statements];
  if (kind === 'theft' || kind === 'loss') items.push(c.jurisdiction === 'FR' ? m.checklist.police : m.checklist.policeBE);
  if (c.jurisdiction === 'FR' && c.incident.payerKeptInstrument !== false && c.transactions.some((t) => t.kind === 'online_card_payment')) items.push(m.checklist.perceval);
  if (kind === 'phishing' || kind === 'impersonation' || kind === 'device_compromise') items.push(m.checklist.messages);
  if (kind === 'impersonation') items.push(m.checklist.calls);
  items.push(m.checklist.complaint, m.checklist.identity);
  return [{ type: 'paragraph', text: m.checklist.intro }, { type: 'list', items }];
}

const SUBJECT = { claim: 'claim', 'formal-notice': 'formalNotice', mediator: 'mediator', checklist: 'checklist' } as const;

export function buildLetter(kind: LetterKind, c: Case, a: Assessment, lang: LetterLang, date?: string): Letter {
  const m = LETTER_MESSAGES[lang];
  const ctx: Ctx = { c, a, lang, m, date: date ?? a.as_of };
  const r = regimeOf(ctx);
  if (!r) throw new Error(`no regime for the letter (${a.regime.id})`);
  const recipient = kind === 'mediator'
    ? (c.parties.mediator?.name ? [clean(c.parties.mediator.name), ...c.parties.mediator.address.map((l) => clean(l, 120))]
      : c.jurisdiction === 'BE' ? m.mediator.recipientBE : [m.mediator.recipientFR(bankName(ctx))])
    : bankRecipient(ctx);
  const head = header(ctx, recipient);
  const blocks = kind === 'claim' ? claim(ctx, r) : kind === 'formal-notice' ? formalNotice(ctx, r) : kind === 'mediator' ? mediator(ctx) : checklist(ctx);
  const subject = m[SUBJECT[kind]].subject;
  return {
    kind, lang, ...head,
    references: kind === 'checklist' ? [] : head.references,
    subject, blocks, title: subject, footer: m.footer(ENGINE_VERSION),
  };
}
