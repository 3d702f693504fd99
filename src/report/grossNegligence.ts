/**
 * One rule of gross negligence as the trace carries it (entries `gross_negligence.rule`), in the
 * report's language: the rule in words, its article and authorities, its result; each fact with
 * its part, who bore its burden and whether it was made out; the operations it covered and those
 * it left out, with why; for a split case law, the decisions on each side. Pure: the report and
 * the web page both render it.
 */
import type { TraceEntry } from '../engine/types.js';
import type { ConductFact } from '../case/vocabulary.js';
import { CONDUCT } from '../caselaw/conduct.js';
import { cite } from '../law/index.js';
import type { Catalogue, ReportLang } from './messages.js';

type G = Catalogue['gn'];

/** A fact in plain words: the conduct fact's description, or the holder's vulnerability. */
export function factLabel(fact: string, cat: Catalogue, lang: ReportLang): string {
  return fact === 'payer_vulnerable' ? cat.gn.vulnerable : (CONDUCT[fact as ConductFact]?.reason[lang] ?? fact);
}

export function gnRuleLines(cat: Catalogue, e: TraceEntry, lang: ReportLang): { head: string; lines: string[] } {
  const v = e.values ?? {};
  const c = cat.colon;
  const basis = [e.article ? cite(e.article.id, e.article.version, e.article.paragraph, lang) : '', v.authorities].filter(Boolean).join(' ; ');
  const head = `${v[`text_${lang}`] ?? ''} [${basis}] — ${cat.gn.result[v.result as keyof G['result']] ?? v.result}.`;
  const lines: string[] = [];
  for (const [key, code] of Object.entries(v)) {
    if (!key.startsWith('fact.')) continue;
    const [role, burden, state] = code.split('|') as [keyof G['role'], keyof G['burden'], keyof G['state']];
    lines.push(`${cat.gn.role[role]}${c} ${factLabel(key.slice(5), cat, lang)} — ${cat.gn.burden[burden]}${c} ${cat.gn.state[state]}`);
  }
  if ('noticed_at' in v) {
    const known = [v.noticed_at ? `${cat.gn.knowledge.noticed} ${v.noticed_at}` : '', v.should_have_noticed_at ? `${cat.gn.knowledge.should} ${v.should_have_noticed_at}` : ''].filter(Boolean);
    lines.push(`${cat.gn.knowledge.label}${c} ${known.length ? known.join(' ; ') : cat.gn.knowledge.unknown}`);
  }
  if (e.transactions?.length) lines.push(`${cat.gn.covers}${c} ${e.transactions.map((id) => (v[`open.${id}`] ? `${id} (${cat.gn.open})` : id)).join(', ')}`);
  for (const [key, why] of Object.entries(v)) if (key.startsWith('out.')) lines.push(`${key.slice(4)}${c} ${cat.gn.out[why as keyof G['out']] ?? why}`);
  if (v.established_side) lines.push(`${cat.gn.sides.established}${c} ${v.established_side}`);
  if (v.not_established_side) lines.push(`${cat.gn.sides.not_established}${c} ${v.not_established_side}`);
  return { head, lines };
}
