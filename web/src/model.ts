/**
 * The victim's answers, the questionnaire's steps, and their mapping to a case file `recours.case/1`
 * (../shared/spec/case-file.md). Pure functions: the UI and the tests share them.
 */
import { caseDate, isDate, parseFactDate, parseUserTime, type Jurisdiction } from './dates.js';
import type { ComplaintAnswer, RefusalGround } from '../../src/case/vocabulary.js';
import type { TxKind } from './statement.js';
import type { MessageKey, Translate } from './i18n/index.js';

export const WHAT = ['theft', 'loss', 'phishing', 'impersonation', 'card_in_hand', 'other'] as const;
export type What = (typeof WHAT)[number];

export const INSTRUMENTS = ['debit_card', 'credit_card', 'online_banking', 'e_money', 'other'] as const;
export type InstrumentKind = (typeof INSTRUMENTS)[number];
/** The instrument ids used in the case file, one per kind. */
export const INSTRUMENT_ID: Record<InstrumentKind, string> = { debit_card: 'debit', credit_card: 'credit', online_banking: 'online', e_money: 'emoney', other: 'other' };

export const TX_KINDS: readonly TxKind[] = ['atm_withdrawal', 'card_payment', 'contactless', 'online_card_payment', 'transfer', 'direct_debit', 'other'];
export const AUTH_METHODS = ['pin', 'app_validation', 'otp_sms', 'password', 'card_data_only', 'contactless_no_cvm', 'signature', 'none', 'unknown'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export const CONDUCT_FACTS = [
  'pin_written_with_card', 'pin_disclosed', 'card_data_disclosed_phishing', 'phishing_obvious_signs', 'otp_disclosed',
  'caller_impersonated_bank', 'caller_id_spoofed', 'payer_validated_operation', 'card_left_accessible', 'card_in_locked_vehicle',
  'same_pin_multiple_cards', 'pin_easily_guessable', 'pin_shoulder_surfed', 'late_notification', 'card_entrusted_to_other',
  'device_or_sim_compromised', 'payer_fraud',
  'card_taken_in_presence', 'caller_knew_account_data', 'victim_initiated_contact', 'code_message_stated_operation', 'code_message_warned',
] as const;
export type ConductFact = (typeof CONDUCT_FACTS)[number];

/**
 * What the bank may hold against the holder: the grounds of gross negligence, the signs that make
 * them serious, the points the case law holds imprudent at most, and fraud (src/caselaw/conduct.ts).
 */
export const ACCUSATIONS: readonly ConductFact[] = [
  'pin_written_with_card', 'pin_disclosed', 'card_entrusted_to_other', 'card_left_accessible', 'same_pin_multiple_cards',
  'pin_easily_guessable', 'late_notification', 'card_data_disclosed_phishing', 'otp_disclosed', 'payer_validated_operation',
  'phishing_obvious_signs', 'device_or_sim_compromised', 'payer_fraud',
];
const CARD_ACCUSATIONS: ConductFact[] = [
  'pin_written_with_card', 'pin_disclosed', 'same_pin_multiple_cards', 'pin_easily_guessable', 'card_left_accessible',
  'card_entrusted_to_other', 'late_notification', 'payer_fraud',
];
const REMOTE_ACCUSATIONS: ConductFact[] = [
  'card_data_disclosed_phishing', 'otp_disclosed', 'payer_validated_operation', 'pin_disclosed', 'phishing_obvious_signs',
  'device_or_sim_compromised', 'late_notification', 'payer_fraud',
];

/** The accusations worth offering for what happened (all of them when it is unclear). */
export function accusationsFor(what: What | null): readonly ConductFact[] {
  return what === 'theft' || what === 'loss' ? CARD_ACCUSATIONS : what === 'phishing' || what === 'impersonation' || what === 'card_in_hand' ? REMOTE_ACCUSATIONS : ACCUSATIONS;
}

/**
 * The holder's own account: circumstances the gross-negligence rules turn on, asked as yes / no /
 * not known. `against`: a "yes" weighs against the holder, so a "no" is recorded as denied.
 */
export const CIRCUMSTANCES: readonly { fact: ConductFact; against: boolean; remote: boolean }[] = [
  // Who called whom, who the caller claimed to be, what number showed, what the caller knew (spec additions of 4 December 2026).
  { fact: 'victim_initiated_contact', against: true, remote: true },
  { fact: 'caller_impersonated_bank', against: false, remote: true },
  { fact: 'caller_id_spoofed', against: false, remote: true },
  { fact: 'caller_knew_account_data', against: false, remote: true },
  // What the code message or the app screen said (CA Antwerpen 2 Nov. 2023: a code message stating amount and account).
  { fact: 'code_message_stated_operation', against: true, remote: true },
  { fact: 'code_message_warned', against: true, remote: true },
  // Whether the holder was there when the card was taken (not card_left_accessible, which is a card left unattended).
  { fact: 'card_taken_in_presence', against: false, remote: false },
  { fact: 'pin_shoulder_surfed', against: false, remote: false },
  { fact: 'card_in_locked_vehicle', against: false, remote: false },
];

/** The grounds a bank's refusal gives that are not conduct facts of the holder (those are asked as accusations). */
export const BANK_GROUNDS: readonly RefusalGround[] = ['gross_negligence', 'operation_authenticated', 'consented', 'late_contest', 'other'];
export const BANK_ANSWERS: readonly (ComplaintAnswer | 'none')[] = ['refused', 'partial', 'accepted', 'none'];

export function circumstancesFor(what: What | null): readonly ConductFact[] {
  const card = what === 'theft' || what === 'loss';
  const remote = what === 'phishing' || what === 'impersonation' || what === 'card_in_hand';
  return CIRCUMSTANCES.filter((c) => (card ? !c.remote : remote ? c.remote : true)).map((c) => c.fact);
}

/** The holder's answer to an accusation; on the desk also what a decision or the evidence settled. */
export const REPLIES = ['admitted', 'denied', 'alleged', 'proven', 'disproven'] as const;
export type Reply = (typeof REPLIES)[number];

export interface TxAnswer {
  /** Stable id, also the case-file id. */
  id: string;
  date: string;
  time: string;
  until: string;
  amount: string;
  label: string;
  kind: TxKind;
  instrument: string;
  authentication: AuthMethod;
  /** The payee's bank is outside the EEA (true), not (false), not known (null). */
  outsideEea: boolean | null;
}

export type YesNo = 'yes' | 'no' | 'unknown' | '';

export interface Answers {
  jurisdiction: Jurisdiction | '';
  what: What | '';
  payerKind: 'consumer' | 'professional' | 'unknown' | '';
  incidentDate: string;
  incidentTime: string;
  incidentUntil: string;
  instruments: InstrumentKind[];
  noticedDate: string;
  noticedTime: string;
  noticedUntil: string;
  blocked: YesNo;
  blockedDate: string;
  blockedTime: string;
  blockedRef: string;
  bankName: string;
  holderName: string;
  /** For the letters: postal addresses (one line each), the account (IBAN) and the card number. */
  holderAddress: string;
  bankAddress: string;
  account: string;
  card: string;
  transactions: TxAnswer[];
  /** What the bank holds against the holder. */
  bankSays: ConductFact[];
  /** The holder's answer to each accusation (not answered: alleged). */
  reply: Partial<Record<ConductFact, Reply>>;
  /** The holder's own account of the circumstances. */
  circumstances: Partial<Record<ConductFact, YesNo>>;
  complaint: 'written' | 'oral' | 'no' | '';
  complaintDate: string;
  /** The grounds the bank gave (gross negligence among them). */
  bankGrounds: RefusalGround[];
  /** The bank's answer to the complaint, and its date. */
  bankAnswer: ComplaintAnswer | 'none' | '';
  answeredOn: string;
  police: YesNo;
  policeRef: string;
  evidence: string[];
  vulnerability: string[];
  vulnerabilityNote: string;
  representative: 'none' | 'lawyer' | 'association' | 'relative' | '';
  proceedings: string[];
  /** Answers to the engine's further questions, by question code (or `conduct.<fact>`): a value, or 'unknown'. */
  engine: Record<string, string>;
  /** The order the engine's questions were answered in. */
  engineOrder: string[];
}

export const EVIDENCE = ['statements', 'messages', 'call_log', 'app_notifications', 'blocking_confirmation', 'bank_letters', 'police_report'] as const;
export const VULNERABILITY = ['age', 'illness', 'disability', 'language', 'digital', 'hardship'] as const;
export const PROCEEDINGS = ['court', 'mediation', 'insurance'] as const;

export function emptyAnswers(): Answers {
  return {
    jurisdiction: '', what: '', payerKind: '', incidentDate: '', incidentTime: '', incidentUntil: '', instruments: [],
    noticedDate: '', noticedTime: '', noticedUntil: '', blocked: '', blockedDate: '', blockedTime: '', blockedRef: '',
    bankName: '', holderName: '', holderAddress: '', bankAddress: '', account: '', card: '', transactions: [], bankSays: [], reply: {}, circumstances: {}, complaint: '', complaintDate: '', bankGrounds: [], bankAnswer: '', answeredOn: '',
    police: '', policeRef: '', evidence: [], vulnerability: [], vulnerabilityNote: '', representative: '', proceedings: [],
    engine: {}, engineOrder: [],
  };
}

/** The base questions, in order; those that do not apply to the answers so far are left out. */
export const BASE_STEPS = [
  'what', 'jurisdiction', 'payer', 'incident', 'instruments', 'noticed', 'blocked', 'bank', 'transactions',
  'bank_says', 'holder_reply', 'circumstances', 'complaint', 'police', 'evidence', 'vulnerability', 'representative', 'proceedings',
] as const;
export type BaseStep = (typeof BASE_STEPS)[number];

export function baseSteps(a: Answers): BaseStep[] {
  return BASE_STEPS.filter((s) => s !== 'holder_reply' || a.bankSays.length > 0);
}

/** A question the engine still asks: its code and what the API says about it. */
export interface MissingQuestion {
  pointer: string;
  question: string;
  text: string;
  answers: { value: string; outcome: string; payer_bears: string; refund_due: string }[];
  swing: string;
}

/** Every step: base questions, the engine's questions (answered ones first, in answer order), then the summary. */
export function allSteps(a: Answers, missing: readonly MissingQuestion[]): string[] {
  const answered = a.engineOrder.filter((q) => q in a.engine);
  const pending = missing.map((m) => m.question).filter((q) => !(q in a.engine));
  return [...baseSteps(a), ...answered.map((q) => `engine:${q}`), ...pending.map((q) => `engine:${q}`), 'review'];
}

/** What a step needs before "Next": the field ids with an error message key, empty when it can go on. */
export function validate(step: string, a: Answers): { field: string; message: string }[] {
  const e: { field: string; message: string }[] = [];
  const req = (ok: boolean, field: string, message = 'error.required') => {
    if (!ok) e.push({ field, message });
  };
  const validDate = (d: string) => parseFactDate(d) !== null;
  /** A time needs a valid time and a full day (a month or a year has no time). */
  const validTime = (t: string, field: string, day: string) => {
    if (!t.trim()) return;
    if (parseUserTime(t) === null) e.push({ field, message: 'error.time' });
    else if (parseFactDate(day) && !isDate(parseFactDate(day)!)) e.push({ field, message: 'error.timeNeedsDay' });
  };
  switch (step) {
    case 'what': req(!!a.what, 'what'); break;
    case 'jurisdiction': req(!!a.jurisdiction, 'jurisdiction'); break;
    case 'payer': req(!!a.payerKind, 'payerKind'); break;
    case 'incident':
      req(validDate(a.incidentDate), 'incidentDate', 'error.date');
      validTime(a.incidentTime, 'incidentTime', a.incidentDate);
      validTime(a.incidentUntil, 'incidentUntil', a.incidentDate);
      break;
    case 'noticed':
      if (a.noticedDate.trim()) req(validDate(a.noticedDate), 'noticedDate', 'error.date');
      validTime(a.noticedTime, 'noticedTime', a.noticedDate);
      validTime(a.noticedUntil, 'noticedUntil', a.noticedDate);
      break;
    case 'instruments': req(a.instruments.length > 0, 'instruments'); break;
    case 'blocked':
      req(!!a.blocked, 'blocked');
      if (a.blocked === 'yes') {
        req(validDate(a.blockedDate), 'blockedDate', 'error.date');
        validTime(a.blockedTime, 'blockedTime', a.blockedDate);
      }
      break;
    case 'transactions':
      req(a.transactions.length > 0, 'transactions', 'error.noTransactions');
      a.transactions.forEach((t, i) => {
        if (!validDate(t.date)) e.push({ field: `tx-${i}-date`, message: 'error.date' });
        validTime(t.time, `tx-${i}-time`, t.date);
        validTime(t.until, `tx-${i}-until`, t.date);
        if (!/^\d+\.\d{2}$/.test(t.amount) || t.amount === '0.00') e.push({ field: `tx-${i}-amount`, message: 'error.amount' });
      });
      break;
    case 'complaint':
      req(!!a.complaint, 'complaint');
      if (a.complaint === 'written' || a.complaint === 'oral') req(validDate(a.complaintDate), 'complaintDate', 'error.date');
      if (a.answeredOn.trim()) req(validDate(a.answeredOn), 'answeredOn', 'error.date');
      break;
    default:
      break;
  }
  return e;
}

/** The answers as a case file `recours.case/1`. Unknown facts stay null: the engine says whether they matter. */
export function toCase(a: Answers): Record<string, unknown> {
  const j: Jurisdiction = a.jurisdiction || 'FR';
  const kind = a.what === 'card_in_hand' ? 'data_compromise' : a.what === 'other' || !a.what ? 'unknown' : a.what;
  const kept = a.what === 'card_in_hand' ? true : a.what === 'theft' || a.what === 'loss' ? false : null;
  const instruments = (a.instruments.length ? a.instruments : (['other'] as InstrumentKind[])).map((k) => ({ id: INSTRUMENT_ID[k], kind: k }));
  const firstInstrument = instruments[0]!.id;
  const notificationAt = a.blocked === 'yes' ? caseDate(a.blockedDate, a.blockedTime, undefined, j) : null;
  const contested = a.complaint === 'written' || a.complaint === 'oral' ? parseFactDate(a.complaintDate) : null;

  const conduct = conductOf(a);

  const eng = (q: string): boolean | null => (a.engine[q] === 'true' ? true : a.engine[q] === 'false' ? false : null);
  const engAuth = a.engine['authentication'];
  const transactions = a.transactions.map((t) => ({
    id: t.id,
    instrument: instruments.some((i) => i.id === t.instrument) ? t.instrument : firstInstrument,
    at: caseDate(t.date, t.time, t.until, j) ?? t.date,
    booked_on: null,
    amount: t.amount,
    kind: t.kind,
    authentication: t.authentication === 'unknown' && engAuth && engAuth !== 'unknown' ? engAuth : t.authentication,
    sca: eng('sca'),
    consented: eng('consented') ?? false,
    ...(a.engine['before_notification'] === 'true' || a.engine['before_notification'] === 'false' ? { before_notification: eng('before_notification') } : {}),
    ...(contested ? { contested_on: contested } : {}),
    ...(t.outsideEea !== null ? { payee_psp_outside_eea: t.outsideEea } : {}),
  }));

  const c: Record<string, unknown> = {
    format: 'recours.case/1',
    jurisdiction: j,
    payer: {
      kind: a.payerKind === 'consumer' || a.payerKind === 'professional' ? a.payerKind : a.engine['payer_kind'] === 'consumer' || a.engine['payer_kind'] === 'professional' ? a.engine['payer_kind'] : null,
      // A vulnerability ticked makes the holder one the fraudsters could more easily deceive (spec additions of 4 December 2026).
      ...(a.vulnerability.length ? { vulnerable: true } : {}),
    },
    instruments,
    incident: {
      kind,
      at: caseDate(a.incidentDate, a.incidentTime, a.incidentUntil, j),
      noticed_at: caseDate(a.noticedDate, a.noticedTime, a.noticedUntil, j),
      payer_kept_instrument: kept ?? eng('payer_kept_instrument'),
      // "Did you notice before the payments?": yes makes the loss detectable; no leaves it open for the engine (PSD2 art. 74(1)(a) asks whether it could be detected).
      detectable_before_payment: eng('detectable_before_payment'),
      psp_staff_involved: eng('psp_staff_involved'),
    },
    notification: a.blocked === 'yes' ? { at: notificationAt } : a.blocked === 'no' ? null : { at: null },
    psp: { name: a.bankName.trim() || null, notification_means_available: eng('notification_means_available') },
    transactions,
    conduct,
    evidence: { authentication_proven: eng('authentication_proven'), no_technical_deficiency_proven: eng('no_technical_deficiency_proven') },
  };
  if (a.complaint) c.complaint = complaintOf(a, contested);
  const parties = partiesOf(a);
  if (parties) c.parties = parties;
  return c;
}

/** The complaint, the bank's answer and its grounds (the accusations that are also grounds among them). */
function complaintOf(a: Answers, receivedOn: string | null): Record<string, unknown> {
  const made = a.complaint === 'written' || a.complaint === 'oral';
  const grounds = [...a.bankGrounds, ...(['late_notification', 'payer_fraud'] as const).filter((g) => a.bankSays.includes(g))];
  const answered = made && a.bankAnswer && a.bankAnswer !== 'none';
  return {
    received_on: receivedOn,
    written: a.complaint === 'written' ? true : a.complaint === 'oral' ? false : null,
    ...(answered ? { answer: a.bankAnswer, answered_on: parseFactDate(a.answeredOn) } : {}),
    ...(made && grounds.length ? { refusal_grounds: [...new Set(grounds)] } : {}),
  };
}

const lineList = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** Who writes to whom, for the letters: names, addresses, account and card. */
function partiesOf(a: Answers): Record<string, unknown> | null {
  const holder = { ...(a.holderName.trim() ? { name: a.holderName.trim() } : {}), ...(lineList(a.holderAddress).length ? { address: lineList(a.holderAddress) } : {}) };
  const bank = { ...(a.bankName.trim() ? { name: a.bankName.trim() } : {}), ...(lineList(a.bankAddress).length ? { address: lineList(a.bankAddress) } : {}) };
  const p = {
    ...(Object.keys(holder).length ? { holder } : {}),
    ...(Object.keys(bank).length ? { bank } : {}),
    ...(a.account.trim() ? { account: a.account.trim() } : {}),
    ...(a.card.trim() ? { card: a.card.trim() } : {}),
  };
  return Object.keys(p).length ? p : null;
}

/** The conduct facts: the accusations with the holder's answer (or what the engine's question settled), then the holder's own account. */
function conductOf(a: Answers): { fact: ConductFact; status: Reply }[] {
  const out: { fact: ConductFact; status: Reply }[] = [];
  for (const f of CONDUCT_FACTS) {
    if (a.bankSays.includes(f)) {
      let status: Reply = a.reply[f] ?? 'alleged';
      const decided = a.engine[`conduct.${f}`];
      if ((status === 'alleged' || status === 'denied') && (decided === 'proven' || decided === 'disproven')) status = decided;
      out.push({ fact: f, status });
      continue;
    }
    const said = a.circumstances[f];
    const against = CIRCUMSTANCES.find((c) => c.fact === f)?.against ?? false;
    if (said === 'yes') out.push({ fact: f, status: 'admitted' });
    else if (said === 'no' && against) out.push({ fact: f, status: 'denied' });
  }
  return out;
}

/** Intake answers the case file has no field for (kept with the case as notes when it is saved), in the user's language. */
export function intakeNotes(a: Answers, t: Translate): string {
  const out: string[] = [];
  const many = (prefix: string, vs: readonly string[]) => vs.map((v) => t(`${prefix}.${v}` as MessageKey)).join(' ; ');
  const vul = [many('vulnerability', a.vulnerability), a.vulnerabilityNote.trim()].filter(Boolean).join(' ; ');
  if (vul) out.push(t('result.intakeVulnerability', { list: vul }));
  if (a.representative && a.representative !== 'none') out.push(t('result.intakeRepresentative', { who: t(`representative.${a.representative}` as MessageKey) }));
  if (a.proceedings.length) out.push(t('note.proceedings', { list: many('proceedings', a.proceedings) }));
  if (a.evidence.length) out.push(t('note.evidence', { list: many('evidence', a.evidence) }));
  if (a.police === 'yes') out.push(a.policeRef.trim() ? t('result.intakePolice', { ref: a.policeRef.trim() }) : t('note.policeNoRef'));
  if (a.blockedRef.trim()) out.push(t('result.intakeBlocking', { ref: a.blockedRef.trim() }));
  return out.join('\n');
}

/** The kind an operation most likely is, from the means it was made with and what happened (online banking: a transfer). */
export function defaultKind(a: Answers, instrumentId: string): TxKind {
  const kind = INSTRUMENTS.find((k) => INSTRUMENT_ID[k] === instrumentId);
  if (kind === 'online_banking') return 'transfer';
  if (kind === 'debit_card' || kind === 'credit_card') return a.what === 'theft' || a.what === 'loss' ? 'card_payment' : a.what ? 'online_card_payment' : 'card_payment';
  return 'other';
}

export function newTxId(existing: readonly TxAnswer[]): string {
  const ids = new Set(existing.map((t) => t.id));
  let n = existing.length + 1;
  while (ids.has(`t${n}`)) n++;
  return `t${n}`;
}
