/** `recours audit verify` (the hash chains) and `recours audit export` (one organisation's chain as JSON Lines). */
import { createWriteStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { openStore } from '../store/db.js';
import { auditChain, auditedOrganisations, exportLine, INSTALLATION, verifyChain } from '../store/audit.js';
import { dataOption, ServeError, targetOf, urlOption, type StoreOpts } from './storeOptions.js';

const PROBLEMS = {
  altered: 'its content does not match its hash (changed after it was written)',
  unlinked: 'it does not link to the entry before it (an entry was changed, removed or inserted before it)',
  missing: 'the entries before it are missing',
};

export function registerAudit(cmd: Command): void {
  const audit = cmd.command('audit').description("the organisations' audit trails (append-only, hash-chained)");
  audit
    .command('verify')
    .description('recompute every hash chain (exit 0 if all hold, 3 naming the first broken entry)')
    .addOption(dataOption())
    .addOption(urlOption())
    .option('--org <name>', 'only this organisation (- for the installation\'s own chain)')
    .action(async (o: StoreOpts & { org?: string }) => {
      const store = await openStore(targetOf(o));
      try {
        const names = new Map((await store.db.selectFrom('organisations').select(['id', 'name']).execute()).map((r) => [r.id, r.name]));
        names.set(INSTALLATION, '(installation)');
        const ids = o.org === undefined ? await auditedOrganisations(store.db) : [o.org === INSTALLATION ? INSTALLATION : [...names].find(([, n]) => n === o.org)?.[0]];
        if (ids[0] === undefined) throw new ServeError(`--org ${o.org}: no such organisation`);
        for (const id of ids as string[]) {
          const c = await verifyChain(store.db, id);
          if (c.ok) process.stdout.write(`${names.get(id) ?? id}: ${c.entries} entries, chain intact, head ${c.head}\n`);
          else {
            process.stdout.write(`${names.get(id) ?? id}: BROKEN at entry ${c.seq} (${c.at}, ${c.action}): ${PROBLEMS[c.problem]}; the ${c.entries} entries before it hold\n`);
            process.exitCode = 3;
          }
        }
      } finally {
        await store.close();
      }
    });
  audit
    .command('export')
    .description("one organisation's whole chain as JSON Lines, oldest first, with its hashes")
    .addOption(dataOption())
    .addOption(urlOption())
    .requiredOption('--org <name>', 'organisation')
    .requiredOption('--out <file>', 'JSON Lines file (never overwritten); - for standard output')
    .action(async (o: StoreOpts & { org: string; out: string }) => {
      const store = await openStore(targetOf(o));
      try {
        const org = o.org === INSTALLATION ? { id: INSTALLATION } : await store.db.selectFrom('organisations').select('id').where('name', '=', o.org).executeTakeFirst();
        if (!org) throw new ServeError(`--org ${o.org}: no such organisation`);
        if (o.out !== '-' && existsSync(o.out)) throw new ServeError(`--out ${o.out}: the file exists (an export never overwrites one)`);
        const lines = async function* () {
          for await (const r of auditChain(store.db, org.id)) yield `${exportLine(r)}\n`;
        };
        await pipeline(lines, o.out === '-' ? process.stdout : createWriteStream(o.out, { flags: 'wx' }), { end: o.out !== '-' });
      } finally {
        await store.close();
      }
    });
}
