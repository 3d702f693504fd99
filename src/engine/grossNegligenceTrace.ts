/**
 * The finding on gross negligence as the trace tells it: one entry for the finding, then one per
 * rule applied (the rule, its authorities, each fact that met or defeated it with who bore its
 * burden, the operations it covered and why it left others out). The report, the letters and the
 * web page render these entries; nothing here decides.
 */
import type { Case } from '../case/model.js';
import type { ConductFact } from '../case/vocabulary.js';
import { CONDUCT } from '../caselaw/conduct.js';
import { PRECEDENTS, citePrecedent } from '../caselaw/precedents.js';
import { AUTHORITIES, citeAuthority } from '../law/grossNegligence/authorities.js';
import { reference } from '../law/index.js';
import { dayWithin, type Regime } from '../law/regimes.js';
import type { Application, GrossNegligence } from './grossNegligence.js';
import type { GrossNegligenceFactor, TraceEntry } from './types.js';

const cites = (ids: readonly (keyof typeof AUTHORITIES)[]): string => ids.map(citeAuthority).join(' ; ');

/** The applications that can make the holder bear an operation, as `rule id (result)`. */
function groundIds(gn: GrossNegligence): string[] {
  return gn.applications.filter((x) => x.result === 'established' || x.result === 'contested').map((x) => x.rule.id);
}

export function groundsOf(gn: GrossNegligence): string[] {
  if (gn.presumed) return ['presumption: unexplained use of strongly authenticated personalised security data (assumption gn_presumption)'];
  const out = gn.applications.map((x) => `${x.rule.id} (${x.result}): ${x.rule.text.en} [${cites(x.rule.authorities)}]`);
  for (const f of gn.unproven) out.push(`not established (alleged or denied, burden on the bank): ${f}`);
  return out;
}

/** Decisions of the same jurisdiction that treat a fact, with its standing there and what they decided. */
const TREATING = new Map<string, GrossNegligenceFactor['precedents']>();
function precedentsFor(fact: ConductFact, jurisdiction: 'FR' | 'BE'): GrossNegligenceFactor['precedents'] {
  const key = `${jurisdiction}:${fact}`;
  let out = TREATING.get(key);
  if (out) return out;
  out = [];
  for (const p of PRECEDENTS) {
    if (p.jurisdiction !== jurisdiction) continue;
    const f = p.facts.find((x) => x.fact === fact);
    if (f) out.push({ id: p.id, citation: citePrecedent(p), status: f.status, gross_negligence: p.gross_negligence });
  }
  TREATING.set(key, out);
  return out;
}

/** Each conduct fact of the case: its standing, whether a rule relied on it, the rules it played in and who bore its burden. */
export function factorsOf(c: Case, gn: GrossNegligence): GrossNegligenceFactor[] {
  return c.conduct.map((k) => {
    const plays = gn.applications.flatMap((x) => x.facts.filter((f) => f.fact === k.fact).map((f) => ({ x, f })));
    return {
      fact: k.fact,
      status: k.status,
      role: CONDUCT[k.fact].role,
      burden: plays[0]?.f.burden ?? (CONDUCT[k.fact].role === 'mitigating' ? 'holder' : 'bank'),
      rules: [...new Set(plays.map((p) => p.x.rule.id))],
      counts: plays.some((p) => p.f.state === 'established'),
      precedents: precedentsFor(k.fact, c.jurisdiction),
    };
  });
}

/** For a scenario that settles a contested rule: the decisions on that side. */
export function decisionsOnSide(gn: GrossNegligence, established: boolean): string[] {
  const out = new Set<string>();
  for (const x of gn.applications)
    if (x.sides) for (const id of established ? x.sides.established : x.sides.notEstablished) out.add(citeAuthority(id));
  return [...out];
}

export interface FirstOperation {
  regime: Regime;
  day: string;
}

function ruleEntry(c: Case, gn: GrossNegligence, x: Application, first: FirstOperation | null): TraceEntry {
  const because: string[] = [];
  const values: Record<string, string> = {
    id: x.rule.id, result: x.result, duty: x.rule.duty,
    text_fr: x.rule.text.fr, text_nl: x.rule.text.nl, text_en: x.rule.text.en,
    authorities: cites(x.rule.authorities),
  };
  for (const f of x.facts) {
    // Another breach the rule could rest on, of which the file says nothing, is no part of this case's reasoning.
    if (f.role === 'breach' && f.state === 'unknown' && !f.because.length) continue;
    values[`fact.${f.fact}`] = `${f.role}|${f.burden}|${f.state}`;
    because.push(...(f.because.length ? f.because : [`${f.fact}: not in the file (burden on the ${f.burden === 'bank' ? 'bank' : 'holder'})`]));
  }
  if (x.sides) {
    values.established_side = cites(x.sides.established);
    values.not_established_side = cites(x.sides.notEstablished);
  }
  const covered: string[] = [];
  for (const tx of c.transactions) {
    const r = gn.reach.get(tx.index)?.find((y) => y.app === x)?.reach;
    if (!r) continue;
    if (r.reach === 'out') values[`out.${tx.id}`] = r.why;
    else {
      covered.push(tx.id);
      if (r.reach === 'open') values[`open.${tx.id}`] = 'order';
      because.push(`/transactions/${tx.index}/at = ${tx.at.raw}`);
    }
  }
  for (const k of c.conduct) if (x.rule.breach.includes(k.fact) && k.at) because.push(`/conduct/${k.index}/at = ${k.at.raw}`);
  if (x.rule.scope.runs === 'from_knowledge') {
    values.noticed_at = c.incident.noticedAt?.raw ?? '';
    values.should_have_noticed_at = c.incident.shouldHaveNoticedAt?.raw ?? '';
    if (c.incident.noticedAt) because.push(`/incident/noticed_at = ${c.incident.noticedAt.raw}`);
    if (c.incident.shouldHaveNoticedAt) because.push(`/incident/should_have_noticed_at = ${c.incident.shouldHaveNoticedAt.raw}`);
  }
  const ref = first ? reference(x.rule.duty === 'notification' ? first.regime.articles.notify : first.regime.articles.duties, first.day) : { citation: '', article: null };
  return {
    rule: 'gross_negligence.rule',
    citation: [ref.citation, values.authorities].filter(Boolean).join(' ; '),
    article: ref.article,
    holds: x.result === 'established',
    because: [...new Set(because)],
    ...(covered.length ? { transactions: covered } : {}),
    values,
  };
}

/** The finding's entry, then each rule's. */
export function gnTrace(c: Case, gn: GrossNegligence, first: { regime: Regime; firstDay: string } | null): TraceEntry[] {
  const op = first ? { regime: first.regime, day: dayWithin(first.regime, first.firstDay) } : null;
  const because = c.conduct.map((k) => `/conduct/${k.index} = ${k.fact} (${k.status})`);
  if (c.payer.vulnerable !== null) because.push(`/payer/vulnerable = ${c.payer.vulnerable}`);
  if (gn.presumed) because.push('assumption gn_presumption = yes', '/evidence/authentication_proven = true', `precedent ${citeAuthority('cass_2016_05_31')}`, `precedent ${citeAuthority('antwerpen_2023_11_02')}`);
  const ref = op ? reference(op.regime.articles.duties, op.day) : { citation: '', article: null };
  return [
    {
      rule: 'gross_negligence.finding',
      ...ref,
      holds: gn.finding === 'established',
      because,
      values: { finding: gn.finding, grounds: groundIds(gn).join(', '), ...(gn.presumed ? { presumed: 'yes' } : {}) },
    },
    ...gn.applications.map((x) => ruleEntry(c, gn, x, op)),
  ];
}
