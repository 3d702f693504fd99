/**
 * Refusals of a case file: every one names the field as a JSON pointer, says what is wrong and
 * what is expected, in French, Dutch or English.
 */
import type { z } from 'zod';

export type ErrorLang = 'fr' | 'nl' | 'en';

export interface CaseError {
  /** JSON pointer (RFC 6901) to the field, "" for the whole file. */
  pointer: string;
  code: string;
  message: string;
  expected?: string;
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

type Msg = (p: Record<string, string>) => string;
/** Every language must have every key: a missing or extra one does not compile. */
const catalogue = <K extends string>(c: Record<ErrorLang, Record<K, Msg>>): Record<ErrorLang, Record<string, Msg | undefined>> => c;

const MESSAGES = catalogue({
  en: {
    required: () => 'is missing',
    type: (p) => `has the wrong type (${p.received})`,
    enum: (p) => `"${p.received}" is not an accepted value`,
    literal: (p) => `is "${p.received}"`,
    unknown_key: (p) => `is not a field of recours.case/1 (${p.keys})`,
    too_small: () => 'is empty',
    too_big: () => 'is too long',
    date_format: (p) => `"${p.received}" is not a legal date`,
    date_calendar: (p) => `"${p.received}" is not a date of the calendar`,
    date_order: (p) => `the interval "${p.received}" ends before it starts`,
    date_range: (p) => `"${p.received}" is outside the years recours handles`,
    full_date: (p) => `"${p.received}" is not a full date`,
    amount: (p) => `"${p.received}" is not an amount in euros`,
    amount_zero: () => 'is zero',
    amount_total: (p) => `brings the case's amounts over ${p.max} EUR`,
    duplicate_id: (p) => `"${p.value}" is used twice`,
    unknown_instrument: (p) => `"${p.value}" names no instrument of /instruments`,
    order_contradicts_dates: (p) => `says ${p.value} but the dates show the operation came ${p.actual} the notification`,
    before_operation: (p) => `"${p.received}" is before the operation (${p.value})`,
    json: (p) => `is not valid JSON (${p.detail})`,
    not_object: () => 'is not a JSON object',
    path_forbidden: (p) => `"${p.received}" names no field of the case file: it cannot be changed`,
    path_no_entry: (p) => `"${p.received}" names no entry of the list`,
    invalid: () => 'is not valid',
  },
  fr: {
    required: () => 'est absent',
    type: (p) => `n'a pas le bon type (${p.received})`,
    enum: (p) => `« ${p.received} » n'est pas une valeur admise`,
    literal: (p) => `vaut « ${p.received} »`,
    unknown_key: (p) => `n'est pas un champ de recours.case/1 (${p.keys})`,
    too_small: () => 'est vide',
    too_big: () => 'est trop long',
    date_format: (p) => `« ${p.received} » n'est pas une date légale`,
    date_calendar: (p) => `« ${p.received} » n'est pas une date du calendrier`,
    date_order: (p) => `l'intervalle « ${p.received} » finit avant de commencer`,
    date_range: (p) => `« ${p.received} » est hors des années que traite recours`,
    full_date: (p) => `« ${p.received} » n'est pas une date complète`,
    amount: (p) => `« ${p.received} » n'est pas un montant en euros`,
    amount_zero: () => 'est nul',
    amount_total: (p) => `porte le total des montants du dossier au-delà de ${p.max} EUR`,
    duplicate_id: (p) => `« ${p.value} » est employé deux fois`,
    unknown_instrument: (p) => `« ${p.value} » ne désigne aucun instrument de /instruments`,
    order_contradicts_dates: (p) =>
      `vaut ${p.value} alors que les dates montrent que l'opération est ${p.actual === 'after' ? 'postérieure' : 'antérieure'} à la notification`,
    before_operation: (p) => `« ${p.received} » précède l'opération (${p.value})`,
    json: (p) => `n'est pas du JSON valide (${p.detail})`,
    not_object: () => "n'est pas un objet JSON",
    path_forbidden: (p) => `« ${p.received} » ne désigne aucun champ du dossier : il ne peut pas être modifié`,
    path_no_entry: (p) => `« ${p.received} » ne désigne aucune entrée de la liste`,
    invalid: () => "n'est pas valide",
  },
  nl: {
    required: () => 'ontbreekt',
    type: (p) => `heeft het verkeerde type (${p.received})`,
    enum: (p) => `"${p.received}" is geen toegelaten waarde`,
    literal: (p) => `is "${p.received}"`,
    unknown_key: (p) => `is geen veld van recours.case/1 (${p.keys})`,
    too_small: () => 'is leeg',
    too_big: () => 'is te lang',
    date_format: (p) => `"${p.received}" is geen geldige datum`,
    date_calendar: (p) => `"${p.received}" bestaat niet in de kalender`,
    date_order: (p) => `het interval "${p.received}" eindigt voordat het begint`,
    date_range: (p) => `"${p.received}" valt buiten de jaren die recours behandelt`,
    full_date: (p) => `"${p.received}" is geen volledige datum`,
    amount: (p) => `"${p.received}" is geen bedrag in euro`,
    amount_zero: () => 'is nul',
    amount_total: (p) => `brengt het totaal van de bedragen van het dossier boven ${p.max} EUR`,
    duplicate_id: (p) => `"${p.value}" wordt twee keer gebruikt`,
    unknown_instrument: (p) => `"${p.value}" verwijst naar geen enkel instrument van /instruments`,
    order_contradicts_dates: (p) =>
      `zegt ${p.value}, maar volgens de datums vond de verrichting ${p.actual === 'after' ? 'na' : 'vóór'} de blokkering plaats`,
    before_operation: (p) => `"${p.received}" ligt vóór de verrichting (${p.value})`,
    json: (p) => `is geen geldige JSON (${p.detail})`,
    not_object: () => 'is geen JSON-object',
    path_forbidden: (p) => `"${p.received}" verwijst naar geen veld van het dossier: het kan niet gewijzigd worden`,
    path_no_entry: (p) => `"${p.received}" verwijst naar geen element van de lijst`,
    invalid: () => 'is niet geldig',
  },
});

const EXPECTED = catalogue({
  en: {
    date: () => 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm±hh:mm, or start/end with start ≤ end',
    full_date: () => 'a date YYYY-MM-DD',
    date_range: () => 'a date from 1990 to 2100',
    amount: () => 'a positive decimal string with at most two decimals, e.g. "505.00"',
    amount_total: (p) => `amounts that add up to at most ${p.max} EUR for the case`,
    unique: () => 'an id used once',
    order: () => 'a value that agrees with the dates, or null',
    type: (p) => p.expected ?? '',
    one_of: (p) => `one of: ${p.values}`,
    non_empty: () => 'at least one entry',
    at_most: (p) => `at most ${p.max} characters or entries`,
    no_key: () => 'only the fields of ../shared/spec/case-file.md and the recours extensions',
    instrument: (p) => `one of: ${p.expected}`,
    json: () => 'a recours.case/1 JSON document',
    path: () => 'a JSON pointer or dotted path to a field of the case file, e.g. /notification/at or transactions.0.sca',
    after_operation: () => 'a date on or after the operation',
  },
  fr: {
    date: () => 'AAAA, AAAA-MM, AAAA-MM-JJ, AAAA-MM-JJThh:mm±hh:mm, ou début/fin avec début ≤ fin',
    full_date: () => 'une date AAAA-MM-JJ',
    date_range: () => 'une date de 1990 à 2100',
    amount: () => 'un montant positif en chaîne décimale, deux décimales au plus, par ex. "505.00"',
    amount_total: (p) => `des montants dont le total pour le dossier ne dépasse pas ${p.max} EUR`,
    unique: () => 'un identifiant employé une seule fois',
    order: () => 'une valeur conforme aux dates, ou null',
    type: (p) => p.expected ?? '',
    one_of: (p) => `l'une des valeurs : ${p.values}`,
    non_empty: () => 'au moins une entrée',
    at_most: (p) => `au plus ${p.max} caractères ou entrées`,
    no_key: () => 'les seuls champs de ../shared/spec/case-file.md et les extensions de recours',
    instrument: (p) => `l'un de : ${p.expected}`,
    json: () => 'un document JSON recours.case/1',
    path: () => 'un pointeur JSON ou un chemin pointé vers un champ du dossier, par ex. /notification/at ou transactions.0.sca',
    after_operation: () => "une date égale ou postérieure à l'opération",
  },
  nl: {
    date: () => 'JJJJ, JJJJ-MM, JJJJ-MM-DD, JJJJ-MM-DDThh:mm±hh:mm, of begin/einde met begin ≤ einde',
    full_date: () => 'een datum JJJJ-MM-DD',
    date_range: () => 'een datum van 1990 tot en met 2100',
    amount: () => 'een positief bedrag als decimale tekst, hoogstens twee decimalen, bv. "505.00"',
    amount_total: (p) => `bedragen die voor het dossier samen hoogstens ${p.max} EUR bedragen`,
    unique: () => 'een id dat maar één keer gebruikt wordt',
    order: () => 'een waarde die met de datums overeenstemt, of null',
    type: (p) => p.expected ?? '',
    one_of: (p) => `een van: ${p.values}`,
    non_empty: () => 'minstens één element',
    at_most: (p) => `hoogstens ${p.max} tekens of elementen`,
    no_key: () => 'enkel de velden van ../shared/spec/case-file.md en de uitbreidingen van recours',
    instrument: (p) => `een van: ${p.expected}`,
    json: () => 'een JSON-document recours.case/1',
    path: () => 'een JSON-pointer of pad met punten naar een veld van het dossier, bv. /notification/at of transactions.0.sca',
    after_operation: () => 'een datum op of na de verrichting',
  },
});

export function caseError(
  lang: ErrorLang, pointer: string, code: string, expectedKey: string | null, params: Record<string, string> = {},
): CaseError {
  const message = (MESSAGES[lang][code] ?? MESSAGES[lang].invalid!)(params);
  const expected = expectedKey ? EXPECTED[lang][expectedKey]?.(params) : undefined;
  return expected ? { pointer, code, message, expected } : { pointer, code, message };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'absent';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return v.length > 60 ? v.slice(0, 57) + '…' : v;
  return typeof v === 'object' ? 'object' : String(v);
}

/** One CaseError per zod issue, all of them, in input order. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, lang: ErrorLang): CaseError[] {
  const out: CaseError[] = [];
  for (const issue of issues) {
    const pointer = toPointer(issue.path);
    const received = valueAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        out.push(received === undefined
          ? caseError(lang, pointer, 'required', 'type', { expected: String(issue.expected) })
          : caseError(lang, pointer, 'type', 'type', { expected: String(issue.expected), received: typeof received === 'object' ? describe(received) : typeof received }));
        break;
      case 'invalid_value':
        out.push(received === undefined
          ? caseError(lang, pointer, 'required', 'one_of', { values: issue.values.map(String).join(', ') })
          : issue.values.length === 1
          ? caseError(lang, pointer, 'literal', 'one_of', { received: describe(received), values: issue.values.map(String).join(', ') })
          : caseError(lang, pointer, 'enum', 'one_of', { received: describe(received), values: issue.values.map(String).join(', ') }));
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys)
          out.push(caseError(lang, toPointer([...issue.path, key]), 'unknown_key', 'no_key', { keys: key }));
        break;
      case 'too_small':
        out.push(caseError(lang, pointer, 'too_small', 'non_empty'));
        break;
      case 'too_big':
        out.push(caseError(lang, pointer, 'too_big', 'at_most', { max: String(issue.maximum) }));
        break;
      case 'invalid_union':
        out.push(caseError(lang, pointer, 'amount', 'amount', { received: describe(received) }));
        break;
      case 'custom': {
        const params = (issue.params ?? {}) as Record<string, string>;
        const code = params.recours ?? 'invalid';
        const expectedKey = code === 'date_range' ? 'date_range' : code.startsWith('date_') ? 'date' : code === 'duplicate_id' ? 'unique'
          : code === 'unknown_instrument' ? 'instrument' : code.startsWith('amount') ? 'amount' : code === 'full_date' ? 'full_date' : null;
        out.push(caseError(lang, pointer, code, expectedKey, { ...params, received: describe(received) }));
        break;
      }
      default:
        out.push(caseError(lang, pointer, 'invalid', null));
    }
  }
  return out;
}
