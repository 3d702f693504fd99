// Regenerates src/caselaw/precedents.json from the research records in ../shared/caselaw/records.
// Run: npm run gen:precedents (needs ../shared beside the repository).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = new URL('../../shared/caselaw/records/', import.meta.url).pathname;
const INCIDENT = { phishing_email: 'phishing', phishing_sms: 'phishing', spoofing_call: 'impersonation', card_data_theft_online: 'data_compromise', sim_swap: 'device_compromise', malware: 'device_compromise', relative_or_acquaintance: 'unknown' };
const AUTH = { otp_sms_3ds: 'otp_sms', sca_app: 'app_validation' };
const expectOf = (id) => {
  try {
    return JSON.parse(readFileSync(new URL(`../../shared/caselaw/cases/${id}.expect.json`, import.meta.url), 'utf8')).expect;
  } catch {
    return null;
  }
};
const CODES = new Set(['pin_written_with_card', 'pin_disclosed', 'card_data_disclosed_phishing', 'phishing_obvious_signs', 'otp_disclosed', 'caller_impersonated_bank', 'caller_id_spoofed', 'payer_validated_operation', 'card_left_accessible', 'card_in_locked_vehicle', 'same_pin_multiple_cards', 'pin_easily_guessable', 'pin_shoulder_surfed', 'late_notification', 'card_entrusted_to_other', 'device_or_sim_compromised', 'payer_fraud']);
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
    // Only the spec's fact codes (records may carry others, e.g. prior_similar_incident).
    facts: (r.facts ?? []).filter((f) => CODES.has(f.code)).map((f) => ({ fact: f.code, status: STATUS[f.status] ?? f.status })),
    gross_negligence: r.outcome?.gross_negligence_found ?? null,
    payer_fraud: r.outcome?.payer_fraud_found ?? null,
    supports_holder: expectOf(r.id)?.payer_wins ?? null,
    incident: r.incident?.type ? (INCIDENT[r.incident.type] ?? r.incident.type) : null,
    authentication: [...new Set((r.transactions ?? []).map((t) => AUTH[t.authentication] ?? t.authentication ?? 'unknown'))],
    // The record's total is in the operations' currency: kept only when it is euros.
    amount: typeof r.total_disputed === 'number' && (r.transactions ?? []).every((t) => (t.currency ?? 'EUR') === 'EUR') ? r.total_disputed.toFixed(2) : null,
    principle: r.outcome?.principle ?? null,
    summary: { fr: r.outcome?.disposition ?? null, en: null },
    urls: r.source_urls ?? [],
    confidence: r.completeness === 'full' ? 'text' : 'reported',
    source: 'caselaw',
  });
}
writeFileSync(new URL('../src/caselaw/precedents.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`${out.length} precedents written`);
