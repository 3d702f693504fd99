/**
 * Requests for the records: the proof the bank must produce (CMF L133-23, CDE VII.34 and their
 * successors as the regime cites them), the GDPR access request (Regulation (EU) 2016/679 art. 15,
 * answered within a month, art. 12(3)), and the text for the police with the operations.
 */
import { cite } from '../argue.js';
import { facts, operationsTable, signature, type Ctx } from '../compose.js';
import type { Block } from '../model.js';
import { clean } from '../sanitize.js';

export function proofRequest(ctx: Ctx): Block[] {
  const { m, c } = ctx;
  const items = [...m.proofRequest.items];
  if (c.transactions.some((t) => t.kind === 'transfer')) items.push(m.proofRequest.transfers);
  return [
    { type: 'paragraph', text: m.salutation },
    facts(ctx),
    operationsTable(ctx),
    { type: 'paragraph', text: m.proofRequest.intro(cite(ctx, ctx.law!.regime.articles.burden)) },
    { type: 'list', items },
    { type: 'paragraph', text: m.proofRequest.delay },
    signature(ctx),
  ];
}

export function dataAccess(ctx: Ctx): Block[] {
  const { m } = ctx;
  return [
    { type: 'paragraph', text: m.salutation },
    { type: 'paragraph', text: m.dataAccess.intro },
    operationsTable(ctx),
    { type: 'list', items: m.dataAccess.items },
    { type: 'paragraph', text: m.dataAccess.delay },
    signature(ctx),
  ];
}

/** France: the complaint (plainte) with the operations; Belgium: the statement for the police. Then the reporting platforms. */
export function policeReport(ctx: Ctx): Block[] {
  const { m, c } = ctx;
  const p = m.police;
  return [
    { type: 'paragraph', text: p.intro(clean(c.parties.holder.name) || m.holderUnknown) },
    facts(ctx),
    { type: 'paragraph', text: p.offence[c.incident.kind] ?? p.offenceDefault },
    operationsTable(ctx),
    { type: 'paragraph', text: p.request },
    signature(ctx),
    { type: 'heading', text: p.platformsIntro },
    { type: 'list', items: c.jurisdiction === 'FR' ? p.platformsFR : p.platformsBE },
  ];
}
