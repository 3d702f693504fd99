/**
 * Finding decided cases: full text (minisearch; accents folded, so "negligence hameconnage" finds
 * "négligence … hameçonnage"; fact codes searchable in French, Dutch and English) and by facts; and,
 * for a case, the most similar decisions with the features that matched.
 */
import MiniSearch from 'minisearch';
import type { Case } from '../case/model.js';
import type { ConductFact } from '../case/vocabulary.js';
import { toCents } from '../case/money.js';
import { FACT_WORDS } from './labels.js';
import { PRECEDENTS, citePrecedent, type Precedent } from './precedents.js';

export interface Found {
  id: string;
  citation: string;
  jurisdiction: 'FR' | 'BE';
  gross_negligence: boolean | null;
  supports_holder: boolean | null;
  reason: string | null;
  score: number;
  /** Why it ranks where it does. */
  matched: string[];
  confidence: Precedent['confidence'];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

let index: MiniSearch<{ id: string }> | null = null;
function searchIndex(): MiniSearch<{ id: string }> {
  if (index) return index;
  index = new MiniSearch({
    fields: ['court', 'reference', 'principle', 'summary', 'facts', 'incident'],
    storeFields: ['id'],
    processTerm: (term) => fold(term),
    searchOptions: { processTerm: (term) => fold(term), prefix: true, fuzzy: 0.15, boost: { facts: 2, principle: 1.5 } },
  });
  index.addAll(
    PRECEDENTS.map((p) => ({
      id: p.id,
      court: p.court,
      reference: p.reference ?? '',
      principle: p.principle ?? '',
      summary: [p.summary.fr, p.summary.en].filter(Boolean).join(' '),
      facts: p.facts.map((f) => `${f.fact} ${FACT_WORDS[f.fact]}`).join(' '),
      incident: p.incident ?? '',
    })),
  );
  return index;
}

function found(p: Precedent, score: number, matched: string[]): Found {
  return {
    id: p.id, citation: citePrecedent(p), jurisdiction: p.jurisdiction, gross_negligence: p.gross_negligence,
    supports_holder: p.supports_holder, reason: p.principle, score: Math.round(score * 100) / 100, matched, confidence: p.confidence,
  };
}

const BY_ID = new Map(PRECEDENTS.map((p) => [p.id, p]));
const AMOUNT_CENTS = new Map(PRECEDENTS.map((p) => [p, p.amount ? toCents(p.amount) : null]));

/** Facts of one family: a decision on one speaks to the others (credentials given or used under deception; a fake bank; the PIN or card handed over). */
const FAMILIES: readonly (readonly ConductFact[])[] = [
  ['otp_disclosed', 'payer_validated_operation', 'card_data_disclosed_phishing', 'device_or_sim_compromised'],
  ['caller_impersonated_bank', 'caller_id_spoofed'],
  ['pin_written_with_card', 'pin_disclosed', 'card_entrusted_to_other'],
];
const related = (a: ConductFact, b: ConductFact) => a !== b && FAMILIES.some((f) => f.includes(a) && f.includes(b));
/** The higher the court, the more a decision weighs as a precedent. */
const AUTHORITY: Readonly<Record<string, number>> = { cassation: 2, cjeu: 2, appeal: 1 };
const heldStatus = (s: string) => s === 'proven' || s === 'admitted';

/**
 * Decisions matching a text and/or treating the given facts, best first: per fact, +3 when the
 * decision held it, +1 when it treats it otherwise, +1 when it held a fact of the same family; then
 * +2 for the Cour de cassation or the CJEU, +1 for a court of appeal.
 */
export function searchPrecedents(q: { query?: string; facts?: readonly ConductFact[]; jurisdiction?: 'FR' | 'BE'; limit?: number }): Found[] {
  const facts = q.facts ?? [];
  let pool: { p: Precedent; score: number; matched: string[] }[];
  if (q.query && q.query.trim()) {
    pool = searchIndex().search(q.query).map((r) => ({ p: BY_ID.get(r.id as string)!, score: r.score, matched: [`text: ${Object.keys(r.match).join(', ')}`] }));
  } else pool = PRECEDENTS.map((p) => ({ p, score: 0, matched: [] }));
  return pool
    .filter(({ p }) => !q.jurisdiction || p.jurisdiction === q.jurisdiction)
    .map(({ p, score, matched }) => {
      let factScore = 0;
      const why = [...matched];
      for (const f of facts) {
        const own = p.facts.find((x) => x.fact === f);
        if (own) {
          factScore += heldStatus(own.status) ? 3 : 1;
          why.push(`fact ${f} (${own.status})`);
          continue;
        }
        const kin = p.facts.find((x) => related(x.fact, f) && heldStatus(x.status));
        if (kin) (factScore += 1), why.push(`related fact ${kin.fact} (${kin.status})`);
      }
      const authority = facts.length && factScore ? (AUTHORITY[p.kind ?? ''] ?? 0) : 0;
      if (authority) why.push(`court: ${p.kind}`);
      return { p, score: score + factScore + authority, matched: why, factScore };
    })
    .filter((x) => facts.length === 0 || x.factScore > 0)
    .sort((x, y) => y.score - x.score || (y.p.date ?? '').localeCompare(x.p.date ?? ''))
    .slice(0, q.limit ?? 10)
    .map(({ p, score, matched }) => found(p, score, matched));
}

/**
 * The decisions most like a case: the same jurisdiction first (+3), each conduct fact shared with
 * the same standing (+2) or another standing (+1), the same kind of incident (+2), a shared
 * authentication method (+1), an amount of the same order (within a factor of 3, +1).
 */
export function similarPrecedents(c: Case, limit = 5): Found[] {
  const methods = new Set<string>(c.transactions.map((t) => t.authentication).filter((m) => m !== 'unknown'));
  const total = c.transactions.reduce((s, t) => s + t.cents, 0);
  // Scores first; the matched features are spelled out only for the decisions kept.
  return PRECEDENTS.map((p) => ({ p, score: similarity(c, p, methods, total, null) }))
    .filter((x) => x.score > 3)
    .sort((x, y) => y.score - x.score || (y.p.date ?? '').localeCompare(x.p.date ?? ''))
    .slice(0, limit)
    .map(({ p, score }) => {
      const matched: string[] = [];
      similarity(c, p, methods, total, matched);
      return found(p, score, matched);
    });
}

const established = (s: string) => s === 'proven' || s === 'admitted';

/** The score of `similarPrecedents`; with `matched`, each feature that counted is written there. */
function similarity(c: Case, p: Precedent, methods: ReadonlySet<string>, total: number, matched: string[] | null): number {
  let score = 0;
  if (p.jurisdiction === c.jurisdiction) (score += 3), matched?.push(`jurisdiction ${p.jurisdiction}`);
  for (const k of c.conduct)
    for (const f of p.facts) {
      if (f.fact !== k.fact) continue;
      const same = established(f.status) === established(k.status);
      score += same ? 2 : 1;
      matched?.push(`fact ${k.fact} (${f.status}${same ? '' : `, here ${k.status}`})`);
      break;
    }
  if (p.incident && p.incident === c.incident.kind && p.incident !== 'unknown') (score += 2), matched?.push(`incident ${p.incident}`);
  for (const m of p.authentication)
    if (methods.has(m)) {
      score += 1;
      matched?.push(`authentication ${p.authentication.filter((x) => methods.has(x)).join(', ')}`);
      break;
    }
  const amount = AMOUNT_CENTS.get(p) ?? null;
  if (amount && total && amount * 3 >= total && amount <= total * 3) (score += 1), matched?.push('amount of the same order');
  return score;
}
