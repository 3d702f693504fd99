/** A case field named in words (for errors the form cannot place and for the history), and a stored value told in words. */
import type { MessageKey, Translate } from '../../i18n/index.js';
import { plainText } from '../../text.js';
import { formatCaseDate } from '../../dates.js';
import { formatMoney, type Lang } from '../../money.js';

/** Pointer prefixes (without `/case`) and their words, longest first when looked up. */
const WORDS: [string, MessageKey][] = [
  ['/jurisdiction', 'w.jurisdiction'], ['/payer/kind', 'w.payerKind'], ['/payer', 'w.payerKind'],
  ['/incident/kind', 'w.incidentKind'], ['/incident/at', 'w.incidentAt'], ['/incident/noticed_at', 'w.noticedAt'],
  ['/incident/payer_kept_instrument', 'w.keptInstrument'], ['/incident/detectable_before_payment', 'w.detectable'], ['/incident/psp_staff_involved', 'w.staff'],
  ['/incident', 'w.incident'], ['/notification', 'w.notification'], ['/psp/name', 'w.bank'], ['/psp/notification_means_available', 'w.meansAvailable'],
  ['/psp/refunded_on', 'w.refundedOn'], ['/psp', 'w.bank'], ['/parties/holder/name', 'w.holderName'], ['/parties/holder', 'w.holderAddress'],
  ['/parties/bank', 'w.bankAddress'], ['/parties/account', 'w.account'], ['/parties/card', 'w.card'], ['/parties', 'w.parties'],
  ['/complaint/received_on', 'w.complaintOn'], ['/complaint', 'w.complaint'], ['/evidence/authentication_proven', 'w.authProven'],
  ['/evidence/no_technical_deficiency_proven', 'w.noDeficiency'], ['/evidence', 'w.evidence'], ['/as_of', 'w.asOf'], ['/instruments', 'w.instruments'],
  ['/conduct', 'w.conduct'], ['/transactions', 'w.transactions'], ['/status', 'th.status'], ['/notes', 'case.notes'], ['/title', 'desk.caseTitle'],
  ['/archived', 'case.archived'], ['/id', 'w.caseId'],
];
WORDS.sort((a, b) => b[0].length - a[0].length);

const TX_FIELD: Record<string, MessageKey> = {
  at: 'tx.date', amount: 'tx.amount', kind: 'tx.kind', authentication: 'tx.auth', instrument: 'tx.instrument', sca: 'w.sca', consented: 'w.consented',
  contested_on: 'w.contestedOn', booked_on: 'w.bookedOn', before_notification: 'w.beforeNotification', payee_psp_outside_eea: 'tx.outsideEea',
};

/** "/case/transactions/1/amount" → "Operation 2: Amount in euros"; conduct items by their fact when the case is given. */
export function pointerWords(pointer: string, t: Translate, caseFile?: { conduct?: { fact: string }[] }): string {
  const p = pointer.replace(/^\/case(?=\/|$)/, '');
  const tx = /^\/transactions\/(\d+)(?:\/(\w+))?/.exec(p);
  if (tx) {
    const op = t('tx.heading', { n: Number(tx[1]) + 1 });
    return tx[2] && TX_FIELD[tx[2]] ? t('w.pair', { a: op, b: t(TX_FIELD[tx[2]]!) }) : op;
  }
  const k = /^\/conduct\/(\d+)/.exec(p);
  if (k) {
    const fact = caseFile?.conduct?.[Number(k[1])]?.fact;
    return fact ? t('w.pair', { a: t('w.conduct'), b: t(`cw.fact.${fact}` as MessageKey) }) : t('w.conduct');
  }
  const hit = WORDS.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`));
  return t(hit ? hit[1] : 'w.other');
}

const isDay = (s: string) => /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}.*)?)?)?(\/.*)?$/.test(s);

/** A stored value in words: yes/no, dates and amounts as written locally, the vocabularies by their labels. */
export function valueWords(value: unknown, pointer: string, { t, lang }: { t: Translate; lang: Lang }): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
  if (typeof value === 'number') return String(value);
  const p = pointer.replace(/^\/case/, '');
  if (typeof value === 'string') {
    const label = (key: string) => t(key as MessageKey);
    if (p === '/status') return label(`status.${value}`);
    if (/^\/conduct\/\d+\/status$/.test(p)) return label(`cw.reply.${value}`) === `cw.reply.${value}` ? label(`reply.${value}`) : label(`cw.reply.${value}`);
    if (/^\/conduct\/\d+\/fact$/.test(p)) return label(`cw.fact.${value}`);
    if (/^\/transactions\/\d+\/kind$/.test(p)) return label(`kind.${value}`);
    if (/^\/transactions\/\d+\/authentication$/.test(p)) return label(`auth.${value}`);
    if (/\/amount$/.test(p) && /^\d+\.\d{2}$/.test(value)) return formatMoney(value, lang, null);
    if (isDay(value) && /^\d{4}/.test(value)) return formatCaseDate(value, lang);
    return plainText(value);
  }
  if (Array.isArray(value)) return value.map((v) => valueWords(v, pointer, { t, lang })).join(' ; ');
  const o = value as Record<string, unknown>;
  if (typeof o.fact === 'string') return `${t(`cw.fact.${o.fact}` as MessageKey)} (${valueWords(o.status, '/conduct/0/status', { t, lang })})`;
  if (typeof o.amount === 'string' && typeof o.at === 'string') return `${formatCaseDate(o.at, lang)} — ${formatMoney(o.amount, lang, null)}`;
  return t('w.changed');
}
