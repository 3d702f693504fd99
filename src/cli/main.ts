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
import { renderReport, renderTimeline } from '../report/render.js';
import type { Assessment } from '../engine/types.js';
import { readInput, today } from './io.js';
import { lawListing } from './law.js';

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

/** Reads, validates and assesses a case file; on invalid input prints every error and sets exit code 2. */
function assessFile(file: string, opts: { lang: 'fr' | 'en'; asOf?: string; assume: Record<string, string> }): Assessment | null {
  const assumptions = withAssumptions(opts.assume);
  if (!assumptions.ok) throw new InputError(`--assume ${assumptions.name}: expected ${assumptions.expected}`);
  const input = readInput(file);
  if (!input.ok) throw new InputError(input.message);
  const parsed = parseCaseText(input.text, opts.lang);
  if (!parsed.ok) {
    for (const e of parsed.errors)
      process.stderr.write(`${e.pointer || '/'}: ${e.message}${e.expected ? ` — ${opts.lang === 'fr' ? 'attendu' : 'expected'}: ${e.expected}` : ''}\n`);
    process.exitCode = 2;
    return null;
  }
  const asOf = opts.asOf ?? parsed.value.asOf ?? today(parsed.value.timeZone);
  return assess(parsed.value, { asOf, assumptions: assumptions.value });
}

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
    .addOption(new Option('--lang <lang>', 'language of the report and of errors').choices(['fr', 'en']).default('en'))
    .option('--as-of <date>', 'evaluation date (default: the case file\'s as_of, else today)', asDate)
    .option('--assume <name=value>', 'switch a named assumption (repeatable; see `recours law --assumptions`)', collect, {})
    .action((file: string, opts: { format: 'json' | 'text' | 'markdown'; lang: 'fr' | 'en'; asOf?: string; assume: Record<string, string> }) => {
      const assessment = assessFile(file, opts);
      if (!assessment) return;
      write(opts.format === 'json' ? JSON.stringify(assessment, null, 2) : renderReport(assessment, opts.lang, opts.format));
    });

  cmd
    .command('deadlines')
    .description('print the timeline of a case: deadlines and late-refund interest')
    .argument('<case>', 'case file path, or - for stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['fr', 'en']).default('en'))
    .option('--as-of <date>', "evaluation date (default: the case file's as_of, else today)", asDate)
    .option('--assume <name=value>', 'switch a named assumption (repeatable)', collect, {})
    .action((file: string, opts: { format: 'json' | 'text'; lang: 'fr' | 'en'; asOf?: string; assume: Record<string, string> }) => {
      const assessment = assessFile(file, opts);
      if (!assessment) return;
      write(opts.format === 'json'
        ? JSON.stringify({ as_of: assessment.as_of, deadlines: assessment.deadlines, interest: assessment.interest ?? null }, null, 2)
        : renderTimeline(assessment, opts.lang));
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
  return cmd;
}

export function main(argv: string[]): void {
  try {
    program().parse(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (err.code?.startsWith('commander.')) {
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
      return;
    }
    if (e instanceof InputError) {
      process.stderr.write(`recours: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`recours: internal error: ${err.message ?? String(e)}\n`);
    if (process.env.RECOURS_DEBUG) process.stderr.write(String((e as Error).stack) + '\n');
    process.exitCode = 1;
  }
}
