// A seeded generator of realistic cases (recours.case/1): both jurisdictions, dates across every
// regime since 2002, every incident kind, instruments and authentications that go together, 1–20
// operations, imprecise dates, notifications before, between and after the operations, conduct
// facts under every status. `core: true` keeps to the facts the rule-engine comparison encodes.
import { CONDUCT_FACTS, CONDUCT_STATUSES, INCIDENT_KINDS } from '../dist/case/vocabulary.js';

/** mulberry32: small, fast, seeded. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

const DAY = 86_400_000;
const FROM = Date.UTC(2002, 0, 1);
const TO = Date.UTC(2025, 11, 31);

/** EU summer time (last Sunday of March to last Sunday of October): the offset a local time is written with. */
function offsetOf(ms) {
  const y = new Date(ms).getUTCFullYear();
  const lastSunday = (m) => { const d = new Date(Date.UTC(y, m + 1, 0)); return Date.UTC(y, m, d.getUTCDate() - d.getUTCDay(), 1); };
  return ms >= lastSunday(2) && ms < lastSunday(9) ? 2 : 1;
}
const pad = (n) => String(n).padStart(2, '0');
function stamp(ms) {
  const h = offsetOf(ms);
  const d = new Date(ms + h * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}+0${h}:00`;
}
const day = (ms) => stamp(ms).slice(0, 10);

/** A date of the legal kinds the case law gives: mostly a time, sometimes a day, rarely a month. */
function legalDate(r, ms, core) {
  if (core) return stamp(ms);
  const p = r.next();
  return p < 0.8 ? stamp(ms) : p < 0.97 ? day(ms) : day(ms).slice(0, 7);
}

const CARD_OPS = [
  ['atm_withdrawal', 'pin'], ['card_payment', 'pin'], ['card_payment', 'signature'], ['contactless', 'contactless_no_cvm'],
  ['online_card_payment', 'otp_sms'], ['online_card_payment', 'card_data_only'], ['card_payment', 'unknown'],
];
const ONLINE_OPS = [['transfer', 'password'], ['transfer', 'app_validation'], ['transfer', 'otp_sms'], ['direct_debit', 'none'], ['transfer', 'unknown']];
const flag = (r, pTrue = 0.5, pNull = 0.2) => (r.chance(pNull) ? null : r.chance(pTrue));

export function generateCase(r, core = false) {
  const jurisdiction = r.chance(0.5) ? 'FR' : 'BE';
  const start = FROM + Math.floor(r.next() * (TO - FROM));
  const kind = core ? r.pick(['theft', 'loss']) : r.pick(INCIDENT_KINDS);
  const instruments = [{ id: 'card', kind: core ? 'debit_card' : r.pick(['debit_card', 'debit_card', 'credit_card', 'online_banking', 'e_money', 'other']) }];
  if (!core && r.chance(0.25)) instruments.push({ id: 'second', kind: r.pick(['credit_card', 'online_banking']) });
  const n = r.int(1, 20);
  const transactions = [];
  let t = start + r.int(10, 600) * 60_000;
  for (let i = 0; i < n; i++) {
    const inst = r.pick(instruments);
    const card = inst.kind === 'debit_card' || inst.kind === 'credit_card';
    const [opKind, authentication] = core ? ['atm_withdrawal', 'pin'] : r.pick(card ? CARD_OPS : ONLINE_OPS);
    const amount = core || r.chance(0.7) ? `${r.int(1, 1500)}.${pad(r.int(0, 99))}` : String(r.int(1, 800) * 10);
    transactions.push({
      id: `t${i + 1}`,
      instrument: inst.id,
      at: legalDate(r, t, core),
      booked_on: core ? null : r.chance(0.3) ? day(t + 2 * DAY) : null,
      amount,
      kind: opKind,
      authentication,
      sca: core ? r.chance(0.8) : r.chance(0.8) ? null : r.chance(0.5),
      consented: core ? false : r.chance(0.05),
      ...(!core && r.chance(0.05) ? { contested_on: day(t + r.int(5, 500) * DAY) } : {}),
    });
    t += r.int(1, 240) * 60_000;
  }
  const notifiedAt = r.chance(core ? 0 : 0.1) ? null : start + r.int(0, Math.max(1, Math.round((t - start) / 60_000) + 120)) * 60_000;
  const conduct = [];
  if (core) {
    if (r.chance(0.3)) conduct.push({ fact: 'pin_written_with_card', status: 'proven' });
  } else for (let k = r.int(0, 3); k > 0; k--) conduct.push({ fact: r.pick(CONDUCT_FACTS.filter((f) => f !== 'payer_fraud' || r.chance(0.1))), status: r.pick(CONDUCT_STATUSES) });
  const professional = !core && r.chance(0.1);
  return {
    format: 'recours.case/1',
    jurisdiction,
    payer: professional ? { kind: 'professional', contract_derogates: flag(r, 0.3) } : { kind: core || r.chance(0.9) ? 'consumer' : null },
    instruments,
    incident: {
      kind,
      at: core ? stamp(start) : r.chance(0.8) ? legalDate(r, start, false) : null,
      noticed_at: null,
      payer_kept_instrument: core ? false : kind === 'counterfeit' || kind === 'phishing' ? flag(r, 0.8) : kind === 'theft' || kind === 'loss' ? false : flag(r),
      detectable_before_payment: core ? true : flag(r, 0.8),
      psp_staff_involved: core ? false : r.chance(0.03),
    },
    notification: notifiedAt === null ? null : { at: legalDate(r, notifiedAt, core) },
    psp: { name: r.pick(['Banque A', 'Banque B', 'Bank C']), notification_means_available: core || r.chance(0.97) },
    transactions,
    conduct,
    evidence: core
      ? { authentication_proven: true, no_technical_deficiency_proven: true }
      : { authentication_proven: flag(r, 0.7, 0.3), no_technical_deficiency_proven: flag(r, 0.7, 0.4) },
    as_of: day(Math.min(t + 365 * DAY, Date.UTC(2026, 5, 30))),
  };
}

/** `count` cases from `seed`. */
export function generateCases(seed, count, core = false) {
  const r = rng(seed);
  return Array.from({ length: count }, () => generateCase(r, core));
}
