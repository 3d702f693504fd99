/** The report in text or Markdown, rendered from the assessment's trace only. */
import type { Assessment, TraceEntry } from '../engine/types.js';
import { ASSUMPTIONS, type AssumptionName } from '../law/assumptions.js';
import { cite } from '../law/index.js';
import { euros, LOCALES, percent } from '../format.js';
import { CATALOGUES, type Catalogue, type ReportLang } from './messages.js';
import { nextStepsHeading, nextStepsLines, otherGroundsLines } from './nextSteps.js';
import { isOperationStep, operationGroups } from './steps.js';
import { factLabel, gnRuleLines } from './grossNegligence.js';

export type ReportFormat = 'text' | 'markdown';

/** Decisions listed per fact in the text report (the JSON keeps them all). */
const MAX_PRECEDENTS = 4;

/** "12,21 %" / "12.21%": a rate given in percent as a decimal string. */
const pct = (rate: string, lang: ReportLang) => percent(rate, LOCALES[lang]);

export function money(amount: string, lang: ReportLang): string {
  return euros(amount, LOCALES[lang]);
}

/** The entry's citation in the report's language, rebuilt from the article version it carries. */
function citation(e: TraceEntry, lang: ReportLang): string {
  return e.article ? ` [${cite(e.article.id, e.article.version, e.article.paragraph, lang)}]` : '';
}

/** Trace values that are amounts (decimal strings), shown in the report's money format. */
const AMOUNTS = ['cap', 'borne'] as const;

function sentence(cat: Catalogue, e: TraceEntry, lang: ReportLang): string {
  const s = cat.rules[`${e.rule}:${e.holds}`];
  if (!s) return `${e.rule} (${e.holds})`;
  const values = { ...e.values };
  for (const k of AMOUNTS) if (typeof values[k] === 'string' && /^-?\d+\.\d{2}$/.test(values[k])) values[k] = money(values[k], lang);
  return s(values);
}

/** What the research leaves open about the regime. */
const uncertainty = (e: TraceEntry, lang: ReportLang) => {
  const text = e.values?.[`uncertain_${lang}`];
  return text ? ` (${text})` : '';
};

interface Block {
  heading: string;
  lines: string[];
}

/** Operations whose steps are the same (same rules, results and citations) are told once. */
function operationBlocks(cat: Catalogue, entries: TraceEntry[], a: Assessment, lang: ReportLang): Block[] {
  return operationGroups(entries, a.transactions.map((t) => t.id)).map((g) => {
    const shares = g.ids.map((id) => a.transactions.find((t) => t.id === id)!);
    return {
      heading: g.ids.join(', '),
      lines: [
        ...g.steps.map((s, i) => `${sentence(cat, s, lang)}${citation(s, lang)}${g.because[i]!.length ? ` — ${g.because[i]!.join('; ')}` : ''}`),
        shares.map((t) => `${t.id}${cat.colon} ${cat.labels.payerBears.toLowerCase()} ${money(t.payer_bears, lang)}, ${cat.labels.refundDue.toLowerCase()} ${money(t.refund_due, lang)}`).join(' · '),
      ],
    };
  });
}

export function renderReport(a: Assessment, lang: ReportLang, format: ReportFormat): string {
  const cat = CATALOGUES[lang];
  const md = format === 'markdown';
  const out: string[] = [];
  const h = (level: number, text: string) => out.push(md ? `${'#'.repeat(level)} ${text}` : level === 1 ? `${text}\n${'='.repeat(text.length)}` : `\n${text}\n${'-'.repeat(text.length)}`);
  const item = (text: string) => out.push(md ? `- ${text}` : `  • ${text}`);
  const caseLevel = a.explanation.filter((e) => !isOperationStep(e));
  const c = cat.colon;

  h(1, `${cat.title} — ${cat.jurisdiction[a.jurisdiction]}, ${cat.asOf} ${a.as_of}`);
  h(2, cat.headings.result);
  item(`${cat.outcome[a.outcome]}`);
  item(`${cat.labels.disputed}${c} ${money(a.totals.disputed, lang)}`);
  item(`${cat.labels.payerBears}${c} ${money(a.totals.payer_bears, lang)}`);
  item(`${cat.labels.refundDue}${c} ${money(a.totals.refund_due, lang)}`);
  item(`${cat.labels.immediate}${c} ${money(a.immediate_refund.amount, lang)} [${a.immediate_refund.basis}]`);

  h(2, cat.headings.reasoning);
  for (const e of caseLevel.filter((x) => x.rule.startsWith('regime.')))
    item(`${sentence(cat, e, lang)}${citation(e, lang)}${uncertainty(e, lang)}`);

  h(2, cat.headings.gn);
  const sub = (text: string) => out.push(md ? `  - ${text}` : `      – ${text}`);
  const gnEntry = caseLevel.find((e) => e.rule === 'gross_negligence.finding');
  if (gnEntry) item(`${sentence(cat, gnEntry, lang)}${citation(gnEntry, lang)}`);
  for (const e of caseLevel.filter((x) => x.rule === 'gross_negligence.rule')) {
    const r = gnRuleLines(cat, e, lang);
    item(r.head);
    for (const l of r.lines) sub(l);
  }
  for (const f of a.gross_negligence.factors) {
    const decided = f.precedents.slice(0, MAX_PRECEDENTS).map((p) => `${p.citation} (${p.gross_negligence === null ? '—' : cat.finding[p.gross_negligence ? 'established' : 'not_established']})`);
    if (f.precedents.length > MAX_PRECEDENTS) decided.push(`+${f.precedents.length - MAX_PRECEDENTS}`);
    if (decided.length) item(`${factLabel(f.fact, cat, lang)} — ${cat.status[f.status] ?? f.status}; ${cat.labels.precedents}${c} ${decided.join(' ; ')}`);
  }

  h(2, cat.headings.operations);
  for (const b of operationBlocks(cat, a.explanation, a, lang)) {
    out.push(md ? `\n**${b.heading}**\n` : `\n[${b.heading}]`);
    for (const l of b.lines) item(l);
  }
  for (const e of caseLevel.filter((x) => x.rule === 'allocation.franchise_allocated'))
    item(`${sentence(cat, e, lang)}${citation(e, lang)}`);

  if (a.deadlines.length || a.deadlines_not_computed) {
    h(2, cat.headings.deadlines);
    for (const n of a.deadlines_not_computed ?? []) item(`${cat.deadline[n.kind] ?? n.kind} — ${cat.notComputed(n.day, n.calendar_years)}`);
    // The deadline's step in the trace carries the article version: cited in the report's language.
    const steps = new Map<string, TraceEntry>();
    for (const e of a.explanation) {
      if (!e.rule.startsWith('deadline.')) continue;
      const key = `${e.rule}|${e.values?.date}|${String(e.transactions)}`;
      if (!steps.has(key)) steps.set(key, e);
    }
    for (const d of a.deadlines) {
      const step = steps.get(`deadline.${d.kind}|${d.date}|${String(d.transactions)}`);
      const basis = step?.article ? cite(step.article.id, step.article.version, step.article.paragraph, lang) : d.basis;
      item(`${d.date} — ${cat.deadline[d.kind] ?? d.kind} (${d.passed ? cat.passed.yes : cat.passed.no})${d.transactions ? ` [${d.transactions.join(', ')}]` : ''}${d.note ? `${c} ${d.note[lang]}` : ''} [${basis}]`);
    }
  }
  h(2, nextStepsHeading(lang));
  for (const l of nextStepsLines(a.next_steps, lang, (x) => money(x, lang))) item(l);
  for (const l of otherGroundsLines(a.other_grounds, lang)) item(l);
  if (a.interest) {
    h(2, cat.headings.interest);
    const entry = a.explanation.find((e) => e.rule === 'interest.late_refund');
    if (entry) item(`${sentence(cat, { ...entry, values: { ...entry.values, total: money(a.interest.total, lang), base: money(a.interest.base, lang) } }, lang)}${citation(entry, lang)}`);
    for (const p of a.interest.periods)
      item(`${p.from} → ${p.to}${c} ${p.days} ${{ fr: 'j', nl: 'd', en: 'd' }[lang]} × ${pct(p.rate, lang)}${p.rate === p.legal_rate ? '' : ` (${pct(p.legal_rate, lang)} + ${pct((Number(p.rate) - Number(p.legal_rate)).toFixed(2), lang)})`} = ${money(p.amount, lang)}`);
  }
  if (a.precedents.length) {
    h(2, cat.headings.precedents);
    const side = (b: boolean | null) => (b === null ? '—' : cat.side[b ? 'for' : 'against']);
    for (const p of a.precedents) item(`${p.citation} — ${side(p.supports_holder)} (${p.matched.join('; ')})`);
  }
  if (a.scenarios.length) {
    h(2, cat.headings.scenarios);
    for (const s of a.scenarios) {
      const reading = Object.entries(s.choices).map(([k, v]) => `${cat.dims[k] ?? k}: ${cat.dims[v] ?? v}`).join('; ');
      const decided = s.precedents?.length ? ` (${cat.labels.precedents}: ${s.precedents.join(' ; ')})` : '';
      item(`${s.primary ? `(${cat.labels.primary}) ` : ''}${reading} → ${cat.outcome[s.outcome]}, ${cat.labels.payerBears.toLowerCase()} ${money(s.totals.payer_bears, lang)}, ${cat.labels.refundDue.toLowerCase()} ${money(s.totals.refund_due, lang)}${decided}`);
    }
  }
  if (a.assumptions.length) {
    h(2, cat.headings.assumptions);
    for (const x of a.assumptions) item(`${x.name} = ${x.value}${c} ${ASSUMPTIONS[x.name as AssumptionName].basis[lang]}`);
  }
  return out.join('\n') + '\n';
}

/** The timeline alone (`recours deadlines`): each deadline, then the interest periods. */
export function renderTimeline(a: Assessment, lang: ReportLang): string {
  const full = renderReport(a, lang, 'text').split('\n');
  const start = full.findIndex((l) => l === CATALOGUES[lang].headings.deadlines || l === CATALOGUES[lang].headings.interest);
  const after = [CATALOGUES[lang].headings.precedents, CATALOGUES[lang].headings.scenarios, CATALOGUES[lang].headings.assumptions];
  const end = full.findIndex((l, i) => i > start && after.includes(l));
  if (start < 0) return { fr: 'Aucun délai ne peut être calculé avec les dates du dossier.\n', nl: 'Met de datums van het dossier kan geen termijn worden berekend.\n', en: 'No deadline can be computed from the case dates.\n' }[lang];
  return full.slice(start, end < 0 ? undefined : end - 1).join('\n').trimEnd() + '\n';
}
