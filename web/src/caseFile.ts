/**
 * The desk's forms and the case file: a stored case read back into the questionnaire's answers,
 * the answers written back over the stored file (only what the form changed), and the API's
 * field errors (JSON pointers) tied to the form's fields or told in words.
 */
import type { CaseInput } from '../../src/case/schema.js';
import type { ConductFact } from '../../src/case/vocabulary.js';
import { BANK_GROUNDS, CIRCUMSTANCES, emptyAnswers, INSTRUMENT_ID, INSTRUMENTS, toCase, type Answers, type InstrumentKind, type Reply, type TxAnswer } from './model.js';
import { toUserDate } from './dates.js';
import type { TxKind } from './statement.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A case-file date or interval → the date, time and "until" typed in the forms. */
export function splitCaseDate(value: string | null | undefined): { date: string; time: string; until: string } {
  if (!value) return { date: '', time: '', until: '' };
  const [a, b] = value.split('/');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(a!);
  if (!m) return { date: value, time: '', until: '' };
  const date = m[3] ? toUserDate(`${m[1]}-${m[2]}-${m[3]}`) : m[2] ? `${m[2]}/${m[1]}` : m[1]!;
  const e = b ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(b) : null;
  const until = e && e[1] === a!.slice(0, 10) ? e[2]! : '';
  return { date, time: m[4] ?? '', until };
}

const WHAT_OF: Record<string, Answers['what']> = { theft: 'theft', loss: 'loss', phishing: 'phishing', impersonation: 'impersonation' };
const tri = (v: boolean | null | undefined): string => (v === true ? 'true' : v === false ? 'false' : '');

/** A stored case file as the questionnaire's answers (what the form can show; the rest stays in the file). */
export function fromCase(c: CaseInput): Answers {
  const a = emptyAnswers();
  a.jurisdiction = c.jurisdiction;
  a.what = c.incident.kind === 'data_compromise' && c.incident.payer_kept_instrument === true ? 'card_in_hand' : WHAT_OF[c.incident.kind] ?? 'other';
  a.payerKind = c.payer.kind ?? 'unknown';
  const inc = splitCaseDate(c.incident.at);
  Object.assign(a, { incidentDate: inc.date, incidentTime: inc.time, incidentUntil: inc.until });
  const noticed = splitCaseDate(c.incident.noticed_at);
  Object.assign(a, { noticedDate: noticed.date, noticedTime: noticed.time, noticedUntil: noticed.until });
  a.instruments = [...new Set(c.instruments.map((i) => i.kind as InstrumentKind))].filter((k) => INSTRUMENTS.includes(k));
  if (c.notification === null) a.blocked = 'no';
  else if (c.notification?.at) {
    const n = splitCaseDate(c.notification.at);
    Object.assign(a, { blocked: 'yes', blockedDate: n.date, blockedTime: n.time });
  }
  a.bankName = c.psp?.name ?? c.parties?.bank?.name ?? '';
  a.holderName = c.parties?.holder?.name ?? '';
  a.holderAddress = (c.parties?.holder?.address ?? []).join('\n');
  a.bankAddress = (c.parties?.bank?.address ?? []).join('\n');
  a.account = c.parties?.account ?? '';
  a.card = c.parties?.card ?? '';
  const idOf = (id: string) => {
    const kind = c.instruments.find((i) => i.id === id)?.kind as InstrumentKind | undefined;
    return kind ? INSTRUMENT_ID[kind] : id;
  };
  a.transactions = c.transactions.map((t): TxAnswer => {
    const d = splitCaseDate(t.at);
    return {
      id: t.id, date: d.date, time: d.time, until: d.until, amount: typeof t.amount === 'number' ? t.amount.toFixed(2) : t.amount, label: '',
      kind: t.kind as TxKind, instrument: idOf(t.instrument), authentication: t.authentication, outsideEea: t.payee_psp_outside_eea ?? null,
    };
  });
  for (const k of c.conduct ?? []) {
    const circ = CIRCUMSTANCES.find((x) => x.fact === k.fact);
    if (circ && (k.status === 'admitted' || (k.status === 'denied' && circ.against))) {
      a.circumstances[k.fact as ConductFact] = k.status === 'admitted' ? 'yes' : 'no';
      continue;
    }
    a.bankSays.push(k.fact as ConductFact);
    a.reply[k.fact as ConductFact] = k.status as Reply;
  }
  if (c.complaint) {
    const k = c.complaint;
    a.complaint = k.written === true ? 'written' : k.written === false ? 'oral' : k.received_on ? 'written' : 'no';
    a.complaintDate = splitCaseDate(k.received_on).date;
    a.bankAnswer = k.answer ?? (a.complaint === 'no' ? '' : 'none');
    a.answeredOn = splitCaseDate(k.answered_on).date;
    a.bankGrounds = (k.refusal_grounds ?? []).filter((g) => BANK_GROUNDS.includes(g));
  }
  const engine: Record<string, string> = {
    detectable_before_payment: tri(c.incident.detectable_before_payment), psp_staff_involved: tri(c.incident.psp_staff_involved),
    payer_kept_instrument: tri(c.incident.payer_kept_instrument), notification_means_available: tri(c.psp?.notification_means_available),
    authentication_proven: tri(c.evidence?.authentication_proven), no_technical_deficiency_proven: tri(c.evidence?.no_technical_deficiency_proven),
  };
  const same = (f: (t: CaseInput['transactions'][number]) => boolean | null | undefined) => {
    const vs = new Set(c.transactions.map((t) => tri(f(t))));
    return vs.size === 1 ? [...vs][0]! : '';
  };
  engine.sca = same((t) => t.sca);
  engine.consented = same((t) => t.consented);
  a.engine = Object.fromEntries(Object.entries(engine).filter(([, v]) => v !== ''));
  return a;
}

const isObject = (v: unknown): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
/** The key an array's items are matched by: operations and instruments by id, conduct by fact. */
const keyOf = (v: Json): string | null => (isObject(v) ? (typeof v.id === 'string' ? `id:${v.id}` : typeof v.fact === 'string' ? `fact:${v.fact}` : null) : null);

/**
 * Three-way merge: `after` (the form's answers as a case file) over `stored`, where `before` is the
 * stored file read into the form and written back unchanged. A value the form did not change keeps
 * the stored one, so what the form cannot show (an interval over days, a note, `as_of`) is kept.
 */
function merge3(stored: Json | undefined, before: Json | undefined, after: Json): Json {
  if (isObject(after)) {
    const out: Record<string, Json> = isObject(stored) ? { ...stored } : {};
    const b = isObject(before) ? before : {};
    for (const k of Object.keys(b)) if (!(k in after)) delete out[k];
    for (const [k, v] of Object.entries(after)) out[k] = merge3(isObject(stored) ? stored[k] : undefined, b[k], v);
    return out;
  }
  if (Array.isArray(after)) {
    const index = (xs: Json | undefined) => new Map((Array.isArray(xs) ? xs : []).map((x, i) => [keyOf(x) ?? `#${i}`, x] as const));
    const s = index(stored);
    const b = index(before);
    return after.map((x, i) => {
      const k = keyOf(x) ?? `#${i}`;
      return merge3(s.get(k), b.get(k), x);
    });
  }
  return stored !== undefined && same(before, after) ? stored : after;
}

/** The stored case file with the form's answers written over it. */
export function editCase(stored: CaseInput, answers: Answers): Record<string, unknown> {
  const s = stored as unknown as Json;
  return merge3(s, toCase(fromCase(stored)) as Json, toCase(answers) as Json) as Record<string, unknown>;
}

/** The form field an API error points at (`/case/...`), or null when the form has no such field. */
export function fieldOfPointer(pointer: string): string | null {
  const p = pointer.replace(/^\/case/, '');
  const tx = /^\/transactions\/(\d+)(?:\/(\w+))?/.exec(p);
  if (tx) {
    const f = { at: 'date', amount: 'amount', kind: 'kind', authentication: 'auth', instrument: 'instrument', contested_on: 'date' }[tx[2] ?? ''];
    return f ? `tx-${tx[1]}-${f}` : tx[2] ? `tx-${tx[1]}-date` : 'transactions';
  }
  const fields: Record<string, string> = {
    '/jurisdiction': 'jurisdiction', '/payer/kind': 'payerKind', '/incident/kind': 'what', '/incident/at': 'incidentDate',
    '/incident/noticed_at': 'noticedDate', '/notification/at': 'blockedDate', '/notification': 'blocked', '/psp/name': 'bankName',
    '/parties/holder/name': 'holderName', '/parties/bank/name': 'bankName', '/instruments': 'instruments', '/transactions': 'transactions',
    '/complaint/received_on': 'complaintDate', '/complaint/written': 'complaint', '/complaint/answered_on': 'answeredOn', '/complaint/answer': 'bankAnswer',
    '/complaint/refusal_grounds': 'bankGrounds', '/parties/holder/address': 'holderAddress', '/parties/bank/address': 'bankAddress', '/parties/account': 'account',
    '/parties/card': 'card',
  };
  if (fields[p]) return fields[p]!;
  if (/^\/instruments\//.test(p)) return 'instruments';
  if (/^\/conduct/.test(p)) return 'bankSays';
  return null;
}

/** A new case's title: "holder – bank – date of the incident", each part when known. */
export function defaultTitle(a: Answers, lang: 'fr' | 'nl' | 'en'): string {
  const date = a.incidentDate.trim() || a.transactions[0]?.date || '';
  const parts = [a.holderName.trim(), a.bankName.trim(), date].filter(Boolean);
  return parts.length ? parts.join(' – ') : { fr: 'Nouveau dossier', nl: 'Nieuw dossier', en: 'New case' }[lang];
}
