/**
 * The web app's own logic, without a browser: every locale has every message, the statement
 * reader, money and dates, and the mapping of the questionnaire's answers to a case file that the
 * engine assesses (Ombudsfin 2013.1876: 3 088,00 € due).
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, type MessageKey } from '../../web/src/i18n/en.js';
import { MESSAGES, translate, detectLang } from '../../web/src/i18n/index.js';
import { parseStatement, guessKind } from '../../web/src/statement.js';
import { formatMoney, normaliseAmount, sum, toCents } from '../../web/src/money.js';
import { caseDate, offsetAt, parseFactDate, parseUserDate, parseUserTime } from '../../web/src/dates.js';
import {
  allSteps, AUTH_METHODS, BASE_STEPS, CONDUCT_FACTS, defaultKind, emptyAnswers, EVIDENCE, INSTRUMENTS, PROCEEDINGS, toCase, TX_KINDS, validate, VULNERABILITY, WHAT,
  type Answers, type TxAnswer,
} from '../../web/src/model.js';
import { CONDUCT_FACTS as ENGINE_FACTS } from '../../src/case/vocabulary.js';
import { parseCase } from '../../src/case/parse.js';
import { assess } from '../../src/engine/assess.js';
import { missingFacts } from '../../src/engine/missingFacts.js';
import { DEFAULT_VIEW, listQuery, sortedBy, viewFromSearch, viewSearch } from '../../web/src/deskQuery.js';
import { defaultTitle, editCase, fieldOfPointer, fromCase } from '../../web/src/caseFile.js';
import { pointerWords, valueWords } from '../../web/src/ui/desk/fieldWords.js';
import { ROOT } from './support.js';

const keys = Object.keys(en).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

describe('messages', () => {
  test('every locale has exactly the English keys, none empty, with the same placeholders', () => {
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      expect(Object.keys(messages).sort(), lang).toEqual(keys);
      for (const k of keys) {
        const text = messages[k as MessageKey];
        expect(text.trim().length, `${lang} ${k}`).toBeGreaterThan(0);
        expect(placeholders(text), `${lang} ${k}`).toBe(placeholders(en[k as MessageKey]));
      }
    }
  });

  test('every key the components use exists, and every value of the vocabularies has its label', () => {
    const dir = join(ROOT, 'web/src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/\bt\(\s*'([a-zA-Z_.-]+)'/g)) used.add(m[1]!);
    for (const k of used) expect(keys, `t('${k}')`).toContain(k);
    const families: [string, readonly string[]][] = [
      ['what', WHAT], ['instrument', INSTRUMENTS], ['kind', TX_KINDS], ['auth', AUTH_METHODS], ['fact', CONDUCT_FACTS],
      ['evidence', EVIDENCE], ['vulnerability', VULNERABILITY], ['proceedings', PROCEEDINGS], ['status', ['draft', 'open', 'claimed', 'mediation', 'closed']],
      ['jurisdiction', ['FR', 'BE']], ['letter', ['claim', 'formal-notice', 'mediator', 'checklist']],
    ];
    for (const [prefix, values] of families) for (const v of values) expect(keys, `${prefix}.${v}`).toContain(`${prefix}.${v}`);
    for (const s of BASE_STEPS) expect(keys, `q.${s}.title`).toContain(`q.${s}.title`);
    for (const s of BASE_STEPS) expect(keys, `q.${s}.help`).toContain(`q.${s}.help`);
  });

  test('the conduct facts are the engine’s', () => {
    expect([...CONDUCT_FACTS].sort()).toEqual([...ENGINE_FACTS].sort());
  });

  test('placeholders are filled; the language comes from the choice, then the browser', () => {
    expect(translate('fr', 'progress', { n: 3, total: 20 })).toBe('Question 3 sur environ 20');
    expect(translate('nl', 'tx.heading', { n: 2 })).toBe('Verrichting 2');
    expect(detectLang(null, ['nl-BE', 'fr'])).toBe('nl');
    expect(detectLang('en', ['nl-BE'])).toBe('en');
    expect(detectLang(null, ['de-DE'])).toBe('fr');
  });
});

describe('money and dates', () => {
  test('amounts are formatted from the decimal string, per locale', () => {
    expect(formatMoney('3088.00', 'fr', 'BE')).toBe('3\u202f088,00\u00a0€');
    expect(formatMoney('3088.00', 'fr', 'FR')).toBe('3\u202f088,00\u00a0€');
    expect(formatMoney('3088.00', 'nl', 'BE')).toBe('€\u00a03.088,00');
    expect(formatMoney('3088.00', 'en')).toBe('€3,088.00');
    expect(formatMoney('12345678901234.57', 'en')).toBe('€12,345,678,901,234.57');
  });

  test('sums are exact (BigInt cents)', () => {
    expect(sum(['0.10', '0.20'])).toBe('0.30');
    expect(sum(['505.00', '500.00', '77.00', ...Array(7).fill('308.00')])).toBe('3238.00');
    expect(toCents('-12.5')).toBe(-1250n);
  });

  test('typed amounts in French, Belgian and English notation', () => {
    expect(normaliseAmount('505,00')).toBe('505.00');
    expect(normaliseAmount('1.234,56')).toBe('1234.56');
    expect(normaliseAmount('1,234.56')).toBe('1234.56');
    expect(normaliseAmount('1 234,56 €')).toBe('1234.56');
    expect(normaliseAmount('-500,00')).toBe('500.00');
    expect(normaliseAmount('77')).toBe('77.00');
    expect(normaliseAmount('1.234')).toBe('1234.00');
    expect(normaliseAmount('abc')).toBeNull();
    expect(normaliseAmount('12,345')).toBe('12345.00');
  });

  test('dates and times as typed, with the legal time zone’s offset', () => {
    expect(parseUserDate('22/04/2013')).toBe('2013-04-22');
    expect(parseUserDate('2013-04-22')).toBe('2013-04-22');
    expect(parseUserDate('31/02/2013')).toBeNull();
    expect(parseUserTime('17h43')).toBe('17:43');
    expect(parseUserTime('9:05')).toBe('09:05');
    expect(parseUserTime('25:00')).toBeNull();
    expect(offsetAt('2013-04-22', '17:43', 'Europe/Brussels')).toBe('+02:00');
    expect(offsetAt('2013-12-22', '17:43', 'Europe/Paris')).toBe('+01:00');
    expect(caseDate('22/04/2013', '17:43', '18:05', 'BE')).toBe('2013-04-22T17:43+02:00/2013-04-22T18:05+02:00');
    expect(caseDate('22/04/2013', '', '', 'BE')).toBe('2013-04-22');
    expect(caseDate('', '10:00', '', 'FR')).toBeNull();
  });
});

describe('statements pasted', () => {
  test('copied lines: date, label, amount', () => {
    const lines = parseStatement('22/04/2013 RETRAIT BANCONTACT 505,00\n22/04/2013 PAIEMENT CARTE DELHAIZE 77,00\nsolde 1.234,00\n\n23.04.13 ACHAT INTERNET AMAZON.FR 1.299,99 EUR');
    expect(lines.map((l) => [l.date, l.amount, l.label, l.kind])).toEqual([
      ['2013-04-22', '505.00', 'RETRAIT BANCONTACT', 'atm_withdrawal'],
      ['2013-04-22', '77.00', 'PAIEMENT CARTE DELHAIZE', 'card_payment'],
      ['2013-04-23', '1299.99', 'ACHAT INTERNET AMAZON.FR', 'online_card_payment'],
    ]);
  });

  test('CSV with ; and a header, CSV with , and quotes', () => {
    const semi = parseStatement('Date;Libellé;Montant;Devise\n22/04/2013;RETRAIT BANCONTACT BRUXELLES;-500,00;EUR\n23/04/2013;PAIEMENT MAESTRO;-1.020,50;EUR');
    expect(semi.map((l) => [l.date, l.amount, l.label])).toEqual([
      ['2013-04-22', '500.00', 'RETRAIT BANCONTACT BRUXELLES'],
      ['2013-04-23', '1020.50', 'PAIEMENT MAESTRO'],
    ]);
    const comma = parseStatement('"Datum","Omschrijving","Bedrag"\n"2023-05-02","Betaling Bancontact, Gent","-45.90"\n"2023-05-03","Geldopneming","-200.00"');
    expect(comma.map((l) => [l.date, l.amount, l.label, l.kind])).toEqual([
      ['2023-05-02', '45.90', 'Betaling Bancontact, Gent', 'card_payment'],
      ['2023-05-03', '200.00', 'Geldopneming', 'atm_withdrawal'],
    ]);
  });

  test('a time on the line is kept; lines without a date or amount are skipped', () => {
    const [l] = parseStatement('05/11/2025 14:32 VIREMENT INSTANTANE M. X   1 500,00');
    expect(l).toMatchObject({ date: '2025-11-05', time: '14:32', amount: '1500.00', label: 'VIREMENT INSTANTANE M. X', kind: 'transfer' });
    expect(parseStatement('no date here 12,00\n22/04/2013 nothing')).toEqual([]);
    expect(guessKind('PAIEMENT SANS CONTACT')).toBe('contactless');
  });
});

describe('statement lines: a number at the end of the label is not a thousands group', () => {
  const read = (text: string) => parseStatement(text).map((l) => [l.date, l.amount, l.label]);

  test('"MAGASIN 2 308,00" on a line with one amount column is 308,00 at "MAGASIN 2"', () => {
    expect(read('22/04/2013 PAIEMENT CARTE MAGASIN 2 308,00')).toEqual([['2013-04-22', '308.00', 'PAIEMENT CARTE MAGASIN 2']]);
    expect(read('22/04/2013 ACHAT CB PARIS 19 308,00')).toEqual([['2013-04-22', '308.00', 'ACHAT CB PARIS 19']]);
    expect(read('22/04/2013 CARTE 4971 2 308,00')).toEqual([['2013-04-22', '308.00', 'CARTE 4971 2']]);
    // Ambiguous with a plain space after a word: the label keeps the lone number.
    expect(read('05/11/2025 VIREMENT M. X 1 500,00')).toEqual([['2025-11-05', '500.00', 'VIREMENT M. X 1']]);
    // Not after a word (start of the line, a column gap, a sign, EUR), or a group no amount starts with: joined.
    expect(read('22/04/2013 1 234,56 VIREMENT SEPA')).toEqual([['2013-04-22', '1234.56', 'VIREMENT SEPA']]);
    expect(read('23/04/2013 VIREMENT SEPA   1 234,56')).toEqual([['2013-04-23', '1234.56', 'VIREMENT SEPA']]);
    expect(read('22/04/2013 PAIEMENT MAGASIN 12 050,00')).toEqual([['2013-04-22', '12050.00', 'PAIEMENT MAGASIN']]);
    expect(read('22/04/2013 ACHAT 1 234 567,89 EUR')).toEqual([['2013-04-22', '1234567.89', 'ACHAT']]);
    // Only a group of exactly 3 digits joins.
    expect(read('22/04/2013 CB CARREFOUR 75 PARIS 19 45,90')).toEqual([['2013-04-22', '45.90', 'CB CARREFOUR 75 PARIS 19']]);
  });

  test('real-looking French and Belgian lines: dd/mm/yyyy and dd-mm-yy, signs, EUR, thousands', () => {
    const text = [
      '22/04/2013 RETRAIT BANCONTACT BRUXELLES -505,00',
      '22-04-13 RETRAIT DAB AGENCE LOUISE 505,00-',
      '22/04/2013 PAIEMENT MAESTRO DELHAIZE EUR 77,00',
      '23/04/2013 ACHAT CB FNAC PARIS 1.234,56',
      '23-04-13 PAIEMENT CARTE MEDIA MARKT 1\u00a0234,56 EUR',
      '24/04/2013 PRELEVEMENT SEPA FREE MOBILE - 19,99',
      '24/04/2013 25/04/2013 PAIEMENT SANS CONTACT INNO 308,00',
      '25/04/2013 CARD PAYMENT LONDON GBP 1,234.56',
      'SOLDE AU 25/04/2013 : 12 345,67',
    ].join('\n');
    const lines = parseStatement(text);
    expect(lines.map((l) => [l.date, l.amount, l.label, l.kind])).toEqual([
      ['2013-04-22', '505.00', 'RETRAIT BANCONTACT BRUXELLES', 'atm_withdrawal'],
      ['2013-04-22', '505.00', 'RETRAIT DAB AGENCE LOUISE', 'atm_withdrawal'],
      ['2013-04-22', '77.00', 'PAIEMENT MAESTRO DELHAIZE', 'card_payment'],
      ['2013-04-23', '1234.56', 'ACHAT CB FNAC PARIS', 'card_payment'],
      ['2013-04-23', '1234.56', 'PAIEMENT CARTE MEDIA MARKT', 'card_payment'],
      ['2013-04-24', '19.99', 'PRELEVEMENT SEPA FREE MOBILE', 'direct_debit'],
      ['2013-04-24', '308.00', 'PAIEMENT SANS CONTACT INNO', 'contactless'],
      ['2013-04-25', '1234.56', 'CARD PAYMENT LONDON GBP', 'card_payment'],
    ]);
  });

  test('a line with the balance after the amount: the amount, not the balance; balance lines are not operations', () => {
    expect(read('22/04/2013 RETRAIT DAB LOUISE 505,00 1 234,56')).toEqual([['2013-04-22', '505.00', 'RETRAIT DAB LOUISE']]);
    expect(read('22/04/2013 PAIEMENT CARTE DELHAIZE 77,00 EUR 1.157,56 EUR')).toEqual([['2013-04-22', '77.00', 'PAIEMENT CARTE DELHAIZE']]);
    // A signed amount is the debit wherever it stands.
    expect(read('22/04/2013 ACHAT CB 3.402,10 -1.299,99')).toEqual([['2013-04-22', '1299.99', 'ACHAT CB']]);
    expect(read('SOLDE AU 25/04/2013 : 12 345,67\n25/04/2013 Nouveau solde 12 345,67\n25/04/2013 Saldo 1.234,56')).toEqual([]);
  });
});

const tx = (id: string, instrument: string, amount: string, kind: TxAnswer['kind'], authentication: TxAnswer['authentication']): TxAnswer => ({
  id, date: '22/04/2013', time: '17:43', until: '18:05', amount, label: '', kind, instrument, authentication, outsideEea: null,
});

function ombudsfin(): Answers {
  return {
    ...emptyAnswers(),
    jurisdiction: 'BE', what: 'theft', payerKind: 'consumer', incidentDate: '22/04/2013', incidentTime: '17:30',
    instruments: ['debit_card', 'credit_card'], noticedDate: '22/04/2013', noticedTime: '17:30', noticedUntil: '18:41',
    blocked: 'yes', blockedDate: '22/04/2013', blockedTime: '18:41',
    transactions: [
      tx('t1', 'credit', '505.00', 'atm_withdrawal', 'pin'), tx('t2', 'debit', '500.00', 'atm_withdrawal', 'pin'), tx('t3', 'credit', '77.00', 'card_payment', 'unknown'),
      ...[4, 5, 6, 7, 8, 9, 10].map((n) => tx(`t${n}`, 'credit', '308.00', 'card_payment', 'unknown')),
    ],
    bankSays: ['pin_written_with_card', 'same_pin_multiple_cards', 'pin_easily_guessable'],
    reply: {}, circumstances: { pin_shoulder_surfed: 'yes' }, complaint: 'written', complaintDate: '24/04/2013',
  };
}

describe('answers → case file → engine', () => {
  test('Ombudsfin 2013.1876 as answered in the questionnaire: a valid case, 3 088,00 € due', () => {
    const file = toCase(ombudsfin());
    const parsed = parseCase(file);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    if (!parsed.ok) return;
    const a = assess(parsed.value, { asOf: '2014-03-18' });
    expect(a.totals).toEqual({ disputed: '3238.00', payer_bears: '150.00', refund_due: '3088.00' });
    expect(file).toMatchObject({
      jurisdiction: 'BE',
      incident: { kind: 'theft', at: '2013-04-22T17:30+02:00', noticed_at: '2013-04-22T17:30+02:00/2013-04-22T18:41+02:00', payer_kept_instrument: false },
      notification: { at: '2013-04-22T18:41+02:00' },
    });
    // The engine's questions: what still matters, largest swing first.
    const questions = missingFacts(parsed.value).map((m) => m.question);
    expect(questions[0]).toBe('conduct.pin_written_with_card');
  });

  test('answers to the engine’s questions fill the case; "I don’t know" leaves the fact open', () => {
    const a = ombudsfin();
    a.engine = { 'conduct.pin_written_with_card': 'proven', authentication_proven: 'unknown', notification_means_available: 'true' };
    const file = toCase(a) as { conduct: { fact: string; status: string }[]; evidence: Record<string, unknown>; psp: Record<string, unknown> };
    expect(file.conduct.find((c) => c.fact === 'pin_written_with_card')!.status).toBe('proven');
    expect(file.conduct.find((c) => c.fact === 'pin_shoulder_surfed')!.status).toBe('admitted');
    expect(file.evidence.authentication_proven).toBeNull();
    expect(file.psp.notification_means_available).toBe(true);
    const parsed = parseCase(file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(assess(parsed.value, { asOf: '2014-03-18' }).totals.refund_due).toBe('0.00');
  });

  test('steps: the base questions, the engine’s (answered first), the summary; required answers are checked', () => {
    const a = { ...emptyAnswers(), engine: { sca: 'true' }, engineOrder: ['sca'] };
    const steps = allSteps(a, [{ pointer: '/x', question: 'authentication', text: '', answers: [], swing: '0.00' }]);
    expect(steps.slice(-3)).toEqual(['engine:sca', 'engine:authentication', 'review']);
    expect(validate('what', a)).toEqual([{ field: 'what', message: 'error.required' }]);
    expect(validate('transactions', a)).toEqual([{ field: 'transactions', message: 'error.noTransactions' }]);
    expect(validate('transactions', ombudsfin())).toEqual([]);
    expect(validate('incident', { ...a, incidentDate: '22/04/2013', incidentTime: '99:00' })).toEqual([{ field: 'incidentTime', message: 'error.time' }]);
  });

  test('a card still in hand and a phishing message map to the case-file vocabulary', () => {
    const kept = toCase({ ...ombudsfin(), what: 'card_in_hand' }) as { incident: { kind: string; payer_kept_instrument: boolean | null } };
    expect(kept.incident).toMatchObject({ kind: 'data_compromise', payer_kept_instrument: true });
    const phish = toCase({ ...ombudsfin(), what: 'phishing', blocked: 'no' }) as { incident: { kind: string; payer_kept_instrument: boolean | null }; notification: unknown };
    expect(phish.incident).toMatchObject({ kind: 'phishing', payer_kept_instrument: null });
    expect(phish.notification).toBeNull();
    expect(parseCase(phish).ok).toBe(true);
  });
});

describe('desk view in the address', () => {
  test('round trip, only what differs from the default, other parameters kept, junk ignored', () => {
    const v = { ...DEFAULT_VIEW, status: 'open', q: 'courrier', deadlineBefore: '2027-01-31', archived: true, sort: 'refund_due' as const, dir: 'desc' as const };
    const search = viewSearch(v, '?lang=nl');
    expect(search).toBe('?lang=nl&status=open&q=courrier&deadline_before=2027-01-31&archived=true&sort=-refund_due');
    expect(viewFromSearch(search, ['open', 'closed'])).toEqual(v);
    expect(viewSearch(DEFAULT_VIEW, '')).toBe('');
    expect(viewFromSearch('?status=king&jurisdiction=NL&deadline_before=31/01/2027&sort=-password&archived=yes', ['open'])).toEqual(DEFAULT_VIEW);
  });
});

describe('desk list query', () => {
  test('filters, active/archived, sort and the cursor of the next page', () => {
    expect(listQuery(DEFAULT_VIEW, null)).toBe('sort=next_deadline&limit=50');
    const v = { ...DEFAULT_VIEW, status: 'draft', jurisdiction: 'BE', q: ' Delhaize ', deadlineBefore: '2027-01-31', archived: true };
    expect([...new URLSearchParams(listQuery(v, 'bzo1MA'))]).toEqual([
      ['status', 'draft'], ['jurisdiction', 'BE'], ['q', 'Delhaize'], ['deadline_before', '2027-01-31'], ['archived', 'true'], ['sort', 'next_deadline'], ['limit', '50'], ['cursor', 'bzo1MA'],
    ]);
  });

  test('a header pressed twice flips; another column starts with its own direction', () => {
    const byAmount = sortedBy(DEFAULT_VIEW, 'refund_due');
    expect([byAmount.sort, byAmount.dir]).toEqual(['refund_due', 'desc']);
    expect(sortedBy(byAmount, 'refund_due').dir).toBe('asc');
    expect(listQuery(byAmount, null)).toBe('sort=-refund_due&limit=50');
    expect(sortedBy(byAmount, 'title').dir).toBe('asc');
    expect(sortedBy(DEFAULT_VIEW, 'next_deadline').dir).toBe('desc');
  });
});

describe('desk case form ↔ case file', () => {
  const example = () => JSON.parse(readFileSync(join(ROOT, 'examples/be-ombudsfin-2013-1876.case.json'), 'utf8'));
  test('a stored file read into the form and saved unchanged is the same file', () => {
    const c = example();
    expect(editCase(c, fromCase(c))).toEqual(c);
  });
  test('a field changed in the form changes only that field; a denial is recorded as denied', () => {
    const c = example();
    const a = fromCase(c);
    a.transactions[0]!.amount = '600.00';
    a.reply.pin_written_with_card = 'denied';
    const edited = editCase(c, a) as typeof c;
    expect(edited.transactions[0].amount).toBe('600.00');
    expect(edited.conduct.find((k: { fact: string }) => k.fact === 'pin_written_with_card').status).toBe('denied');
    expect({ ...edited, transactions: c.transactions, conduct: c.conduct }).toEqual(c);
    expect(parseCase(edited).ok).toBe(true);
  });
  test('the API’s pointers go to the form’s fields; the others are named in words', () => {
    expect(fieldOfPointer('/case/transactions/2/amount')).toBe('tx-2-amount');
    expect(fieldOfPointer('/case/incident/at')).toBe('incidentDate');
    expect(fieldOfPointer('/case/notification/at')).toBe('blockedDate');
    expect(fieldOfPointer('/case/as_of')).toBeNull();
    const t = (k: MessageKey, v?: Record<string, string | number>) => translate('fr', k, v);
    expect(pointerWords('/case/transactions/1/amount', t)).toBe('Opération 2 : Montant en euros');
    expect(pointerWords('/case/as_of', t)).toBe('Date de l’évaluation');
    expect(valueWords('2013-04-22T17:43+02:00', '/case/transactions/0/at', { t, lang: 'fr' })).toBe('22/04/2013 17:43');
    expect(valueWords('denied', '/case/conduct/0/status', { t, lang: 'fr' })).toBe('Le titulaire le conteste');
  });
  test('a new case is titled holder – bank – date', () => {
    expect(defaultTitle({ ...emptyAnswers(), holderName: 'A. B', bankName: 'KBC', incidentDate: '12/05/2024' }, 'nl')).toBe('A. B – KBC – 12/05/2024');
  });
});

describe('the questionnaire’s dates, times and facts', () => {
  test('a month or a year is kept as such; 8u10 and 8h10 are times', () => {
    for (const s of ['03/2025', '3/2025', 'mars 2025', 'maart 2025', 'March 2025', '2025-03', 'MARS 2025']) expect(parseFactDate(s), s).toBe('2025-03');
    expect(parseFactDate('2025')).toBe('2025');
    expect(parseFactDate('22 avril 2013')).toBe('2013-04-22');
    expect(parseFactDate('13/2025')).toBeNull();
    expect(parseFactDate('février')).toBeNull();
    expect(parseUserTime('8u10')).toBe('08:10');
    expect(parseUserTime('8h10')).toBe('08:10');
    expect(parseUserTime('08:10')).toBe('08:10');
    expect(caseDate('03/2025', '', undefined, 'FR')).toBe('2025-03');
    expect(caseDate('12-05-2024', '8u10', undefined, 'BE')).toBe('2024-05-12T08:10+02:00');
    // A time with only a month is refused next to the field, not silently dropped.
    expect(validate('incident', { ...emptyAnswers(), incidentDate: '03/2025', incidentTime: '8u10' })).toEqual([{ field: 'incidentTime', message: 'error.timeNeedsDay' }]);
  });

  test('accusations, denials and the holder’s own account; the bank’s answer and grounds; the parties for the letters', () => {
    const a: Answers = {
      ...ombudsfin(), what: 'impersonation', jurisdiction: 'FR', bankSays: ['otp_disclosed', 'pin_written_with_card'], reply: { otp_disclosed: 'admitted', pin_written_with_card: 'denied' },
      circumstances: { caller_id_spoofed: 'yes', code_message_warned: 'no', victim_initiated_contact: 'unknown' },
      bankGrounds: ['gross_negligence'], bankAnswer: 'refused', answeredOn: '03/2025', vulnerability: ['age'],
      holderName: 'A. Titulaire', holderAddress: '1 rue de la Paix\n75002 Paris', account: 'FR76 3000 6000 0112 3456 7890 189', card: '4970 1000 0000 1234',
    };
    const file = toCase(a) as { conduct: unknown[]; complaint: Record<string, unknown>; parties: Record<string, unknown>; payer: Record<string, unknown> };
    expect(file.conduct).toEqual([
      { fact: 'pin_written_with_card', status: 'denied' }, { fact: 'otp_disclosed', status: 'admitted' },
      { fact: 'caller_id_spoofed', status: 'admitted' }, { fact: 'code_message_warned', status: 'denied' },
    ]);
    expect(file.complaint).toEqual({ received_on: '2013-04-24', written: true, answer: 'refused', answered_on: '2025-03', refusal_grounds: ['gross_negligence'] });
    expect(file.parties).toMatchObject({ holder: { name: 'A. Titulaire', address: ['1 rue de la Paix', '75002 Paris'] }, account: 'FR76 3000 6000 0112 3456 7890 189' });
    expect(file.payer.vulnerable).toBe(true);
    const parsed = parseCase(file);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    // And back: the desk shows the same answers.
    const back = fromCase(file as never);
    expect(back.reply).toEqual({ pin_written_with_card: 'denied', otp_disclosed: 'admitted' });
    expect(back.circumstances).toEqual({ caller_id_spoofed: 'yes', code_message_warned: 'no' });
    expect(back.answeredOn).toBe('03/2025');
  });

  test('not noticing the loss before the payments leaves detectability open; online banking defaults to transfers', () => {
    const a = { ...ombudsfin(), engine: { detectable_before_payment: 'not_noticed' } };
    expect((toCase(a) as { incident: { detectable_before_payment: unknown } }).incident.detectable_before_payment).toBeNull();
    expect((toCase({ ...a, engine: { detectable_before_payment: 'true' } }) as { incident: { detectable_before_payment: unknown } }).incident.detectable_before_payment).toBe(true);
    expect(defaultKind({ ...emptyAnswers(), what: 'impersonation' }, 'online')).toBe('transfer');
    expect(defaultKind({ ...emptyAnswers(), what: 'theft' }, 'debit')).toBe('card_payment');
  });
});
