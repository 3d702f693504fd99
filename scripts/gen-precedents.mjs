// Regenerates src/caselaw/precedents.json from the research records in ../shared/caselaw/records.
// Run: npm run gen:precedents (needs ../shared beside the repository).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = new URL('../../shared/caselaw/records/', import.meta.url).pathname;
const STATUS = { proven: 'proven', admitted: 'admitted', alleged_unproven: 'alleged', denied: 'denied', found_false: 'disproven' };
const out = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const r = parse(readFileSync(join(dir, file), 'utf8'));
  if (r.jurisdiction !== 'FR' && r.jurisdiction !== 'BE') continue;
  out.push({
    id: r.id,
    jurisdiction: r.jurisdiction,
    court: r.court,
    date: r.date ?? null,
    reference: r.reference ?? null,
    kind: r.kind ?? null,
    facts: (r.facts ?? []).map((f) => ({ fact: f.code, status: STATUS[f.status] ?? f.status })),
    gross_negligence: r.outcome?.gross_negligence_found ?? null,
    payer_fraud: r.outcome?.payer_fraud_found ?? null,
    principle: r.outcome?.principle ?? null,
    urls: r.source_urls ?? [],
  });
}
writeFileSync(new URL('../src/caselaw/precedents.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`${out.length} precedents written`);
