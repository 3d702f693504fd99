/**
 * The `recours` command. Exit codes: 0 success, 2 invalid input (errors on stderr, each naming its
 * field), 1 internal error (never a stack trace unless RECOURS_DEBUG is set).
 */
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { parseCaseText } from '../case/parse.js';
import { isFullDate } from '../case/legalDate.js';
import { caseJsonSchema } from '../case/schema.js';
import { assess, ENGINE_VERSION } from '../engine/assess.js';
import { assessmentJsonSchema } from '../engine/types.js';
import { withAssumptions } from '../law/assumptions.js';
import { parseSuppliedRate } from '../interest/legalRate.js';
import { renderReport, renderTimeline } from '../report/render.js';
import { renderMissing, renderPrecedents, renderWhatIfs } from '../report/explore.js';
import type { CaseError, ErrorLang } from '../case/errors.js';
import type { ReportLang } from '../report/messages.js';
import type { Case } from '../case/model.js';
import { CONDUCT_FACTS, type ConductFact } from '../case/vocabulary.js';
import type { Assumptions } from '../law/assumptions.js';
import { missingFacts } from '../engine/missingFacts.js';
import { automaticWhatIfs, whatIf } from '../engine/whatIf.js';
import { searchPrecedents, similarPrecedents } from '../caselaw/search.js';
import { LETTER_KINDS, letterFile, type LetterFormat, type LetterKind, type LetterLang } from '../letters/index.js';
import { writeAtomically } from './writeFile.js';
import { basename, extname } from 'node:path';
import { readFileSync } from 'node:fs';
import { buildDossier, contentMatches, type DossierExhibit } from '../letters/dossier.js';
import type { Assessment } from '../engine/types.js';
import { readInput } from './io.js';
import { today } from '../clock.js';
import { lawListing } from './law.js';
import { BatchInputError, runBatch, summaryText } from '../batch/run.js';
import { ENCODINGS, type Encoding } from '../batch/encoding.js';
import { registerServe, ServeError } from './serve.js';
import { registerAudit } from './audit.js';
import { registerRetention } from './retention.js';

class InputError extends Error {}

const asDate = (v: string): string => {
  if (!isFullDate(v)) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return v;
};
const collect = (v: string, prev: Record<string, string>): Record<string, string> => {
  const i = v.indexOf('=');
  if (i < 1) throw new InvalidArgumentError('expected name=value');
  return { ...prev, [v.slice(0, i)]: v.slice(i + 1) };
};

function write(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

/** Every refusal on stderr, in the report's language: pointer, what is wrong, what is expected. */
function refuse(errors: readonly CaseError[], lang: ErrorLang): void {
  for (const e of errors)
    process.stderr.write(`${e.pointer || '/'}: ${e.message}${e.expected ? ` — ${{ fr: 'attendu', nl: 'verwacht', en: 'expected' }[lang]}: ${e.expected}` : ''}\n`);
  process.exitCode = 2;
}

const jsonOr = (raw: string): unknown => {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
};

/** Reads and validates a case file; on invalid input prints every error and sets exit code 2. */
function caseOf(file: string, opts: { lang: ReportLang; assume: Record<string, string> }): { value: Case; json: unknown; assumptions: Assumptions } | null {
  const assumptions = withAssumptions(opts.assume);
  if (!assumptions.ok) throw new InputError(`--assume ${assumptions.name}: expected ${assumptions.expected}`);
  const input = readInput(file);
  if (!input.ok) throw new InputError(input.message);
  const parsed = parseCaseText(input.text, opts.lang);
  if (!parsed.ok) {
    refuse(parsed.errors, opts.lang);
    return null;
  }
  return { value: parsed.value, json: JSON.parse(input.text), assumptions: assumptions.value };
}

/** Reads, validates and assesses a case file; `--legal-rate` gives legal rates not yet in the tables. */
function assessFile(file: string, opts: { lang: ReportLang; asOf?: string; assume: Record<string, string>; legalRate?: string[] }): Assessment | null {
  const c = caseOf(file, opts);
  if (!c) return null;
  const asOf = opts.asOf ?? c.value.asOf ?? today(c.value.timeZone);
  const legalRates = (opts.legalRate ?? []).map((text) => {
    const r = parseSuppliedRate(c.value.jurisdiction, text);
    if (!r.ok) throw new InputError(`--legal-rate: ${r.problem} — expected: ${r.expected}`);
    return r.value;
  });
  return assess(c.value, { asOf, assumptions: c.assumptions, legalRates });
}

const EXHIBIT_TYPES: Record<string, DossierExhibit['type']> = { '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.txt': 'text/plain' };

/** The documents given with --attach, each checked to be what its extension says. */
async function readExhibits(files: readonly string[]): Promise<DossierExhibit[]> {
  const out: DossierExhibit[] = [];
  for (const f of files) {
    const type = EXHIBIT_TYPES[extname(f).toLowerCase()];
    if (!type) throw new InputError(`${f}: expected a .pdf, .png, .jpg, .jpeg or .txt file`);
    let content: Buffer;
    try {
      content = readFileSync(f);
    } catch {
      const r = readInput(f);
      throw new InputError(r.ok ? `${f}: unreadable` : r.message);
    }
    if (!(await contentMatches(type, content))) throw new InputError(`${f}: the content is not a readable ${type} file`);
    out.push({ name: basename(f), type, content });
  }
  return out;
}

/** Options several commands share. */
const langOption = () => new Option('--lang <lang>', 'language').choices(['fr', 'nl', 'en']).default('en');
const asOfOption = () => new Option('--as-of <date>', "evaluation date (default: the case file's as_of, else today)").argParser(asDate);
const assumeOption = () => new Option('--assume <name=value>', 'switch a named assumption (repeatable; listed by `recours law`)').argParser(collect).default({});
const legalRateOption = () =>
  new Option('--legal-rate <FROM/TO=RATE[,OTHER]>', 'a legal interest rate not yet in the tables, percent per year (repeatable), e.g. 2026-07-01/2026-12-31=6.70,2.60')
    .argParser((v: string, prev: string[] = []) => [...prev, v]);

export function program(): Command {
  const cmd = new Command('recours')
    .description('Who bears an unauthorised payment under French and Belgian law, and why.')
    .version(ENGINE_VERSION)
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .exitOverride();

  cmd
    .command('assess')
    .description('assess a case file (recours.case/1); "-" reads standard input')
    .argument('<case>', 'case file path, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text', 'markdown']).default('json'))
    .addOption(langOption())
    .addOption(asOfOption())
    .addOption(assumeOption())
    .addOption(legalRateOption())
    .action((file: string, opts: { format: 'json' | 'text' | 'markdown'; lang: ReportLang; asOf?: string; assume: Record<string, string>; legalRate?: string[] }) => {
      const assessment = assessFile(file, opts);
      if (!assessment) return;
      write(opts.format === 'json' ? JSON.stringify(assessment, null, 2) : renderReport(assessment, opts.lang, opts.format));
    });

  cmd
    .command('deadlines')
    .description('print the timeline of a case: deadlines and late-refund interest')
    .argument('<case>', 'case file path, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addOption(langOption())
    .addOption(asOfOption())
    .addOption(assumeOption())
    .addOption(legalRateOption())
    .action((file: string, opts: { format: 'json' | 'text'; lang: ReportLang; asOf?: string; assume: Record<string, string>; legalRate?: string[] }) => {
      const assessment = assessFile(file, opts);
      if (!assessment) return;
      write(opts.format === 'json'
        ? JSON.stringify({ as_of: assessment.as_of, deadlines: assessment.deadlines, interest: assessment.interest ?? null, next_steps: assessment.next_steps }, null, 2)
        : renderTimeline(assessment, opts.lang));
    });

  cmd
    .command('missing')
    .description('the unknown facts whose answer could change the result, largest swing first')
    .argument('<case>', 'case file path, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addOption(langOption())
    .addOption(assumeOption())
    .action((file: string, opts: { format: 'json' | 'text'; lang: ReportLang; assume: Record<string, string> }) => {
      const c = caseOf(file, opts);
      if (!c) return;
      const list = missingFacts(c.value, c.assumptions);
      write(opts.format === 'json' ? JSON.stringify(list, null, 2) : renderMissing(list, opts.lang));
    });

  cmd
    .command('whatif')
    .description('the result with facts changed (--set path=value), or every single change that matters')
    .argument('<case>', 'case file path, or - for stdin')
    .option('--set <path=value>', 'a changed fact: JSON pointer or dotted path, JSON value (repeatable)', collect, {})
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addOption(langOption())
    .addOption(asOfOption())
    .addOption(assumeOption())
    .action((file: string, opts: { set: Record<string, string>; format: 'json' | 'text'; lang: ReportLang; asOf?: string; assume: Record<string, string> }) => {
      const c = caseOf(file, opts);
      if (!c) return;
      const options = { lang: opts.lang, assumptions: c.assumptions, asOf: opts.asOf ?? c.value.asOf ?? today(c.value.timeZone) };
      const changes = Object.entries(opts.set).map(([path, raw]) => ({ path, value: jsonOr(raw) }));
      const results = changes.length ? [whatIf(c.json, changes, options)] : automaticWhatIfs(c.json, options);
      const bad = results.find((r) => !r.ok);
      if (bad && !bad.ok) return refuse(bad.in === 'changes' ? bad.errors.map((e) => ({ ...e, pointer: `--set ${changes[Number(e.pointer.split('/')[2])]?.path}` })) : bad.errors, opts.lang);
      const values = results.flatMap((r) => (r.ok ? [r.value] : []));
      write(opts.format === 'json' ? JSON.stringify(changes.length ? values[0] : values, null, 2) : renderWhatIfs(values, opts.lang));
    });

  cmd
    .command('precedents')
    .description('search the decided cases by text and facts, or list those most like a case')
    .argument('[case]', 'case file path, or - for stdin')
    .option('--query <text>', 'full-text search (accents folded; French, Dutch or English)')
    .option('--fact <code>', 'a conduct fact the decisions must treat (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .addOption(new Option('--jurisdiction <code>', 'FR or BE').choices(['FR', 'BE']))
    .option('--limit <n>', 'how many', (v: string) => Number(v), 10)
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addOption(langOption())
    .action((file: string | undefined, opts: { query?: string; fact: string[]; jurisdiction?: 'FR' | 'BE'; limit: number; format: 'json' | 'text'; lang: ReportLang }) => {
      const unknown = opts.fact.filter((f) => !(CONDUCT_FACTS as readonly string[]).includes(f));
      if (unknown.length) throw new InputError(`--fact ${unknown.join(', ')}: expected one of ${CONDUCT_FACTS.join(', ')}`);
      if (!Number.isInteger(opts.limit) || opts.limit < 1) throw new InputError('--limit: expected a positive whole number');
      let list;
      if (file) {
        const c = caseOf(file, { lang: opts.lang, assume: {} });
        if (!c) return;
        list = opts.query || opts.fact.length
          ? searchPrecedents({ query: opts.query, facts: opts.fact as ConductFact[], jurisdiction: opts.jurisdiction ?? c.value.jurisdiction, limit: opts.limit })
          : similarPrecedents(c.value, opts.limit);
      } else list = searchPrecedents({ query: opts.query, facts: opts.fact as ConductFact[], jurisdiction: opts.jurisdiction, limit: opts.limit });
      write(opts.format === 'json' ? JSON.stringify(list, null, 2) : renderPrecedents(list, opts.lang));
    });

  cmd
    .command('letter')
    .description('write a letter from the assessment: claim, formal notice, reply to a refusal, proof or data request, police report, court claim, mediator referral, mandate or checklist')
    .argument('<case>', 'case file path, or - for stdin')
    .addOption(new Option('--kind <kind>', 'which letter').choices([...LETTER_KINDS]).makeOptionMandatory())
    .addOption(new Option('--lang <lang>', 'language').choices(['fr', 'nl', 'en']).default('fr'))
    .addOption(new Option('--format <format>', 'file format').choices(['pdf', 'docx', 'md']).default('pdf'))
    .requiredOption('--out <file>', 'where to write it (never overwritten without --force)')
    .option('--force', 'overwrite an existing file', false)
    .addOption(asOfOption())
    .option('--date <date>', "the letter's date (default: the evaluation date)", asDate)
    .addOption(assumeOption())
    .action(async (file: string, opts: { kind: LetterKind; lang: LetterLang; format: LetterFormat; out: string; force: boolean; asOf?: string; date?: string; assume: Record<string, string> }) => {
      const c = caseOf(file, { lang: opts.lang, assume: opts.assume });
      if (!c) return;
      const asOf = opts.asOf ?? c.value.asOf ?? today(c.value.timeZone);
      const assessment = assess(c.value, { asOf, assumptions: c.assumptions });
      const letter = await letterFile(opts.kind, c.value, assessment, opts.lang, opts.format, { date: opts.date });
      if (!letter.ok) throw new InputError(letter.refusal.message);
      const data = letter.value;
      const w = writeAtomically(opts.out, data, opts.force);
      if (!w.ok) throw new InputError(w.message);
      process.stderr.write(`${opts.out}: ${opts.kind} (${opts.lang}, ${opts.format}, ${data.length} bytes)\n`);
    });

  cmd
    .command('dossier')
    .description('one PDF for the mediator or the court: the letter with its numbered exhibit list, then each document stamped with its number')
    .argument('<case>', 'case file path, or - for stdin')
    .addOption(new Option('--kind <kind>', 'which letter').choices([...LETTER_KINDS]).default('court-claim'))
    .addOption(new Option('--lang <lang>', 'language').choices(['fr', 'nl', 'en']).default('fr'))
    .option('--attach <file>', 'a document, in exhibit order (repeatable): .pdf, .png, .jpg, .jpeg or .txt', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .requiredOption('--out <file>', 'where to write the PDF (never overwritten without --force)')
    .option('--force', 'overwrite an existing file', false)
    .addOption(asOfOption())
    .option('--date <date>', "the letter's date (default: the evaluation date)", asDate)
    .addOption(assumeOption())
    .action(async (file: string, opts: { kind: LetterKind; lang: LetterLang; attach: string[]; out: string; force: boolean; asOf?: string; date?: string; assume: Record<string, string> }) => {
      const c = caseOf(file, { lang: opts.lang, assume: opts.assume });
      if (!c) return;
      const exhibits = await readExhibits(opts.attach);
      const assessment = assess(c.value, { asOf: opts.asOf ?? c.value.asOf ?? today(c.value.timeZone), assumptions: c.assumptions });
      const letter = await letterFile(opts.kind, c.value, assessment, opts.lang, 'pdf', { date: opts.date, exhibits: exhibits.map((x) => ({ title: x.name })) });
      if (!letter.ok) throw new InputError(letter.refusal.message);
      const data = await buildDossier(letter.value, exhibits, opts.lang);
      const w = writeAtomically(opts.out, data, opts.force);
      if (!w.ok) throw new InputError(w.message);
      process.stderr.write(`${opts.out}: dossier ${opts.kind} (${opts.lang}, ${exhibits.length} exhibits, ${data.length} bytes)\n`);
    });

  cmd
    .command('batch')
    .description('assess many cases: CSV, one row per operation grouped by case_id, or JSON Lines of case files (docs/batch.md)')
    .argument('<input>', 'input file (.csv or .jsonl), or - for stdin')
    .requiredOption('--out <file>', 'results: CSV (a row per operation) or JSON Lines (a line per case, .jsonl); - for stdout')
    .option('--errors <file>', 'refused rows and fields as CSV (default: on stderr)')
    .addOption(new Option('--format <format>', 'results format (default: from the --out extension)').choices(['csv', 'jsonl']))
    .option('--workers <n>', 'worker threads (0: in the main thread)', (v: string) => {
      if (!/^\d+$/.test(v) || Number(v) > 64) throw new InvalidArgumentError('expected a whole number from 0 to 64');
      return Number(v);
    }, 2)
    .addOption(new Option('--encoding <encoding>', "the input's encoding: a file that is not UTF-8 is refused at its first bad byte unless windows-1252 is given").choices(ENCODINGS).default('utf-8'))
    .option('--explain', 'add the text report of each case', false)
    .option('--force', 'overwrite existing output files', false)
    .addOption(langOption())
    .addOption(asOfOption())
    .addOption(assumeOption())
    .action(async (input: string, opts: { out: string; errors?: string; format?: 'csv' | 'jsonl'; encoding: Encoding; workers: number; explain: boolean; force: boolean; lang: ReportLang; asOf?: string; assume: Record<string, string> }) => {
      const assumptions = withAssumptions(opts.assume);
      if (!assumptions.ok) throw new InputError(`--assume ${assumptions.name}: expected ${assumptions.expected}`);
      try {
        const summary = await runBatch({ ...opts, input, assumptions: assumptions.value });
        process.stderr.write(summaryText(summary));
        process.exitCode = summary.interrupted ? 130 : summary.internal ? 1 : summary.errors ? 2 : 0;
      } catch (e) {
        throw e instanceof BatchInputError ? new InputError(e.message) : e;
      }
    });

  cmd
    .command('schema')
    .description('print the JSON Schema of the case file or of the assessment')
    .addArgument(new Argument('<which>', 'case | assessment').choices(['case', 'assessment']))
    .action((which: 'case' | 'assessment') => {
      write(JSON.stringify(which === 'case' ? caseJsonSchema() : assessmentJsonSchema(), null, 2));
    });

  cmd
    .command('law')
    .description('list the articles and versions in force, and the named assumptions')
    .option('--at <date>', 'legal date (default: today)', asDate)
    .addOption(new Option('--jurisdiction <code>', 'FR, BE or EU').choices(['FR', 'BE', 'EU']))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { at?: string; jurisdiction?: 'FR' | 'BE' | 'EU'; format: 'text' | 'json' }) => {
      write(lawListing(opts.at ?? today('Europe/Paris'), opts.jurisdiction, opts.format));
    });
  registerServe(cmd);
  registerAudit(cmd);
  registerRetention(cmd);
  return cmd;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code?.startsWith('commander.')) {
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
      return;
    }
    if (e instanceof InputError || e instanceof ServeError) {
      process.stderr.write(`recours: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`recours: internal error: ${err.message ?? String(e)}\n`);
    if (process.env.RECOURS_DEBUG) process.stderr.write(String((e as Error).stack) + '\n');
    process.exitCode = 1;
  }
}
