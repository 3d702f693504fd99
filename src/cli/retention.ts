/**
 * `recours retention`: set an organisation's policy, see what would go (`--dry-run`), or apply every
 * policy now; and the schedule `recours serve` runs it on (croner, Europe/Paris).
 */
import { Cron } from 'croner';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { openStore, type Store } from '../store/db.js';
import { applyRetention, planRetention, policies, setPolicy, type RetentionPlan } from '../store/retention.js';
import { appendAudit } from '../store/audit.js';
import { dataOption, ServeError, targetOf, urlOption, type StoreOpts } from './storeOptions.js';

const months = (v: string): number | null => {
  if (v === 'off') return null;
  if (!/^\d{1,3}$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expected a number of months from 1 to 999, or off');
  return Number(v);
};

const line = (verb: string, c: { id: string; title: string; since: string }) => `  ${verb} ${c.id}  ${c.since.slice(0, 10)}  ${c.title}\n`;

function report(plan: RetentionPlan, done: { archived: number; erased: number } | null): string {
  const p = plan.policy;
  const rule = `archive after ${p.archiveAfterMonths ?? '—'} months without activity, erase ${p.eraseAfterMonths ?? '—'} months after closure`;
  const head = done
    ? `${p.organisationName} (${rule}): archived ${done.archived}, erased ${done.erased}\n`
    : `${p.organisationName} (${rule}): would archive ${plan.archive.length}, would erase ${plan.erase.length}\n`;
  return head + plan.erase.map((c) => line(done ? 'erased  ' : 'erase   ', c)).join('') + plan.archive.map((c) => line(done ? 'archived' : 'archive ', c)).join('');
}

/** One pass over every policy: the plans, applied unless `dryRun`; the report (with titles, for the terminal) and the counts. */
export async function retentionPass(store: Store, o: { dryRun: boolean; organisationId?: string; now?: Date }): Promise<{ report: string; archived: number; erased: number }> {
  let out = '';
  const total = { archived: 0, erased: 0 };
  for (const policy of await policies(store.db, o.organisationId)) {
    const plan = await planRetention(store.db, policy, o.now ?? new Date());
    const done = o.dryRun ? null : await applyRetention(store.db, plan);
    total.archived += done?.archived ?? 0;
    total.erased += done?.erased ?? 0;
    out += report(plan, done);
  }
  return { report: out || 'no organisation has a retention policy\n', ...total };
}

/** The schedule inside `recours serve` (default every day at 03:15, Paris time); `off` for none. */
export function scheduleRetention(store: Store, pattern: string, log: { info(o: object, msg: string): void; error(o: object, msg: string): void }): { stop(): void } {
  if (pattern === 'off') return { stop: () => {} };
  // The log gets the counts only: the report names cases by their titles. Each case is in the audit trail.
  const job = new Cron(pattern, { timezone: 'Europe/Paris', protect: true }, async () => {
    try {
      const { archived, erased } = await retentionPass(store, { dryRun: false });
      log.info({ archived, erased }, 'retention applied');
    } catch (err) {
      log.error({ err }, 'retention failed');
    }
  });
  return { stop: () => job.stop() };
}

export function checkSchedule(pattern: string): string {
  if (pattern === 'off') return pattern;
  try {
    new Cron(pattern, { paused: true }).stop();
  } catch (e) {
    throw new InvalidArgumentError(`expected a cron pattern (minute hour day month weekday) or off: ${(e as Error).message}`);
  }
  return pattern;
}

export function registerRetention(cmd: Command): void {
  cmd
    .command('retention')
    .description("apply each organisation's retention policy now (archive after N months without activity, erase M months after closure), or show what would go")
    .addOption(dataOption())
    .addOption(urlOption())
    .option('--dry-run', 'list what would be archived and erased, change nothing', false)
    .option('--org <name>', 'only this organisation; with --archive-after or --erase-after, the one whose policy is set')
    .addOption(new Option('--archive-after <months>', 'set: archive a case after this many months without activity (off: never)').argParser(months))
    .addOption(new Option('--erase-after <months>', 'set: erase a closed case this many months after its closure (off: never)').argParser(months))
    .action(async (o: StoreOpts & { dryRun: boolean; org?: string; archiveAfter?: number | null; eraseAfter?: number | null }) => {
      const store = await openStore(targetOf(o));
      try {
        const org = o.org === undefined ? undefined : await store.db.selectFrom('organisations').select('id').where('name', '=', o.org).executeTakeFirst();
        if (o.org !== undefined && !org) throw new ServeError(`--org ${o.org}: no such organisation`);
        if (o.archiveAfter !== undefined || o.eraseAfter !== undefined) {
          if (!org) throw new ServeError('--archive-after and --erase-after need --org: the organisation whose policy they set');
          const [current] = await policies(store.db, org.id);
          const next = { archiveAfterMonths: o.archiveAfter !== undefined ? o.archiveAfter : (current?.archiveAfterMonths ?? null), eraseAfterMonths: o.eraseAfter !== undefined ? o.eraseAfter : (current?.eraseAfterMonths ?? null) };
          await setPolicy(store.db, org.id, next);
          await appendAudit(store.db, { organisationId: org.id, actor: { id: null, label: 'recours retention', via: 'cli' }, action: 'retention.policy_set', detail: { archive_after_months: next.archiveAfterMonths, erase_after_months: next.eraseAfterMonths } });
          process.stdout.write(`${o.org}: archive after ${next.archiveAfterMonths ?? '—'} months without activity, erase ${next.eraseAfterMonths ?? '—'} months after closure\n`);
          return;
        }
        process.stdout.write((await retentionPass(store, { dryRun: o.dryRun, organisationId: org?.id })).report);
      } finally {
        await store.close();
      }
    });
}
