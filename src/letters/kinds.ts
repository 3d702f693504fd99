/**
 * Every letter, built from the case and its assessment only: every figure, article, deadline and
 * decision cited is the one the engine applied. A kind that cannot be written for the case (no
 * regime, a closed mediator window, no representative for a mandate) is a typed refusal.
 */
import type { Case } from '../case/model.js';
import { ENGINE_VERSION } from '../engine/assess.js';
import type { Assessment } from '../engine/types.js';
import { bankName, bankRecipient, day, exhibitList, header, type Ctx, type Exhibit } from './compose.js';
import { claim, formalNotice, replyToRefusal } from './kinds/claims.js';
import { courtClaim, courtRecipient } from './kinds/court.js';
import { checklist, mandate, mediator, mediatorClosedOn, mediatorOpensOn } from './kinds/other.js';
import { dataAccess, policeReport, proofRequest } from './kinds/requests.js';
import { letterLaw } from './law.js';
import type { Block, Letter, LetterKind, LetterLang, LetterRefusal, LetterResult } from './model.js';
import { LETTER_MESSAGES, type LetterMessages } from './messages/index.js';
import { clean } from './sanitize.js';

export interface LetterOptions {
  /** The letter's date (YYYY-MM-DD); default: the evaluation date. */
  date?: string | undefined;
  /** The case's attachments in exhibit order; default: the exhibits the facts imply. */
  exhibits?: Exhibit[] | undefined;
}

interface KindDef {
  subject: (m: LetterMessages, ctx: Ctx) => string;
  body: (ctx: Ctx) => Block[];
  recipient?: (ctx: Ctx) => string[];
  needsRegime?: boolean;
  /** The reason this kind cannot be written for the case, if any. */
  refuse?: (ctx: Ctx) => LetterRefusal['reason'] | null;
  /** The checklist is for the holder: no references, no exhibit list. */
  forHolder?: boolean;
}

const KINDS: Record<LetterKind, KindDef> = {
  claim: { subject: (m) => m.claim.subject, body: claim, needsRegime: true },
  'formal-notice': { subject: (m) => m.formalNotice.subject, body: formalNotice, needsRegime: true },
  'reply-to-refusal': { subject: (m) => m.reply.subject, body: replyToRefusal, needsRegime: true },
  'proof-request': { subject: (m) => m.proofRequest.subject, body: proofRequest, needsRegime: true },
  'data-access': {
    subject: (m) => m.dataAccess.subject, body: dataAccess,
    recipient: (ctx) => [ctx.m.dataAccess.recipient(bankName(ctx)), ...ctx.c.parties.bank.address.map((l) => clean(l, 120))],
  },
  'police-report': {
    subject: (m) => m.police.subject, body: policeReport,
    recipient: (ctx) => [ctx.c.jurisdiction === 'FR' ? ctx.m.police.recipientFR : ctx.m.police.recipientBE],
  },
  'court-claim': { subject: (m, ctx) => courtRecipient(ctx).subject, body: courtClaim, recipient: (ctx) => courtRecipient(ctx).lines, needsRegime: true },
  mediator: {
    subject: (m) => m.mediator.subject, body: mediator,
    recipient: (ctx) => (ctx.c.parties.mediator?.name ? [clean(ctx.c.parties.mediator.name), ...ctx.c.parties.mediator.address.map((l) => clean(l, 120))]
      : ctx.c.jurisdiction === 'BE' ? ctx.m.mediator.recipientBE : [ctx.m.mediator.recipientFR(bankName(ctx))]),
    refuse: (ctx) => (mediatorClosedOn(ctx) ? 'mediator_closed' : mediatorOpensOn(ctx) ? 'mediator_not_yet_open' : null),
  },
  mandate: { subject: (m) => m.mandate.subject, body: mandate, refuse: (ctx) => (ctx.c.parties.representative ? null : 'no_representative') },
  checklist: { subject: (m) => m.checklist.subject, body: checklist, forHolder: true },
};

export const LETTER_KINDS = Object.keys(KINDS) as LetterKind[];

function refusal(kind: LetterKind, reason: LetterRefusal['reason'], ctx: Ctx): LetterRefusal {
  const r = ctx.m.refusal;
  const on = (d: string | null) => (d ? day(d, ctx.m.locale) : '');
  const message = reason === 'no_regime' ? r.noRegime
    : reason === 'mediator_closed' ? r.mediatorClosed(on(mediatorClosedOn(ctx)))
    : reason === 'mediator_not_yet_open' ? r.mediatorNotYet(on(mediatorOpensOn(ctx)))
    : r.noRepresentative;
  return { kind, reason, message };
}

export function buildLetter(kind: LetterKind, c: Case, a: Assessment, lang: LetterLang, options: LetterOptions = {}): LetterResult {
  const m = LETTER_MESSAGES[lang];
  const def = KINDS[kind];
  const law = letterLaw(a, c.transactions[0]!.at.firstDay);
  const ctx: Ctx = { c, a, lang, m, date: options.date ?? a.as_of, law, exhibits: options.exhibits?.length ? options.exhibits : null };
  if (def.needsRegime && !law) return { ok: false, refusal: refusal(kind, 'no_regime', ctx) };
  const refused = def.refuse?.(ctx);
  if (refused) return { ok: false, refusal: refusal(kind, refused, ctx) };
  const head = header(ctx, def.recipient ? def.recipient(ctx) : bankRecipient(ctx));
  const subject = def.subject(m, ctx);
  const blocks = def.forHolder ? def.body(ctx) : [...def.body(ctx), ...exhibitList(ctx)];
  return {
    ok: true,
    value: {
      kind, lang, ...head,
      references: def.forHolder ? [] : head.references,
      subject, blocks, title: subject, footer: m.footer(ENGINE_VERSION),
    },
  };
}
